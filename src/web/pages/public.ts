/**
 * The public pages: no sign-in, and only what the public may see, whoever reads them (a signed-in
 * reader sees the public view too). Public requests (and embargoed ones after their embargo) are
 * listed with filters, each with its clocks, timeline, correspondence and released documents; an
 * agency's page has its record over its public requests. Private and still-embargoed requests are a
 * 404, as in the API.
 */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencyChoices, getAgency } from '../../agencies/service.js';
import { withheldDocumentIds } from '../../documents/publication.js';
import { pagesOf, readingFor, requestDocuments, visibleDocument } from '../../documents/service.js';
import { notFound } from '../../errors.js';
import { issueMessages } from '../../http/messages.js';
import { publicCorrespondence, publicText, publicTimeline } from '../../public/service.js';
import { listQuery } from '../../requests/schemas.js';
import { listRequests, readRequest } from '../../requests/service.js';
import { STATUSES } from '../../requests/state-machine.js';
import { documentTagViews } from '../../tags/service.js';
import { agencyRecordFacts } from '../agency-record.js';
import { dueHtml, explanationHtml } from '../explanation.js';
import { type Html, html } from '../html.js';
import { dateText, label, page, sendPage, statusBadge, tableBox } from '../layout.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const queryAny = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const FILTERS = ['q', 'status', 'agencyId', 'jurisdiction', 'tag', 'cursor'] as const;
const PAGE_SIZE = 25;
/** Pages of a document shown at once in the public viewer (as in the staff viewer). */
const PAGE_WINDOW = 50;

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type ListItem = ReturnType<typeof listRequests>['data'][number];

/** The table of requests on the index and on an agency's page. */
function requestsTable(rows: ListItem[], caption: string, withAgency: boolean): Html {
  return tableBox(html`<table class="public-requests"><caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Request</th>${withAgency ? html`<th scope="col">Agency</th>` : ''}<th scope="col">Status</th><th scope="col">Received</th><th scope="col">Days late</th><th scope="col">Tags</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row"><a href="/public/requests/${r.id}">${r.title}</a></th>${
        withAgency
          ? html`<td><a href="/public/agencies/${r.agencyId}">${r.agencyName}</a> <span class="muted">${r.jurisdiction}</span></td>`
          : ''
      }<td>${statusBadge(r.status)}</td><td class="date">${dateText(r.receivedOn)}</td><td class="${r.overdue ? 'late' : ''}">${r.daysLate || '—'}</td><td>${r.tags.map((t, i) => html`${i ? ', ' : ''}<a href="/public/requests?tag=${encodeURIComponent(t)}">${t}</a>`)}</td></tr>`,
  )}</tbody></table>`);
}

export const publicPages: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.get(
    '/public/requests',
    { config: { access: 'public', page: true }, schema: { hide: true, querystring: queryAny } },
    async (req, reply) => {
      const filters: Record<string, string> = {};
      for (const key of FILTERS) {
        const v = first(req.query[key]);
        if (v) filters[key] = v;
      }
      const parsed = listQuery.safeParse({ ...filters, limit: String(PAGE_SIZE) });
      // Always the anonymous view, even for a signed-in reader: this is what the public sees.
      const result = parsed.success ? listRequests(db, null, parsed.data, app.deps.clock()) : null;
      const error = parsed.success
        ? null
        : `Some filters are not valid. ${issueMessages(parsed.error)
            .map((e) => `${e.message}.`)
            .join(' ')}`;
      const agencyList = agencyChoices(db);
      const jurisdictions = [...new Set(agencyList.map((a) => a.jurisdiction))].sort();
      const { cursor: _cursor, ...kept } = filters;
      const next = result?.nextCursor ? new URLSearchParams({ ...kept, cursor: result.nextCursor }).toString() : null;
      const body = html`<h1>Public records requests</h1>
<p>Requests filed under public-records laws that the organisation publishes: what was asked, the agency's legal deadlines, the letters both ways and the records released.</p>
<form method="get" action="/public/requests" class="filters" role="search" aria-label="Filter public requests">
<p><label for="p-q">Words</label> <input id="p-q" name="q" type="search" value="${filters.q ?? ''}"></p>
<p><label for="p-agency">Agency</label> <select id="p-agency" name="agencyId"><option value="">any</option>${agencyList.map((a) => html`<option value="${a.id}"${filters.agencyId === String(a.id) ? html` selected` : ''}>${a.name} (${a.jurisdiction})</option>`)}</select></p>
<p><label for="p-jur">Jurisdiction</label> <select id="p-jur" name="jurisdiction"><option value="">any</option>${jurisdictions.map((j) => html`<option value="${j}"${filters.jurisdiction?.toUpperCase() === j ? html` selected` : ''}>${j}</option>`)}</select></p>
<p><label for="p-status">Status</label> <select id="p-status" name="status"><option value="">any</option>${STATUSES.filter((s) => s !== 'draft').map((s) => html`<option value="${s}"${filters.status === s ? html` selected` : ''}>${label(s)}</option>`)}</select></p>
<p><label for="p-tag">Tag</label> <input id="p-tag" name="tag" value="${filters.tag ?? ''}"></p>
<p><button type="submit">Show</button> <a href="/public/requests">Clear</a></p>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<section aria-labelledby="h-public" aria-live="polite">
<h2 id="h-public">${result ? `${result.data.length}${result.nextCursor ? '+' : ''} request${result.data.length === 1 ? '' : 's'}${filters.cursor ? ' on this page' : ''}` : 'No results'}</h2>
${
  result?.data.length
    ? requestsTable(result.data, 'Public requests, most recently updated first', true)
    : result
      ? html`<p class="empty">No public request matches these filters.</p>`
      : ''
}
${filters.cursor || next ? html`<p class="pager">${filters.cursor ? html`<a href="/public/requests${Object.keys(kept).length ? `?${new URLSearchParams(kept)}` : ''}">First page</a> ` : ''}${next ? html`<a href="/public/requests?${next}" rel="next">Next page</a>` : ''}</p>` : ''}
</section>`;
      return sendPage(
        reply,
        page(req, { title: 'Public requests', body, publicPage: true, current: 'public' }),
        error ? 422 : 200,
      );
    },
  );

  app.get(
    '/public/requests/:id',
    {
      config: { access: 'public', page: true },
      schema: { hide: true, params: idParams },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      // Always the anonymous view, even for a signed-in reader: this is what the public sees.
      const r = readRequest(db, null, req.params.id, now);
      const clean = publicText(db, config);
      // Released and public: a document withheld for redaction is not named here until it is redacted.
      const withheld = withheldDocumentIds(db, r.id);
      const released = requestDocuments(db, r.id).filter((d) => d.status === 'ready' && !withheld.has(d.id));
      const mail = publicCorrespondence(db, config, r.id, r.jurisdiction, clean);
      const timeline = publicTimeline(r, clean);
      const body = html`<p class="breadcrumb"><a href="/public/requests">Public requests</a></p>
<h1>${r.title}</h1>
<dl class="facts">
<dt>Agency</dt><dd><a href="/public/agencies/${r.agency.id}">${r.agency.name}</a> (${r.jurisdiction})</dd>
<dt>Status</dt><dd>${statusBadge(r.status)}${r.overdue ? html` <strong class="late">the agency is ${plural(r.daysOverdue, 'day')} late</strong>` : ''}</dd>
<dt>Received by the agency</dt><dd>${dateText(r.receivedOn)}</dd>
<dt>Tracking number</dt><dd>${r.trackingNumbers.length ? r.trackingNumbers.join(', ') : '—'}</dd>
<dt>Final answer</dt><dd>${r.completedOn ? `${r.completedOn} (${label(r.outcome ?? '')})` : '—'}</dd>
<dt>Tags</dt><dd>${r.tags.length ? r.tags.map((t, i) => html`${i ? ', ' : ''}<a href="/public/requests?tag=${encodeURIComponent(t)}">${t}</a>`) : '—'}</dd>
</dl>
<section aria-labelledby="h-clocks">
<h2 id="h-clocks">Legal deadlines</h2>
${
  r.deadlines.length
    ? tableBox(html`<table id="public-clocks"><thead><tr><th scope="col">Clock</th><th scope="col">Started</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Days late</th><th scope="col">How it was computed</th></tr></thead><tbody>
${r.deadlines.map((d) => html`<tr><th scope="row">${label(d.kind)}</th><td class="date">${dateText(d.startDate)}</td><td class="date">${dueHtml(d.due, d.alternatives)}</td><td>${statusBadge(d.status)}${d.metOn ? ` on ${d.metOn}` : ''}</td><td class="${d.daysLate > 0 ? 'late' : ''}">${d.daysLate || '—'}</td><td>${explanationHtml(d.kind, d.due, d.explanation)}</td></tr>`)}
</tbody></table>`)
    : html`<p class="empty">No deadline runs yet.</p>`
}
</section>
<section aria-labelledby="h-released">
<h2 id="h-released">Released documents</h2>
${
  released.length
    ? html`<ul class="released">${released.map(
        (d) =>
          html`<li><a href="/public/documents/${d.id}">${d.name}</a>${d.pages ? ` (${plural(d.pages, 'page')})` : ''}${d.redactionVersion > 0 && d.redactedSha256 ? ' · redacted' : ''}</li>`,
      )}</ul>`
    : html`<p class="empty">No documents released yet.</p>`
}
</section>
<section aria-labelledby="h-timeline">
<h2 id="h-timeline">Timeline</h2>
${
  timeline.length
    ? html`<ol class="timeline">${timeline.map(
        (e) =>
          html`<li${e.retracted ? html` class="retracted"` : ''}><time datetime="${e.date}">${e.date}</time> <strong>${label(e.type)}</strong>${e.retracted ? ' (retracted)' : ''}${e.note ? html` · ${e.note}` : ''}${e.details ? html` <span class="muted">${e.details}</span>` : ''}</li>`,
      )}</ol>`
    : html`<p class="empty">Nothing has happened yet.</p>`
}
</section>
<section aria-labelledby="h-correspondence" id="correspondence">
<h2 id="h-correspondence">Correspondence</h2>
${
  mail.length
    ? html`<ol class="correspondence">${mail.map(
        (m) => html`<li class="message message-${m.direction}" id="message-${m.id}">
<p><time datetime="${m.at}">${m.date}</time> <strong>${m.direction === 'out' ? '→ To the agency' : '← From the agency'}</strong> <span class="muted">${label(m.kind)}</span> ${statusBadge(m.status)}</p>
<details><summary>${m.subject || '(no subject)'}</summary><div class="letter">${m.body}</div></details>
</li>`,
      )}</ol>`
    : html`<p class="empty">No e-mail with the agency yet.</p>`
}
</section>
<section aria-labelledby="h-letter">
<h2 id="h-letter">The request</h2>
<div class="letter">${clean(r.body)}</div>
</section>`;
      return sendPage(reply, page(req, { title: r.title, body, publicPage: true }));
    },
  );

  app.get(
    '/public/documents/:id',
    {
      config: { access: 'public', page: true },
      schema: {
        hide: true,
        params: idParams,
        querystring: z.object({ from: z.coerce.number().int().positive().optional() }).passthrough(),
      },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      // The public version whoever reads: the redacted one once applied; withheld documents are a 404.
      const d = visibleDocument(db, null, req.params.id, now);
      const reading = readingFor(db, null, d);
      // A file that could not be read is not a released document (the request's page leaves it out too).
      if (d.status === 'failed') throw notFound(`Document ${d.id}`);
      const r = readRequest(db, null, d.requestId, now);
      const from = req.query.from ?? 1;
      const ready = d.status === 'ready';
      const pages = ready ? pagesOf(db, d.id, from, PAGE_WINDOW, reading) : { pages: [], total: 0 };
      const redacted = reading.kind === 'redacted';
      const version = redacted ? '?version=redacted' : '';
      const type = redacted ? 'application/pdf' : d.sniffedType;
      const images = type === 'application/pdf' || (type ?? '').startsWith('image/');
      const tagged = (documentTagViews(db, [d.id]).get(d.id) ?? []).filter((t) => t.tag.category !== 'note');
      const tagsOn = (n: number | null) =>
        tagged
          .filter((t) => t.page === n)
          .map(
            (t, i) =>
              html`${i ? ', ' : ''}<a href="/public/requests?tag=${encodeURIComponent(t.tag.name)}">${t.tag.name}</a>`,
          );
      const last = pages.pages[pages.pages.length - 1]?.page ?? 0;
      const body = html`<p class="breadcrumb"><a href="/public/requests">Public requests</a> › <a href="/public/requests/${r.id}">${r.title}</a></p>
<h1>${d.name}</h1>
<p>${plural(d.pages ?? 0, 'page')}${redacted ? ' · redacted before publication' : ''} · <a href="/api/v1/documents/${d.id}/file${version}">download${redacted ? ' the redacted PDF' : ''}</a> · <a href="/api/v1/documents/${d.id}/text${version}">text</a></p>
${tagged.some((t) => t.page === null) ? html`<p>Tags: ${tagsOn(null)}</p>` : ''}
${ready ? '' : html`<p class="notice" role="status">This document is still being read: its pages appear when that is done.</p>`}
<p class="hint">Keys: <kbd>j</kbd> / <kbd>k</kbd> or <kbd>→</kbd> / <kbd>←</kbd> next and previous page.</p>
<div class="viewer pages">
${pages.pages.map(
  (p) => html`<section class="page" id="page-${p.page}" tabindex="-1" aria-labelledby="page-${p.page}-h">
<h2 id="page-${p.page}-h">Page ${p.page}</h2>
${tagged.some((t) => t.page === p.page) ? html`<p class="muted">Tags: ${tagsOn(p.page)}</p>` : ''}
<div class="page-view${images ? '' : ' text-only'}">
${images ? html`<figure class="page-figure"><div class="page-canvas"><img src="/api/v1/documents/${d.id}/pages/${p.page}/image${version}" alt="Page ${p.page}${redacted ? ', redacted' : ''}" loading="lazy" class="page-image" width="850" height="1100"></div><figcaption class="image-status" aria-live="polite"></figcaption></figure>` : ''}
<div class="page-text-col">${p.text.trim() ? html`<pre class="page-text">${p.text}</pre>` : html`<p class="empty">No text on this page.</p>`}</div>
</div>
</section>`,
)}
${
  from > 1 || last < pages.total
    ? html`<nav aria-label="More pages" class="page-windows">${from > 1 ? html`<a id="prev-window" href="/public/documents/${d.id}?from=${Math.max(1, from - PAGE_WINDOW)}">Previous pages</a> ` : ''}${last < pages.total ? html`<a id="next-window" href="/public/documents/${d.id}?from=${last + 1}">Next pages</a>` : ''}</nav>`
    : ''
}
</div>`;
      return sendPage(
        reply,
        page(req, { title: d.name, body, publicPage: true, scripts: ['page-images.js', 'viewer.js'] }),
      );
    },
  );

  app.get(
    '/public/agencies/:id',
    {
      config: { access: 'public', page: true },
      schema: { hide: true, params: idParams, querystring: queryAny },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      // Statistics over public requests only: the anonymous caller's view.
      const a = getAgency(db, null, req.params.id, now);
      const cursor = first(req.query.cursor);
      const parsed = listQuery.safeParse({
        agencyId: String(a.id),
        limit: String(PAGE_SIZE),
        ...(cursor ? { cursor } : {}),
      });
      const list = parsed.success ? listRequests(db, null, parsed.data, now) : { data: [], nextCursor: null };
      const s = a.stats;
      const body = html`<p class="breadcrumb"><a href="/public/requests">Public requests</a></p>
<h1>${a.name}</h1>
<dl class="facts">
<dt>Jurisdiction</dt><dd>${a.jurisdiction} (${a.level})</dd>
${a.portalUrl ? html`<dt>Records portal</dt><dd>${a.portalUrl}</dd>` : ''}
</dl>
<section aria-labelledby="h-record">
<h2 id="h-record">Record</h2>
<p class="muted">Over the public requests to this agency.</p>
${agencyRecordFacts(s)}
</section>
<section aria-labelledby="h-agency-requests">
<h2 id="h-agency-requests">Public requests to this agency</h2>
${list.data.length ? requestsTable(list.data, `Public requests to ${a.name}`, false) : html`<p class="empty">No public request to this agency yet.</p>`}
${cursor || list.nextCursor ? html`<p class="pager">${cursor ? html`<a href="/public/agencies/${a.id}">First page</a> ` : ''}${list.nextCursor ? html`<a href="/public/agencies/${a.id}?cursor=${encodeURIComponent(list.nextCursor)}" rel="next">Next page</a>` : ''}</p>` : ''}
</section>`;
      return sendPage(reply, page(req, { title: a.name, body, publicPage: true }));
    },
  );
};
