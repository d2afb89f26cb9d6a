/** Agencies with their record (how long they take, how often on time), and one agency with its requests. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AGENCY_SORTS,
  type AgencySort,
  createAgency,
  getAgency,
  listAgencies,
  updateAgency,
} from '../../agencies/service.js';
import { actorOf } from '../../auth/plugin.js';
import { hasRole } from '../../auth/roles.js';
import { AppError } from '../../errors.js';
import { listRequests } from '../../requests/service.js';
import {
  AGENCY_FORM_FIELDS,
  type AgencyFormValues,
  agencyForm,
  agencyFormBody,
  parseAgencyForm,
} from '../agency-form.js';
import { agencyRecordFacts, num, pct } from '../agency-record.js';
import { html } from '../html.js';
import { dateText, page, sendPage, statusBadge, tableBox } from '../layout.js';

const SORT_LABELS: Partial<Record<AgencySort, string>> = {
  name: 'name',
  '-overdue': 'most overdue',
  '-medianDaysToFinal': 'slowest (median)',
  medianDaysToFinal: 'fastest (median)',
  onTimeShare: 'least often on time',
  '-filed': 'most requests',
};

export const agencyPages: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/agencies',
    {
      config: { access: 'volunteer', page: true },
      schema: {
        hide: true,
        querystring: z.object({ q: z.string().max(200).optional(), sort: z.string().max(40).optional() }).passthrough(),
      },
    },
    async (req, reply) => {
      const sort = (AGENCY_SORTS as readonly string[]).includes(req.query.sort ?? '')
        ? (req.query.sort as AgencySort)
        : 'name';
      const q = req.query.q?.trim();
      const { data } = listAgencies(db, req.actor, { ...(q ? { q } : {}), sort, limit: 500 }, app.deps.clock());
      const body = html`<h1>Agencies</h1>
${hasRole(req.actor, 'staff') ? html`<p><a class="button" href="/agencies/new">Add an agency</a></p>` : ''}
<form method="get" action="/agencies" class="filters" role="search" aria-label="Find agencies">
<p><label for="a-q">Name contains</label> <input id="a-q" name="q" type="search" value="${q ?? ''}"></p>
<p><label for="a-sort">Sort by</label> <select id="a-sort" name="sort">${Object.entries(SORT_LABELS).map(([v, l]) => html`<option value="${v}"${v === sort ? html` selected` : ''}>${l}</option>`)}</select></p>
<p><button type="submit">Show</button></p>
</form>
<section aria-live="polite" aria-labelledby="h-agencies">
<h2 id="h-agencies">${data.length} agenc${data.length === 1 ? 'y' : 'ies'}</h2>
<div class="table-scroll"><table><thead><tr><th scope="col">Agency</th><th scope="col">Jurisdiction</th><th scope="col">Filed</th><th scope="col">Open</th><th scope="col">Overdue</th><th scope="col">Median days to final answer</th><th scope="col">On time</th></tr></thead><tbody>
${data.map(
  (a) =>
    html`<tr><th scope="row"><a href="/agencies/${a.id}">${a.name}</a></th><td>${a.jurisdiction} <span class="muted">${a.level}</span></td><td>${a.stats.filed}</td><td>${a.stats.open}</td><td class="${a.stats.overdue ? 'late' : ''}">${a.stats.overdue}</td><td>${num(a.stats.medianDaysToFinal)}</td><td>${pct(a.stats.onTimeShare)}</td></tr>`,
)}
</tbody></table></div>
</section>`;
      return sendPage(reply, page(req, { title: 'Agencies', body, current: 'agencies' }));
    },
  );

  app.get(
    '/agencies/:id',
    {
      config: { access: 'volunteer', page: true },
      schema: {
        hide: true,
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ msg: z.string().max(20).optional() }).passthrough(),
      },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      const a = getAgency(db, req.actor, req.params.id, now);
      const { data, nextCursor } = listRequests(db, req.actor, { agencyId: a.id, sort: '-updatedAt', limit: 200 }, now);
      const s = a.stats;
      const body = html`<p class="breadcrumb"><a href="/agencies">Agencies</a></p>
<h1>${a.name}</h1>
${req.query.msg === 'saved' ? html`<p class="notice" role="status">Agency saved.</p>` : ''}
${hasRole(req.actor, 'staff') ? html`<p><a class="button secondary" href="/agencies/${a.id}/edit">Edit</a></p>` : ''}
<dl class="facts">
<dt>Jurisdiction</dt><dd>${a.jurisdiction} (${a.level})</dd>
${a.requestEmail ? html`<dt>Request e-mail</dt><dd>${a.requestEmail}</dd>` : ''}
${a.portalUrl ? html`<dt>Portal</dt><dd>${a.portalUrl}</dd>` : ''}
${a.postalAddress ? html`<dt>Address</dt><dd>${a.postalAddress}</dd>` : ''}
${a.notes ? html`<dt>Notes</dt><dd>${a.notes}</dd>` : ''}
<dt>Appeals decided by</dt><dd>${a.appealBody ?? '—'}</dd>
<dt>Appeal e-mail</dt><dd>${a.appealEmail ?? (a.requestEmail ? html`<span class="muted">the request e-mail</span>` : '—')}</dd>
<dt>Appeal address</dt><dd>${a.appealAddress ?? (a.postalAddress ? html`<span class="muted">the postal address</span>` : '—')}</dd>
</dl>
<section aria-labelledby="h-record">
<h2 id="h-record">Record</h2>
${agencyRecordFacts(s)}
</section>
<section aria-labelledby="h-requests">
<h2 id="h-requests">Requests to this agency</h2>
${
  data.length
    ? tableBox(html`<table><thead><tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Received</th><th scope="col">Next due</th></tr></thead><tbody>
${data.map((r) => html`<tr><th scope="row"><a href="/requests/${r.id}">${r.title}</a></th><td>${statusBadge(r.status)}${r.overdue ? html` <strong class="late">overdue</strong>` : ''}</td><td class="date">${dateText(r.receivedOn)}</td><td class="date">${dateText(r.nextDue)}</td></tr>`)}
</tbody></table>`)
    : html`<p class="empty">No requests yet.</p>`
}
${nextCursor ? html`<p><a href="/requests?agencyId=${a.id}">All requests to ${a.name}</a></p>` : ''}
</section>`;
      return sendPage(reply, page(req, { title: a.name, body, current: 'agencies' }));
    },
  );

  const formPage = (
    req: Parameters<typeof actorOf>[0],
    o: {
      title: string;
      action: string;
      submit: string;
      values: AgencyFormValues;
      errors?: AppError['errors'];
      error?: string;
    },
  ) =>
    page(req, {
      title: o.title,
      current: 'agencies',
      body: html`<p class="breadcrumb"><a href="/agencies">Agencies</a></p>
<h1>${o.title}</h1>
${agencyForm(req, { action: o.action, submit: o.submit, values: o.values, ...(o.errors ? { errors: o.errors } : {}), ...(o.error ? { error: o.error } : {}) })}`,
    });

  /** The refusal of a save, shown on the form: the fields it names, else its message. */
  const refusal = (err: unknown) => {
    if (!(err instanceof AppError) || err.status >= 500) throw err;
    return err.errors?.length ? { errors: err.errors } : { error: err.message };
  };

  app.get('/agencies/new', { config: { access: 'staff', page: true }, schema: { hide: true } }, async (req, reply) =>
    sendPage(
      reply,
      formPage(req, { title: 'Add an agency', action: '/agencies/new', submit: 'Add the agency', values: {} }),
    ),
  );

  app.post(
    '/agencies/new',
    { config: { access: 'staff', page: true }, schema: { hide: true, body: agencyFormBody } },
    async (req, reply) => {
      const values = req.body as AgencyFormValues;
      const o = { title: 'Add an agency', action: '/agencies/new', submit: 'Add the agency', values };
      const parsed = parseAgencyForm(values);
      if ('errors' in parsed) return sendPage(reply, formPage(req, { ...o, errors: parsed.errors }), 422);
      try {
        const row = createAgency(db, actorOf(req), app.deps.clock(), parsed.input);
        return reply.redirect(`/agencies/${row.id}?msg=saved`, 303);
      } catch (err) {
        const shown = refusal(err);
        return sendPage(reply, formPage(req, { ...o, ...shown }), (err as AppError).status);
      }
    },
  );

  const idParams = z.object({ id: z.coerce.number().int().positive() });

  app.get(
    '/agencies/:id/edit',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const a = getAgency(db, req.actor, req.params.id, app.deps.clock());
      const values = Object.fromEntries(
        AGENCY_FORM_FIELDS.map((f) => [f, (a as unknown as Record<string, unknown>)[f] ?? '']),
      ) as AgencyFormValues;
      return sendPage(
        reply,
        formPage(req, { title: `Edit ${a.name}`, action: `/agencies/${a.id}/edit`, submit: 'Save', values }),
      );
    },
  );

  app.post(
    '/agencies/:id/edit',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams, body: agencyFormBody } },
    async (req, reply) => {
      const a = getAgency(db, req.actor, req.params.id, app.deps.clock());
      const values = req.body as AgencyFormValues;
      const o = { title: `Edit ${a.name}`, action: `/agencies/${a.id}/edit`, submit: 'Save', values };
      const parsed = parseAgencyForm(values);
      if ('errors' in parsed) return sendPage(reply, formPage(req, { ...o, errors: parsed.errors }), 422);
      try {
        updateAgency(db, actorOf(req), app.deps.clock(), a.id, parsed.input);
        return reply.redirect(`/agencies/${a.id}?msg=saved`, 303);
      } catch (err) {
        const shown = refusal(err);
        return sendPage(reply, formPage(req, { ...o, ...shown }), (err as AppError).status);
      }
    },
  );
};
