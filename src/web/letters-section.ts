/**
 * The "Letters" section of a request page: the request letter's preview (and the follow-up and the
 * appeal when they apply), each exactly as it would be sent, with what is missing, a link to its PDF
 * and, for staff, a form to log it as mailed or faxed, and the choice of the request's template.
 */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import { type LetterKind, letterContext, type RenderedLetter, renderFrom } from '../letters/service.js';
import { listTemplates } from '../letters/templates.js';
import { type Html, html } from './html.js';
import { csrfField, label } from './layout.js';

const TITLES: Record<LetterKind, string> = {
  request: 'Request letter',
  follow_up: 'Follow-up letter',
  appeal: 'Appeal letter',
};

const SOURCES = {
  request: "this request's own template",
  organisation: "the organisation's template",
  default: 'the default letter for the jurisdiction',
} as const;

export interface LetterSectionOptions {
  requestId: number;
  jurisdiction: string;
  letterTemplateId: number | null;
  today: string;
  staff: boolean;
  /** Events the state machine allows now: a request letter can be logged as sent while `submitted` is. */
  allowedEvents: readonly string[];
  /** A refusal of the mailed form, shown in the card of its kind. */
  error?: { kind: LetterKind; message: string } | undefined;
  /** E-mail: which letters can go now, whether outgoing mail is configured, and a refused send. */
  send?: {
    kinds: readonly LetterKind[];
    configured: boolean;
    error?: { kind: LetterKind; message: string } | undefined;
  };
}

type Card = { kind: LetterKind; letter: RenderedLetter } | { kind: LetterKind; problem: string };

/**
 * "Send by e-mail": the letter as previewed, editable first (recipients, subject, text), to
 * POST /requests/{id}/send. Shown to staff for the letters that can go now.
 */
function sendForm(req: FastifyRequest, o: LetterSectionOptions, kind: LetterKind, l: RenderedLetter): Html {
  if (!o.staff || !o.send?.kinds.includes(kind)) return html``;
  if (!o.send.configured) {
    return html`<p class="muted">Outgoing mail is not configured (OUTBOUND_SMTP_URL or SMTP_URL): print the letter, or send it yourself and mark it below.</p>`;
  }
  const id = `send-${kind.replace('_', '-')}`;
  const error = o.send.error?.kind === kind ? o.send.error.message : undefined;
  return html`<details class="send-form"${error ? html` open` : ''} id="${id}"><summary>Send by e-mail</summary>
<form method="post" action="/requests/${o.requestId}/send" class="stack">
${csrfField(req)}
<input type="hidden" name="kind" value="${kind}">
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<p><label for="${id}-to">To (comma-separated)</label> <input id="${id}-to" name="to" type="text" required value="${l.to.join(', ')}"></p>
<p><label for="${id}-subject">Subject</label> <input id="${id}-subject" name="subject" required maxlength="998" value="${l.subject}"></p>
<p><label for="${id}-body">Text</label> <textarea id="${id}-body" name="body" rows="14" required>${l.body}</textarea></p>
<p><button type="submit">Send to the agency</button> <span class="muted">It leaves from the tracker${l.replyAddress ? `, with replies to ${l.replyAddress}` : ''}; the timeline records it.</span></p>
</form></details>`;
}

function card(req: FastifyRequest, o: LetterSectionOptions, c: Card): Html {
  const id = `letter-${c.kind.replace('_', '-')}`;
  const error = o.error?.kind === c.kind ? o.error.message : undefined;
  if ('problem' in c) {
    return html`<article class="letter-card" aria-labelledby="h-${id}"><h3 id="h-${id}">${TITLES[c.kind]}</h3>
<p class="error" role="alert">${c.problem}</p></article>`;
  }
  const l = c.letter;
  const loggable = c.kind === 'follow_up' || o.allowedEvents.includes(c.kind === 'request' ? 'submitted' : 'appealed');
  return html`<article class="letter-card" aria-labelledby="h-${id}" id="${id}">
<h3 id="h-${id}">${TITLES[c.kind]}</h3>
<dl class="facts">
<dt>To</dt><dd>${l.to.length ? l.to.join(', ') : html`<span class="muted">no e-mail address for the agency: print it</span>`}</dd>
<dt>Post</dt><dd>${l.postalAddress ? html`<span class="address">${l.postalAddress}</span>` : html`<span class="muted">no postal address</span>`}</dd>
${l.replyAddress ? html`<dt>Replies to</dt><dd>${l.replyAddress}</dd>` : ''}
<dt>Template</dt><dd>${SOURCES[l.template.source]}${l.template.id !== null ? html` (<a href="/letter-templates/${l.template.id}">#${l.template.id}</a>)` : ''}</dd>
</dl>
${
  l.missing.length
    ? html`<div class="notice" role="status"><p>Missing in this letter (shown in brackets):</p><ul>${l.missing.map((m) => html`<li><code>{{${m.placeholder}}}</code>: ${m.reason}</li>`)}</ul></div>`
    : ''
}
<p><strong>Subject:</strong> ${l.subject}</p>
<div class="letter">${l.body}</div>
<p><a href="/api/v1/requests/${o.requestId}/letters/${c.kind}.pdf" download>Printable PDF</a></p>
${sendForm(req, o, c.kind, l)}
${
  o.staff && (loggable || error)
    ? html`<form method="post" action="/requests/${o.requestId}/letters/${c.kind}/mailed" class="inline-letter-form" id="${id}-mailed">
${csrfField(req)}
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<p><label for="${id}-channel">Sent by</label> <select id="${id}-channel" name="channel"><option value="mail">post</option><option value="fax">fax</option></select>
<label for="${id}-date">on</label> <input id="${id}-date" name="date" type="date" value="${o.today}" max="${o.today}" required>
<button type="submit">Mark as mailed/faxed</button></p>
</form>`
    : ''
}
</article>`;
}

export function lettersSection(db: Db, config: Config, req: FastifyRequest, now: Date, o: LetterSectionOptions): Html {
  const ctx = letterContext(db, o.requestId, now, config);
  const cards: Card[] = [];
  for (const kind of ['request', 'follow_up', 'appeal'] as const) {
    try {
      cards.push({ kind, letter: renderFrom(db, ctx, kind) });
    } catch (err) {
      // A follow-up or appeal that does not apply now (409) is left out; a broken template (422) is
      // shown where its letter would be.
      if (!(err instanceof AppError)) throw err;
      if (err.status === 422 || kind === 'request') cards.push({ kind, problem: err.message });
    }
  }
  const templates = o.staff
    ? listTemplates(db).filter((t) => !t.jurisdiction || t.jurisdiction === o.jurisdiction)
    : [];
  return html`<section aria-labelledby="h-letters" id="letters">
<h2 id="h-letters">Letters</h2>
${cards.map((c) => card(req, o, c))}
${
  o.staff
    ? html`<form method="post" action="/requests/${o.requestId}/letter-template" class="inline-letter-form" id="letter-template-form">
${csrfField(req)}
<p><label for="letter-template">Template for this request</label> <select id="letter-template" name="letterTemplateId">
<option value="">The organisation's, else the default</option>
${templates.map((t) => html`<option value="${t.id}"${t.id === o.letterTemplateId ? html` selected` : ''}>${t.name} (${label(t.kind)}${t.jurisdiction ? `, ${t.jurisdiction}` : ''})</option>`)}
</select> <button type="submit">Use it</button> <a href="/letter-templates">Templates</a></p>
</form>`
    : ''
}
</section>`;
}
