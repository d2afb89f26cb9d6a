/**
 * Mail to and from the agency on the pages: the "Send by e-mail" form of a letter (what it sends is
 * the letter as previewed beside it, editable first), the correspondence of a request both ways
 * with each message's status, and the list of mail that needs staff (drafts waiting for approval,
 * mail that failed or bounced) with its one-click actions.
 */
import type { FastifyRequest } from 'fastify';
import type { MessageRow } from '../outbound/compose.js';
import { messageView } from '../outbound/service.js';
import { type Html, html } from './html.js';
import { csrfField, label, statusBadge, tableBox } from './layout.js';

export type Back = 'dashboard' | 'request';

/** Buttons on a message that needs staff: send or discard (a draft), send again (failed, bounced), publish (held). */
export function messageActions(req: FastifyRequest, m: MessageRow, back: Back): Html {
  const form = (action: string, text: string, cls = '') =>
    html`<form method="post" action="/messages/${m.id}/${action}" class="inline-action">${csrfField(req)}<input type="hidden" name="back" value="${back}"><button type="submit"${cls ? html` class="${cls}"` : ''}>${text}</button></form>`;
  if (m.status === 'awaiting_approval')
    return html`${form('approve', 'Send')} ${form('cancel', 'Discard', 'secondary')}`;
  if (m.status === 'failed' || m.status === 'bounced') return form('resend', 'Send again');
  if (m.status === 'held') return form('release', 'Publish with the request');
  return html``;
}

function when(m: MessageRow): string {
  return (m.sentAt ?? m.createdAt).slice(0, 16).replace('T', ' ');
}

/** The correspondence of a request, oldest first. */
export function correspondenceSection(req: FastifyRequest, rows: MessageRow[], staff: boolean): Html {
  return html`<section aria-labelledby="h-correspondence" id="correspondence">
<h2 id="h-correspondence">Correspondence</h2>
${
  rows.length
    ? html`<ol class="correspondence">${rows.map((m) => {
        const v = messageView(m);
        const who = v.direction === 'out' ? `to ${v.to.join(', ')}` : `from ${v.from ?? 'the agency'}`;
        return html`<li class="message message-${v.direction}" id="message-${v.id}">
<p><time datetime="${m.sentAt ?? m.createdAt}">${when(m)}</time> <strong>${v.direction === 'out' ? '→' : '←'} ${label(v.kind === 'reply' ? 'reply' : v.kind)}</strong> ${statusBadge(v.status)} <span class="muted">${who}</span></p>
${v.error ? html`<p class="error">${v.error}</p>` : ''}
<details><summary>${v.subject || '(no subject)'}</summary><div class="letter">${v.body}</div><p class="muted">Message-ID ${v.messageId}</p></details>
${staff ? messageActions(req, m, 'request') : ''}
</li>`;
      })}</ol>`
    : html`<p class="empty">No e-mail with the agency yet.</p>`
}
</section>`;
}

/** The dashboard's list of mail that needs staff. */
export function attentionSection(
  req: FastifyRequest,
  rows: { m: MessageRow; title: string; agencyName: string }[],
  staff: boolean,
): Html {
  return html`<section aria-labelledby="h-mail">
<h2 id="h-mail">Mail that needs you <span class="count">(${rows.length})</span></h2>
${
  rows.length
    ? tableBox(html`<table id="mail-attention"><caption class="visually-hidden">Drafts waiting for approval, mail that failed or bounced, and held mail</caption>
<thead><tr><th scope="col">Request</th><th scope="col">Agency</th><th scope="col">Letter</th><th scope="col">Status</th><th scope="col">Why</th>${staff ? html`<th scope="col">Action</th>` : ''}</tr></thead>
<tbody>${rows.map(
        ({ m, title, agencyName }) => html`<tr>
<th scope="row"><a href="/requests/${m.requestId}#message-${m.id}">${title}</a></th>
<td>${agencyName}</td>
<td>${label(m.kind)}: ${m.subject}</td>
<td>${statusBadge(m.status)}</td>
<td>${m.status === 'awaiting_approval' ? html`<span class="muted">drafted ${when(m)}</span>` : m.status === 'held' ? `from ${m.fromAddress ?? 'an unknown sender'}, not known to be the agency: read it before it is published` : (m.error ?? '')}</td>
${staff ? html`<td>${messageActions(req, m, 'dashboard')}</td>` : ''}
</tr>`,
      )}</tbody></table>`)
    : html`<p class="empty">No drafts wait for approval, no mail failed or bounced, and no mail is held.</p>`
}
</section>`;
}
