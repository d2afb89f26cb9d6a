import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { READ_ONLY_PAGE } from '../../auth/plugin.js';
import { hasRole } from '../../auth/roles.js';
import { today } from '../../clock.js';
import { AppError } from '../../errors.js';
import { messagesNeedingAttention } from '../../outbound/service.js';
import { type DashboardRow, DUE_SOON_BUSINESS_DAYS, dashboard } from '../../requests/dashboard.js';
import { attentionSection } from '../correspondence.js';
import { type Html, html } from '../html.js';
import { dateText, label, page, sendPage, tableBox } from '../layout.js';
import { renderSignIn } from './auth.js';

const DONE: Record<string, string> = {
  approved: 'The drafted letter is on its way.',
  discarded: 'The draft was discarded.',
  resent: 'The message is on its way again.',
  released: 'The message is published with its request.',
};

function lateText(r: DashboardRow): string {
  if (r.daysLate <= 0) return r.due ? 'on time' : '—';
  return `${r.daysLate} ${r.unit === 'calendar' ? 'calendar' : 'business'} day${r.daysLate === 1 ? '' : 's'}`;
}

function table(id: string, caption: string, rows: DashboardRow[], opts: { dateHeader?: string; empty: string }): Html {
  if (!rows.length) return html`<p class="empty">${opts.empty}</p>`;
  return tableBox(html`<table id="${id}">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Request</th><th scope="col">Agency</th><th scope="col">Clock</th><th scope="col">Due</th>${opts.dateHeader ? html`<th scope="col">${opts.dateHeader}</th>` : ''}<th scope="col">Days late</th></tr></thead>
<tbody>
${rows.map(
  (r) => html`<tr>
<th scope="row"><a href="/requests/${r.requestId}">${r.title}</a>${r.campaignId ? html` <span class="muted">(campaign <a href="/campaigns/${r.campaignId}">${r.campaignTitle ?? `#${r.campaignId}`}</a>)</span>` : ''}</th>
<td><a href="/agencies/${r.agencyId}">${r.agencyName}</a></td>
<td>${r.kind ? label(r.kind) : '—'}${r.status.startsWith('awaiting') ? html` <span class="muted">(paused)</span>` : ''}</td>
<td class="date">${dateText(r.due)}</td>
${opts.dateHeader ? html`<td class="date">${dateText(r.on)}</td>` : ''}
<td class="${r.daysLate > 0 ? 'late' : ''}">${lateText(r)}</td>
</tr>`,
)}
</tbody>
</table>`);
}

export const dashboardPage: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      config: { access: 'public', page: true },
      schema: { hide: true, querystring: z.object({ msg: z.string().max(20).optional() }).passthrough() },
    },
    async (req, reply) => {
      if (!req.actor) return renderSignIn(req, reply, { next: '/' });
      // The dashboard counts and names every request; a read-only token sees public records only.
      if (req.actor.readOnly) {
        throw new AppError(403, 'read_only_token', READ_ONLY_PAGE);
      }
      const now = app.deps.clock();
      const d = dashboard(app.deps.db, now);
      const staff = hasRole(req.actor, 'staff');
      const notice = DONE[req.query.msg ?? ''];
      const body = html`<h1>Dashboard</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<p class="muted">Today is ${today('US', now)} in Washington; each clock is judged by its agency's own time zone. Clocks as the worker last computed them.</p>
${
  hasRole(req.actor, 'staff')
    ? html`<p><a class="button" href="/requests/new">New draft request</a> <a class="button secondary" href="/documents/next">Tag the next document</a></p>`
    : html`<p><a class="button" href="/documents/next">Tag the next document</a></p>`
}
${req.actor.readOnly ? '' : attentionSection(req, messagesNeedingAttention(app.deps.db, 50), staff)}
<section aria-labelledby="h-overdue">
<h2 id="h-overdue">Overdue now <span class="count">(${d.overdueTotal})</span></h2>
${table('overdue', 'Overdue clocks, most late first', d.overdue, { empty: 'No clock is overdue.' })}
${d.overdueTotal > d.overdue.length ? html`<p><a href="/requests?overdue=true">All ${d.overdueTotal} overdue requests</a></p>` : ''}
</section>
<section aria-labelledby="h-soon">
<h2 id="h-soon">Due in the next ${DUE_SOON_BUSINESS_DAYS} business days <span class="count">(${d.dueSoon.length})</span></h2>
${table('due-soon', 'Clocks due soon, earliest first', d.dueSoon, { empty: 'Nothing falls due in the next two weeks.' })}
</section>
<section aria-labelledby="h-waiting">
<h2 id="h-waiting">Awaiting our fee or clarification <span class="count">(${d.waiting.length})</span></h2>
${table('waiting', 'Requests paused until we pay or clarify', d.waiting, { dateHeader: 'Since', empty: 'No request waits on us.' })}
</section>
<section aria-labelledby="h-answered">
<h2 id="h-answered">Answered in the last 30 days <span class="count">(${d.answered.length})</span></h2>
${table('answered', 'Recently answered requests', d.answered, { dateHeader: 'Answered', empty: 'No answers in the last 30 days.' })}
</section>`;
      return sendPage(reply, page(req, { title: 'Dashboard', body, current: 'dashboard' }));
    },
  );
};
