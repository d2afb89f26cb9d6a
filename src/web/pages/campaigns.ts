/**
 * Campaign pages: the list, a new campaign and editing its defaults, and one campaign: its counts,
 * its requests side by side with filters, sorting and the CSV, and for staff the bulk actions on the
 * checked requests (or all) and adding agencies (picked, by a filter, or from a CSV), each shown
 * with its per-request report on the page that answers the form.
 */

import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencyChoices } from '../../agencies/service.js';
import { actorOf, checkCsrf } from '../../auth/plugin.js';
import { hasRole } from '../../auth/roles.js';
import { userChoices } from '../../auth/users.js';
import {
  changeTags,
  sendDrafts,
  sendFollowUps,
  setVisibility,
  stopSending,
  tagsBody,
  visibilityBody,
  withdraw,
  withdrawBody,
} from '../../campaigns/bulk.js';
import {
  type AddAgencies,
  addAgencies,
  addAgenciesBody,
  createCampaign,
  getCampaign,
  listCampaigns,
  updateCampaign,
} from '../../campaigns/service.js';
import { CAMPAIGN_SORTS, campaignDetail, campaignQuery } from '../../campaigns/view.js';
import { listJurisdictions } from '../../deadlines/index.js';
import { AppError, type FieldError } from '../../errors.js';
import { fieldMessage, issueMessages } from '../../http/messages.js';
import { listTemplates } from '../../letters/templates.js';
import { STATUSES } from '../../requests/state-machine.js';
import {
  type CampaignFormValues,
  campaignForm,
  campaignFormValues,
  formErrors,
  parseCampaignForm,
} from '../campaign-form.js';
import {
  type AddFormState,
  addAgenciesSection,
  addReportHtml,
  type BulkFormState,
  bulkActions,
  bulkReportHtml,
  requestsTable,
  stopReportHtml,
  summaryHtml,
} from '../campaign-view.js';
import { type Html, html } from '../html.js';
import { csrfField, label, page, sendPage } from '../layout.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const formBody = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
type FormBody = z.infer<typeof formBody>;

const MESSAGES: Record<string, string> = {
  created:
    'Campaign created. Add agencies below: each gets a draft request, and nothing is sent until the drafts are sent.',
  saved:
    'Campaign saved. Requests added from now on take its defaults; the actions below change the requests already in it.',
};

const SORT_LABELS: Record<(typeof CAMPAIGN_SORTS)[number], string> = {
  agency: 'agency',
  status: 'status',
  nextDue: 'next due date',
  '-daysLate': 'most days late',
  '-updatedAt': 'latest change',
};

const BULK_ACTIONS = ['send', 'follow-ups', 'stop', 'visibility', 'tags', 'withdraw'] as const;

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
}

/** The checked rows: a repeated field is an array, a single one a string, none is "all". */
function checkedIds(v: string | string[] | undefined): number[] | undefined {
  const ids = ([] as string[])
    .concat(v ?? [])
    .filter((x) => /^[1-9]\d{0,9}$/.test(x))
    .map(Number);
  return ids.length ? [...new Set(ids)] : undefined;
}

const words = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

const sentences = (error: z.ZodError) =>
  issueMessages(error)
    .map((e) => (/[.!?]$/.test(e.message) ? e.message : `${e.message}.`))
    .map((m) => m.charAt(0).toUpperCase() + m.slice(1))
    .join(' ');

interface ViewOptions {
  query?: Record<string, string | string[]>;
  message?: string | undefined;
  report?: Html;
  bulk?: BulkFormState & { checked?: number[] | undefined };
  add?: AddFormState;
  status?: number;
}

export const campaignPages: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  // A CSV of agencies, uploaded: one small file beside the pasted text and the CSRF field.
  await app.register(multipart, { limits: { fileSize: 1_000_000, fieldSize: 1_000_000, files: 1, fields: 4 } });

  app.get(
    '/campaigns',
    { config: { access: 'volunteer', page: true, privateRecords: true }, schema: { hide: true } },
    async (req, reply) => {
      const rows = listCampaigns(db);
      const body = html`<h1>Campaigns</h1>
<p>A campaign is one request filed with many agencies, followed and compared as one.</p>
${hasRole(req.actor, 'staff') ? html`<p><a class="button" href="/campaigns/new">New campaign</a></p>` : ''}
${
  rows.length
    ? html`<div class="table-scroll"><table id="campaigns"><thead><tr><th scope="col">Campaign</th><th scope="col">Requests</th><th scope="col">Drafts</th><th scope="col">Tags</th><th scope="col">Visibility</th></tr></thead><tbody>
${rows.map((c) => html`<tr><th scope="row"><a href="/campaigns/${c.id}">${c.title}</a></th><td>${c.requests}</td><td>${c.drafts}</td><td>${c.tags.join(', ') || '—'}</td><td>${c.visibility}${c.embargoUntil ? ` until ${c.embargoUntil}` : ''}</td></tr>`)}
</tbody></table></div>`
    : html`<p class="empty">No campaigns yet.</p>`
}`;
      return sendPage(reply, page(req, { title: 'Campaigns', body, current: 'campaigns' }));
    },
  );

  // ---- the form: new, and editing the defaults ------------------------------------------------

  const people = () => userChoices(db);

  const formPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    o: {
      campaign?: { id: number; title: string; letterTemplateId: number | null };
      values: CampaignFormValues;
      errors?: FieldError[];
      error?: string;
      status?: number;
    },
  ) => {
    const c = o.campaign;
    const title = c ? `Edit: ${c.title}` : 'New campaign';
    const body = html`<p class="breadcrumb"><a href="/campaigns">Campaigns</a>${c ? html` › <a href="/campaigns/${c.id}">${c.title}</a>` : ''}</p>
<h1>${c ? 'Edit the campaign' : 'New campaign'}</h1>
<p>${c ? 'These are the defaults of requests added from now on; the bulk actions on the campaign page change the requests already in it.' : 'Agencies are added on the next page; each gets a draft request, and nothing is sent until the drafts are sent.'}</p>
${campaignForm(req, {
  action: c ? `/campaigns/${c.id}/edit` : '/campaigns',
  submit: c ? 'Save' : 'Create the campaign',
  values: o.values,
  templates: listTemplates(db, { kind: 'request' }),
  people: people(),
  ...(c ? { currentTemplateId: c.letterTemplateId } : {}),
  ...(o.errors ? { errors: o.errors } : {}),
  ...(o.error ? { error: o.error } : {}),
})}`;
    return sendPage(reply, page(req, { title, body, current: 'campaigns' }), o.status ?? 200);
  };

  /** A refusal of the service as the form shows it: the fields it names, else its message. */
  const refusal = (err: unknown) => {
    if (!(err instanceof AppError) || err.status >= 500 || err.status === 404) throw err;
    return {
      status: err.status,
      ...(err.errors?.length ? { errors: formErrors(err.errors) } : { error: err.message }),
    };
  };

  const formValues = (body: FormBody): CampaignFormValues =>
    Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]));

  app.get('/campaigns/new', { config: { access: 'staff', page: true }, schema: { hide: true } }, async (req, reply) =>
    formPage(req, reply, { values: { ownerId: String(actorOf(req).userId) } }),
  );

  app.post(
    '/campaigns',
    { config: { access: 'staff', page: true }, schema: { hide: true, body: formBody } },
    async (req, reply) => {
      const values = formValues(req.body);
      const parsed = parseCampaignForm(values);
      if ('errors' in parsed) return formPage(req, reply, { values, errors: parsed.errors, status: 422 });
      try {
        const row = createCampaign(db, actorOf(req), app.deps.clock(), parsed.input);
        return reply.redirect(`/campaigns/${row.id}?msg=created`, 303);
      } catch (err) {
        return formPage(req, reply, { values, ...refusal(err) });
      }
    },
  );

  app.get(
    '/campaigns/:id/edit',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const c = getCampaign(db, req.params.id);
      return formPage(req, reply, { campaign: c, values: campaignFormValues(c) });
    },
  );

  app.post(
    '/campaigns/:id/edit',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams, body: formBody } },
    async (req, reply) => {
      const c = getCampaign(db, req.params.id);
      const values = formValues(req.body);
      const parsed = parseCampaignForm(values);
      if ('errors' in parsed) return formPage(req, reply, { campaign: c, values, errors: parsed.errors, status: 422 });
      try {
        updateCampaign(db, actorOf(req), app.deps.clock(), c.id, parsed.input);
        return reply.redirect(`/campaigns/${c.id}?msg=saved`, 303);
      } catch (err) {
        return formPage(req, reply, { campaign: c, values, ...refusal(err) });
      }
    },
  );

  // ---- one campaign ---------------------------------------------------------------------------

  const render = (req: FastifyRequest, reply: FastifyReply, id: number, o: ViewOptions = {}) => {
    const now = app.deps.clock();
    const staff = hasRole(req.actor, 'staff');
    const filters: Record<string, string> = {};
    for (const key of ['status', 'overdue', 'jurisdiction', 'sort']) {
      const v = first(o.query?.[key]);
      if (v) filters[key] = v;
    }
    const parsed = campaignQuery.safeParse(filters);
    const filterError = parsed.success ? null : `Some filters are not valid. ${sentences(parsed.error)}`;
    const d = campaignDetail(db, id, now, parsed.success ? parsed.data : undefined);
    const filtered = parsed.success && Object.keys(filters).some((k) => k !== 'sort');
    const everyone = filtered ? campaignDetail(db, id, now).requests : d.requests;
    const jurisdictions = [...new Set(everyone.map((r) => r.agency.jurisdiction))].sort();
    const csvQuery = parsed.success && Object.keys(filters).length ? `?${new URLSearchParams(filters)}` : '';
    const sort = parsed.success ? parsed.data.sort : 'agency';
    const checked = new Set(o.bulk?.checked ?? []);
    const inCampaign = new Set(everyone.map((r) => r.agency.id));
    const candidates = staff
      ? agencyChoices(db)
          .filter((a) => !inCampaign.has(a.id))
          .sort((a, b) => (a.jurisdiction < b.jurisdiction ? -1 : a.jurisdiction > b.jurisdiction ? 1 : 0))
      : [];
    const table = requestsTable(d.requests, staff, checked);
    const body = html`<p class="breadcrumb"><a href="/campaigns">Campaigns</a></p>
<h1>${d.title}</h1>
${o.message ? html`<p class="notice" role="status">${o.message}</p>` : ''}
${o.report ?? ''}
${staff ? html`<p><a class="button secondary" href="/campaigns/${d.id}/edit">Edit the campaign</a></p>` : ''}
<dl class="facts">
<dt>Tags</dt><dd>${d.tags.length ? d.tags.join(', ') : '—'}</dd>
<dt>Visibility</dt><dd>${d.visibility}${d.embargoUntil ? ` until ${d.embargoUntil}` : ''}</dd>
<dt>When an agency is late</dt><dd>follow-ups ${d.followUpPolicy === 'off' ? 'off' : d.followUpPolicy === 'auto' ? 'sent by e-mail' : 'drafted for approval'}</dd>
<dt>Send pace</dt><dd>${d.sendPerMinute} a minute</dd>
<dt>Letter</dt><dd>${d.letterTemplateId ? html`<a href="/letter-templates/${d.letterTemplateId}">its template</a>` : "each jurisdiction's request letter"}</dd>
</dl>

<section aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
${summaryHtml(d.summary)}
</section>

<section aria-labelledby="h-requests" id="requests">
<h2 id="h-requests">Requests <span class="count">(${d.requests.length}${filtered ? ` of ${d.summary.requests}` : ''})</span></h2>
<form method="get" action="/campaigns/${d.id}" class="filters" role="search" aria-label="Filter the campaign's requests">
<p><label for="c-status">Status</label> <select id="c-status" name="status"><option value="">any</option>${STATUSES.map((s) => html`<option value="${s}"${filters.status === s ? html` selected` : ''}>${label(s)}</option>`)}</select></p>
<p><label for="c-overdue">Overdue</label> <select id="c-overdue" name="overdue"><option value="">either</option><option value="true"${filters.overdue === 'true' ? html` selected` : ''}>overdue only</option><option value="false"${filters.overdue === 'false' ? html` selected` : ''}>not overdue</option></select></p>
<p><label for="c-jurisdiction">Jurisdiction</label> <select id="c-jurisdiction" name="jurisdiction"><option value="">any</option>${jurisdictions.map((j) => html`<option value="${j}"${filters.jurisdiction?.toUpperCase() === j ? html` selected` : ''}>${j}</option>`)}</select></p>
<p><label for="c-sort">Sort by</label> <select id="c-sort" name="sort">${CAMPAIGN_SORTS.map((s) => html`<option value="${s}"${s === sort ? html` selected` : ''}>${SORT_LABELS[s]}</option>`)}</select></p>
<p><button type="submit">Show</button> <a href="/campaigns/${d.id}">Clear</a></p>
</form>
${filterError ? html`<p class="error" role="alert">${filterError}</p>` : ''}
<p><a href="/api/v1/campaigns/${d.id}/export.csv${csvQuery}" download>Download CSV</a> <span class="hint">(this table, with its filters and order)</span></p>
${
  staff
    ? html`<form method="post" action="/campaigns/${d.id}/bulk" id="bulk-form">
${csrfField(req)}
${table}
${bulkActions(d.summary.requests, o.bulk ?? {})}
</form>`
    : table
}
</section>

${staff ? addAgenciesSection(req, d.id, candidates, listJurisdictions(), o.add ?? {}) : ''}

<section aria-labelledby="h-asked">
<h2 id="h-asked">What is asked for</h2>
<div class="letter">${d.body}</div>
</section>`;
    const status = o.status ?? (filterError ? 422 : 200);
    return sendPage(reply, page(req, { title: d.title, body, current: 'campaigns' }), status);
  };

  app.get(
    '/campaigns/:id',
    {
      config: { access: 'volunteer', page: true, privateRecords: true },
      schema: { hide: true, params: idParams, querystring: formBody },
    },
    async (req, reply) =>
      render(req, reply, req.params.id, { query: req.query, message: MESSAGES[first(req.query.msg)] }),
  );

  // ---- bulk actions ---------------------------------------------------------------------------

  const bulk = (
    req: FastifyRequest,
    action: (typeof BULK_ACTIONS)[number],
    id: number,
    only: number[] | undefined,
    v: Record<string, string>,
  ): Html | string => {
    const actor = actorOf(req);
    const now = app.deps.clock();
    const selection = only ? { requestIds: only } : {};
    switch (action) {
      case 'send':
        return bulkReportHtml("Send the drafts' letters", sendDrafts(db, actor, now, config, id, only));
      case 'follow-ups':
        return bulkReportHtml('Send follow-ups to the overdue', sendFollowUps(db, actor, now, config, id, only));
      case 'stop':
        return stopReportHtml(stopSending(db, actor, now, id).stopped);
      case 'visibility': {
        const parsed = visibilityBody.safeParse({
          ...selection,
          visibility: v.visibility,
          ...(v.visibility === 'embargoed' && v.embargoUntil ? { embargoUntil: v.embargoUntil } : {}),
        });
        if (!parsed.success) return sentences(parsed.error);
        return bulkReportHtml('Change visibility', setVisibility(db, actor, now, id, parsed.data));
      }
      case 'tags': {
        const parsed = tagsBody.safeParse({ ...selection, add: words(v.add), remove: words(v.remove) });
        if (!parsed.success) return sentences(parsed.error);
        return bulkReportHtml('Change tags', changeTags(db, actor, now, id, parsed.data));
      }
      case 'withdraw': {
        if (v.confirmWithdraw !== 'yes') return 'Check “Yes, withdraw them” to withdraw: a withdrawal is not undone.';
        const parsed = withdrawBody.safeParse({ ...selection, ...(v.note ? { note: v.note } : {}) });
        if (!parsed.success) return sentences(parsed.error);
        return bulkReportHtml('Withdraw', withdraw(db, actor, now, id, parsed.data));
      }
    }
  };

  app.post(
    '/campaigns/:id/bulk',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams, body: formBody } },
    async (req, reply) => {
      const id = req.params.id;
      getCampaign(db, id);
      const only = checkedIds(req.body.requestId);
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.body)) if (k !== 'requestId') values[k] = first(v);
      const refuse = (error: string, status = 422) =>
        render(req, reply, id, { bulk: { values, checked: only, error }, status });
      const action = BULK_ACTIONS.find((a) => a === values.action);
      if (!action) return refuse('Choose one of the actions.');
      let outcome: Html | string;
      try {
        outcome = bulk(req, action, id, only, values);
      } catch (err) {
        // Not done at all (mail not configured, an embargo without its date): said beside the actions.
        if (!(err instanceof AppError) || err.status >= 500 || err.status === 404) throw err;
        const fields = (err.errors ?? []).map((e) => `${fieldMessage(e.path, e.message)}.`);
        return refuse(fields.length ? fields.join(' ') : err.message, err.status);
      }
      if (typeof outcome === 'string') return refuse(outcome);
      return render(req, reply, id, { report: outcome, bulk: { checked: only } });
    },
  );

  // ---- adding agencies ------------------------------------------------------------------------

  const add = (req: FastifyRequest, reply: FastifyReply, id: number, source: AddAgencies, state: AddFormState) => {
    try {
      const report = addAgencies(db, actorOf(req), app.deps.clock(), config, id, source);
      return render(req, reply, id, { report: addReportHtml(report) });
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err.status === 404) throw err;
      return render(req, reply, id, { add: { ...state, error: err.message }, status: err.status });
    }
  };

  app.post(
    '/campaigns/:id/agencies',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams, body: formBody } },
    async (req, reply) => {
      const id = req.params.id;
      getCampaign(db, id);
      const values = req.body;
      const by = first(values.by) === 'filter' ? 'filter' : 'ids';
      const refuse = (error: string) => render(req, reply, id, { add: { by, values, error }, status: 422 });
      if (by === 'ids') {
        const agencyIds = checkedIds(values.agencyId);
        if (!agencyIds) return refuse('Pick at least one agency.');
        return add(req, reply, id, { agencyIds }, { by, values });
      }
      const filter = Object.fromEntries(
        (['jurisdiction', 'level', 'name'] as const).flatMap((k) => (first(values[k]) ? [[k, first(values[k])]] : [])),
      );
      if (!Object.keys(filter).length) return refuse('Give a jurisdiction, a level or part of the name.');
      const parsed = addAgenciesBody.safeParse({ filter });
      if (!parsed.success) return refuse(sentences(parsed.error));
      return add(req, reply, id, parsed.data, { by, values });
    },
  );

  // The form's hidden `_csrf` field comes before the pasted text and the file, so it is checked first.
  app.post(
    '/campaigns/:id/agencies/csv',
    { config: { access: 'staff', page: true, csrf: 'handler' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const id = req.params.id;
      getCampaign(db, id);
      if (!req.isMultipart()) throw new AppError(415, 'not_multipart', 'Send the CSV as multipart/form-data');
      let csrfChecked = false;
      let pasted = '';
      let file = '';
      for await (const part of req.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === '_csrf') {
            checkCsrf(req, part.value);
            csrfChecked = true;
          } else if (part.fieldname === 'csv') {
            if (part.valueTruncated) throw new AppError(413, 'too_large', 'The pasted CSV is larger than 1 MB');
            pasted = String(part.value);
          }
          continue;
        }
        if (req.session && !csrfChecked) checkCsrf(req, undefined);
        // Over the size limit this throws (413), said on the error page.
        const bytes = await part.toBuffer();
        if (part.filename && bytes.length) file = bytes.toString('utf8');
      }
      if (req.session && !csrfChecked) checkCsrf(req, undefined);
      const values = { csv: pasted };
      const csv = file || pasted.replace(/\r\n/g, '\n');
      if (!csv.trim()) {
        return render(req, reply, id, {
          add: { by: 'csv', values, error: 'Choose a CSV file or paste its lines.' },
          status: 422,
        });
      }
      return add(req, reply, id, { csv }, { by: 'csv', values });
    },
  );
};
