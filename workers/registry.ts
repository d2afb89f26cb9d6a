/**
 * Handlers for every job in the registry. The mapped type makes a missing handler a compile error;
 * `assertComplete` makes it a start-up error too.
 */

import { type Job, type Queue, UnrecoverableError } from 'bullmq';
import type { Config } from '../src/config.js';
import type { Db } from '../src/db/index.js';
import type { BlobStore } from '../src/documents/blob-store.js';
import { ExtractError } from '../src/documents/extract/errors.js';
import { ingestDocument } from '../src/documents/ingest.js';
import { JOB_NAMES, type JobName, type JobPayloads } from '../src/queue/jobs.js';
import { sendReminder, sweepReminders } from '../src/reminders/send.js';
import { expireEmbargoes } from '../src/requests/embargo.js';
import { openRequestIds, recomputeDeadlines } from '../src/requests/recompute.js';
import { parseAllowList } from '../src/webhooks/address-guard.js';
import { deliver } from '../src/webhooks/service.js';

export interface WorkerContext {
  db: Db;
  config: Config;
  clock: () => Date;
  /** For jobs that queue further jobs (the reminder sweep). */
  queue: Queue;
  blobs: BlobStore;
}

export type Handlers = {
  [N in JobName]: (payload: JobPayloads[N], ctx: WorkerContext, job: Job) => Promise<unknown>;
};

export const handlers: Handlers = {
  'system.ping': async (payload, ctx) => ({ pong: true, sentAt: payload.sentAt, at: ctx.clock().toISOString() }),
  'deadlines.recompute': async (payload, ctx) => recomputeDeadlines(ctx.db, payload.requestId, ctx.clock()),
  'closures.recompute': async (payload, ctx) => {
    const ids = openRequestIds(ctx.db, payload);
    for (const id of ids) recomputeDeadlines(ctx.db, id, ctx.clock());
    return { recomputed: ids.length };
  },
  'embargoes.expire': async (_payload, ctx) => ({ published: expireEmbargoes(ctx.db, ctx.clock()) }),
  'reminders.sweep': async (_payload, ctx) =>
    sweepReminders(ctx.db, ctx.queue, ctx.clock(), ctx.config.REMINDER_RETRY_MS),
  'webhooks.deliver': async (payload, ctx, job) =>
    deliver(
      {
        db: ctx.db,
        now: ctx.clock(),
        attempt: job.attemptsMade,
        attempts: job.opts.attempts ?? 1,
        allow: parseAllowList(ctx.config.WEBHOOK_ALLOW_INTERNAL),
      },
      payload.deliveryId,
    ),
  'documents.ingest': async (payload, ctx, job) => {
    try {
      return await ingestDocument(
        {
          db: ctx.db,
          blobs: ctx.blobs,
          config: ctx.config,
          now: ctx.clock,
          attempt: job.attemptsMade,
          attempts: job.opts.attempts ?? 1,
          progress: (done, total) => void job.updateProgress({ done, total }).catch(() => {}),
        },
        payload.documentId,
      );
    } catch (err) {
      // A file that cannot be read will not become readable by retrying: the document says why.
      if (err instanceof ExtractError) throw new UnrecoverableError(err.message);
      throw err;
    }
  },
  'reminders.send': async (payload, ctx, job) =>
    sendReminder(
      { db: ctx.db, config: ctx.config, now: ctx.clock(), attempt: job.attemptsMade, attempts: job.opts.attempts ?? 1 },
      payload.reminderId,
    ),
};

export function assertComplete(h: Partial<Record<string, unknown>>): void {
  const missing = JOB_NAMES.filter((name) => typeof h[name] !== 'function');
  if (missing.length) throw new Error(`worker refuses to start: no handler for job(s) ${missing.join(', ')}`);
}
