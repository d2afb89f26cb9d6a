/**
 * The `documents.redact` job: makes version N of a document's redacted version.
 *
 * Every page is rendered to pixels; the boxes staff drew, and the places where the patterns'
 * matches are drawn (found through the words' positions: the text layer's from pdftotext, a scan's
 * from tesseract on the render ingestion OCRed), are painted opaque black into the pixels. Words a
 * box covers are taken out of the page's text, and the patterns run once more over what is left: a
 * match that could not be placed on the page blacks out the whole page, rather than stay visible in
 * the image. The redacted version is a new PDF made of those page images only (no text layer, nothing
 * of the original file), stored as a blob; its pages' text goes to document_redacted_pages, which
 * public reads and public search (redacted_pages_fts) use; its page images are version N.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { and, asc, eq, isNull, lte, ne, sql } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { audit } from '../../audit/log.js';
import { type Db, type DbOrTx, inTransaction } from '../../db/index.js';
import { documentPageImages, documentPages, documentRedactedPages, documents, redactions } from '../../db/schema.js';
import type { JobContext } from '../../queue/define.js';
import { localBlob } from '../blob-store.js';
import { ExtractError } from '../extract/errors.js';
import { imageSize, MAX_OCR_PIXELS } from '../extract/image.js';
import { imagePdfWriter } from '../images/pdf-writer.js';
import { type Box, blackOut, encodePng, readPnm, toGreyIfNeutral } from '../images/raster.js';
import { dpiFor, IMAGE_DPI, pageSizes, renderRange, renderRuns, rotationsOf } from '../images/render.js';
import { PDF_TYPE } from '../page-images.js';
import { compilePattern, findMatches, type PatternKind, replaceMatches } from './patterns.js';
import {
  coveredWords,
  imageWords,
  joinWords,
  locate,
  pdfWords,
  REDACTED_MARK,
  scannedPageWords,
  textWithout,
  tmpDirName,
  type Word,
} from './words.js';

const BATCH = 16;
/** Pixels of black around each box at 150 dpi (half a point): the anti-aliased edges of glyphs go too. */
const PAD_PX = 2;
const WHOLE_PAGE: Box = { x: 0, y: 0, width: 1, height: 1 };

export interface ApplyResult {
  documentId: number;
  version: number;
  skipped?: string;
  pages?: number;
  redactedPages?: number[];
  blackedOutPages?: number[];
  sha256?: string | null;
}

interface Source {
  path: string;
  /** An image document: its pages' words come from OCR of the image itself. */
  image: string | null;
}

/** The file to render: the PDF itself, or an image document made a one-page PDF of its own pixel size. */
async function sourceOf(
  ctx: Pick<JobContext, 'blobs'>,
  d: typeof documents.$inferSelect,
  tmp: string,
): Promise<Source> {
  const path = await localBlob(ctx.blobs, d.sha256, tmp);
  if (d.sniffedType === PDF_TYPE) return { path, image: null };
  const size = await imageSize(path);
  if (!size) throw new ExtractError('The image size could not be read');
  if (size.width * size.height > MAX_OCR_PIXELS) {
    throw new ExtractError(`The image is ${size.width} x ${size.height} pixels, too large to redact here`);
  }
  const pdf = await PDFDocument.create();
  const bytes = await readFile(path);
  const img = d.sniffedType === 'image/png' ? await pdf.embedPng(bytes) : await pdf.embedJpg(bytes);
  pdf.addPage([size.width, size.height]).drawImage(img, { x: 0, y: 0, width: size.width, height: size.height });
  const out = join(tmp, 'image.pdf');
  await writeFile(out, await pdf.save());
  return { path: out, image: path };
}

interface PageResult {
  page: number;
  text: string;
  sha256: string;
  width: number;
  height: number;
  redacted: boolean;
  blackedOut: boolean;
}

export async function applyRedactions(
  ctx: Pick<JobContext, 'db' | 'blobs' | 'config' | 'clock'>,
  documentId: number,
  version: number,
): Promise<ApplyResult> {
  const { db } = ctx;
  const d = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!d || d.redactionTarget !== version) return { documentId, version, skipped: 'another apply superseded it' };
  const included = db
    .select()
    .from(redactions)
    .where(and(eq(redactions.documentId, documentId), isNull(redactions.removedAt), lte(redactions.version, version)))
    .orderBy(asc(redactions.id))
    .all();
  if (!included.length) {
    // Every redaction was removed: the public reads the original again.
    commit(db, d, version, null, [], ctx.clock());
    return { documentId, version, pages: 0, sha256: null };
  }
  const pages = d.pages ?? 0;
  if (!pages) throw new ExtractError(`Document ${documentId} has no pages to redact`);
  const tmp = tmpDirName(ctx.config.DATA_DIR, 'redact', documentId);
  await mkdir(tmp, { recursive: true });
  let writer: Awaited<ReturnType<typeof imagePdfWriter>> | null = null;
  try {
    const src = await sourceOf(ctx, d, tmp);
    const stored = db
      .select({ page: documentPages.page, text: documentPages.text, source: documentPages.source })
      .from(documentPages)
      .where(eq(documentPages.documentId, documentId))
      .all();
    const texts = Array.from({ length: pages }, (_, i) => stored.find((s) => s.page === i + 1)?.text ?? '');
    const sources = new Map(stored.map((s) => [s.page, s.source]));
    const patterns = included
      .filter((r) => r.kind !== 'box')
      .map((r) => compilePattern(r.kind as PatternKind, r.pattern, r.caseSensitive));
    const boxes = new Map<number, Box[]>();
    for (const r of included) {
      if (r.kind !== 'box' || r.page === null) continue;
      boxes.set(r.page, [
        ...(boxes.get(r.page) ?? []),
        { x: r.x as number, y: r.y as number, width: r.width as number, height: r.height as number },
      ]);
    }
    const matchedPages = new Set(
      findMatches(patterns, texts, { timeoutMs: 10_000 })
        .flat()
        .map(([t]) => t + 1),
    );
    const sizes = await pageSizes(src.path, 1, pages);
    const wanted = src.image ? 72 : IMAGE_DPI;
    const dpiOf = (p: number) => dpiFor(sizes.get(p), wanted);
    const out = join(tmp, 'redacted.pdf');
    writer = await imagePdfWriter(out);
    const results: PageResult[] = [];
    for (let from = 1; from <= pages; from += BATCH) {
      const to = Math.min(pages, from + BATCH - 1);
      const range = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const needsWords = (p: number) =>
        (boxes.get(p)?.length ?? 0) > 0 ||
        matchedPages.has(p) ||
        (patterns.length > 0 && sources.get(p) === 'embedded');
      const layer =
        !src.image && range.some((p) => needsWords(p) && sources.get(p) === 'embedded')
          ? await pdfWords(src.path, from, to, rotationsOf(sizes))
          : new Map<number, Word[]>();
      const files = new Map<number, string>();
      for (const run of renderRuns(range, dpiOf)) {
        for (const [p, f] of await renderRange(src.path, run.from, run.to, run.dpi, tmp)) files.set(p, f);
      }
      for (const p of range) {
        let rects = [...(boxes.get(p) ?? [])];
        let text = texts[p - 1] ?? '';
        let words: Word[] | null = null;
        if (needsWords(p)) {
          const source = sources.get(p);
          if (source === 'embedded') words = layer.get(p) ?? [];
          else if (source === 'ocr') {
            words = src.image ? await imageWords(src.image) : await scannedPageWords(src.path, p, 300, tmp);
          } else words = [];
        }
        if (words) {
          const joined = joinWords(words);
          const ranges = findMatches(patterns, [joined.text], { timeoutMs: 5000 })
            .flat()
            .map(([, s, e]) => [s, e] as [number, number]);
          rects.push(...locate(words, joined, ranges));
          if (rects.length) text = textWithout(words, coveredWords(words, rects));
        }
        // What the patterns still find could not be placed on the page: the whole page goes black.
        let blackedOut = false;
        if (patterns.length && replaceMatches(patterns, text.replaceAll(REDACTED_MARK, ' '), REDACTED_MARK).count > 0) {
          rects = [WHOLE_PAGE];
          text = REDACTED_MARK;
          blackedOut = true;
        }
        const file = files.get(p) as string;
        const raster = readPnm(await readFile(file));
        await rm(file, { force: true });
        for (const r of rects) blackOut(raster, r, PAD_PX);
        const image = encodePng(toGreyIfNeutral(raster));
        const blob = await ctx.blobs.put(Readable.from([image.png]));
        const dpi = dpiOf(p);
        await writer.addPage(image, (image.width * 72) / dpi, (image.height * 72) / dpi);
        results.push({
          page: p,
          text,
          sha256: blob.sha256,
          width: image.width,
          height: image.height,
          redacted: rects.length > 0,
          blackedOut,
        });
      }
    }
    await writer.finish();
    writer = null;
    const blob = await ctx.blobs.put(createReadStream(out, { highWaterMark: 1 << 20 }));
    const committed = commit(db, d, version, { sha256: blob.sha256, size: blob.size }, results, ctx.clock());
    if (!committed) return { documentId, version, skipped: 'another apply superseded it' };
    return {
      documentId,
      version,
      pages,
      sha256: blob.sha256,
      redactedPages: results.filter((r) => r.redacted).map((r) => r.page),
      blackedOutPages: results.filter((r) => r.blackedOut).map((r) => r.page),
    };
  } finally {
    await writer?.abort();
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Writes version N in one transaction, if it is still the version asked for: the redacted pages'
 * text (replacing the previous version's), its page images, and the document's pointer to the PDF.
 */
function commit(
  db: Db,
  d: typeof documents.$inferSelect,
  version: number,
  pdf: { sha256: string; size: number } | null,
  pages: PageResult[],
  now: Date,
): boolean {
  return inTransaction(db, (tx) => {
    const current = tx.select().from(documents).where(eq(documents.id, d.id)).get();
    if (!current || current.redactionTarget !== version) return false;
    tx.delete(documentRedactedPages).where(eq(documentRedactedPages.documentId, d.id)).run();
    tx.delete(documentPageImages)
      .where(and(eq(documentPageImages.documentId, d.id), ne(documentPageImages.version, 0)))
      .run();
    for (const p of pages) {
      tx.insert(documentRedactedPages).values({ documentId: d.id, page: p.page, text: p.text }).run();
      tx.insert(documentPageImages)
        .values({ documentId: d.id, page: p.page, version, sha256: p.sha256, width: p.width, height: p.height })
        .run();
    }
    tx.update(documents)
      .set({
        redactedSha256: pdf?.sha256 ?? null,
        redactedSize: pdf?.size ?? null,
        redactionVersion: version,
        redactionTarget: null,
        redactionError: null,
        redactedAt: now.toISOString(),
        // Staff decided about text found under black boxes by applying their redactions.
        hiddenTextCheck: current.hiddenTextCheck === 'flagged' ? 'reviewed' : current.hiddenTextCheck,
        updatedAt: now.toISOString(),
      })
      .where(eq(documents.id, d.id))
      .run();
    audit(tx, null, now, 'redaction.applied', 'document', d.id, null, {
      version,
      requestedBy: current.redactedBy,
      sha256: pdf?.sha256 ?? null,
      redactedPages: pages.filter((p) => p.redacted).map((p) => p.page),
      blackedOutPages: pages.filter((p) => p.blackedOut).map((p) => p.page),
    });
    return true;
  });
}

/** After the last attempt: the apply stops, says why, and the document stays withheld from the public. */
export function markRedactionFailed(tx: DbOrTx, documentId: number, version: number, reason: string, now: Date): void {
  tx.update(documents)
    .set({ redactionTarget: null, redactionError: reason.slice(0, 1000), updatedAt: now.toISOString() })
    .where(and(eq(documents.id, documentId), eq(documents.redactionTarget, version)))
    .run();
}

/** The reconciler: an apply asked for with no job on it (a lost job). */
export function strandedRedactions(db: DbOrTx, before: string): { documentId: number; version: number }[] {
  return db
    .select({ documentId: documents.id, version: sql<number>`${documents.redactionTarget}` })
    .from(documents)
    .where(
      and(
        sql`${documents.redactionTarget} is not null`,
        sql`${documents.updatedAt} < ${before}`,
        sql`not exists (select 1 from outbox o where o.job_name = 'documents.redact' and o.finished_at is null
              and json_extract(o.payload, '$.documentId') = ${documents.id})`,
      ),
    )
    .all();
}
