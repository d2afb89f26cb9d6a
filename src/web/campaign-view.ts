/**
 * Parts of the campaign page: the summary counts, the table of its requests (with a checkbox per
 * row for staff), the bulk-action panel that acts on the checked rows or on all, the reports of a
 * bulk action and of adding agencies, and the three ways of adding agencies.
 */
import type { FastifyRequest } from 'fastify';
import type { BulkReport } from '../campaigns/bulk.js';
import type { AddReport } from '../campaigns/service.js';
import type { campaignDetail } from '../campaigns/view.js';
import { timestampText } from '../clock.js';
import { AGENCY_LEVELS } from '../deadlines/index.js';
import { pct } from './agency-record.js';
import { type Html, html } from './html.js';
import { csrfField, dateText, label, statusBadge } from './layout.js';

export type CampaignDetail = ReturnType<typeof campaignDetail>;
type Row = CampaignDetail['requests'][number];

export function summaryHtml(s: CampaignDetail['summary']): Html {
  const counts: [string, number, boolean?][] = [
    ['Requests', s.requests],
    ['Drafts', s.drafts],
    ['Sent', s.sent],
    ['Open', s.open],
    ['Overdue', s.overdue, s.overdue > 0],
    ['Fulfilled', s.fulfilled],
    ['Partly fulfilled', s.partial],
    ['Denied', s.denied],
    ['No records', s.noRecords],
    ['Withdrawn', s.withdrawn],
    ['Appealed', s.appealed],
  ];
  return html`<dl class="counts" id="campaign-summary">
${counts.map(([name, n, late]) => html`<div><dt>${name}</dt><dd${late ? html` class="late"` : ''}>${n}</dd></div>`)}
<div><dt>Median days to a final answer</dt><dd>${s.medianDaysToFinal ?? '—'}</dd></div>
<div><dt>Answered on time</dt><dd>${pct(s.onTimeShare)}</dd></div>
<div><dt>Documents (pages)</dt><dd>${s.documents} (${s.pages})</dd></div>
</dl>`;
}

function lastMessage(m: Row['lastMessage']): Html {
  if (!m) return html`—`;
  return html`${m.direction === 'out' ? '→ sent' : '← received'} ${label(m.kind)} <span class="date">${timestampText(m.at)}</span>`;
}

/** The requests, one row per agency; staff get a checkbox per row (the bulk form's `requestId`). */
export function requestsTable(rows: Row[], staff: boolean, checked: ReadonlySet<number>): Html {
  if (!rows.length) return html`<p class="empty">No requests match.</p>`;
  return html`<div class="table-scroll"><table id="campaign-requests"><thead><tr>
${staff ? html`<th scope="col"><span class="visually-hidden">Selected</span></th>` : ''}<th scope="col">Agency</th><th scope="col">Status</th><th scope="col">Governing clock</th><th scope="col">Due</th><th scope="col">Days late</th><th scope="col">Outcome</th><th scope="col">Documents (pages)</th><th scope="col">Last message</th><th scope="col">Follow-ups sent</th>
</tr></thead><tbody>
${rows.map(
  (r) => html`<tr id="campaign-request-${r.requestId}">
${staff ? html`<td><input type="checkbox" name="requestId" value="${r.requestId}" aria-label="Select ${r.agency.name}"${checked.has(r.requestId) ? html` checked` : ''}></td>` : ''}<th scope="row"><a href="/requests/${r.requestId}">${r.agency.name}</a> <span class="muted">${r.agency.jurisdiction}</span></th>
<td>${statusBadge(r.status)}${r.overdue ? html` <strong class="late">overdue</strong>` : ''}</td>
<td>${r.clock ? label(r.clock) : '—'}</td>
<td class="date">${dateText(r.due)}</td>
<td class="${r.daysLate > 0 ? 'late' : ''}">${r.daysLate > 0 ? r.daysLate : '—'}</td>
<td>${r.outcome ? label(r.outcome) : '—'}</td>
<td>${r.documents} (${r.pages})</td>
<td>${lastMessage(r.lastMessage)}</td>
<td>${r.followUpsSent}</td>
</tr>`,
)}
</tbody></table></div>`;
}

export interface BulkFormState {
  values?: Record<string, string>;
  error?: string;
}

/**
 * The actions, inside the form that holds the table's checkboxes: each button names its action.
 * The first button of the form is disabled, so that Enter in a text field submits nothing.
 */
export function bulkActions(total: number, state: BulkFormState): Html {
  const v = state.values ?? {};
  const visibility = v.visibility || 'private';
  return html`<button type="submit" disabled hidden>Choose an action below</button>
<fieldset class="bulk-actions" aria-describedby="bulk-hint"><legend>Act on the checked requests</legend>
<p id="bulk-hint" class="hint">With no box checked, each action acts on all ${total} requests of the campaign. Each request is reported: done, skipped and why, failed and why.</p>
${state.error ? html`<p class="error" role="alert" id="bulk-error">${state.error}</p>` : ''}
<p><button type="submit" name="action" value="send">Send the drafts' letters</button> <button type="submit" name="action" value="follow-ups">Send follow-ups to the overdue</button> <button type="submit" name="action" value="stop" class="secondary">Stop the send</button> <span class="hint">(stopping acts on the whole campaign: messages still waiting their turn are cancelled, what was sent stays sent)</span></p>
<div class="bulk-group">
<p><label for="bulk-visibility">Visibility</label> <select id="bulk-visibility" name="visibility">${['private', 'public', 'embargoed'].map((x) => html`<option value="${x}"${x === visibility ? html` selected` : ''}>${x}</option>`)}</select></p>
<p><label for="bulk-embargo">Embargoed until (for embargoed)</label> <input id="bulk-embargo" name="embargoUntil" type="date" value="${v.embargoUntil ?? ''}"></p>
<p><button type="submit" name="action" value="visibility">Change visibility</button></p>
</div>
<div class="bulk-group">
<p><label for="bulk-add">Tags to add (comma-separated)</label> <input id="bulk-add" name="add" value="${v.add ?? ''}"></p>
<p><label for="bulk-remove">Tags to remove</label> <input id="bulk-remove" name="remove" value="${v.remove ?? ''}"></p>
<p><button type="submit" name="action" value="tags">Change tags</button></p>
</div>
<div class="bulk-group">
<p><label for="bulk-note">Note on the withdrawal</label> <input id="bulk-note" name="note" maxlength="2000" value="${v.note ?? ''}"></p>
<p><label class="inline"><input type="checkbox" name="confirmWithdraw" value="yes"> Yes, withdraw them</label></p>
<p><button type="submit" name="action" value="withdraw" class="secondary">Withdraw</button></p>
</div>
</fieldset>`;
}

export function bulkReportHtml(title: string, report: BulkReport): Html {
  return html`<section class="notice report" role="status" aria-labelledby="h-report" id="report">
<h2 id="h-report">${title}: ${report.done} done, ${report.skipped} skipped, ${report.failed} failed</h2>
${
  report.results.length
    ? html`<div class="table-scroll"><table id="report-results"><thead><tr><th scope="col">Request</th><th scope="col">Result</th><th scope="col">Why</th></tr></thead><tbody>
${report.results.map(
  (r) =>
    html`<tr class="result-${r.outcome}"><th scope="row"><a href="/requests/${r.requestId}">${r.agencyName ?? `Request ${r.requestId}`}</a></th><td class="${r.outcome === 'failed' ? 'late' : ''}">${r.outcome}</td><td>${r.reason ?? (r.messageId ? 'queued to go by e-mail' : '')}</td></tr>`,
)}
</tbody></table></div>`
    : html`<p class="empty">The campaign has no requests.</p>`
}
</section>`;
}

export function stopReportHtml(stopped: number): Html {
  return html`<section class="notice report" role="status" aria-labelledby="h-report" id="report">
<h2 id="h-report">Send stopped: ${stopped} message${stopped === 1 ? '' : 's'} waiting their turn cancelled</h2>
<p>What was sent stays sent; a draft whose letter was cancelled stays a draft, to be sent later.</p>
</section>`;
}

export function addReportHtml(report: AddReport): Html {
  return html`<section class="notice report" role="status" aria-labelledby="h-report" id="report">
<h2 id="h-report">Agencies added: ${report.added.length}, refused: ${report.refused.length}</h2>
${
  report.added.length
    ? html`<div class="table-scroll"><table id="added"><thead><tr><th scope="col">Agency</th><th scope="col">Draft request</th><th scope="col">What its letter lacks</th></tr></thead><tbody>
${report.added.map(
  (a) =>
    html`<tr><th scope="row">${a.agencyName} <span class="muted">${a.jurisdiction}</span></th><td><a href="/requests/${a.requestId}">request ${a.requestId}</a></td><td>${a.missing.length ? html`<ul>${a.missing.map((m) => html`<li>${m}</li>`)}</ul>` : 'nothing'}</td></tr>`,
)}
</tbody></table></div>`
    : ''
}
${
  report.refused.length
    ? html`<h3>Refused</h3><ul id="refused">${report.refused.map((r) => html`<li><strong>${r.agencyName ?? (r.agencyId ? `Agency ${r.agencyId}` : 'A line')}</strong>: ${r.reason}</li>`)}</ul>`
    : ''
}
</section>`;
}

export interface AddFormState {
  by?: 'ids' | 'filter' | 'csv';
  values?: Record<string, string | string[]>;
  error?: string;
}

/** Adding agencies: picked from those not yet in it (grouped by jurisdiction), by a filter, or by a CSV. */
export function addAgenciesSection(
  req: FastifyRequest,
  campaignId: number,
  candidates: { id: number; name: string; jurisdiction: string; level: string }[],
  jurisdictions: readonly { code: string; name: string }[],
  state: AddFormState,
): Html {
  const v = state.values ?? {};
  const one = (k: string) => {
    const x = v[k];
    return (Array.isArray(x) ? x[0] : x) ?? '';
  };
  const picked = new Set(([] as string[]).concat(v.agencyId ?? []));
  const errorFor = (by: AddFormState['by']) =>
    state.error && state.by === by ? html`<p class="error" role="alert" id="add-${by}-error">${state.error}</p>` : '';
  const groups = new Map<string, typeof candidates>();
  for (const a of candidates) groups.set(a.jurisdiction, [...(groups.get(a.jurisdiction) ?? []), a]);
  return html`<section aria-labelledby="h-add" id="add-agencies">
<h2 id="h-add">Add agencies</h2>
<p>Each agency added gets one <strong>draft</strong> request, its letter made for its own law; nothing is sent until the drafts are sent. An agency already in the campaign is refused alone.</p>
<form method="post" action="/campaigns/${campaignId}/agencies" class="stack narrow" id="add-by-ids">
${csrfField(req)}<input type="hidden" name="by" value="ids">
<h3 id="h-add-ids">Pick agencies</h3>
${errorFor('ids')}
${
  candidates.length
    ? html`<p><label for="add-agencyId">Agencies not yet in the campaign (hold Ctrl or ⌘ to pick several)</label> <select id="add-agencyId" name="agencyId" multiple size="${Math.min(12, candidates.length + groups.size)}">
${[...groups].map(
  ([j, list]) =>
    html`<optgroup label="${j}">${list.map((a) => html`<option value="${a.id}"${picked.has(String(a.id)) ? html` selected` : ''}>${a.name} (${a.level})</option>`)}</optgroup>`,
)}
</select></p>
<p><button type="submit">Add the picked agencies</button></p>`
    : html`<p class="empty">Every known agency is in the campaign already.</p>`
}
</form>
<form method="post" action="/campaigns/${campaignId}/agencies" class="stack narrow" id="add-by-filter">
${csrfField(req)}<input type="hidden" name="by" value="filter">
<h3 id="h-add-filter">Every agency that matches</h3>
${errorFor('filter')}
<p><label for="add-jurisdiction">Jurisdiction</label> <select id="add-jurisdiction" name="jurisdiction"><option value="">any</option>${jurisdictions.map((j) => html`<option value="${j.code}"${one('jurisdiction') === j.code ? html` selected` : ''}>${j.code} ${j.name}</option>`)}</select></p>
<p><label for="add-level">Level</label> <select id="add-level" name="level"><option value="">any</option>${AGENCY_LEVELS.map((l) => html`<option value="${l}"${one('level') === l ? html` selected` : ''}>${l}</option>`)}</select></p>
<p><label for="add-name">Name contains</label> <input id="add-name" name="name" maxlength="200" value="${one('name')}"></p>
<p><button type="submit">Add the matching agencies</button></p>
</form>
<form method="post" action="/campaigns/${campaignId}/agencies/csv" enctype="multipart/form-data" class="stack" id="add-by-csv">
${csrfField(req)}
<h3 id="h-add-csv">From a CSV of agencies</h3>
<p class="hint columns-hint">The agency import's columns, with a header row: <code>name,jurisdiction,level</code> and any of <code>parent,request_email,portal_url,postal_address,notes,appeal_email,appeal_address,appeal_body</code>. Agencies not known yet are created.</p>
${errorFor('csv')}
<p><label for="add-csv">Paste the CSV</label> <textarea id="add-csv" name="csv" rows="6">${one('csv')}</textarea></p>
<p><label for="add-csv-file">Or choose a CSV file (used instead of the pasted text)</label> <input id="add-csv-file" name="file" type="file" accept=".csv,text/csv"></p>
<p><button type="submit">Add the agencies of the CSV</button></p>
</form>
</section>`;
}
