/** The document ingestion job: its payload, retry policy and what a final failure records. */
import { and, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import { z } from 'zod';
import { documents, outbox } from '../db/schema.js';
import { defineJob } from '../queue/define.js';
import { ExtractError } from './extract/errors.js';
import { ingestDocument, markFailed } from './ingest.js';

export const ingestJob = defineJob({
  name: 'documents.ingest',
  description: 'Sniff, extract text (OCR where needed), unpack containers and index one document',
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
