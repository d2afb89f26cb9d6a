/**
 * The public page of a public request (or an embargoed one after its embargo): no sign-in, the
 * view anyone gets from the API. Private and still-embargoed requests are a 404, as in the API.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestDocuments } from '../../documents/service.js';
import { readRequest } from '../../requests/service.js';
import { dueHtml, explanationHtml } from '../explanation.js';
import { html } from '../html.js';
import { dateText, label, page, sendPage, statusBadge } from '../layout.js';

export const publicPages: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/requests/:id',
    {
      config: { access: 'public', page: true },
      schema: { hide: true, params: z.object({ id: z.coerce.number().int().positive() }) },
    },
    async (req, reply) => {
      // Always the anonymous view, even for a signed-in reader: this is what the public sees.
      const r = readRequest(app.deps.db, null, req.params.id, app.deps.clock());
      const released = requestDocuments(app.deps.db, r.id).filter((d) => d.status === 'ready');
      const body = html`<h1>${r.title}</h1>
<dl class="facts">
<dt>Agency</dt><dd>${r.agency.name} (${r.jurisdiction})</dd>
<dt>Status</dt><dd>${statusBadge(r.status)}${r.overdue ? html` <strong class="late">the agency is ${r.daysOverdue} day${r.daysOverdue === 1 ? '' : 's'} late</strong>` : ''}</dd>
<dt>Received by the agency</dt><dd>${dateText(r.receivedOn)}</dd>
<dt>Final answer</dt><dd>${r.completedOn ? `${r.completedOn} (${label(r.outcome ?? '')})` : '—'}</dd>
</dl>
<section aria-labelledby="h-clocks">
<h2 id="h-clocks">Legal deadlines</h2>
${
  r.deadlines.length
    ? html`<table><thead><tr><th scope="col">Clock</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Days late</th><th scope="col">How it was computed</th></tr></thead><tbody>
${r.deadlines.map((d) => html`<tr><th scope="row">${label(d.kind)}</th><td class="date">${dueHtml(d.due, d.alternatives)}</td><td>${statusBadge(d.status)}</td><td>${d.daysLate || '—'}</td><td>${explanationHtml(d.kind, d.due, d.explanation)}</td></tr>`)}
</tbody></table>`
    : html`<p class="empty">No deadline runs yet.</p>`
}
</section>
<section aria-labelledby="h-released">
<h2 id="h-released">Released documents</h2>
${
  released.length
    ? html`<ul>${released.map((d) => html`<li><a href="/api/v1/documents/${d.id}/file">${d.name}</a>${d.pages ? ` (${d.pages} page${d.pages === 1 ? '' : 's'})` : ''}</li>`)}</ul>`
    : html`<p class="empty">No documents released yet.</p>`
}
</section>
<section aria-labelledby="h-letter">
<h2 id="h-letter">The request</h2>
<div class="letter">${r.body}</div>
</section>`;
      return sendPage(reply, page(req, { title: r.title, body, publicPage: true }));
    },
  );
};
