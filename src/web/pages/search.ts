/**
 * Full-text search over document pages, with the search API's filters; hits come grouped by document
 * (the API's `group=document`), each with its matching pages, and every page opens the viewer there.
 */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencyChoices } from '../../agencies/service.js';
import type { DocumentHits, SearchHit } from '../../search/service.js';
import { apiGet } from '../api-client.js';
import { escapeHtml, type Html, html, raw } from '../html.js';
import { page, sendPage } from '../layout.js';

/** A result as the page shows it: a document with its matching (or tagged) pages. */
type Shown = DocumentHits & { wholeDocument?: boolean };

/** A search by tag alone answers one hit per tagged place: shown grouped by document too. */
function groupTagHits(hits: (SearchHit & { tagged?: 'document' | 'page' })[]): Shown[] {
  const byDoc = new Map<number, Shown>();
  for (const { page: n, snippet, tagged, ...h } of hits) {
    let d = byDoc.get(h.documentId);
    if (!d) {
      d = { ...h, pagesMatched: 0, pages: [] };
      byDoc.set(h.documentId, d);
    }
    if (tagged === 'document') d.wholeDocument = true;
    else {
      d.pages.push({ page: n, snippet });
      d.pagesMatched++;
    }
  }
  return [...byDoc.values()];
}

const FILTERS = ['q', 'tag', 'agencyId', 'jurisdiction', 'requestId', 'from', 'to', 'cursor'] as const;

/**
 * The API's snippet is escaped text with <mark> around hits. It is inserted as HTML only if that is
 * all it holds; anything else is escaped as text.
 */
export function snippetHtml(snippet: string): Html {
  const bare = snippet.replace(/<\/?mark>/g, '');
  return /[<>]/.test(bare) ? raw(escapeHtml(snippet)) : raw(snippet);
}

export const searchPage: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      config: { access: 'volunteer', page: true },
      schema: { hide: true, querystring: z.record(z.string(), z.union([z.string(), z.array(z.string())])) },
    },
    async (req, reply) => {
      const f: Record<string, string> = {};
      for (const k of FILTERS) {
        const v = req.query[k];
        const s = (Array.isArray(v) ? v[0] : v)?.trim();
        if (s) f[k] = s;
      }
      let hits: Shown[] = [];
      let nextCursor: string | null = null;
      let error: string | null = null;
      let status = 200;
      if (f.q) {
        const res = await apiGet<{ documents: DocumentHits[]; nextCursor: string | null; detail?: string }>(
          app,
          req,
          `/api/v1/search?${new URLSearchParams({ ...f, limit: '20', group: 'document' }).toString()}`,
        );
        if (res.status === 200) {
          hits = res.body.documents;
          nextCursor = res.body.nextCursor;
        } else {
          status = res.status === 400 || res.status === 422 ? res.status : 502;
          error = res.body?.detail ?? `The search failed (${res.status}).`;
        }
      } else if (f.tag) {
        const res = await apiGet<{ hits: SearchHit[]; nextCursor: string | null; detail?: string }>(
          app,
          req,
          `/api/v1/search?${new URLSearchParams({ ...f, limit: '50' }).toString()}`,
        );
        if (res.status === 200) {
          hits = groupTagHits(res.body.hits);
          nextCursor = res.body.nextCursor;
        } else {
          status = res.status === 400 || res.status === 422 ? res.status : 502;
          error = res.body?.detail ?? `The search failed (${res.status}).`;
        }
      }
      const agencyList = agencyChoices(app.deps.db);
      const jurisdictions = [...new Set(agencyList.map((a) => a.jurisdiction))].sort();
      const { cursor: _cursor, ...without } = f;
      const body = html`<h1>Search documents</h1>
<form method="get" action="/search" class="filters" role="search" aria-label="Search documents">
<p class="wide"><label for="s-q">Words</label> <input id="s-q" name="q" type="search" value="${f.q ?? ''}" aria-describedby="s-q-hint"> <span id="s-q-hint" class="hint">or leave empty and give a tag</span></p>
<p><label for="s-tag">Tag</label> <input id="s-tag" name="tag" value="${f.tag ?? ''}"></p>
<p><label for="s-agency">Agency</label> <select id="s-agency" name="agencyId"><option value="">any</option>${agencyList.map((a) => html`<option value="${a.id}"${f.agencyId === String(a.id) ? html` selected` : ''}>${a.name} (${a.jurisdiction})</option>`)}</select></p>
<p><label for="s-jur">Jurisdiction</label> <select id="s-jur" name="jurisdiction"><option value="">any</option>${jurisdictions.map((j) => html`<option value="${j}"${f.jurisdiction === j ? html` selected` : ''}>${j}</option>`)}</select></p>
<p><label for="s-req">Request number</label> <input id="s-req" name="requestId" inputmode="numeric" pattern="[0-9]*" value="${f.requestId ?? ''}"></p>
<p><label for="s-from">Received from</label> <input id="s-from" name="from" type="date" value="${f.from ?? ''}"></p>
<p><label for="s-to">to</label> <input id="s-to" name="to" type="date" value="${f.to ?? ''}"></p>
<p><button type="submit">Search</button></p>
</form>
<section aria-live="polite" aria-labelledby="h-hits" id="results">
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<h2 id="h-hits">${f.q || f.tag ? `${hits.length}${nextCursor ? '+' : ''} document${hits.length === 1 ? '' : 's'} for ${f.q ? `“${f.q}”` : ''}${f.q && f.tag ? ' ' : ''}${f.tag ? `tagged “${f.tag}”` : ''}` : 'Type words, or give a tag, to search the pages of every document'}</h2>
${
  hits.length
    ? html`<ol class="hits">${hits.map(
        (h) => html`<li>
<h3><a href="/documents/${h.documentId}">${h.documentName}</a> <span class="muted">· ${h.wholeDocument ? `the whole document is tagged${h.pagesMatched ? ', and ' : ''}` : ''}${h.pagesMatched ? `${h.pagesMatched} page${h.pagesMatched === 1 ? '' : 's'} ${f.q ? 'match' : 'tagged'}` : ''}</span></h3>
<ul class="hit-pages">${h.pages.map(
          (p) =>
            html`<li><a href="/documents/${h.documentId}#page-${p.page}">Page ${p.page}</a> <span class="snippet">${snippetHtml(p.snippet)}</span></li>`,
        )}${h.pagesMatched > h.pages.length ? html`<li class="muted">and ${h.pagesMatched - h.pages.length} more page${h.pagesMatched - h.pages.length === 1 ? '' : 's'} of this document</li>` : ''}</ul>
<p class="muted"><a href="/requests/${h.requestId}">${h.requestTitle}</a> · ${h.agencyName} (${h.jurisdiction})${h.tags.length ? ` · tags: ${h.tags.join(', ')}` : ''}</p>
</li>`,
      )}</ol>`
    : ''
}
${nextCursor ? html`<p><a rel="next" href="/search?${new URLSearchParams({ ...without, cursor: nextCursor }).toString()}">More results</a></p>` : ''}
</section>`;
      return sendPage(
        reply,
        page(req, {
          title: f.q || f.tag ? `Search: ${f.q ?? ''}${f.tag ? ` tag ${f.tag}` : ''}` : 'Search',
          body,
          current: 'search',
        }),
        status,
      );
    },
  );
};
