/** Request pages: the list with the API's filters, filing a new request, and one request. */

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencyChoices } from '../../agencies/service.js';
import { actorOf } from '../../auth/plugin.js';
import { AppError } from '../../errors.js';
import { fieldMessage, issueMessages } from '../../http/messages.js';
import { createRequestBody, listQuery } from '../../requests/schemas.js';
import { createRequest, listRequests } from '../../requests/service.js';
import { STATUSES } from '../../requests/state-machine.js';
import { type Html, html } from '../html.js';
import { csrfField, dateText, label, page, sendPage, statusBadge, tableBox } from '../layout.js';
import { requestDetailPages } from './request-detail.js';
import { requestEditPages } from './request-edit.js';

const formBody = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const queryAny = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
}

export const requestPages: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const agencyOptions = () => agencyChoices(db);

  app.get(
    '/requests',
    { config: { access: 'volunteer', page: true }, schema: { hide: true, querystring: queryAny } },
    async (req, reply) => {
      const q = req.query;
      const filters: Record<string, string> = {};
      for (const key of ['status', 'agencyId', 'jurisdiction', 'tag', 'overdue', 'q', 'cursor']) {
        const v = first(q[key]);
        if (v) filters[key] = v;
      }
      const parsed = listQuery.safeParse({ ...filters, limit: '50' });
      const result = parsed.success ? listRequests(db, req.actor, parsed.data, app.deps.clock()) : null;
      const error = parsed.success
        ? null
        : `Some filters are not valid. ${issueMessages(parsed.error)
            .map((e) => `${e.message}.`)
            .join(' ')}`;
      const opts = agencyOptions();
      const jurisdictions = [...new Set(opts.map((a) => a.jurisdiction))].sort();
      const nextQuery = result?.nextCursor
        ? new URLSearchParams({ ...filters, cursor: result.nextCursor }).toString()
        : null;
      const body = html`<h1>Requests</h1>
<form method="get" action="/requests" class="filters" role="search" aria-label="Filter requests">
<p><label for="f-q">Words in title or letter</label> <input id="f-q" name="q" type="search" value="${filters.q ?? ''}"></p>
<p><label for="f-status">Status</label> <select id="f-status" name="status"><option value="">any</option>${STATUSES.map((s) => html`<option value="${s}"${filters.status === s ? html` selected` : ''}>${label(s)}</option>`)}</select></p>
<p><label for="f-agency">Agency</label> <select id="f-agency" name="agencyId"><option value="">any</option>${opts.map((a) => html`<option value="${a.id}"${filters.agencyId === String(a.id) ? html` selected` : ''}>${a.name} (${a.jurisdiction})</option>`)}</select></p>
<p><label for="f-jur">Jurisdiction</label> <select id="f-jur" name="jurisdiction"><option value="">any</option>${jurisdictions.map((j) => html`<option value="${j}"${filters.jurisdiction?.toUpperCase() === j ? html` selected` : ''}>${j}</option>`)}</select></p>
<p><label for="f-tag">Tag</label> <input id="f-tag" name="tag" value="${filters.tag ?? ''}"></p>
<p><label for="f-overdue">Overdue</label> <select id="f-overdue" name="overdue"><option value="">either</option><option value="true"${filters.overdue === 'true' ? html` selected` : ''}>overdue only</option><option value="false"${filters.overdue === 'false' ? html` selected` : ''}>not overdue</option></select></p>
<p><button type="submit">Filter</button> <a href="/requests">Clear</a></p>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<section aria-live="polite" aria-labelledby="h-results">
<h2 id="h-results">${result ? `${result.data.length}${result.nextCursor ? '+' : ''} request${result.data.length === 1 ? '' : 's'}` : 'No results'}</h2>
${
  result?.data.length
    ? tableBox(html`<table><thead><tr><th scope="col">Title</th><th scope="col">Agency</th><th scope="col">Status</th><th scope="col">Next due</th><th scope="col">Tags</th></tr></thead><tbody>
${result.data.map(
  (r) =>
    html`<tr><th scope="row"><a href="/requests/${r.id}">${r.title}</a></th><td><a href="/agencies/${r.agencyId}">${r.agencyName}</a> <span class="muted">${r.jurisdiction}</span></td><td>${statusBadge(r.status)}${r.overdue ? html` <strong class="late">overdue</strong>` : ''}</td><td class="date">${dateText(r.nextDue)}</td><td>${r.tags.join(', ')}</td></tr>`,
)}
</tbody></table>`)
    : ''
}
${nextQuery ? html`<p><a href="/requests?${nextQuery}" rel="next">Next page</a></p>` : ''}
</section>`;
      return sendPage(reply, page(req, { title: 'Requests', body, current: 'requests' }), error ? 422 : 200);
    },
  );

  const renderNew = (
    req: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string> = {},
    errors: Record<string, string> = {},
  ) => {
    const err = (name: string): Html =>
      errors[name] ? html`<span class="error" id="err-${name}">${errors[name]}</span>` : html``;
    const invalid = (name: string): Html =>
      errors[name] ? html` aria-invalid="true" aria-describedby="err-${name}"` : html``;
    const vis = values.visibility ?? 'private';
    const body = html`<h1>New draft request</h1>
<p>This creates a <strong>draft</strong>: nothing is sent to the agency. Its page then says how to send it.</p>
${Object.keys(errors).length ? html`<p class="error" role="alert">The draft was not created: correct the fields marked below.</p>` : ''}
<form method="post" action="/requests" class="stack">
${csrfField(req)}
<p><label for="agencyId">Agency</label> <select id="agencyId" name="agencyId" required${invalid('agencyId')}><option value="">Choose an agency</option>${agencyOptions().map((a) => html`<option value="${a.id}"${values.agencyId === String(a.id) ? html` selected` : ''}>${a.name} (${a.jurisdiction})</option>`)}</select> ${err('agencyId')}</p>
<p><label for="title">Title</label> <input id="title" name="title" required maxlength="500" value="${values.title ?? ''}"${invalid('title')}> ${err('title')}</p>
<p><label for="body">Letter</label> <textarea id="body" name="body" rows="12" required${invalid('body')}>${values.body ?? ''}</textarea> ${err('body')}</p>
<p><label for="tags">Tags</label> <input id="tags" name="tags" value="${values.tags ?? ''}" aria-describedby="tags-hint"${invalid('tags')}> <span id="tags-hint" class="hint">Comma-separated, e.g. geofeedia, contracts</span> ${err('tags')}</p>
<fieldset><legend>Visibility</legend>
${(['private', 'public', 'embargoed'] as const).map((v) => html`<label class="inline"><input type="radio" name="visibility" value="${v}"${vis === v ? html` checked` : ''}> ${v}</label>`)}
<p><label for="embargoUntil">Embargoed until (for embargoed)</label> <input id="embargoUntil" name="embargoUntil" type="date" value="${values.embargoUntil ?? ''}"${invalid('embargoUntil')}> ${err('embargoUntil')}</p>
</fieldset>
<p><button type="submit">Create draft request</button></p>
</form>`;
    return sendPage(
      reply,
      page(req, { title: 'New draft request', body, current: 'new' }),
      Object.keys(errors).length ? 422 : 200,
    );
  };

  app.get('/requests/new', { config: { access: 'staff', page: true }, schema: { hide: true } }, async (req, reply) =>
    renderNew(req, reply),
  );

  app.post(
    '/requests',
    { config: { access: 'staff', page: true }, schema: { hide: true, body: formBody } },
    async (req, reply) => {
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.body)) values[k] = first(v);
      const input = {
        agencyId: Number(values.agencyId) || 0,
        title: values.title ?? '',
        body: (values.body ?? '').replace(/\r\n/g, '\n'),
        tags: (values.tags ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        visibility: values.visibility || 'private',
        ...(values.visibility === 'embargoed' && values.embargoUntil ? { embargoUntil: values.embargoUntil } : {}),
      };
      const parsed = createRequestBody.safeParse(input);
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const i of parsed.error.issues) errors[String(i.path[0] ?? 'title')] ??= fieldMessage(i.path, i.message);
        return renderNew(req, reply, values, errors);
      }
      try {
        const id = createRequest(db, actorOf(req), app.deps.clock(), parsed.data);
        return reply.redirect(`/requests/${id}?msg=created`, 303);
      } catch (err) {
        if (err instanceof AppError && err.status < 500) {
          const first = err.errors?.[0];
          return renderNew(req, reply, values, {
            [first?.path ?? 'title']: first ? fieldMessage(first.path, first.message) : err.message,
          });
        }
        throw err;
      }
    },
  );

  await app.register(requestDetailPages);
  await app.register(requestEditPages);
};
