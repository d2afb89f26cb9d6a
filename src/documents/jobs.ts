/** The document jobs: ingestion, page images, redaction; their payloads, retry policies and what a final failure records. */
import { and, eq, inArray, lt, notExists, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { documentRanges, documents, outbox } from '../db/schema.js';
import { AppError } from '../errors.js';
import { defineJob } from '../queue/define.js';
import { EXTRACT_QUEUE } from '../queue/jobs.js';
import { ExtractError } from './extract/errors.js';
import { ingestDocument, markFailed } from './ingest.js';
import { failPageImages, renderPageImages, strandedPageImages } from './page-images.js';
import { extractRange, strandedRanges } from './ranges.js';
import { applyRedactions, markRedactionFailed, strandedRedactions } from './redaction/apply.js';

export const ingestJob = defineJob({
  name: 'documents.ingest',
  description:
    "Sniff, extract text, unpack containers and index one document; a PDF's pages are counted and queued in ranges",
  payload: z.object({ documentId: z.number().int().positive() }),
  attempts: 5,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  // A file that cannot be read will not become readable by retrying: the document says why.
  permanent: (err) => err instanceof ExtractError,
  onFinalFailure: (tx, { documentId }, reason, ctx) => markFailed(tx, documentId, reason, ctx.clock()),
  stranded: (db, before) =>
    db
      .select({ documentId: documents.id })
      .from(documents)
      .where(
        and(
          inArray(documents.status, ['pending', 'processing']),
          lt(documents.updatedAt, before),
          notExists(
            db
              .select({ one: sql`1` })
              .from(outbox)
              .where(
                and(
                  eq(outbox.jobName, 'documents.ingest'),
                  sql`${outbox.finishedAt} is null`,
                  eq(outbox.payload, sql`json_object('documentId', ${documents.id})`),
                ),
              ),
          ),
          // A PDF being read in ranges is the range jobs' to finish (a `pending` one waits for a new plan).
          or(
            eq(documents.status, 'pending'),
            notExists(
              db
                .select({ one: sql`1` })
                .from(documentRanges)
                .where(and(eq(documentRanges.documentId, documents.id), sql`${documentRanges.finishedAt} is null`)),
            ),
          ),
        ),
      )
      .all(),
  handler: (payload, ctx, run) =>
    ingestDocument(
      {
        db: ctx.db,
        blobs: ctx.blobs,
        config: ctx.config,
        now: ctx.clock,
        progress: (done, total) => run.progress({ done, total }),
      },
      payload.documentId,
    ),
});

export const extractRangeJob = defineJob({
  name: 'documents.extractRange',
  description: "Read a range of a PDF's pages (text layer, OCR where a page has none); the last range makes it ready",
  queue: EXTRACT_QUEUE,
  payload: z.object({
    documentId: z.number().int().positive(),
    from: z.number().int().positive(),
    to: z.number().int().positive(),
    /** The reading it belongs to (the document's ingestion attempt); absent in jobs queued before it existed. */
    reading: z.number().int().nonnegative().optional(),
  }),
  attempts: 5,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  permanent: (err) => err instanceof ExtractError,
  // One range that cannot be read fails its document, with the reason and where.
  onFinalFailure: (tx, { documentId, from, to, reading }, reason, ctx) =>
    markFailed(tx, documentId, `${reason} (pages ${from}-${to})`, ctx.clock(), reading),
  stranded: strandedRanges,
  handler: (payload, ctx, run) =>
    extractRange(
      {
        db: ctx.db,
        blobs: ctx.blobs,
        config: ctx.config,
        now: ctx.clock,
        progress: (done, total) => run.progress({ done, total }),
      },
      payload.documentId,
      payload.from,
      payload.to,
      payload.reading,
    ),
});

export const pageImagesJob = defineJob({
  name: 'documents.pageImages',
  description:
    "Render a batch of a PDF's pages to images (for the viewer) and check them for text hidden under black boxes",
  payload: z.object({
    documentId: z.number().int().positive(),
    from: z.number().int().positive(),
    /** Queue the next unrendered batch when done (the reconciler's way to finish older documents). */
    chain: z.boolean().optional(),
  }),
  attempts: 3,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  permanent: (err) => err instanceof ExtractError,
  onFinalFailure: (tx, { documentId, from }, reason, ctx) => failPageImages(tx, documentId, from, reason, ctx.clock()),
  stranded: strandedPageImages,
  handler: (payload, ctx) => renderPageImages(ctx, payload.documentId, payload.from, payload.chain ?? false),
});

export const redactJob = defineJob({
  name: 'documents.redact',
  description: "Make a document's redacted version: page images with the boxes burned in, text without what they hide",
  payload: z.object({ documentId: z.number().int().positive(), version: z.number().int().positive() }),
  attempts: 3,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  // A file that cannot be rendered, or a pattern too slow for its text, will not mend by retrying.
  permanent: (err) => err instanceof ExtractError || err instanceof AppError,
  onFinalFailure: (tx, { documentId, version }, reason, ctx) =>
    markRedactionFailed(tx, documentId, version, reason, ctx.clock()),
  stranded: strandedRedactions,
  handler: (payload, ctx) => applyRedactions(ctx, payload.documentId, payload.version),
});
