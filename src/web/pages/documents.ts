/**
 * The volunteer tagging page: the document's pages (text, and the page image for scanned pages),
 * its tags, a tag picker, page notes and the work queue, all usable from the keyboard (the page
 * script, /assets/tagging.js, calls the JSON API with the session cookie and the CSRF header).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.js';
import { hasRole } from '../../auth/roles.js';
import { retryIngestion, visibleDocument } from '../../documents/service.js';
import { nextDocument } from '../../documents/work-queue.js';
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
interface DocumentView {
  id: number;
  requestId: number;
  name: string;
  status: string;
  error: string | null;
  pages: number | null;
  textSource: string | null;
  needsOcr: string | null;
  tags: DocTag[];
  children?: { id: number; name: string; status: string }[];
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
  ['j / k', 'next / previous page'],
  ['t', 'find a tag (then arrows, Enter: tag this page, Shift+Enter: tag the whole document, Escape: back)'],
  ['n', 'write a note on the current page'],
  ['d', 'done: finish this document and open the next one'],
  ['s', 'skip this document and open the next one'],
  ['?', 'show this help'],
];

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
      config: { access: 'volunteer', page: true },
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
      const docTags = doc.tags.filter((t) => t.page === null);
      const pageTags = (n: number) => doc.tags.filter((t) => t.page === n);
      const last = pages.pages[pages.pages.length - 1]?.page ?? 0;
      const body = html`<p class="breadcrumb"><a href="/requests/${doc.requestId}">Back to the request</a></p>
<h1>${doc.name}</h1>
<p>${statusBadge(doc.status)} · ${doc.pages ?? 0} page${doc.pages === 1 ? '' : 's'}${doc.textSource ? ` · text ${label(doc.textSource)}` : ''} · <a href="/api/v1/documents/${doc.id}/file">download the original</a></p>
${doc.needsOcr ? html`<p class="notice">${doc.needsOcr}</p>` : ''}
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
    : html`<div class="tagging" data-document="${doc.id}"${staff ? html` data-can-create-tags="true"` : ''}>
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
${p.source !== 'embedded' ? html`<img src="/api/v1/documents/${doc.id}/pages/${p.page}/image" alt="Scan of page ${p.page}" loading="lazy" class="page-image">` : ''}
${p.text.trim() ? html`<pre class="page-text">${p.text}</pre>` : html`<p class="empty">No text on this page${p.source === 'none' ? ' (it needs OCR)' : ''}.</p>`}
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
<table><thead><tr><th scope="col">Key</th><th scope="col">Does</th></tr></thead><tbody>
${SHORTCUTS.map(([k, d]) => html`<tr><th scope="row"><kbd>${k}</kbd></th><td>${d}</td></tr>`)}
</tbody></table>
<form method="dialog"><button type="submit">Close</button></form>
</dialog>`
}
${jsonData(
  'tag-vocabulary',
  vocabulary.tags.map((t) => ({ id: t.id, name: t.name, category: t.category })),
)}`;
      return sendPage(
        reply,
        page(req, { title: doc.name, body, current: 'queue', ...(failed ? {} : { scripts: ['tagging.js'] }) }),
      );
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
