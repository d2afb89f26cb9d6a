/**
 * One request: letter, status, clocks with their explanations, the letters to the agency (request,
 * follow-up when it is late, appeal after an adverse answer), the timeline with an "add an event"
 * form (only the events the state machine allows now), and the documents with an upload form.
 */
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, checkCsrf } from '../../auth/plugin.js';
import { hasRole } from '../../auth/roles.js';
import { getCampaign } from '../../campaigns/service.js';
import { today as todayIn } from '../../clock.js';
import { LETTER_KINDS } from '../../db/schema.js';
import { parseOcrLanguage, recordUpload, requestDocuments, uploadBatch } from '../../documents/service.js';
import { AppError } from '../../errors.js';
import { isoDate } from '../../jurisdictions/schemas.js';
import { MAILED_CHANNELS, markMailed } from '../../letters/service.js';
import { outboundSmtp, requestMessages, sendableKinds, sendLetter } from '../../outbound/service.js';
import { publicRequestPath } from '../../public/service.js';
import { addEvent, readRequest, requestVisible, updateRequest } from '../../requests/service.js';
import { correspondenceSection } from '../correspondence.js';
import { type EventFormState, eventFieldErrors, eventForm, parseEventForm } from '../event-form.js';
import { dueHtml, explanationHtml } from '../explanation.js';
import { html } from '../html.js';
import { csrfField, dateText, label, page, sendPage, statusBadge, tableBox } from '../layout.js';
import { lettersSection } from '../letters-section.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const MESSAGES: Record<string, string> = {
  created: 'Draft request created. Nothing has gone to the agency yet: it stays a draft until it is sent.',
  event: 'Event added.',
  uploaded: 'Upload received: the documents are being processed.',
  nofile: 'Choose at least one file to upload.',
  visibility: 'Visibility saved.',
  mailed: 'Letter logged as sent (the timeline has it).',
  sent: 'The letter is on its way: it leaves by e-mail in a moment, and the correspondence below shows when it has.',
  edited: 'Request saved.',
  approved: 'The drafted letter is on its way.',
  discarded: 'The draft was discarded.',
  resent: 'The message is on its way again.',
  template: 'Letter template saved.',
};

const VISIBILITIES = ['private', 'public', 'embargoed'] as const;

const OCR_CHOICES = [
  ['eng', 'English'],
  ['spa', 'Spanish (español)'],
  ['eng+spa', 'English and Spanish'],
] as const;

interface Duplicate {
  id: number;
  /** The name the file was uploaded under this time. */
  as: string | undefined;
}

/** `?dup=12&as=copy.pdf&dup=13&as=...`, as the upload form's redirect writes it. */
function duplicatesOf(query: Record<string, unknown>): Duplicate[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
  const names = list(query.as);
  return list(query.dup).flatMap((id, i) => (/^\d{1,15}$/.test(id) ? [{ id: Number(id), as: names[i] }] : []));
}

/**
 * What a draft is, said where it matters: nothing has gone to the agency. Staff are offered to send
 * it (the request letter's "Send by e-mail", below), to print it, or to keep it as a draft.
 */
function draftPanel(requestId: number, staff: boolean, canEmail: boolean) {
  return html`<section aria-labelledby="h-draft" class="notice draft-panel" id="draft">
<h2 id="h-draft">This request is a draft</h2>
<p>Nothing has been sent to the agency, and no clock runs until the agency receives it.</p>
${
  staff
    ? html`<p id="send-slot">${canEmail ? html`<a class="button" href="#send-request">Send it by e-mail</a> ` : ''}<a class="button secondary" href="/api/v1/requests/${requestId}/letters/request.pdf">Print the letter</a> <a href="/requests/${requestId}/edit">Edit it</a>, or keep it as a draft.</p>
<p>Sent it yourself (by e-mail, portal or post)? Log <a href="#event-form">“submitted”</a> with the day it was sent; the clocks start from the agency's receipt.</p>`
    : ''
}
</section>`;
}

function dataText(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

export const requestDetailPages: FastifyPluginAsyncZod = async (app) => {
  const { db, blobs, config } = app.deps;
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 100, fields: 10 } });

  const render = (
    req: FastifyRequest,
    reply: FastifyReply,
    id: number,
    opts: {
      message?: string | undefined;
      duplicates?: Duplicate[];
      eventForm?: EventFormState;
      visibilityError?: string;
      letterError?: { kind: (typeof LETTER_KINDS)[number]; message: string };
      sendError?: { kind: (typeof LETTER_KINDS)[number]; message: string };
      status?: number;
    } = {},
  ) => {
    const actor = actorOf(req);
    const now = app.deps.clock();
    const r = readRequest(db, actor, id, now);
    const today = todayIn(r.jurisdiction, now);
    const staff = hasRole(actor, 'staff');
    const docs = requestDocuments(db, id);
    const campaign = r.campaignId ? getCampaign(db, r.campaignId) : null;
    const retractable = r.events.filter((e) => !e.retracted && e.type !== 'retraction');
    const mail = {
      kinds: staff ? sendableKinds(db, r.id, r.status, r.allowedEvents ?? []) : [],
      configured: outboundSmtp(config) !== null,
      error: opts.sendError,
    };
    // A duplicate names a document of this request only: the query string is the uploader's own.
    const duplicates = (opts.duplicates ?? []).flatMap((d) => {
      const existing = docs.find((doc) => doc.id === d.id);
      return existing ? [{ ...d, existing }] : [];
    });
    const body = html`<p class="breadcrumb"><a href="/requests">Requests</a></p>
<h1>${r.title}</h1>
${opts.message ? html`<p class="notice" role="status">${opts.message}</p>` : ''}
${
  duplicates.length
    ? html`<div class="notice" role="status" id="duplicates"><p>Already on this request, so not stored again:</p><ul>${duplicates.map(
        (d) =>
          html`<li>${d.as && d.as !== d.existing.name ? html`“${d.as}” is the same file as ` : ''}<a href="/documents/${d.existing.id}">${d.existing.name}</a> (document ${d.existing.id}, ${d.existing.status})</li>`,
      )}</ul></div>`
    : ''
}
${r.status === 'draft' ? draftPanel(r.id, staff, mail.configured && mail.kinds.includes('request')) : ''}
${staff ? html`<p><a class="button secondary" href="/requests/${r.id}/edit">Edit the request</a></p>` : ''}
<dl class="facts">
<dt>Status</dt><dd id="request-status">${statusBadge(r.status)}${r.overdue ? html` <strong class="late">overdue by ${r.daysOverdue} day${r.daysOverdue === 1 ? '' : 's'}</strong>` : ''}</dd>
<dt>Agency</dt><dd><a href="/agencies/${r.agency.id}">${r.agency.name}</a> (${r.jurisdiction}, ${r.agency.level})</dd>
${campaign ? html`<dt>Campaign</dt><dd><a href="/campaigns/${campaign.id}">${campaign.title}</a></dd>` : ''}
<dt>Visibility</dt><dd>${r.visibility}${r.embargoUntil ? ` until ${r.embargoUntil}` : ''}${r.visibility !== 'private' ? html` · <a href="/public/requests/${r.id}">public page</a>` : ''}</dd>
<dt>Tracking numbers</dt><dd>${r.trackingNumbers.length ? r.trackingNumbers.join(', ') : '—'}</dd>
<dt>Received</dt><dd>${dateText(r.receivedOn)}</dd>
<dt>Completed</dt><dd>${r.completedOn ? `${r.completedOn} (${label(r.outcome ?? '')})` : '—'}</dd>
<dt>Tags</dt><dd>${r.tags.length ? r.tags.join(', ') : '—'}</dd>
</dl>
${
  staff
    ? html`<details class="inline-form"${opts.visibilityError ? html` open` : ''}><summary>Change visibility</summary>
<form method="post" action="/requests/${r.id}/visibility" class="stack narrow" id="visibility-form">
${csrfField(req)}
${opts.visibilityError ? html`<p class="error" role="alert">${opts.visibilityError}</p>` : ''}
<p><label for="visibility">Visibility</label> <select id="visibility" name="visibility">${VISIBILITIES.map((v) => html`<option value="${v}"${r.visibility === v ? html` selected` : ''}>${v}</option>`)}</select></p>
<p><label for="embargo-until">Embargoed until (for embargoed)</label> <input id="embargo-until" name="embargoUntil" type="date" value="${r.embargoUntil ?? ''}"></p>
<p><button type="submit">Save visibility</button></p>
</form></details>`
    : ''
}

<section aria-labelledby="h-clocks" id="clocks-section" data-request="${r.id}" data-pending="${String(r.deadlinesPending)}">
<h2 id="h-clocks">Clocks</h2>
<p id="clocks-status" role="status"${r.deadlinesPending ? html` class="notice"` : html` class="notice" hidden`}>${r.deadlinesPending ? 'The clocks are being recomputed after the latest change; they update here in a moment.' : ''}</p>
<div id="clocks-body">
${
  r.deadlines.length
    ? tableBox(html`<table id="clocks"><thead><tr><th scope="col">Clock</th><th scope="col">Started</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Days late</th><th scope="col">Explanation</th></tr></thead><tbody>
${r.deadlines.map(
  (d) =>
    html`<tr><th scope="row">${label(d.kind)}</th><td class="date">${dateText(d.startDate)}</td><td class="date">${dueHtml(d.due, d.alternatives)}</td><td>${statusBadge(d.status)}${d.metOn ? ` on ${d.metOn}` : ''}</td><td class="${d.daysLate > 0 ? 'late' : ''}">${d.daysLate || '—'}</td><td>${explanationHtml(d.kind, d.due, d.explanation)}</td></tr>`,
)}
</tbody></table>`)
    : html`<p class="empty">No clock runs yet (a draft has none until it is submitted).</p>`
}
</div>
</section>

<section aria-labelledby="h-letter">
<h2 id="h-letter">What is asked for</h2>
<div class="letter">${r.body}</div>
</section>

${lettersSection(db, config, req, now, {
  requestId: r.id,
  jurisdiction: r.jurisdiction,
  letterTemplateId: r.letterTemplateId ?? null,
  today,
  staff,
  allowedEvents: r.allowedEvents ?? [],
  error: opts.letterError,
  send: mail,
})}

${correspondenceSection(req, requestMessages(db, r.id), staff)}

<section aria-labelledby="h-timeline" id="timeline">
<h2 id="h-timeline">Timeline</h2>
${
  r.events.length
    ? html`<ol class="timeline">${r.events.map(
        (e) =>
          html`<li${e.retracted ? html` class="retracted"` : ''}><time datetime="${e.date}">${e.date}</time> <strong>${label(e.type)}</strong>${e.retracted ? ' (retracted)' : ''}${e.note ? html` · ${e.note}` : ''}${Object.keys(e.data).length ? html` <span class="muted">${dataText(e.data)}</span>` : ''}</li>`,
      )}</ol>`
    : html`<p class="empty">Nothing logged yet.</p>`
}
${
  staff && r.allowedEvents?.length
    ? html`<h3 id="h-add-event">Add an event</h3>${eventForm({
        requestId: r.id,
        allowed: r.allowedEvents,
        today,
        csrf: csrfField(req),
        retractable,
        ...opts.eventForm,
      })}`
    : ''
}
</section>

<section aria-labelledby="h-documents" id="documents">
<h2 id="h-documents">Documents</h2>
${
  docs.length
    ? tableBox(html`<table><thead><tr><th scope="col">Document</th><th scope="col">Status</th><th scope="col">Pages</th><th scope="col">File</th></tr></thead><tbody>
${docs.map(
  (d) =>
    html`<tr><th scope="row"><a href="/documents/${d.id}">${d.name}</a>${d.parentId ? html` <span class="muted">(inside #${d.parentId})</span>` : ''}</th><td>${statusBadge(d.status)}${d.error ? html` <span class="muted">${d.error}</span>` : ''}</td><td>${d.pages ?? '—'}</td><td><a href="/api/v1/documents/${d.id}/file">download</a></td></tr>`,
)}
</tbody></table>`)
    : html`<p class="empty">No documents yet.</p>`
}
${
  staff
    ? html`<form method="post" action="/requests/${r.id}/documents" enctype="multipart/form-data" class="stack" id="upload-form">
${csrfField(req)}
<p><label for="ocr-language">Language of scanned pages</label> <select id="ocr-language" name="ocrLanguage" aria-describedby="ocr-language-hint"><option value="">the default (English and Spanish)</option>${OCR_CHOICES.map(([v, l]) => html`<option value="${v}">${l}</option>`)}</select> <span id="ocr-language-hint" class="hint">Read by OCR when a page has no text layer</span></p>
<p><label for="file">Upload returned files</label> <input id="file" name="file" type="file" multiple required></p>
<p><button type="submit">Upload</button></p>
</form>`
    : ''
}
</section>`;
    return sendPage(
      reply,
      page(req, {
        title: r.title,
        body,
        current: 'requests',
        scripts: staff ? ['request.js', 'clocks.js'] : ['clocks.js'],
      }),
      opts.status ?? 200,
    );
  };

  app.get(
    '/requests/:id',
    {
      config: {
        access: 'volunteer',
        page: true,
        // A signed-out reader of a public request reads its public page rather than a sign-in form.
        signedOutLocation: (req) => publicRequestPath(db, (req.params as { id?: unknown }).id, app.deps.clock()),
      },
      schema: { hide: true, params: idParams, querystring: z.object({ msg: z.string().optional() }).passthrough() },
    },
    async (req, reply) =>
      render(req, reply, req.params.id, {
        message: MESSAGES[req.query.msg ?? ''],
        duplicates: duplicatesOf(req.query),
      }),
  );

  app.post(
    '/requests/:id/events',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, params: idParams, body: z.record(z.string(), z.string()) },
    },
    async (req, reply) => {
      const id = req.params.id;
      // Shown again as typed when refused: the type, the date, the note and the type's own fields.
      const values = req.body;
      const parsed = parseEventForm(values);
      if ('fieldErrors' in parsed) {
        return render(req, reply, id, { eventForm: { values, fieldErrors: parsed.fieldErrors }, status: 422 });
      }
      try {
        addEvent(db, actorOf(req), app.deps.clock(), id, parsed.event);
      } catch (err) {
        if (err instanceof AppError && (err.status === 409 || err.status === 422)) {
          const fieldErrors = eventFieldErrors(parsed.event.type, err.errors ?? []);
          const error = Object.keys(fieldErrors).length ? undefined : err.message;
          return render(req, reply, id, { eventForm: { values, fieldErrors, error }, status: err.status });
        }
        throw err;
      }
      return reply.redirect(`/requests/${id}?msg=event#timeline`, 303);
    },
  );

  app.post(
    '/requests/:id/visibility',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, params: idParams, body: z.record(z.string(), z.string()) },
    },
    async (req, reply) => {
      const id = req.params.id;
      const visibility = VISIBILITIES.find((v) => v === req.body.visibility);
      const embargoUntil = req.body.embargoUntil?.trim() || null;
      if (!visibility) return render(req, reply, id, { visibilityError: 'Choose a visibility.', status: 422 });
      if (embargoUntil && !isoDate.safeParse(embargoUntil).success) {
        return render(req, reply, id, {
          visibilityError: 'The embargo date must be a date (YYYY-MM-DD).',
          status: 422,
        });
      }
      try {
        updateRequest(db, actorOf(req), app.deps.clock(), id, {
          visibility,
          embargoUntil: visibility === 'embargoed' ? embargoUntil : null,
        });
      } catch (err) {
        if (err instanceof AppError && err.status === 422) {
          return render(req, reply, id, { visibilityError: err.message, status: 422 });
        }
        throw err;
      }
      return reply.redirect(`/requests/${id}?msg=visibility`, 303);
    },
  );

  app.post(
    '/requests/:id/letters/:kind/mailed',
    {
      config: { access: 'staff', page: true },
      schema: {
        hide: true,
        params: idParams.extend({ kind: z.enum(LETTER_KINDS) }),
        body: z.record(z.string(), z.string()),
      },
    },
    async (req, reply) => {
      const { id, kind } = req.params;
      const channel = MAILED_CHANNELS.find((c) => c === req.body.channel);
      const date = req.body.date?.trim() ?? '';
      if (!channel || !isoDate.safeParse(date).success) {
        const message = 'Choose post or fax and the date it was sent (YYYY-MM-DD).';
        return render(req, reply, id, { letterError: { kind, message }, status: 422 });
      }
      try {
        markMailed(db, actorOf(req), app.deps.clock(), config, id, kind, { channel, date });
      } catch (err) {
        if (err instanceof AppError && (err.status === 409 || err.status === 422)) {
          return render(req, reply, id, { letterError: { kind, message: err.message }, status: err.status });
        }
        throw err;
      }
      return reply.redirect(`/requests/${id}?msg=mailed#letters`, 303);
    },
  );

  app.post(
    '/requests/:id/send',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, params: idParams, body: z.record(z.string(), z.string()) },
    },
    async (req, reply) => {
      const id = req.params.id;
      const kind = LETTER_KINDS.find((k) => k === req.body.kind);
      if (!kind) throw new AppError(422, 'invalid_kind', 'Choose the request letter, a follow-up or an appeal');
      const to = (req.body.to ?? '')
        .split(/[,;\s]+/)
        .map((a) => a.trim())
        .filter(Boolean);
      const bad = to.filter((a) => !z.email().safeParse(a).success);
      const subject = req.body.subject?.trim() ?? '';
      const body = req.body.body?.trim() ?? '';
      const problem = !to.length
        ? 'Give at least one e-mail address to send it to.'
        : bad.length
          ? `Not an e-mail address: ${bad.join(', ')}`
          : !subject || !body
            ? 'The subject and the text cannot be empty.'
            : null;
      if (problem) return render(req, reply, id, { sendError: { kind, message: problem }, status: 422 });
      try {
        sendLetter(db, actorOf(req), app.deps.clock(), config, id, { kind, to, subject, body });
      } catch (err) {
        if (err instanceof AppError && (err.status === 409 || err.status === 422)) {
          return render(req, reply, id, { sendError: { kind, message: err.message }, status: err.status });
        }
        throw err;
      }
      return reply.redirect(`/requests/${id}?msg=sent#correspondence`, 303);
    },
  );

  app.post(
    '/requests/:id/letter-template',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, params: idParams, body: z.record(z.string(), z.string()) },
    },
    async (req, reply) => {
      const id = req.params.id;
      const chosen = req.body.letterTemplateId?.trim() ?? '';
      const letterTemplateId = /^[1-9]\d{0,9}$/.test(chosen) ? Number(chosen) : null;
      updateRequest(db, actorOf(req), app.deps.clock(), id, { letterTemplateId });
      return reply.redirect(`/requests/${id}?msg=template#letters`, 303);
    },
  );

  // The form's hidden `_csrf` field comes before the file input, so it is checked before any byte is stored.
  app.post(
    '/requests/:id/documents',
    { config: { access: 'staff', page: true, csrf: 'handler' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = req.params.id;
      requestVisible(db, actor, id, app.deps.clock());
      if (!req.isMultipart()) throw new AppError(415, 'not_multipart', 'Send the files as multipart/form-data');
      let csrfChecked = false;
      let ocrLanguage: unknown;
      const batch = uploadBatch(db, blobs, config.UPLOAD_MAX_BYTES);
      try {
        for await (const part of req.parts()) {
          if (part.type === 'field') {
            if (part.fieldname === '_csrf') {
              checkCsrf(req, part.value);
              csrfChecked = true;
            }
            if (part.fieldname === 'ocrLanguage') ocrLanguage = part.value;
            continue;
          }
          if (req.session && !csrfChecked) checkCsrf(req, undefined);
          if (!part.filename) {
            part.file.resume(); // an empty file input
            continue;
          }
          await batch.add(part);
        }
        if (req.session && !csrfChecked) checkCsrf(req, undefined);
        const language = parseOcrLanguage(ocrLanguage);
        if (!batch.stored.length) return reply.redirect(`/requests/${id}?msg=nofile#documents`, 303);
        const now = app.deps.clock();
        const query = new URLSearchParams({ msg: 'uploaded' });
        for (const s of batch.stored) {
          const { document, duplicate } = recordUpload(db, actor, now, id, s.blob, {
            name: s.name,
            declaredType: s.declaredType,
            ocrLanguage: language,
          });
          // Said on the page it lands on: which file was already there, and as which document.
          if (duplicate) {
            query.append('dup', String(document.id));
            query.append('as', s.name);
          }
        }
        return reply.redirect(`/requests/${id}?${query}#documents`, 303);
      } catch (err) {
        await batch.discard();
        throw err;
      }
    },
  );
};
