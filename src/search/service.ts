/**
 * Full-text search over document pages (SQLite FTS5), filtered and limited to what the caller may see.
 *
 * The query language is small and safe: words (all must match), "quoted phrases", prefix* terms,
 * OR between terms, and -word to exclude. It is translated to FTS5 syntax with every term quoted, so
 * user text never reaches FTS5 as syntax; a malformed query is a 400 that says what is wrong.
 */
import type { Actor } from '../auth/roles.js';
import { seesPrivate } from '../auth/roles.js';
import type { Db } from '../db/index.js';
import { parseIsoDate, toIsoDate } from '../deadlines/index.js';
import { publicDocumentSql, withheldDocuments } from '../documents/publication.js';
import { AppError } from '../errors.js';
import { privateFilter, publicSql } from '../requests/service.js';
import { slugOf } from '../tags/service.js';

export interface SearchQuery {
  q: string;
  tag?: string;
  agencyId?: number;
  campaignId?: number;
  jurisdiction?: string;
  requestId?: number;
  documentId?: number;
  from?: string;
  to?: string;
  /** relevance (bm25) or newest pages first. */
  sort?: 'relevance' | 'newest';
  limit: number;
  cursor?: string;
}

/**
 * Ranking costs about 1 ms per 1,500 matching pages (bm25 over every match). Past this many matches
 * the results come newest first instead, and the response says so: a word on most pages of the
 * archive is not a useful relevance query anyway, and the answer stays fast.
 */
export const RANK_MAX_MATCHES = 20_000;

const bad = (message: string) =>
  new AppError(400, 'bad_query', `The search query is malformed: ${message}`, { errors: [{ path: 'q', message }] });

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** Translates the user's query into an FTS5 MATCH expression (throws 400 on malformed input). */
export function toFts(input: string): string {
  const text = input.trim();
  if (!text) throw bad('it is empty');
  if ((text.match(/"/g)?.length ?? 0) % 2) throw bad('a quotation mark is not closed');
  const include: string[] = [];
  const exclude: string[] = [];
  let pendingOr = false;
  const re = /(-?)"([^"]*)"|(\S+)/g;
  for (const m of text.matchAll(re)) {
    const neg = m[1] === '-';
    let term: string;
    if (m[2] !== undefined) {
      if (!hasWord(m[2])) throw bad('a quoted phrase has no words');
      term = quote(m[2]);
    } else {
      let word = m[3] ?? '';
      if (word === 'OR') {
        if (!include.length || pendingOr) throw bad('OR needs a term on each side');
        pendingOr = true;
        continue;
      }
      const isNeg = word.startsWith('-') && word.length > 1;
      if (isNeg) word = word.slice(1);
      const prefix = word.endsWith('*');
      if (prefix) word = word.replace(/\*+$/, '');
      if (word.includes('*')) throw bad('* may only end a word (prefix search)');
      if (!hasWord(word)) {
        if (prefix) throw bad('* needs at least one letter before it');
        continue; // punctuation alone
      }
      term = prefix ? `${quote(word)}*` : quote(word);
      if (isNeg) {
        exclude.push(term);
        continue;
      }
    }
    if (neg) {
      exclude.push(term);
      continue;
    }
    if (pendingOr) {
      include[include.length - 1] = `${include[include.length - 1]} OR ${term}`;
      pendingOr = false;
    } else include.push(term);
  }
  if (pendingOr) throw bad('OR needs a term on each side');
  if (!include.length) throw bad(exclude.length ? 'it only excludes words; give one to find' : 'it has no words');
  const positive = include.map((t) => (t.includes(' OR ') ? `(${t})` : t)).join(' AND ');
  return exclude.length ? `(${positive}) NOT (${exclude.join(' OR ')})` : positive;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const MARK_OPEN = String.fromCharCode(2);
const MARK_CLOSE = String.fromCharCode(3);

/** The FTS5 snippet with \x02/\x03 around hits becomes HTML-escaped text with <mark> around hits. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');
}

function decodeCursor(c: string): number {
  const n = Number(Buffer.from(c, 'base64url').toString('utf8').replace(/^o:/, ''));
  if (!Number.isInteger(n) || n < 0 || !Buffer.from(c, 'base64url').toString('utf8').startsWith('o:')) {
    throw new AppError(422, 'invalid_cursor', 'The cursor is not one this API gave out', {
      errors: [{ path: 'cursor', message: 'is not one this API gave out' }],
    });
  }
  return n;
}
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export interface SearchHit {
  documentId: number;
  documentName: string;
  requestId: number;
  requestTitle: string;
  agencyId: number;
  agencyName: string;
  jurisdiction: string;
  page: number;
  snippet: string;
  tags: string[];
}

/** Runs an FTS statement; an FTS syntax error (unexpected: toFts quotes every term) is a bad query, not a 500. */
function runFts<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof Error && /fts5|syntax/i.test(err.message)) throw bad(err.message);
    throw err;
  }
}

/**
 * Where pages are searched. Signed-in callers search the original pages (pages_fts). The public
 * searches the original pages of documents with no redacted version, and the redacted pages
 * (redacted_pages_fts) of those with one, never both for one document; withheld documents are left
 * out (src/documents/publication.ts). A redacted word is therefore in no index the public reads.
 */
interface Arm {
  fts: 'pages_fts' | 'redacted_pages_fts';
  pages: 'document_pages' | 'document_redacted_pages';
  where: string[];
}

function armsFor(db: Db, actor: Actor | null, now: Date): Arm[] {
  if (seesPrivate(actor)) return [{ fts: 'pages_fts', pages: 'document_pages', where: [] }];
  // Few documents are withheld at a time: their ids, looked up once, filter faster than a test per page.
  const withheld = withheldDocuments(db);
  const common = [
    publicSql(now),
    ...(withheld.length > 1000
      ? [publicDocumentSql('d')]
      : withheld.length
        ? [`d.id not in (${withheld.join(',')})`]
        : []),
  ];
  // Only when some document has a redacted version: most searches keep the one-index plan.
  if (!db.$client.prepare('select 1 from document_redacted_pages limit 1').get()) {
    return [{ fts: 'pages_fts', pages: 'document_pages', where: common }];
  }
  const arms: Arm[] = [
    { fts: 'pages_fts', pages: 'document_pages', where: [...common, 'd.redacted_sha256 is null'] },
    {
      fts: 'redacted_pages_fts',
      pages: 'document_redacted_pages',
      where: [...common, 'd.redacted_sha256 is not null'],
    },
  ];
  return arms;
}

function armFrom(arm: Arm, filters: string[]): string {
  return `from ${arm.fts}
    join ${arm.pages} p on p.id = ${arm.fts}.rowid
    join documents d on d.id = p.document_id
    join requests r on r.id = d.request_id
    join agencies a on a.id = r.agency_id
    where ${[`${arm.fts} match @match`, ...arm.where, ...filters].join(' and ')}`;
}

/** One index's hits; `rank` (bm25, computed per row) only when they are ordered by it. */
function armSql(arm: Arm, index: number, filters: string[], ranked: boolean): string {
  return `select p.id as pageId, p.document_id as documentId, d.name as documentName, d.request_id as requestId,
           r.title as requestTitle, a.id as agencyId, a.name as agencyName, a.jurisdiction as jurisdiction,
           p.page as page, ${ranked ? `${arm.fts}.rank` : '0'} as rank, ${index} as arm
    ${armFrom(arm, filters)}`;
}

type Row = Omit<SearchHit, 'snippet' | 'tags'> & { pageId: number; arm: number };

/** Snippets of the given pages, from the index each came from. */
function snippetsOf(db: Db, arms: Arm[], match: string, rows: Row[]): Map<string, string> {
  const out = new Map<string, string>();
  arms.forEach((arm, i) => {
    const ids = rows.filter((r) => r.arm === i).map((r) => r.pageId);
    if (!ids.length) return;
    const snipRows = db.$client
      .prepare(
        `select rowid as id, snippet(${arm.fts}, 0, char(2), char(3), '…', 20) as snip from ${arm.fts}
         where ${arm.fts} match ? and rowid in (${ids.map(() => '?').join(',')})`,
      )
      .all(match, ...ids) as { id: number; snip: string }[];
    for (const r of snipRows) out.set(`${i}:${r.id}`, snipRows.length ? r.snip : '');
  });
  return out;
}

export interface DocumentHits {
  documentId: number;
  documentName: string;
  requestId: number;
  requestTitle: string;
  agencyId: number;
  agencyName: string;
  jurisdiction: string;
  tags: string[];
  /** How many of its pages match. */
  pagesMatched: number;
  /** The first matching pages (at most PAGES_PER_DOCUMENT), with snippets. */
  pages: { page: number; snippet: string }[];
}

/** Pages listed per document in the grouped form. */
export const PAGES_PER_DOCUMENT = 10;

interface Prepared {
  arms: Arm[];
  matches: string;
  match: string;
  params: Record<string, unknown>;
  order: 'relevance' | 'newest';
}

/**
 * The filters every search shares (agency, campaign, jurisdiction, request, document, upload dates),
 * as SQL over `r` (requests), `a` (agencies) and `d` (documents), pushed onto `where` with their values.
 */
export function scopeFilters(q: Omit<SearchQuery, 'q'>, where: string[], params: Record<string, unknown>): void {
  for (const [key, column] of [
    ['agencyId', 'r.agency_id'],
    ['campaignId', 'r.campaign_id'],
    ['jurisdiction', 'a.jurisdiction'],
    ['requestId', 'd.request_id'],
    ['documentId', 'd.id'],
  ] as const) {
    if (q[key] !== undefined) {
      where.push(`${column} = @${key}`);
      params[key] = q[key];
    }
  }
  if (q.from) {
    where.push('d.created_at >= @from');
    params.from = q.from;
  }
  if (q.to) {
    where.push('d.created_at < @toNext');
    params.toNext = toIsoDate((parseIsoDate(q.to) as number) + 1);
  }
}

/** The query as SQL over the indexes this caller reads, with the order it will come in. */
function prepare(db: Db, actor: Actor | null, q: SearchQuery, now: Date): Prepared {
  const match = toFts(q.q);
  const filters: string[] = [];
  const params: Record<string, unknown> = { match, limit: q.limit + 1, offset: q.cursor ? decodeCursor(q.cursor) : 0 };
  if (q.campaignId !== undefined) privateFilter(actor, 'campaignId');
  scopeFilters(q, filters, params);
  if (q.tag) {
    // The tag on the document, or on the very page that matched.
    filters.push(`exists (select 1 from document_tags dt join tags t on t.id = dt.tag_id
      where dt.document_id = d.id and dt.removed_at is null and t.slug = @tag and (dt.page is null or dt.page = p.page))`);
    params.tag = slugOf(q.tag);
  }
  const arms = armsFor(db, actor, now);
  let order = q.sort ?? 'relevance';
  if (order === 'relevance') {
    // Counted over what this caller may see, with its filters: a count over every page would tell an
    // anonymous caller whether a word appears in private documents.
    const { limit: _limit, offset: _offset, ...counted } = params;
    const n = runFts(() =>
      db.$client
        .prepare(
          `select count(*) as n from (${arms.map((arm) => `select 1 ${armFrom(arm, filters)}`).join(' union all ')} limit @rankLimit)`,
        )
        .get({ ...counted, rankLimit: RANK_MAX_MATCHES + 1 }),
    ) as { n: number };
    if (n.n > RANK_MAX_MATCHES) order = 'newest';
  }
  const matches = arms.map((arm, i) => armSql(arm, i, filters, order === 'relevance')).join('\n    union all\n    ');
  return { arms, matches, match, params, order };
}

export function search(db: Db, actor: Actor | null, q: SearchQuery, now: Date) {
  const { arms, matches, match, params, order } = prepare(db, actor, q, now);
  // One index: the FTS table's own order (bm25, or its rowids newest first); two: merged by rank, or by document.
  // (By the FTS table's own columns, so that newest-first reads its rowids backwards and stops early.)
  const only = arms.length === 1 ? arms[0]?.fts : undefined;
  const orderBy = only
    ? order === 'relevance'
      ? `${only}.rank, p.id`
      : `${only}.rowid desc`
    : order === 'relevance'
      ? 'rank, arm, pageId'
      : 'documentId desc, page desc';
  let rows = runFts(() =>
    db.$client.prepare(`${matches}\n    order by ${orderBy}\n    limit @limit offset @offset`).all(params),
  ) as Row[];
  const more = rows.length > q.limit;
  rows = rows.slice(0, q.limit);
  // Snippets only for the page of results (computing them before the sort would cost one per match).
  const snippets = snippetsOf(db, arms, match, rows);
  const tagsOf = documentTagNames(db, [...new Set(rows.map((r) => r.documentId))]);
  const hits: SearchHit[] = rows.map(({ pageId, arm, rank: _rank, ...r }: Row & { rank?: number }) => ({
    ...r,
    snippet: snippetHtml(snippets.get(`${arm}:${pageId}`) ?? ''),
    tags: tagsOf.get(r.documentId) ?? [],
  }));
  return { hits, order, nextCursor: more ? encodeCursor((params.offset as number) + q.limit) : null };
}

/**
 * Hits grouped by document: documents by their best page's rank (or newest first), each with how
 * many pages match and its first matching pages with snippets. The cursor pages through documents.
 */
export function searchByDocument(db: Db, actor: Actor | null, q: SearchQuery, now: Date) {
  const { arms, matches, match, params, order } = prepare(db, actor, q, now);
  const limit = q.limit;
  const groups = runFts(() =>
    db.$client
      .prepare(
        `select documentId, min(rank) as best, count(*) as pagesMatched from (${matches})
         group by documentId order by ${order === 'relevance' ? 'best, documentId' : 'documentId desc'}
         limit @limit offset @offset`,
      )
      .all(params),
  ) as { documentId: number; best: number; pagesMatched: number }[];
  const more = groups.length > limit;
  const shown = groups.slice(0, limit);
  const documents: DocumentHits[] = [];
  if (shown.length) {
    const ids = shown.map((g) => g.documentId);
    const { limit: _l, offset: _o, ...rest } = params;
    const rows = runFts(() =>
      db.$client
        .prepare(
          `select * from (select m.*, row_number() over (partition by m.documentId order by m.page) as n
             from (${matches}) m where m.documentId in (${ids.map((_, i) => `@doc${i}`).join(',')}))
           where n <= ${PAGES_PER_DOCUMENT} order by documentId, page`,
        )
        .all({ ...rest, ...Object.fromEntries(ids.map((id, i) => [`doc${i}`, id])) }),
    ) as Row[];
    const snippets = snippetsOf(db, arms, match, rows);
    const tagsOf = documentTagNames(db, ids);
    for (const g of shown) {
      const pages = rows.filter((r) => r.documentId === g.documentId);
      const first = pages[0];
      if (!first) continue;
      documents.push({
        documentId: g.documentId,
        documentName: first.documentName,
        requestId: first.requestId,
        requestTitle: first.requestTitle,
        agencyId: first.agencyId,
        agencyName: first.agencyName,
        jurisdiction: first.jurisdiction,
        tags: tagsOf.get(g.documentId) ?? [],
        pagesMatched: g.pagesMatched,
        pages: pages.map((p) => ({ page: p.page, snippet: snippetHtml(snippets.get(`${p.arm}:${p.pageId}`) ?? '') })),
      });
    }
  }
  return { documents, order, nextCursor: more ? encodeCursor((params.offset as number) + limit) : null };
}

/** The tags on each document, as the searches list them (page notes' "Note" tag left out). */
export function documentTagNames(db: Db, ids: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  const rows = db.$client
    .prepare(
      `select distinct dt.document_id as id, t.name as name from document_tags dt join tags t on t.id = dt.tag_id
       where dt.removed_at is null and t.category <> 'note' and dt.document_id in (${ids.map(() => '?').join(',')})
       order by t.name`,
    )
    .all(...ids) as { id: number; name: string }[];
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name]);
  return out;
}
