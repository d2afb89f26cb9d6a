/**
 * The document viewer, which is also the volunteer tagging page: each page's image beside its text,
 * its tags, a tag picker, page notes and the work queue, all usable from the keyboard (the page
 * script, /assets/tagging.js, calls the JSON API with the session cookie and the CSRF header).
 * Redactions are shown on the page images (boxes with their reason) and in the text (pattern
 * matches); staff draw boxes, add patterns and apply them here (/assets/redaction.js).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.js';
import { hasRole } from '../../auth/roles.js';
import { retryIngestion, setWithheld, visibleDocument } from '../../documents/service.js';
import { nextDocument } from '../../documents/work-queue.js';
import { publicDocumentPath } from '../../public/service.js';
import { apiGet, apiRead } from '../api-client.js';
import { type Html, html, raw } from '../html.js';
import { csrfField, label, page, sendPage, statusBadge } from '../layout.js';

interface TagRef {
  id: number;
  name: string;
  category: string;
}
interface DocTag {
  id: number;
  tag: TagRef | null;
  page: number | null;
  note: string | null;
}
interface BadRedaction {
  page: number;
  text: string | null;
}
interface DocumentView {
  id: number;
  requestId: number;
  name: string;
  type: string | null;
  status: string;
  error: string | null;
  pages: number | null;
  textSource: string | null;
  needsOcr: string | null;
  tags: DocTag[];
  children?: { id: number; name: string; status: string }[];
  redaction: {
    version: number;
    applying: boolean;
    pending: number;
    error: string | null;
    redactable: boolean;
    hiddenTextCheck: string | null;
    badRedactions: BadRedaction[];
  } | null;
  withheld: { reason: string; at: string | null } | null;
}
interface PageView {
  page: number;
  text: string;
  source: 'embedded' | 'ocr' | 'none';
}

const PAGE_WINDOW = 50;

/** One tag or note of the list; the page script renders the same markup after each change. */
function tagItem(t: DocTag): Html {
  const isNote = t.tag?.category === 'note';
  const name = isNote ? undefined : t.tag?.name;
  const what = name ?? 'note';
  return html`<li>${name ? html`<span class="tag">${name}</span>` : ''}${t.note ? html` <span class="note">${name ? '— ' : 'Note: '}${t.note}</span>` : ''}${t.tag ? html` <button type="button" class="link remove-tag" data-tag="${t.tag.id}" data-page="${t.page ?? ''}" aria-label="Remove ${what}${t.page ? ` from page ${t.page}` : ''}">remove</button>` : ''}</li>`;
}

/** JSON for the page script; `<` is escaped so the data cannot close its script element. */
function jsonData(id: string, value: unknown): Html {
  return raw(`<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`);
}

/** The categories of the vocabulary, to suggest for a new tag (notes are not a category one picks). */
function categoriesOf(vocabulary: TagRef[]): string[] {
  return [...new Set(vocabulary.map((t) => t.category))].filter((c) => c !== 'note').sort();
}

/**
 * Staff add a tag to the vocabulary from here (POST /api/v1/tags through the page script), and it
 * goes on the current page, or the whole document, at once: that is why they were looking for it.
 */
function newTagForm(categories: string[]): Html {
  return html`<details id="new-tag">
<summary>New tag</summary>
<form id="new-tag-form" class="stack">
<p><label for="new-tag-name">Name</label> <input id="new-tag-name" required maxlength="100" autocomplete="off"></p>
<p><label for="new-tag-category">Category</label> <input id="new-tag-category" required maxlength="50" list="tag-categories" autocomplete="off" aria-describedby="new-tag-category-hint">
<datalist id="tag-categories">${categories.map((c) => html`<option value="${c}"></option>`)}</datalist>
<span id="new-tag-category-hint" class="hint">One of ${categories.join(', ')}, or a new one.</span></p>
<p><label class="inline"><input id="new-tag-whole" type="checkbox"> on the whole document, not only the current page</label></p>
<p><button type="submit">Create tag and add it</button></p>
</form>
</details>`;
}

const SHORTCUTS: [string, string][] = [
  ['j / k, → / ←', 'next / previous page'],
  ['t', 'find a tag (then arrows, Enter: tag this page, Shift+Enter: tag the whole document, Escape: back)'],
  ['n', 'write a note on the current page'],
  ['d', 'done: finish this document and open the next one'],
  ['s', 'skip this document and open the next one'],
  ['?', 'show this help'],
];
const STAFF_SHORTCUTS: [string, string][] = [
  ['r', 'draw a redaction box: then drag on the page image (Escape: stop drawing)'],
];

/** Documents whose pages have images: PDFs (rendered) and images (their own page). */
const hasImages = (type: string | null) => type === 'application/pdf' || (type ?? '').startsWith('image/');

/** Where the document stands for the public: withheld, redacted, or as it is. */
function publicState(doc: DocumentView): Html {
  const r = doc.redaction;
  if (!r) return html``;
  if (doc.withheld) {
    return html`<p id="public-state" class="notice" role="status">Withheld from the public by staff: ${doc.withheld.reason}.</p>`;
  }
  const flagged = r.hiddenTextCheck === 'flagged';
  const checking = r.hiddenTextCheck === 'pending';
  let state: string;
  if (r.applying) state = 'Redactions are being applied: the public sees nothing of this document until they are.';
  else if (r.error)
    state = `Applying the redactions failed: ${r.error}. The public sees nothing of this document until they are applied.`;
  else if (r.pending)
    state = `${r.pending} redaction${r.pending === 1 ? '' : 's'} not applied yet: the public sees nothing of this document until ${r.pending === 1 ? 'it is' : 'they are'} applied.`;
  else if (flagged) state = 'The public sees nothing of this document until staff decide about the hidden text below.';
  else if (checking)
    state = 'Being checked for text hidden under black boxes: the public sees it once the check is done.';
  else if (r.version > 0) state = 'The public sees the redacted version only.';
  else state = 'The public sees this document as it is (no redactions).';
  return html`<p id="public-state" class="${r.pending || r.applying || r.error || flagged ? 'notice' : 'muted'}" role="status">${state}${r.version > 0 ? html` <a href="/api/v1/documents/${doc.id}/file?version=redacted">Download the redacted version</a>` : ''}</p>`;
}

/** Staff keep a document from the public (one that cannot be redacted by box, or not to publish yet), or publish it again. */
function withholdForm(req: FastifyRequest, doc: DocumentView): Html {
  return doc.withheld
    ? html`<form method="post" action="/documents/${doc.id}/withhold" class="inline">${csrfField(req)}<input type="hidden" name="withheld" value=""><button type="submit" class="secondary">Publish it again</button></form>`
    : html`<details class="withhold"><summary>Withhold from the public</summary><form method="post" action="/documents/${doc.id}/withhold" class="stack">${csrfField(req)}<p><label for="withhold-reason">Why the public may not read it</label> <input id="withhold-reason" name="withheld" required maxlength="500" placeholder="names of private persons"></p><p><button type="submit">Withhold</button></p></form></details>`;
}

/** Text found under black boxes in the released file: for staff to decide about. */
function badRedactionsNotice(doc: DocumentView, staff: boolean): Html {
  const r = doc.redaction;
  if (!r?.badRedactions.length || r.hiddenTextCheck === 'clean') return html``;
  const pages = [...new Set(r.badRedactions.map((b) => b.page))];
  const open = r.hiddenTextCheck === 'flagged';
  return html`<section id="bad-redactions" class="notice${open ? ' flagged' : ''}" aria-labelledby="h-bad-redactions">
<h2 id="h-bad-redactions">Text under black boxes in the released file</h2>
<p>On page${pages.length === 1 ? '' : 's'} ${pages.map((p, i) => html`${i ? ', ' : ''}<a href="#page-${p}">${p}</a>`)}, the agency's black boxes cover text that is still in the file (anyone could copy it out):</p>
<ul>${r.badRedactions.map((b) => html`<li>page ${b.page}: ${b.text === null ? 'the page could not be rendered to check it' : html`<q>${b.text}</q>`}</li>`)}</ul>
${
  open
    ? html`<p>The public does not see this document until staff decide: apply the suggested redactions (marked “detected”) to black it out for good, or publish the text as it was released.</p>
${staff ? html`<p><button type="button" id="accept-bad-redactions" class="secondary">Publish the text as released</button></p>` : ''}`
    : html`<p class="muted">Staff have decided about it.</p>`
}
</section>`;
}

/** The redaction panel: the list (filled by the script), and for staff the tools to add and apply. */
function redactionPanel(doc: DocumentView, staff: boolean): Html {
  const r = doc.redaction;
  if (!r?.redactable) return html``;
  return html`<section id="redactions" aria-labelledby="h-redactions">
<h3 id="h-redactions">Redactions</h3>
<ul id="redaction-list" class="redaction-list" aria-live="polite"></ul>
${
  staff
    ? html`<p><label for="redact-reason">Reason shown on the box</label>
<input id="redact-reason" maxlength="200" value="personal information" autocomplete="off"></p>
<p><button type="button" id="draw-toggle" aria-pressed="false">Draw a box <kbd>r</kbd></button> <span class="hint">then drag on a page image</span></p>
<form id="pattern-form" class="stack">
<p><label for="pattern-kind">Find and redact</label>
<select id="pattern-kind">
<option value="ssn">Social Security numbers</option>
<option value="phone">phone numbers</option>
<option value="email">e-mail addresses</option>
<option value="dob">dates of birth</option>
<option value="literal">this text</option>
<option value="regex">this regular expression</option>
</select></p>
<p id="pattern-row" hidden><label for="pattern-text">Text or expression</label> <input id="pattern-text" maxlength="300" autocomplete="off"></p>
<p><button type="submit">Add pattern</button></p>
</form>
<p><button type="button" id="apply-redactions">Apply redactions</button></p>`
    : html`<p class="hint">Staff add and apply redactions.</p>`
}
<p id="redaction-status" role="status" aria-live="polite"></p>
</section>`;
}

export const documentPages: FastifyPluginAsyncZod = async (app) => {
  // Looking at the queue changes nothing; taking a document (the lease) is a POST.
  app.get(
    '/documents/next',
    { config: { access: 'volunteer', page: true }, schema: { hide: true } },
    async (req, reply) => {
      const res = await apiGet<{ document: { id: number; name: string; pages: number | null } }>(
        app,
        req,
        '/api/v1/documents/next',
      );
      const next = res.status === 200 ? res.body?.document : undefined;
      const body = next
        ? html`<h1>Tagging queue</h1>
<p role="status">Next in the queue: ${next.name}${next.pages ? ` (${next.pages} page${next.pages === 1 ? '' : 's'})` : ''}.</p>
<form method="post" action="/documents/next">${csrfField(req)}<p><button type="submit">Start tagging</button></p></form>
<p><a href="/">Back to the dashboard</a></p>`
        : html`<h1>Tagging queue</h1>
<p role="status">No document waits for tagging right now. Thank you!</p>
<p><a href="/">Back to the dashboard</a></p>`;
      return sendPage(reply, page(req, { title: 'Tagging queue', body, current: 'queue' }));
    },
  );

  app.post(
    '/documents/next',
    { config: { access: 'volunteer', page: true }, schema: { hide: true } },
    async (req, reply) => {
      const d = nextDocument(app.deps.db, actorOf(req), app.deps.clock(), app.deps.config.TAGGING_LEASE_MS);
      return reply.redirect(d ? `/documents/${d.id}` : '/documents/next', 303);
    },
  );

  app.get(
    '/documents/:id',
    {
      config: {
        access: 'volunteer',
        page: true,
        // A signed-out reader of a released document reads it in the public viewer, not a sign-in form.
        signedOutLocation: (req) =>
          publicDocumentPath(app.deps.db, (req.params as { id?: unknown }).id, app.deps.clock()),
      },
      schema: {
        hide: true,
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ from: z.coerce.number().int().positive().optional() }).passthrough(),
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      const from = req.query.from ?? 1;
      const doc = await apiRead<DocumentView>(app, req, `/api/v1/documents/${id}`);
      const [pages, vocabulary] = await Promise.all([
        doc.status === 'ready'
          ? apiRead<{ pages: PageView[]; total: number }>(
              app,
              req,
              `/api/v1/documents/${id}/pages?from=${from}&limit=${PAGE_WINDOW}`,
            )
          : Promise.resolve({ pages: [] as PageView[], total: 0 }),
        apiRead<{ tags: (TagRef & { description: string | null })[] }>(app, req, '/api/v1/tags'),
      ]);
      // A failed document has no pages to tag: its page says why, and staff can retry it.
      const failed = doc.status === 'failed';
      const staff = hasRole(req.actor, 'staff');
      const images = hasImages(doc.type);
      const canRedact = staff && doc.redaction?.redactable === true;
      const docTags = doc.tags.filter((t) => t.page === null);
      const pageTags = (n: number) => doc.tags.filter((t) => t.page === n);
      const last = pages.pages[pages.pages.length - 1]?.page ?? 0;
      const body = html`<p class="breadcrumb"><a href="/requests/${doc.requestId}">Back to the request</a></p>
<h1>${doc.name}</h1>
<p>${statusBadge(doc.status)} · ${doc.pages ?? 0} page${doc.pages === 1 ? '' : 's'}${doc.textSource ? ` · text ${label(doc.textSource)}` : ''} · <a href="/api/v1/documents/${doc.id}/file">download the original</a></p>
${doc.needsOcr ? html`<p class="notice">${doc.needsOcr}</p>` : ''}
${publicState(doc)}
${staff && !failed ? withholdForm(req, doc) : ''}
${badRedactionsNotice(doc, staff)}
${
  failed
    ? html`<p class="error" role="alert">Reading this document failed: ${doc.error ?? 'no reason was recorded'}</p>
${staff ? html`<form method="post" action="/documents/${doc.id}/retry">${csrfField(req)}<p><button type="submit">Retry</button> <span class="muted">once the cause is fixed (a missing tool installed, a better copy uploaded)</span></p></form>` : html`<p>Staff can retry it once the cause is fixed.</p>`}`
    : html`${doc.error ? html`<p class="error">${doc.error}</p>` : ''}
${doc.status !== 'ready' ? html`<p class="notice" role="status">This document is ${doc.status}: its pages appear when processing is done. Reload in a moment.</p>` : ''}`
}
${doc.children?.length ? html`<p>Contains: ${doc.children.map((c, i) => html`${i ? ', ' : ''}<a href="/documents/${c.id}">${c.name}</a> (${c.status})`)}</p>` : ''}
${
  failed
    ? ''
    : html`<div class="tagging" data-document="${doc.id}"${staff ? html` data-can-create-tags="true"` : ''}${canRedact ? html` data-can-redact="true"` : ''}${doc.redaction?.redactable ? html` data-redactions="true"` : ''}>
<aside class="tag-panel" aria-labelledby="h-tagging">
<h2 id="h-tagging">Tagging</h2>
<p>Current page: <strong id="current-page">${pages.pages[0]?.page ?? '—'}</strong> of ${pages.total}</p>
<div class="picker">
<label for="tag-search">Find a tag <kbd>t</kbd></label>
<input id="tag-search" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="tag-options" autocomplete="off" aria-describedby="tag-hint">
<ul id="tag-options" role="listbox" aria-label="Matching tags" hidden></ul>
<p id="tag-hint" class="hint">Enter tags the current page; Shift+Enter tags the whole document.${staff ? ' A name not in the list can be created as a new tag.' : ' A tag not in the list? Staff can add it.'}</p>
</div>
${staff ? newTagForm(categoriesOf(vocabulary.tags)) : ''}
<h3 id="h-doc-tags">Whole document</h3>
<ul id="doc-tags" class="tags" aria-labelledby="h-doc-tags">${docTags.map(tagItem)}</ul>
<form id="note-form" class="stack">
<p><label for="note-text">Note on the current page <kbd>n</kbd></label>
<textarea id="note-text" rows="3"></textarea></p>
<p><button type="submit">Add note</button></p>
</form>
${redactionPanel(doc, staff)}
<p class="actions"><button type="button" id="done">Done <kbd>d</kbd></button> <button type="button" id="skip" class="secondary">Skip <kbd>s</kbd></button> <button type="button" id="help-open" class="link">Shortcuts <kbd>?</kbd></button></p>
<p id="tag-status" role="status" aria-live="polite"></p>
</aside>
<div class="pages">
${pages.pages.map(
  (
    p,
  ) => html`<section class="page" id="page-${p.page}" data-page="${p.page}" tabindex="-1" aria-labelledby="page-${p.page}-h">
<h2 id="page-${p.page}-h">Page ${p.page}</h2>
<ul class="tags page-tags" data-page-tags="${p.page}" aria-label="Tags on page ${p.page}">${pageTags(p.page).map(tagItem)}</ul>
<div class="page-view${images ? '' : ' text-only'}">
${images ? html`<figure class="page-figure"><div class="page-canvas" data-page="${p.page}"><img src="/api/v1/documents/${doc.id}/pages/${p.page}/image" alt="Page ${p.page} as released" loading="lazy" class="page-image" width="850" height="1100"></div><figcaption class="image-status" aria-live="polite"></figcaption></figure>` : ''}
<div class="page-text-col">${p.text.trim() ? html`<pre class="page-text" data-page="${p.page}">${p.text}</pre>` : html`<p class="empty">No text on this page${p.source === 'none' ? ' (it needs OCR)' : ''}.</p>`}</div>
</div>
</section>`,
)}
${
  from > 1 || last < pages.total
    ? html`<nav aria-label="More pages" class="page-windows">${from > 1 ? html`<a id="prev-window" href="/documents/${doc.id}?from=${Math.max(1, from - PAGE_WINDOW)}">Previous pages</a> ` : ''}${last < pages.total ? html`<a id="next-window" href="/documents/${doc.id}?from=${last + 1}">Next pages</a>` : ''}</nav>`
    : ''
}
</div>
</div>
<dialog id="help" aria-labelledby="h-help">
<h2 id="h-help">Keyboard shortcuts</h2>
<p>Shortcuts work when you are not typing in a field.</p>
<div class="table-scroll"><table><thead><tr><th scope="col">Key</th><th scope="col">Does</th></tr></thead><tbody>
${[...SHORTCUTS, ...(canRedact ? STAFF_SHORTCUTS : [])].map(([k, d]) => html`<tr><th scope="row"><kbd>${k}</kbd></th><td>${d}</td></tr>`)}
</tbody></table></div>
<form method="dialog"><button type="submit">Close</button></form>
</dialog>`
}
${jsonData(
  'tag-vocabulary',
  vocabulary.tags.map((t) => ({ id: t.id, name: t.name, category: t.category })),
)}`;
      return sendPage(
        reply,
        page(req, {
          title: doc.name,
          body,
          current: 'queue',
          ...(failed
            ? {}
            : {
                scripts: doc.redaction?.redactable
                  ? ['page-images.js', 'tagging.js', 'redaction.js']
                  : ['page-images.js', 'tagging.js'],
              }),
        }),
      );
    },
  );

  app.post(
    '/documents/:id/withhold',
    {
      config: { access: 'staff', page: true },
      schema: {
        hide: true,
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: z.object({ withheld: z.string().max(500) }).passthrough(),
      },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      const d = visibleDocument(app.deps.db, req.actor, req.params.id, now);
      setWithheld(app.deps.db, actorOf(req), now, d.id, req.body.withheld.trim() || null);
      return reply.redirect(`/documents/${d.id}`, 303);
    },
  );

  app.post(
    '/documents/:id/retry',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, params: z.object({ id: z.coerce.number().int().positive() }) },
    },
    async (req, reply) => {
      const d = visibleDocument(app.deps.db, req.actor, req.params.id, app.deps.clock());
      retryIngestion(app.deps.db, actorOf(req), app.deps.clock(), d.id);
      return reply.redirect(`/documents/${d.id}`, 303);
    },
  );
};
