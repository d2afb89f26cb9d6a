/**
 * Page images of PDFs: every page rendered once (IMAGE_DPI, capped in pixels) by the worker and kept
 * in the blob store, keyed by (document, page, version): version 0 is the original, version N the
 * Nth applied redaction (written by src/documents/redaction/apply.ts). Image documents are their own
 * page image and are not rendered.
 *
 * Progressive: when ingestion finishes it enqueues one `documents.pageImages` job per batch of
 * IMAGE_BATCH pages, all at once, so that the batches of a long document run on every worker and the
 * first pages come first. The image route never renders inside a request: a page not rendered yet
 * is a 202 with Retry-After, and the viewer asks again.
 *
 * The same render checks each page of a text layer for words hidden under black boxes
 * (src/documents/redaction/detect.ts); when the last page is in, the document is marked clean or
 * flagged, and flagged text becomes suggested redactions that wait for staff.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import { connectionOf, type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { documentPageImages, documentPages, documents, redactions } from '../db/schema.js';
import type { JobContext } from '../queue/define.js';
import { enqueue } from '../queue/outbox.js';
import { localBlob } from './blob-store.js';
import { ExtractError } from './extract/errors.js';
import { hasPdftoppm } from './extract/tools.js';
import { encodePng, readPnm, toGreyIfNeutral } from './images/raster.js';
import { dpiFor, pageSizes, renderRange, renderRuns, rotationsOf } from './images/render.js';
import { type HiddenText, hiddenText } from './redaction/detect.js';
import { pdfWords, type Word } from './redaction/words.js';

export const IMAGE_BATCH = 16;
export const PDF_TYPE = 'application/pdf';

export type PageImageRow = typeof documentPageImages.$inferSelect;

/** The reason shown on a redaction suggested for text found under a black box. */
export const DETECTED_REASON =
  'Text under a black box in the released file (hidden from the public until staff decide)';

export function pageImage(db: DbOrTx, documentId: number, page: number, version: number): PageImageRow | undefined {
  return db
    .select()
    .from(documentPageImages)
    .where(
      and(
        eq(documentPageImages.documentId, documentId),
        eq(documentPageImages.page, page),
        eq(documentPageImages.version, version),
      ),
    )
    .get();
}

/** How many pages of the original have an image (or a reason why not). */
export function imagesRendered(db: DbOrTx, documentId: number): number {
  return (
    connectionOf(db)
      .prepare('select count(*) as n from document_page_images where document_id = ? and version = 0')
      .get(documentId) as { n: number }
  ).n;
}

function renderedPages(db: DbOrTx, documentId: number): Set<number> {
  return new Set(
    connectionOf(db)
      .prepare('select page from document_page_images where document_id = ? and version = 0')
      .pluck()
      .all(documentId) as number[],
  );
}

/**
 * After ingestion (in its transaction): a PDF's pages are queued for rendering, batch by batch, and
 * one with a text layer is held back from the public until the render has checked it.
 */
export function planPageImages(tx: DbOrTx, documentId: number): void {
  const d = tx.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!d || d.sniffedType !== PDF_TYPE || !d.pages) return;
  const embedded = tx
    .select({ one: sql`1` })
    .from(documentPages)
    .where(and(eq(documentPages.documentId, documentId), eq(documentPages.source, 'embedded')))
    .limit(1)
    .get();
  if (embedded && d.hiddenTextCheck === null) {
    tx.update(documents).set({ hiddenTextCheck: 'pending' }).where(eq(documents.id, documentId)).run();
  }
  const done = renderedPages(tx, documentId);
  for (let from = 1; from <= d.pages; from += IMAGE_BATCH) {
    const to = Math.min(d.pages, from + IMAGE_BATCH - 1);
    for (let p = from; p <= to; p++) {
      if (!done.has(p)) {
        enqueue(tx, 'documents.pageImages', { documentId, from });
        break;
      }
    }
  }
}

function saveImage(db: Db, row: typeof documentPageImages.$inferInsert): void {
  db.insert(documentPageImages)
    .values(row)
    .onConflictDoUpdate({
      target: [documentPageImages.documentId, documentPageImages.page, documentPageImages.version],
      set: { sha256: row.sha256, width: row.width, height: row.height, error: row.error, hiddenText: row.hiddenText },
    })
    .run();
}

export interface PageImagesResult {
  documentId: number;
  rendered: number;
  failed: number;
  skipped?: string;
}

/** The job: renders the missing pages of the batch that starts at `from`, then, with `chain`, queues the next one. */
export async function renderPageImages(
  ctx: Pick<JobContext, 'db' | 'blobs' | 'config' | 'clock'>,
  documentId: number,
  from: number,
  chain = false,
): Promise<PageImagesResult> {
  const { db } = ctx;
  const d = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (d?.status !== 'ready' || d.sniffedType !== PDF_TYPE || !d.pages) {
    return { documentId, rendered: 0, failed: 0, skipped: 'not a ready PDF' };
  }
  if (!hasPdftoppm()) {
    // No renderer on this server: nothing can be checked either; the document is not held back for it.
    db.update(documents)
      .set({ hiddenTextCheck: 'skipped' })
      .where(and(eq(documents.id, documentId), eq(documents.hiddenTextCheck, 'pending')))
      .run();
    return { documentId, rendered: 0, failed: 0, skipped: 'pdftoppm is not installed' };
  }
  const to = Math.min(d.pages, from + IMAGE_BATCH - 1);
  const done = renderedPages(db, documentId);
  const missing: number[] = [];
  for (let p = from; p <= to; p++) if (!done.has(p)) missing.push(p);
  let rendered = 0;
  let failed = 0;
  if (missing.length) {
    const tmp = join(ctx.config.DATA_DIR, 'tmp', `images-${documentId}-${randomUUID()}`);
    await mkdir(tmp, { recursive: true });
    try {
      const path = await localBlob(ctx.blobs, d.sha256, tmp);
      const sizes = await pageSizes(path, from, to);
      const embedded = new Set(
        db
          .select({ page: documentPages.page })
          .from(documentPages)
          .where(
            and(
              eq(documentPages.documentId, documentId),
              eq(documentPages.source, 'embedded'),
              sql`${documentPages.page} between ${from} and ${to}`,
            ),
          )
          .all()
          .map((r) => r.page),
      );
      const words: Map<number, Word[]> = missing.some((p) => embedded.has(p))
        ? await pdfWords(path, from, to, rotationsOf(sizes))
        : new Map();
      const store = async (page: number, file: string) => {
        const raster = readPnm(await readFile(file));
        await rm(file, { force: true });
        const hidden: HiddenText[] = embedded.has(page) ? hiddenText(raster, words.get(page) ?? []) : [];
        const image = encodePng(toGreyIfNeutral(raster));
        const blob = await ctx.blobs.put(Readable.from([image.png]));
        saveImage(db, {
          documentId,
          page,
          version: 0,
          sha256: blob.sha256,
          width: image.width,
          height: image.height,
          error: null,
          hiddenText: hidden.length ? JSON.stringify(hidden) : null,
        });
        rendered++;
      };
      for (const run of renderRuns(missing, (p) => dpiFor(sizes.get(p)))) {
        let files: Map<number, string> | null = null;
        try {
          files = await renderRange(path, run.from, run.to, run.dpi, tmp);
        } catch (err) {
          if (!(err instanceof ExtractError)) throw err;
        }
        for (let p = run.from; p <= run.to; p++) {
          let file = files?.get(p);
          if (!file) {
            // The run failed as a whole: page by page, so that one broken page keeps its reason alone.
            try {
              file = (await renderRange(path, p, p, run.dpi, tmp, { prefix: `p${p}` })).get(p);
            } catch (err) {
              if (!(err instanceof ExtractError)) throw err;
              saveImage(db, { documentId, page: p, version: 0, error: err.message });
              failed++;
              continue;
            }
          }
          if (file) await store(p, file);
        }
      }
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  finishCheck(db, documentId, ctx.clock());
  if (chain) {
    const next = firstMissing(db, documentId, d.pages, to + 1);
    if (next !== null)
      inTransaction(db, (tx) => enqueue(tx, 'documents.pageImages', { documentId, from: next, chain: true }));
  }
  return { documentId, rendered, failed };
}

function firstMissing(db: DbOrTx, documentId: number, pages: number, after = 1): number | null {
  const done = renderedPages(db, documentId);
  for (let p = after; p <= pages; p++) if (!done.has(p)) return p;
  for (let p = 1; p < after && p <= pages; p++) if (!done.has(p)) return p;
  return null;
}

/** Pads a detected word box a little: the black of its glyph edges goes too. */
function padded(b: { x: number; y: number; width: number; height: number }) {
  const x = Math.max(0, b.x - 0.002);
  const y = Math.max(0, b.y - 0.002);
  return { x, y, width: Math.min(1 - x, b.width + 0.004), height: Math.min(1 - y, b.height + 0.004) };
}

/**
 * When every page is rendered: the hidden-text check ends. Clean, or flagged with what was found,
 * each finding a suggested box redaction (pending, so the document stays withheld from the public
 * until staff apply it or accept the text as released). Pages with a text layer that could not be
 * rendered could not be checked: they are flagged too, without a suggestion.
 */
function finishCheck(db: DbOrTx, documentId: number, now: Date): void {
  inTransaction(db, (tx) => {
    const d = tx.select().from(documents).where(eq(documents.id, documentId)).get();
    if (!d?.pages || (d.hiddenTextCheck !== null && d.hiddenTextCheck !== 'pending')) return;
    const rows = tx
      .select({
        page: documentPageImages.page,
        hiddenText: documentPageImages.hiddenText,
        error: documentPageImages.error,
      })
      .from(documentPageImages)
      .where(and(eq(documentPageImages.documentId, documentId), eq(documentPageImages.version, 0)))
      .all();
    if (rows.length < d.pages) return;
    const embedded = new Set(
      tx
        .select({ page: documentPages.page })
        .from(documentPages)
        .where(and(eq(documentPages.documentId, documentId), eq(documentPages.source, 'embedded')))
        .all()
        .map((r) => r.page),
    );
    if (!embedded.size) return;
    const found: { page: number; text: string | null; box: HiddenText['box'] | null }[] = [];
    for (const r of rows.sort((a, b) => a.page - b.page)) {
      if (r.hiddenText) {
        for (const h of JSON.parse(r.hiddenText) as HiddenText[])
          found.push({ page: r.page, text: h.text, box: h.box });
      } else if (r.error && embedded.has(r.page)) {
        found.push({ page: r.page, text: null, box: null });
      }
    }
    if (!found.length) {
      tx.update(documents).set({ hiddenTextCheck: 'clean' }).where(eq(documents.id, documentId)).run();
      return;
    }
    tx.update(documents)
      .set({ hiddenTextCheck: 'flagged', badRedactions: JSON.stringify(found) })
      .where(eq(documents.id, documentId))
      .run();
    for (const f of found) {
      if (!f.box) continue;
      tx.insert(redactions)
        .values({
          documentId,
          kind: 'box',
          page: f.page,
          ...padded(f.box),
          reason: DETECTED_REASON,
          source: 'detected',
        })
        .run();
    }
    audit(tx, null, now, 'redaction.detect', 'document', documentId, null, {
      pages: [...new Set(found.map((f) => f.page))],
      findings: found.length,
    });
  });
}

/** The reconciler: PDFs with pages left unrendered and no job on them (older documents, lost jobs). */
export function strandedPageImages(db: DbOrTx, before: string): { documentId: number; from: number; chain: boolean }[] {
  const rows = connectionOf(db)
    .prepare(
      `select d.id as id, d.pages as pages from documents d
       where d.status = 'ready' and d.sniffed_type = ? and d.pages > 0 and d.updated_at < ?
         and (select count(*) from document_page_images i where i.document_id = d.id and i.version = 0) < d.pages
         and coalesce((select max(i.created_at) from document_page_images i where i.document_id = d.id), '') < ?
         and not exists (select 1 from outbox o where o.job_name = 'documents.pageImages' and o.finished_at is null
                         and json_extract(o.payload, '$.documentId') = d.id)
       order by d.id limit 50`,
    )
    .all(PDF_TYPE, before, before) as { id: number; pages: number }[];
  return rows.flatMap((r) => {
    const from = firstMissing(db, r.id, r.pages);
    return from === null ? [] : [{ documentId: r.id, from, chain: true }];
  });
}

/** After the last attempt: the batch's pages that have no image keep the reason, so the viewer stops waiting. */
export function failPageImages(tx: DbOrTx, documentId: number, from: number, reason: string, now: Date): void {
  const d = tx.select({ pages: documents.pages }).from(documents).where(eq(documents.id, documentId)).get();
  if (!d?.pages) return;
  const done = renderedPages(tx, documentId);
  for (let p = from; p <= Math.min(d.pages, from + IMAGE_BATCH - 1); p++) {
    if (done.has(p)) continue;
    tx.insert(documentPageImages)
      .values({ documentId, page: p, version: 0, error: reason.slice(0, 500) })
      .onConflictDoNothing()
      .run();
  }
  finishCheck(tx, documentId, now);
}
