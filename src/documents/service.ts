/**
 * Documents of a request: intake (streamed to the blob store, one row per distinct file) and reads
 * that follow the request's visibility.
 */

import type { Readable } from 'node:stream';
import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import { type Actor, seesPrivate } from '../auth/roles.js';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { documentPages, documentRedactedPages, documents, OCR_LANGUAGES, requests } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { enqueue } from '../queue/outbox.js';
import { privateFilter, publicSql, requestVisible } from '../requests/service.js';
import { documentTagViews, slugOf } from '../tags/service.js';
import type { BlobStore, StoredBlob } from './blob-store.js';
import type { OcrLanguage } from './extract/tools.js';
import { discardUnreferenced } from './orphans.js';
import { imagesRendered } from './page-images.js';
import { publicDocumentSql, publicVersionOf } from './publication.js';
import { redactionSummary } from './redaction/service.js';

export type DocumentRow = typeof documents.$inferSelect;

export interface StoredUpload {
  blob: StoredBlob;
  name: string;
  declaredType: string | null;
}

type UploadedFile = { file: Readable & { truncated?: boolean }; filename: string; mimetype: string };

/**
 * The files of one upload, streamed to the blob store one by one. The caller records nothing until
 * every file arrived whole; if anything fails (a file over the size limit, too many files, the
 * client gone), `discard` removes the blobs this upload created that no row refers to.
 */
export function uploadBatch(db: Db, blobs: BlobStore, maxBytes: number) {
  const stored: StoredUpload[] = [];
  const created: string[] = [];
  return {
    stored,
    async add(file: UploadedFile): Promise<void> {
      const blob = await blobs.put(file.file);
      if (blob.created) created.push(blob.sha256);
      // Over the size limit the multipart parser truncates the stream: a 413.
      if (file.file.truncated) {
        throw new AppError(413, 'file_too_large', `${file.filename} is over the ${maxBytes}-byte limit`);
      }
      stored.push({ blob, name: file.filename || 'document', declaredType: file.mimetype || null });
    },
    discard: () => discardUnreferenced(db, blobs, created),
  };
}

/** Records an uploaded file whose bytes are already on disk. The same bytes twice on one request are one document. */
export function recordUpload(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  requestId: number,
  blob: StoredBlob,
  meta: { name: string; declaredType: string | null; ocrLanguage?: OcrLanguage | null },
): { document: DocumentRow; duplicate: boolean } {
  return inTransaction(db, (tx) => {
    const existing = tx
      .select()
      .from(documents)
      .where(and(eq(documents.requestId, requestId), eq(documents.sha256, blob.sha256), isNull(documents.parentId)))
      .get();
    if (existing) return { document: existing, duplicate: true };
    const at = now.toISOString();
    const row = tx
      .insert(documents)
      .values({
        requestId,
        sha256: blob.sha256,
        size: blob.size,
        name: meta.name,
        declaredType: meta.declaredType,
        ocrLanguage: meta.ocrLanguage ?? null,
        createdBy: actor.userId,
        updatedAt: at,
      })
      .returning()
      .get();
    tx.update(requests).set({ updatedAt: at }).where(eq(requests.id, requestId)).run();
    enqueue(tx, 'documents.ingest', { documentId: row.id });
    audit(tx, actor, now, 'document.upload', 'document', row.id, null, {
      requestId,
      name: meta.name,
      sha256: blob.sha256,
      size: blob.size,
    });
    return { document: row, duplicate: false };
  });
}

/**
 * What a caller reads of a document: the original, or the redacted version. The public (anonymous
 * callers, read-only tokens) always reads the public version (src/documents/publication.ts); signed-in
 * callers read the original, or the redacted version when they ask for it (`?version=redacted`).
 */
export type Reading = { kind: 'original' } | { kind: 'redacted'; version: number; sha256: string; size: number };

export function readingFor(db: Db, actor: Actor | null, d: DocumentRow, asked?: 'original' | 'redacted'): Reading {
  if (!seesPrivate(actor)) {
    const pv = publicVersionOf(db, d);
    if (pv.kind === 'withheld') throw notFound(`Document ${d.id}`);
    return pv;
  }
  if (asked !== 'redacted') return { kind: 'original' };
  if (!d.redactedSha256 || d.redactedSize === null || d.redactionVersion === 0) {
    throw new AppError(404, 'not_redacted', `Document ${d.id} has no redacted version`);
  }
  return { kind: 'redacted', version: d.redactionVersion, sha256: d.redactedSha256, size: d.redactedSize };
}

/** The list view; for the public, a redacted document is described by its redacted version (its hash, its size). */
export function documentView(d: DocumentRow, reading: Reading = { kind: 'original' }) {
  const view = {
    ...baseView(d),
    needsOcr: d.needsOcr,
    reviewedAt: d.reviewedAt,
    redacted: d.redactionVersion > 0 && d.redactedSha256 !== null,
  };
  return reading.kind === 'redacted'
    ? { ...view, sha256: reading.sha256, size: reading.size, type: 'application/pdf', declaredType: null }
    : view;
}

/** A document's view for this caller (the public version of it for the public). */
export function documentViewFor(db: Db, actor: Actor | null, d: DocumentRow) {
  return documentView(d, seesPrivate(actor) ? { kind: 'original' } : readingFor(db, actor, d));
}

/**
 * The full view of one document: its tags (who and when; notes for signed-in readers) and children;
 * for signed-in readers also how far its page images are and its redactions' state.
 */
export function documentDetail(db: Db, d: DocumentRow, full: boolean) {
  const tagged = documentTagViews(db, [d.id]).get(d.id) ?? [];
  const children = db
    .select({ id: documents.id, name: documents.name, status: documents.status })
    .from(documents)
    .where(eq(documents.parentId, d.id))
    .orderBy(asc(documents.id))
    .all();
  const reading: Reading = full ? { kind: 'original' } : publicReading(db, d);
  return {
    ...documentView(d, reading),
    pageImages: full && d.pages ? { rendered: imagesRendered(db, d.id), total: d.pages } : null,
    redaction: full ? redactionSummary(db, d) : null,
    withheld:
      full && d.withheldReason !== null ? { reason: d.withheldReason, at: d.withheldAt, by: d.withheldBy } : null,
    tags: tagged
      .filter((t) => full || t.tag.category !== 'note')
      .map((t) => (full ? t : { ...t, note: null, createdBy: null })),
    children: children.map((c) => ({ ...c, status: c.status as 'pending' | 'processing' | 'ready' | 'failed' })),
  };
}

function publicReading(db: Db, d: DocumentRow): Reading {
  const pv = publicVersionOf(db, d);
  return pv.kind === 'redacted' ? pv : { kind: 'original' };
}

/** Pages' text as `reading` says (no default: a caller serving the public passes `readingFor(...)`). */
export function pagesOf(db: Db, documentId: number, from: number, limit: number, reading: Reading) {
  if (reading.kind === 'redacted') {
    // The redacted version's text; `source` stays the original page's (how its text was found).
    const pages = db
      .select({ page: documentRedactedPages.page, text: documentRedactedPages.text, source: documentPages.source })
      .from(documentRedactedPages)
      .leftJoin(
        documentPages,
        and(
          eq(documentPages.documentId, documentRedactedPages.documentId),
          eq(documentPages.page, documentRedactedPages.page),
        ),
      )
      .where(and(eq(documentRedactedPages.documentId, documentId), gte(documentRedactedPages.page, from)))
      .orderBy(asc(documentRedactedPages.page))
      .limit(limit)
      .all()
      .map((p) => ({ ...p, source: p.source ?? ('none' as const) }));
    const total =
      db
        .select({ n: sql<number>`count(*)` })
        .from(documentRedactedPages)
        .where(eq(documentRedactedPages.documentId, documentId))
        .get()?.n ?? 0;
    return { pages, total };
  }
  const pages = db
    .select({ page: documentPages.page, text: documentPages.text, source: documentPages.source })
    .from(documentPages)
    .where(and(eq(documentPages.documentId, documentId), gte(documentPages.page, from)))
    .orderBy(asc(documentPages.page))
    .limit(limit)
    .all();
  const total =
    db.select({ n: sql<number>`count(*)` }).from(documentPages).where(eq(documentPages.documentId, documentId)).get()
      ?.n ?? 0;
  return { pages, total };
}

/**
 * All pages' text, separated by form feeds (one page per \f, as pdftotext writes it), as `reading`
 * says (no default: a caller serving the public passes `readingFor(...)`).
 */
export function* textOfDocument(db: Db, documentId: number, reading: Reading): Generator<string> {
  const table = reading.kind === 'redacted' ? 'document_redacted_pages' : 'document_pages';
  const stmt = db.$client.prepare(`select text from ${table} where document_id = ? order by page`);
  let first = true;
  for (const row of stmt.iterate(documentId) as Iterable<{ text: string }>) {
    yield first ? row.text : `\f${row.text}`;
    first = false;
  }
}

/** Runs ingestion again (a failed document, or one whose scanned pages could not be OCRed before). */
export function retryIngestion(db: DbOrTx, actor: Actor, now: Date, id: number): DocumentRow {
  return inTransaction(db, (tx) => {
    const d = tx.select().from(documents).where(eq(documents.id, id)).get();
    if (!d) throw notFound(`Document ${id}`);
    if (d.status !== 'failed' && !(d.status === 'ready' && d.needsOcr)) {
      throw new AppError(
        409,
        'not_retryable',
        `Document ${id} is ${d.status}; only a failed document or one that needs OCR can be run again`,
      );
    }
    const row = tx
      .update(documents)
      .set({ status: 'pending', error: null, pagesDone: 0, needsOcr: null, updatedAt: now.toISOString() })
      .where(eq(documents.id, id))
      .returning()
      .get();
    enqueue(tx, 'documents.ingest', { documentId: id });
    audit(tx, actor, now, 'document.retry', 'document', id, { status: d.status, error: d.error }, null);
    return row;
  });
}

/**
 * The OCR language of an upload form or a PATCH: one of OCR_LANGUAGES, or empty for the server's
 * default (null); anything else is a 422 naming the field.
 */
export function parseOcrLanguage(value: unknown): OcrLanguage | null {
  if (value === undefined || value === null || value === '') return null;
  const found = OCR_LANGUAGES.find((l) => l === value);
  if (found) return found;
  throw new AppError(422, 'invalid_ocr_language', `The OCR language must be one of ${OCR_LANGUAGES.join(', ')}`, {
    errors: [{ path: 'ocrLanguage', message: `must be one of ${OCR_LANGUAGES.join(', ')}, or empty for the default` }],
  });
}

/**
 * Sets the language a document's scanned pages are OCRed in (null: the server's default). A ready
 * document that was OCRed is read again in the new language (its pages are replaced, its tags stay).
 */
export function setOcrLanguage(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  id: number,
  language: OcrLanguage | null,
): { document: DocumentRow; reread: boolean } {
  return inTransaction(db, (tx) => {
    const d = tx.select().from(documents).where(eq(documents.id, id)).get();
    if (!d) throw notFound(`Document ${id}`);
    if (d.ocrLanguage === language) return { document: d, reread: false };
    const reread = d.status === 'ready' && (d.textSource === 'ocr' || d.textSource === 'mixed');
    const row = tx
      .update(documents)
      .set({
        ocrLanguage: language,
        ...(reread ? { status: 'pending', error: null, pagesDone: 0 } : {}),
        updatedAt: now.toISOString(),
      })
      .where(eq(documents.id, id))
      .returning()
      .get();
    if (reread) enqueue(tx, 'documents.ingest', { documentId: id });
    audit(
      tx,
      actor,
      now,
      'document.ocr_language',
      'document',
      id,
      { ocrLanguage: d.ocrLanguage },
      {
        ocrLanguage: language,
        reread,
      },
    );
    return { document: row, reread };
  });
}

/**
 * Withholds a document from the public with a reason (null publishes it again, as far as the rest
 * of its state allows: redactions waiting or hidden text undecided still withhold it).
 */
export function setWithheld(db: DbOrTx, actor: Actor, now: Date, id: number, reason: string | null): DocumentRow {
  return inTransaction(db, (tx) => {
    const d = tx.select().from(documents).where(eq(documents.id, id)).get();
    if (!d) throw notFound(`Document ${id}`);
    if (d.withheldReason === reason) return d;
    const row = tx
      .update(documents)
      .set({
        withheldReason: reason,
        withheldAt: reason === null ? null : now.toISOString(),
        withheldBy: reason === null ? null : actor.userId,
        updatedAt: now.toISOString(),
      })
      .where(eq(documents.id, id))
      .returning()
      .get();
    audit(
      tx,
      actor,
      now,
      reason === null ? 'document.publish' : 'document.withhold',
      'document',
      id,
      {
        withheldReason: d.withheldReason,
      },
      { withheldReason: reason },
    );
    return row;
  });
}

function baseView(d: DocumentRow) {
  return {
    id: d.id,
    requestId: d.requestId,
    parentId: d.parentId,
    name: d.name,
    size: d.size,
    sha256: d.sha256,
    declaredType: d.declaredType,
    type: d.sniffedType,
    status: d.status as 'pending' | 'processing' | 'ready' | 'failed',
    error: d.error,
    pages: d.pages,
    pagesDone: d.pagesDone,
    textSource: d.textSource as 'embedded' | 'ocr' | 'mixed' | null,
    ocrLanguage: d.ocrLanguage,
    createdAt: d.createdAt,
  };
}

/**
 * A document, if the caller may see its request (404 otherwise, as for the request); for the public,
 * also only if the document is not withheld (redactions waiting, hidden text not decided).
 */
export function visibleDocument(db: Db, actor: Actor | null, id: number, now: Date): DocumentRow {
  const d = db.select().from(documents).where(eq(documents.id, id)).get();
  if (!d) throw notFound(`Document ${id}`);
  try {
    requestVisible(db, actor, d.requestId, now);
  } catch (err) {
    // The request's own 404 would name the request: say only that the document is not there.
    if (err instanceof AppError && err.status === 404) throw notFound(`Document ${id}`);
    throw err;
  }
  if (!seesPrivate(actor) && publicVersionOf(db, d).kind === 'withheld') throw notFound(`Document ${id}`);
  return d;
}

/** Documents the caller may see, newest first (by id), with filters; one more than `limit` tells of a next page. */
export function listDocuments(
  db: Db,
  actor: Actor | null,
  q: {
    tag?: string;
    status?: string;
    requestId?: number;
    agencyId?: number;
    campaignId?: number;
    untagged?: boolean;
    limit: number;
    cursor?: number;
  },
  now: Date,
): DocumentRow[] {
  const where: string[] = [];
  if (q.campaignId !== undefined) privateFilter(actor, 'campaignId');
  const params: Record<string, unknown> = { limit: q.limit + 1 };
  if (!seesPrivate(actor)) {
    where.push(publicSql(now), publicDocumentSql('d'));
  }
  if (q.tag) {
    where.push(`exists (select 1 from document_tags dt join tags t on t.id = dt.tag_id
      where dt.document_id = d.id and dt.removed_at is null and t.slug = @tag)`);
    params.tag = slugOf(q.tag);
  }
  if (q.untagged !== undefined) {
    where.push(
      `${q.untagged ? 'not ' : ''}exists (select 1 from document_tags dt where dt.document_id = d.id and dt.removed_at is null)`,
    );
  }
  for (const [key, col] of [
    ['status', 'd.status'],
    ['requestId', 'd.request_id'],
    ['agencyId', 'r.agency_id'],
    ['campaignId', 'r.campaign_id'],
  ] as const) {
    if (q[key] !== undefined) {
      where.push(`${col} = @${key}`);
      params[key] = q[key];
    }
  }
  if (q.cursor) {
    where.push('d.id < @cursor');
    params.cursor = q.cursor;
  }
  const rows = db.$client
    .prepare(
      `select d.id from documents d join requests r on r.id = d.request_id
       ${where.length ? `where ${where.join(' and ')}` : ''} order by d.id desc limit @limit`,
    )
    .all(params) as { id: number }[];
  if (!rows.length) return [];
  const byId = new Map(
    db
      .select()
      .from(documents)
      .where(
        inArray(
          documents.id,
          rows.map((r) => r.id),
        ),
      )
      .all()
      .map((d) => [d.id, d]),
  );
  return rows.map((r) => byId.get(r.id)).filter((d): d is DocumentRow => d !== undefined);
}

export function requestDocuments(db: Db, requestId: number) {
  return db.select().from(documents).where(eq(documents.requestId, requestId)).orderBy(asc(documents.id)).all();
}

/** A request's documents as this caller may list them: the public's leave out withheld ones. */
export function requestDocumentsFor(db: Db, actor: Actor | null, requestId: number) {
  const all = requestDocuments(db, requestId);
  if (seesPrivate(actor)) return all.map((d) => documentView(d));
  return all.flatMap((d) => {
    const pv = publicVersionOf(db, d);
    return pv.kind === 'withheld' ? [] : [documentView(d, pv)];
  });
}
