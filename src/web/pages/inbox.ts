/** The inbox: e-mail from agencies that matched no request, for staff to file under the right one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.js';
import { timestampText } from '../../clock.js';
import { assignEmail, listInbound } from '../../inbound/service.js';
import { listRequests } from '../../requests/service.js';
import { html } from '../html.js';
import { csrfField, page, sendPage, tableBox } from '../layout.js';

export const inboxPages: FastifyPluginAsyncZod = async (app) => {
  const { db, config, blobs } = app.deps;

  app.get(
    '/inbox',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, querystring: z.object({ msg: z.string().max(40).optional() }).passthrough() },
    },
    async (req, reply) => {
      const waiting = listInbound(db, 'unmatched', 200);
      const filed = listInbound(db, undefined, 30).filter((m) => m.status !== 'unmatched');
      const { data: open } = listRequests(db, req.actor, { sort: '-updatedAt', limit: 200 }, app.deps.clock());
      const body = html`<h1>Inbox</h1>
<p>E-mail from agencies arrives at <code>request-&lt;id&gt;@${config.INBOUND_EMAIL_DOMAIN ?? 'your inbound domain'}</code> and is filed
by that address or by a tracking number in the subject. What matched nothing waits here.</p>
${req.query.msg === 'filed' ? html`<p class="notice" role="status">Filed. The message is now a document of the request, and on its timeline.</p>` : ''}
<section aria-labelledby="h-waiting">
<h2 id="h-waiting">Waiting to be filed (${waiting.length})</h2>
${
  waiting.length
    ? tableBox(html`<table><thead><tr><th scope="col">Subject</th><th scope="col">From</th><th scope="col">Received</th><th scope="col">File under</th></tr></thead><tbody>
${waiting.map(
  (
    m,
  ) => html`<tr><th scope="row">${m.subject ?? '(no subject)'}</th><td>${m.fromAddress ?? '—'}</td><td class="date">${timestampText(m.receivedAt)}</td>
<td><form method="post" action="/inbox/${m.id}/assign">${csrfField(req)}
<label for="assign-${m.id}" class="visually-hidden">Request for “${m.subject ?? 'no subject'}”</label>
<select id="assign-${m.id}" name="requestId" required><option value="">Choose a request…</option>
${open.map((r) => html`<option value="${r.id}">#${r.id} ${r.title}</option>`)}</select>
<button type="submit">File</button></form></td></tr>`,
)}
</tbody></table>`)
    : html`<p class="empty">Nothing waits: every message found its request.</p>`
}
</section>
<section aria-labelledby="h-filed">
<h2 id="h-filed">Recently filed</h2>
${
  filed.length
    ? tableBox(html`<table><thead><tr><th scope="col">Subject</th><th scope="col">Request</th><th scope="col">How</th><th scope="col">Received</th></tr></thead><tbody>
${filed.map(
  (m) =>
    html`<tr><th scope="row">${m.subject ?? '(no subject)'}</th><td><a href="/requests/${m.requestId}">#${m.requestId}</a></td><td>${m.matchedBy === 'address' ? 'reply address' : m.matchedBy === 'tracking_number' ? 'tracking number' : 'by staff'}</td><td class="date">${timestampText(m.receivedAt)}</td></tr>`,
)}
</tbody></table>`)
    : html`<p class="empty">No mail received yet.</p>`
}
</section>`;
      return sendPage(reply, page(req, { title: 'Inbox', body, current: 'inbox' }));
    },
  );

  app.post(
    '/inbox/:id/assign',
    {
      config: { access: 'staff', page: true },
      schema: {
        hide: true,
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: z.object({ requestId: z.coerce.number().int().positive() }).passthrough(),
      },
    },
    async (req, reply) => {
      await assignEmail({ db, blobs, config }, actorOf(req), app.deps.clock(), req.params.id, req.body.requestId);
      return reply.redirect('/inbox?msg=filed', 303);
    },
  );
};
