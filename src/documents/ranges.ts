/**
 * A PDF is read in page ranges (`documents.extractRange`), so that a long scan uses every core of
 * every worker: ingestion counts the pages and plans the ranges; any worker on any machine takes a
 * range with only Redis, the database and the blob store (it copies the blob down to its own tmp),
 * reads the text layer of its pages and OCRs those without one. The range that finishes last makes
 * the document ready, in the immediate transaction that records it finished, so exactly once.
 *
 * Resumable and idempotent: each page is written with its range's resume point and the document's
 * count in one transaction, and pages are upserted by (document, page), so a range whose worker was
 * killed goes on from its last whole page and no page is indexed twice.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index.js';
import { documentPages, documentRanges, documents } from '../db/schema.js';
import { enqueue } from '../queue/outbox.js';
import { localBlob } from './blob-store.js';
import { ExtractError } from './extract/errors.js';
import { OCR_DPI, ocrPdfPage, openPdf, type PdfHandle, pdftotextPages, renderDpis } from './extract/pdf.js';
import { hasPdftotext, ocrTools, tesseractLanguage } from './extract/tools.js';
import type { IngestContext } from './ingest.js';
import { finishDocument, type Source } from './readiness.js';

/**
 * Pages per range. OCR costs one to three seconds a page here, so ten pages is 10-30 s of work: the
 * cost of a range of its own (copying the blob down from a remote store, a pdftotext run, a job
 * through Redis, a transaction) stays small beside it; a 100-page scan still makes ten jobs to spread
 * over ten cores; and a killed worker's range resumes from its last page anyway. A text-layer PDF
 * costs milliseconds a page, so its ranges are cheap whatever their size.
 */
export const RANGE_PAGES = 10;

export interface PlannedRange {
  from: number;
  to: number;
}

export const hasText = (t: string) => /[\p{L}\p{N}]{2,}/u.test(t);

/**
 * Plans the ranges of a PDF of `total` pages, in one immediate transaction, and queues a job for each
 * (none when `inline`: the caller runs them). A document that was already `processing` with a range
 * unfinished keeps its plan (this is the same reading, run again after a crash: its range jobs are
 * queued already); any other reading starts a new plan, from the first page.
 */
export function planRanges(
  db: Db,
  doc: typeof documents.$inferSelect,
  total: number,
  now: Date,
  inline = false,
): PlannedRange[] {
  return db.transaction(
    (tx) => {
      const unfinished = tx
        .select({ from: documentRanges.firstPage, to: documentRanges.lastPage })
        .from(documentRanges)
        .where(and(eq(documentRanges.documentId, doc.id), isNull(documentRanges.finishedAt)))
        .all();
      // The reading these jobs belong to: a range job of an earlier reading (still in flight when the
      // document was retried) finds another number and does nothing, not even fail this one.
      const reading = readingOf(tx, doc.id);
      if (doc.status === 'processing' && doc.pages === total && unfinished.length) {
        // The plan stands (ingestion ran again while its ranges were being read): its unfinished
        // ranges are queued again under this reading, and the earlier reading's jobs step aside.
        if (!inline)
          for (const r of unfinished) enqueue(tx, 'documents.extractRange', { documentId: doc.id, ...r, reading });
        return inline ? unfinished : [];
      }
      tx.delete(documentRanges).where(eq(documentRanges.documentId, doc.id)).run();
      const at = now.toISOString();
      const planned: PlannedRange[] = [];
      for (let from = 1; from <= total; from += RANGE_PAGES) {
        planned.push({ from, to: Math.min(total, from + RANGE_PAGES - 1) });
      }
      for (const r of planned) {
        tx.insert(documentRanges)
          .values({ documentId: doc.id, firstPage: r.from, lastPage: r.to, updatedAt: at })
          .run();
        if (!inline) enqueue(tx, 'documents.extractRange', { documentId: doc.id, from: r.from, to: r.to, reading });
      }
      tx.update(documents).set({ pages: total, pagesDone: 0, updatedAt: at }).where(eq(documents.id, doc.id)).run();
      return planned;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Writes one page with its range's resume point and the document's count, together. The count moves
 * only when the resume point does, so a page written twice (two runs of one range) counts once.
 * Returns the document's pages done and total, for the job's progress.
 */
function savePage(
  db: Db,
  documentId: number,
  from: number,
  page: number,
  text: string,
  source: Source,
  now: Date,
): { done: number | null; total: number | null } | undefined {
  const at = now.toISOString();
  return db.transaction((tx) => {
    tx.insert(documentPages)
      .values({ documentId, page, text, source })
      .onConflictDoUpdate({ target: [documentPages.documentId, documentPages.page], set: { text, source } })
      .run();
    const advanced = tx
      .update(documentRanges)
      .set({ doneTo: page, updatedAt: at })
      .where(
        and(
          eq(documentRanges.documentId, documentId),
          eq(documentRanges.firstPage, from),
          sql`coalesce(${documentRanges.doneTo}, 0) < ${page}`,
        ),
      )
      .run().changes;
    return tx
      .update(documents)
      .set({ ...(advanced ? { pagesDone: sql`coalesce(${documents.pagesDone}, 0) + 1` } : {}), updatedAt: at })
      .where(eq(documents.id, documentId))
      .returning({ done: documents.pagesDone, total: documents.pages })
      .get();
  });
}

/**
 * Marks a range finished and, when it was the last, makes the document ready: one immediate
 * transaction, so of two workers finishing the last two ranges at once, the second sees none left.
 */
function finishRange(db: Db, documentId: number, from: number, now: Date): boolean {
  return db.transaction(
    (tx) => {
      tx.update(documentRanges)
        .set({ finishedAt: now.toISOString(), updatedAt: now.toISOString() })
        .where(
          and(
            eq(documentRanges.documentId, documentId),
            eq(documentRanges.firstPage, from),
            isNull(documentRanges.finishedAt),
          ),
        )
        .run();
      const left = tx
        .select({ n: sql<number>`count(*)` })
        .from(documentRanges)
        .where(and(eq(documentRanges.documentId, documentId), isNull(documentRanges.finishedAt)))
        .get();
      if ((left?.n ?? 0) > 0) return false;
      const doc = tx.select({ pages: documents.pages }).from(documents).where(eq(documents.id, documentId)).get();
      return finishDocument(tx, documentId, doc?.pages ?? 0, now);
    },
    { behavior: 'immediate' },
  );
}

export interface RangeResult {
  documentId: number;
  from: number;
  to: number;
  status: 'done' | 'ready' | 'skipped';
}

/** Reads pages from..to of a document (text layer, OCR where a page has none and the tools exist). */
export async function extractRange(
  ctx: IngestContext,
  documentId: number,
  from: number,
  to: number,
  reading?: number,
): Promise<RangeResult> {
  const { db } = ctx;
  const result = (status: RangeResult['status']): RangeResult => ({ documentId, from, to, status });
  const doc = db.select().from(documents).where(eq(documents.id, documentId)).get();
  // A document that failed (another range) or was finished needs nothing more of this range.
  if (doc?.status !== 'processing') return result('skipped');
  // A job of an earlier reading of the document (it was retried meanwhile): the new plan has its own.
  if (reading !== undefined && doc.attempts !== reading) return result('skipped');
  const range = db
    .select()
    .from(documentRanges)
    .where(and(eq(documentRanges.documentId, documentId), eq(documentRanges.firstPage, from)))
    .get();
  if (!range || range.lastPage !== to || range.finishedAt) return result('skipped');
  const tmp = join(ctx.config.DATA_DIR, 'tmp', `range-${documentId}-${from}-${randomUUID()}`);
  await mkdir(tmp, { recursive: true });
  let pdf: PdfHandle | null = null;
  try {
    if (!(await ctx.blobs.has(doc.sha256))) {
      throw new ExtractError('The stored file is missing from the blob store; upload it again.');
    }
    const path = await localBlob(ctx.blobs, doc.sha256, tmp);
    const start = (range.doneTo ?? from - 1) + 1;
    // Text layers from poppler's pdftotext in one run for the range; pdf.js where poppler is missing
    // or refuses the file (for its plainer errors).
    let layers: string[] | null = null;
    if (start <= to && hasPdftotext()) {
      try {
        layers = await pdftotextPages(path, start, to);
      } catch (err) {
        if (!(err instanceof ExtractError) || /password/.test(err.message)) throw err;
        layers = null;
      }
    }
    if (start <= to && !layers) pdf = await openPdf(path);
    const tools = ocrTools();
    const language = tesseractLanguage(doc.ocrLanguage);
    // Each page's resolution, from one pdfinfo run for the range, asked when the first page needs OCR.
    let dpis: Map<number, number> | null = null;
    for (let n = start; n <= to; n++) {
      let text = layers ? (layers[n - start] ?? '') : ((await pdf?.pageText(n)) ?? '');
      let source: Source = 'embedded';
      if (!hasText(text)) {
        if (tools.available) {
          dpis ??= await renderDpis(path, n, to, OCR_DPI);
          text = await ocrPdfPage(path, n, language, dpis.get(n));
          source = 'ocr';
        } else {
          source = 'none';
        }
      }
      const now = savePage(db, documentId, from, n, text, source, ctx.now());
      ctx.progress?.(now?.done ?? 0, now?.total ?? 0);
    }
    return result(finishRange(db, documentId, from, ctx.now()) ? 'ready' : 'done');
  } catch (err) {
    // As for ingestion: a file that cannot be read fails the document at once (the job's definition);
    // anything else is retried, and the document says so meanwhile.
    if (err instanceof ExtractError) throw err;
    const reason = `Reading pages ${from}-${to} failed: ${(err as Error).message}`;
    db.update(documents)
      .set({ error: `${reason} (will retry)`, updatedAt: ctx.now().toISOString() })
      .where(eq(documents.id, documentId))
      .run();
    throw new Error(reason, { cause: err });
  } finally {
    await pdf?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Ranges of `processing` documents not finished, last touched before `before`, with no unfinished
 * journal row: a range job lost (Redis flushed, a release that dropped it). The reconciler puts each
 * back once.
 */
export function strandedRanges(
  db: DbOrTx,
  before: string,
): { documentId: number; from: number; to: number; reading: number }[] {
  return db
    .select({
      documentId: documentRanges.documentId,
      from: documentRanges.firstPage,
      to: documentRanges.lastPage,
      reading: documents.attempts,
    })
    .from(documentRanges)
    .innerJoin(documents, eq(documents.id, documentRanges.documentId))
    .where(
      sql`${documents.status} = 'processing' and ${documentRanges.finishedAt} is null
        and ${documentRanges.updatedAt} < ${before}
        and not exists (select 1 from outbox o where o.job_name = 'documents.extractRange' and o.finished_at is null
          and json_extract(o.payload, '$.documentId') = ${documentRanges.documentId}
          and json_extract(o.payload, '$.from') = ${documentRanges.firstPage})`,
    )
    .all();
}

/** The number of the document's current reading (its ingestion attempts so far). */
export function readingOf(db: DbOrTx, documentId: number): number {
  return db.select({ n: documents.attempts }).from(documents).where(eq(documents.id, documentId)).get()?.n ?? 0;
}
