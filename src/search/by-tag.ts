/**
 * A search by tag alone (no words): the documents and pages that carry a tag, newest document first,
 * limited to what the caller may see and with the search's other filters. A tag the caller cannot
 * know of (not in the vocabulary, or a staff-made tag on nothing public, asked for by the public) is a
 * 422 that names it, so that a typo is told apart from a tag that is on nothing yet.
 */
import type { Actor } from '../auth/roles.js';
import { seesPrivate } from '../auth/roles.js';
import type { Db } from '../db/index.js';
import { publicDocumentSql } from '../documents/publication.js';
import { AppError } from '../errors.js';
import { privateFilter, publicSql } from '../requests/service.js';
import { slugOf } from '../tags/slug.js';
import {
  documentTagNames,
  type SearchHit,
  type SearchQuery,
  scopeFilters,
  search,
  searchByDocument,
} from './service.js';

/** A hit of the search by tag: as a word search's, `page` being the tagged page (1 for the whole document). */
export interface TagHit extends SearchHit {
  tagged: 'document' | 'page';
}

export interface TagQuery {
  tag: string;
  agencyId?: number;
  campaignId?: number;
  jurisdiction?: string;
  requestId?: number;
  documentId?: number;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

const SNIPPET_CHARS = 240;

export function unknownTag(tag: string): AppError {
  return new AppError(422, 'unknown_tag', `No tag “${tag}” in the vocabulary`, {
    errors: [{ path: 'tag', message: `is not in the vocabulary: ${JSON.stringify(tag)}` }],
  });
}

/**
 * The vocabulary entry a caller may know by this name (any variant of it), or null. The public knows
 * the seeded vocabulary and tags on something public; staff-made tags on private work alone could tell
 * of a private investigation, so to the public they are as unknown as a tag that does not exist.
 */
export function knownTag(db: Db, actor: Actor | null, name: string, now: Date): { id: number; slug: string } | null {
  const slug = slugOf(name);
  if (!slug) return null;
  const row = db.$client
    .prepare('select id, slug, category, created_by as createdBy from tags where slug = ?')
    .get(slug) as { id: number; slug: string; category: string; createdBy: number | null } | undefined;
  if (!row) return null;
  if (seesPrivate(actor)) return row;
  if (row.category === 'note') return null; // notes are for signed-in readers
  if (row.createdBy === null) return row;
  const visible = publicSql(now);
  const onPublic = db.$client
    .prepare(
      `select exists (select 1 from document_tags dt join documents d on d.id = dt.document_id
         join requests r on r.id = d.request_id where dt.tag_id = @id and dt.removed_at is null and ${visible})
       or exists (select 1 from request_tags rt join requests r on r.id = rt.request_id
         where rt.tag = @slug and ${visible}) as yes`,
    )
    .get({ id: row.id, slug: row.slug }) as { yes: number };
  return onPublic.yes ? row : null;
}

function decodeCursor(c: string): number {
  const text = Buffer.from(c, 'base64url').toString('utf8');
  const n = Number(text.replace(/^t:/, ''));
  if (!text.startsWith('t:') || !Number.isInteger(n) || n < 0) {
    throw new AppError(422, 'invalid_cursor', 'The cursor is not one this API gave out', {
      errors: [{ path: 'cursor', message: 'is not one this API gave out' }],
    });
  }
  return n;
}
const encodeCursor = (offset: number) => Buffer.from(`t:${offset}`).toString('base64url');

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The start of a page's text, as escaped HTML like the word search's snippets (with no marks). */
function pageStart(text: string | null): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return escapeHtml(flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS)}…` : flat);
}

export function searchByTag(db: Db, actor: Actor | null, q: TagQuery, now: Date) {
  const tag = knownTag(db, actor, q.tag, now);
  if (!tag) throw unknownTag(q.tag);
  if (q.campaignId !== undefined) privateFilter(actor, 'campaignId');
  const where = ['dt.tag_id = @tagId', 'dt.removed_at is null'];
  const params: Record<string, unknown> = {
    tagId: tag.id,
    limit: q.limit + 1,
    offset: q.cursor ? decodeCursor(q.cursor) : 0,
  };
  const pub = !seesPrivate(actor);
  // The public: never a document withheld for redaction, and the redacted text of a redacted one.
  if (pub) where.push(publicSql(now), publicDocumentSql('d'));
  scopeFilters(q, where, params);
  // One hit per tagged place: the whole document, or each tagged page (a page tagged twice is one hit).
  const rows = db.$client
    .prepare(
      `select distinct d.id as documentId, d.name as documentName, d.request_id as requestId, r.title as requestTitle,
              a.id as agencyId, a.name as agencyName, a.jurisdiction as jurisdiction, dt.page as taggedPage,
              ${
                pub
                  ? `case when d.redacted_sha256 is not null
                      then (select p.text from document_redacted_pages p where p.document_id = d.id and p.page = coalesce(dt.page, 1))
                      else (select p.text from document_pages p where p.document_id = d.id and p.page = coalesce(dt.page, 1)) end`
                  : '(select p.text from document_pages p where p.document_id = d.id and p.page = coalesce(dt.page, 1))'
              } as text
       from document_tags dt
       join documents d on d.id = dt.document_id
       join requests r on r.id = d.request_id
       join agencies a on a.id = r.agency_id
       where ${where.join(' and ')}
       order by d.id desc, dt.page is not null, dt.page
       limit @limit offset @offset`,
    )
    .all(params) as (Omit<TagHit, 'page' | 'snippet' | 'tags' | 'tagged'> & {
    taggedPage: number | null;
    text: string | null;
  })[];
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const tagsOf = documentTagNames(db, [...new Set(page.map((r) => r.documentId))]);
  const hits: TagHit[] = page.map(({ taggedPage, text, ...r }) => ({
    ...r,
    page: taggedPage ?? 1,
    snippet: pageStart(text),
    tags: tagsOf.get(r.documentId) ?? [],
    tagged: taggedPage === null ? 'document' : 'page',
  }));
  return {
    hits,
    order: 'newest' as const,
    nextCursor: more ? encodeCursor((params.offset as number) + q.limit) : null,
  };
}

/**
 * GET /api/v1/search: words (with any filters, a tag among them), by page or grouped by document, or
 * a tag alone (its tagged documents and pages). Without either it is a 400; a tag the caller cannot
 * know of is a 422 in both cases.
 */
export function searchDocuments(
  db: Db,
  actor: Actor | null,
  q: Omit<SearchQuery, 'q'> & { q?: string },
  now: Date,
  group: 'page' | 'document' = 'page',
) {
  const words = q.q?.trim() ?? '';
  if (!words && q.tag) return searchByTag(db, actor, { ...q, tag: q.tag }, now);
  if (q.tag && !knownTag(db, actor, q.tag, now)) throw unknownTag(q.tag);
  if (!words) {
    throw new AppError(400, 'bad_query', 'The search needs words (q), a tag, or both', {
      errors: [{ path: 'q', message: 'give words to find, or a tag' }],
    });
  }
  return group === 'document'
    ? searchByDocument(db, actor, { ...q, q: words }, now)
    : search(db, actor, { ...q, q: words }, now);
}
