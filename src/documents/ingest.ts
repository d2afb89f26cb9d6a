/**
 * Ingestion of one document (the `documents.ingest` job): sniff the real type from the bytes, take
 * text page by page, make zip members and e-mail attachments child documents, and index every page in
 * FTS5. A PDF is only counted here: its pages are read in range jobs by any worker (src/documents/ranges.ts),
 * and the last range to finish makes it ready.
 *
 * Resumable and idempotent: each page is written with `pagesDone` in one transaction and pages are
 * unique per (document, page), so a worker killed mid-document resumes where it stopped and never
 * indexes a page twice.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/index.js';
import { documentPages, documents } from '../db/schema.js';
import { enqueue } from '../queue/outbox.js';
import { type BlobStore, localBlob, type StoredBlob } from './blob-store.js';
import { type ContainerLimits, formatBytes, type Member, parseEmail, unpackZip } from './extract/container.js';
import { ExtractError } from './extract/errors.js';
import { ocrImage } from './extract/image.js';
import { openPdf, pdfinfoPages } from './extract/pdf.js';
import { sniff } from './extract/sniff.js';
import { textOf } from './extract/text.js';
import { hasPdftotext, ocrTools, tesseractLanguage } from './extract/tools.js';
import { extractRange, planRanges } from './ranges.js';
import { finishDocument, type Source } from './readiness.js';

export interface IngestContext {
  db: Db;
  blobs: BlobStore;
  config: Config;
  now: () => Date;
  /** Reports pages done of total while a long document runs (BullMQ job progress). */
  progress?: (done: number, total: number) => void;
  /** Read a PDF's ranges here and now instead of queueing them (benchmarks, scripts without a worker). */
  inline?: boolean;
}

export interface IngestResult {
  documentId: number;
  /** `planned`: a PDF whose page ranges are queued; the last of them makes it ready. */
  status: 'ready' | 'planned' | 'failed' | 'skipped';
  pages?: number;
  children?: number;
}

/** A page of a text file: long texts are cut at line ends so that hits point at a useful place. */
const TEXT_PAGE_CHARS = 12_000;

export function limitsOf(config: Config): ContainerLimits {
  return {
    maxTotalBytes: config.ARCHIVE_MAX_BYTES,
    maxRatio: config.ARCHIVE_MAX_RATIO,
    maxEntries: config.ARCHIVE_MAX_ENTRIES,
    maxEntryBytes: Math.min(config.ARCHIVE_MAX_BYTES, config.UPLOAD_MAX_BYTES),
  };
}

export function splitText(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split('\f')) {
    let rest = part;
    while (rest.length > TEXT_PAGE_CHARS) {
      let cut = rest.lastIndexOf('\n', TEXT_PAGE_CHARS);
      if (cut < TEXT_PAGE_CHARS / 2) cut = TEXT_PAGE_CHARS;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  while (out.length > 1 && !out[out.length - 1]?.trim()) out.pop();
  return out.length ? out : [''];
}

/** Writes one page and the progress together, so a restart resumes after the last whole page. */
function savePage(db: Db, documentId: number, page: number, text: string, source: Source, now: Date): void {
  db.transaction((tx) => {
    tx.insert(documentPages)
      .values({ documentId, page, text, source })
      .onConflictDoUpdate({ target: [documentPages.documentId, documentPages.page], set: { text, source } })
      .run();
    tx.update(documents)
      .set({ pagesDone: page, updatedAt: now.toISOString() })
      .where(eq(documents.id, documentId))
      .run();
  });
}

function setDocument(db: Db, id: number, values: Partial<typeof documents.$inferInsert>, now: Date): void {
  db.update(documents)
    .set({ ...values, updatedAt: now.toISOString() })
    .where(eq(documents.id, id))
    .run();
}

/** Marks a document failed with a reason a person understands (unless it already ended, ready or failed). */
export function markFailed(db: DbOrTx, id: number, reason: string, now: Date, reading?: number): void {
  db.update(documents)
    .set({ status: 'failed', error: reason, updatedAt: now.toISOString() })
    .where(
      and(
        eq(documents.id, id),
        sql`${documents.status} in ('pending', 'processing')`,
        // A range job of an earlier reading fails nothing of a reading that started since.
        reading === undefined ? undefined : eq(documents.attempts, reading),
      ),
    )
    .run();
}

/**
 * Counts a PDF's pages (poppler's pdfinfo, or pdf.js where poppler is missing or refuses the file,
 * for its plainer errors) and plans its ranges; with `inline`, reads them here too.
 */
async function planPdf(ctx: IngestContext, doc: typeof documents.$inferSelect, path: string): Promise<number> {
  let total: number | null = null;
  if (hasPdftotext()) {
    try {
      total = await pdfinfoPages(path);
    } catch (err) {
      if (err instanceof ExtractError && /password/.test(err.message)) throw err;
    }
  }
  if (total === null) {
    const pdf = await openPdf(path);
    total = pdf.pageCount;
    await pdf.close();
  }
  const planned = planRanges(ctx.db, doc, total, ctx.now(), ctx.inline);
  if (ctx.inline) {
    for (const r of planned) await extractRange(ctx, doc.id, r.from, r.to);
  }
  return total;
}

async function ingestImage(ctx: IngestContext, doc: typeof documents.$inferSelect, path: string) {
  setDocument(ctx.db, doc.id, { pages: 1, pagesDone: 0 }, ctx.now());
  const tools = ocrTools();
  if (tools.available) {
    savePage(ctx.db, doc.id, 1, await ocrImage(path, tesseractLanguage(doc.ocrLanguage)), 'ocr', ctx.now());
  } else savePage(ctx.db, doc.id, 1, '', 'none', ctx.now());
  return 1;
}

function savePages(ctx: IngestContext, id: number, texts: string[], source: Source) {
  setDocument(ctx.db, id, { pages: texts.length, pagesDone: 0 }, ctx.now());
  texts.forEach((t, i) => {
    savePage(ctx.db, id, i + 1, t, source, ctx.now());
  });
  ctx.progress?.(texts.length, texts.length);
  return texts.length;
}

const MB = 1024 * 1024;
/** Text files above this are read as a stream, a page at a time, instead of whole. */
const TEXT_IN_MEMORY_BYTES = 16 * MB;
/** HTML and e-mail are parsed whole; above this they are refused with the reason (the original stays). */
const MARKUP_MAX_BYTES = 512 * MB;

/**
 * A large text file (a CSV export of millions of rows) as pages, read as a stream: memory stays at
 * one page whatever the file's size. The encoding is judged on the first MiB, as for small files.
 */
async function saveStreamedText(ctx: IngestContext, id: number, path: string): Promise<number> {
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path, { start: 0, end: MB - 1 })
      .on('data', (c) => chunks.push(c as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
  let encoding = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
  else {
    try {
      // A multi-byte character cut at the end of the sample is not an error.
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - 4));
    } catch {
      encoding = 'windows-1252';
    }
  }
  const decoder = new TextDecoder(encoding);
  setDocument(ctx.db, id, { pages: null, pagesDone: 0 }, ctx.now());
  let page = 0;
  let rest = '';
  const flush = (all: boolean) => {
    while (rest.length > TEXT_PAGE_CHARS || (all && rest.length)) {
      let cut = rest.length > TEXT_PAGE_CHARS ? rest.lastIndexOf('\n', TEXT_PAGE_CHARS) : rest.length;
      if (cut < TEXT_PAGE_CHARS / 2) cut = Math.min(rest.length, TEXT_PAGE_CHARS);
      savePage(ctx.db, id, ++page, rest.slice(0, cut), 'embedded', ctx.now());
      rest = rest.slice(cut);
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: MB })) {
    rest += decoder.decode(chunk as Buffer, { stream: true });
    flush(false);
  }
  rest += decoder.decode();
  flush(true);
  return page;
}

/** Stores members as child documents (once each) and queues their ingestion. */
function checkDepth(ctx: IngestContext, doc: typeof documents.$inferSelect) {
  if (doc.depth + 1 > ctx.config.ARCHIVE_MAX_DEPTH) {
    throw new ExtractError(
      `This file is nested more than ${ctx.config.ARCHIVE_MAX_DEPTH} containers deep (a zip or e-mail inside another); its contents were not unpacked.`,
    );
  }
}

async function addChildren(ctx: IngestContext, doc: typeof documents.$inferSelect, members: Member[]) {
  if (!members.length) return 0;
  checkDepth(ctx, doc);
  // The bytes first (content-addressed: a blob left unused by a refusal below is harmless).
  const stored: { blob: StoredBlob; member: Member }[] = [];
  for (const m of members) {
    stored.push({ blob: await ctx.blobs.put(createReadStream(m.path)), member: m });
    await rm(m.path, { force: true });
  }
  // Then all members or none, in one immediate transaction that also checks the limits for the
  // whole tree of the upload, not only this container: an archive of archives (42.zip) multiplies at
  // every level, and containers of one tree are unpacked by several jobs at once.
  const rootId = doc.rootId ?? doc.id;
  let added = 0;
  ctx.db.transaction(
    (tx) => {
      const totals = (where: SQL) =>
        tx
          .select({ n: sql<number>`count(*)`, bytes: sql<number>`coalesce(sum(${documents.size}), 0)` })
          .from(documents)
          .where(where)
          .get() ?? { n: 0, bytes: 0 };
      // A re-run (after a crash) finds its own members already there: they are not counted twice.
      const mine = totals(eq(documents.parentId, doc.id));
      const all = totals(eq(documents.rootId, rootId));
      const tree = { n: all.n - mine.n, bytes: all.bytes - mine.bytes };
      const adding = stored.reduce((sum, s) => sum + s.blob.size, 0);
      if (tree.n + stored.length > ctx.config.ARCHIVE_MAX_ENTRIES) {
        throw new ExtractError(
          `The upload this file belongs to would unpack to more than ${ctx.config.ARCHIVE_MAX_ENTRIES} files in all (archives inside archives); this one was not unpacked.`,
        );
      }
      if (tree.bytes + adding > ctx.config.ARCHIVE_MAX_BYTES) {
        throw new ExtractError(
          `The upload this file belongs to would unpack to more than ${formatBytes(ctx.config.ARCHIVE_MAX_BYTES)} in all (archives inside archives); this one was not unpacked.`,
        );
      }
      // A container withheld from the public (held mail, or staff's choice) holds its members back too.
      const held = tx
        .select({ reason: documents.withheldReason, at: documents.withheldAt, by: documents.withheldBy })
        .from(documents)
        .where(eq(documents.id, doc.id))
        .get();
      for (const { blob, member } of stored) {
        const row = tx
          .insert(documents)
          .values({
            requestId: doc.requestId,
            parentId: doc.id,
            rootId,
            depth: doc.depth + 1,
            sha256: blob.sha256,
            size: blob.size,
            name: member.name || 'member',
            declaredType: member.mimeType ?? null,
            // A scan inside a zip or an e-mail is in the language its container was said to be in.
            ocrLanguage: doc.ocrLanguage,
            createdBy: doc.createdBy,
            updatedAt: ctx.now().toISOString(),
            ...(held?.reason ? { withheldReason: held.reason, withheldAt: held.at, withheldBy: held.by } : {}),
          })
          .onConflictDoNothing()
          .returning({ id: documents.id })
          .get();
        if (row) {
          added++;
          enqueue(tx, 'documents.ingest', { documentId: row.id });
        }
      }
    },
    { behavior: 'immediate' },
  );
  return added;
}

function emailText(e: Awaited<ReturnType<typeof parseEmail>>): string {
  const head = [
    e.from && `From: ${e.from}`,
    e.to.length && `To: ${e.to.join(', ')}`,
    e.cc.length && `Cc: ${e.cc.join(', ')}`,
    e.date && `Date: ${e.date}`,
    e.subject && `Subject: ${e.subject}`,
  ].filter(Boolean);
  return `${head.join('\n')}\n\n${e.text}`;
}

export async function ingestDocument(ctx: IngestContext, documentId: number): Promise<IngestResult> {
  const { db } = ctx;
  const doc = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!doc || doc.status === 'ready') return { documentId, status: 'skipped' };
  setDocument(db, doc.id, { status: 'processing', error: null, attempts: doc.attempts + 1 }, ctx.now());
  const tmp = join(ctx.config.DATA_DIR, 'tmp', `ingest-${doc.id}-${randomUUID()}`);
  await mkdir(tmp, { recursive: true });
  try {
    if (!(await ctx.blobs.has(doc.sha256))) {
      throw new ExtractError('The stored file is missing from the blob store; upload it again.');
    }
    const path = await localBlob(ctx.blobs, doc.sha256, tmp);
    const { kind, mime } = await sniff(path, doc.name);
    setDocument(db, doc.id, { sniffedType: mime }, ctx.now());
    let pages = 0;
    let children = 0;
    switch (kind) {
      case 'empty':
        throw new ExtractError('The file is empty (0 bytes): there is nothing to read.');
      case 'unsupported':
        throw new ExtractError(
          `Text cannot be taken from this kind of file (${mime}). The original is kept and can be downloaded.`,
        );
      case 'pdf': {
        // The ranges finish it: the last one makes it ready (src/documents/ranges.ts).
        const total = await planPdf(ctx, doc, path);
        const now = db.select({ status: documents.status }).from(documents).where(eq(documents.id, doc.id)).get();
        return { documentId, status: now?.status === 'ready' ? 'ready' : 'planned', pages: total };
      }
      case 'image':
        pages = await ingestImage(ctx, doc, path);
        break;
      case 'text':
      case 'csv':
        pages =
          doc.size > TEXT_IN_MEMORY_BYTES
            ? await saveStreamedText(ctx, doc.id, path)
            : savePages(ctx, doc.id, splitText(await textOf(path, kind)), 'embedded');
        break;
      case 'html':
      case 'eml':
        if (doc.size > MARKUP_MAX_BYTES) {
          throw new ExtractError(
            `This ${kind === 'html' ? 'HTML file' : 'e-mail'} is over ${MARKUP_MAX_BYTES / MB} MB, more than is read as text; the original is kept and can be downloaded.`,
          );
        }
        if (kind === 'html') {
          pages = savePages(ctx, doc.id, splitText(await textOf(path, kind)), 'embedded');
        } else {
          const mail = await parseEmail(path, tmp, limitsOf(ctx.config));
          pages = savePages(ctx, doc.id, splitText(emailText(mail)), 'embedded');
          children = await addChildren(ctx, doc, mail.attachments);
        }
        break;
      case 'docx':
      case 'xlsx':
        pages = savePages(ctx, doc.id, splitText(await textOf(path, kind)), 'embedded');
        break;
      case 'zip':
        checkDepth(ctx, doc);
        children = await addChildren(ctx, doc, await unpackZip(path, tmp, limitsOf(ctx.config)));
        setDocument(db, doc.id, { pages: 0, pagesDone: 0 }, ctx.now());
        break;
    }
    db.transaction((tx) => finishDocument(tx, doc.id, pages, ctx.now()));
    return { documentId, status: 'ready', pages, children };
  } catch (err) {
    // A file that cannot be read stays unreadable: the job's definition fails it at once with this
    // reason. Anything else may pass (a full disk, a killed tool): it is retried, and the last
    // failure is recorded on the document by the job's final-failure handling.
    if (err instanceof ExtractError) throw err;
    const reason = `Reading the file failed: ${(err as Error).message}`;
    setDocument(db, doc.id, { error: `${reason} (will retry)` }, ctx.now());
    throw new Error(reason, { cause: err });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
