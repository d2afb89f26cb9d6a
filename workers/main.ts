/**
 * The worker process (`npm run worker`): consumes the job queue. Several can run against the same
 * Redis, on this machine or others. Shutdown lets a running job finish.
 */
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Config } from '../src/config.js';
import { type Db, dbFile, openDb } from '../src/db/index.js';
import { LocalBlobStore } from '../src/documents/blob-store.js';
import { markFailed } from '../src/documents/ingest.js';
import { createRedis } from '../src/queue/connection.js';
import { isJobName, type JobName, type JobPayloads, QUEUE_NAME } from '../src/queue/jobs.js';
import { configOrExit, onShutdown, runIfEntry } from '../src/server.js';
import { assertComplete, type Handlers, handlers, type WorkerContext } from './registry.js';

export interface WorkerHandle {
  worker: Worker;
  close(): Promise<void>;
}

export function startWorker(
  config: Config,
  db: Db,
  options: { concurrency?: number; handlers?: Handlers; clock?: () => Date; schedule?: boolean } = {},
): WorkerHandle {
  const table = options.handlers ?? handlers;
  assertComplete(table);
  // A producer for jobs that queue jobs (the reminder sweep) and for the recurring schedules.
  const producer = new Queue(QUEUE_NAME, {
    connection: createRedis(config.REDIS_URL, 'worker'),
    prefix: config.QUEUE_PREFIX,
  });
  producer.on('error', () => {});
  const ctx: WorkerContext = {
    db,
    config,
    clock: options.clock ?? (() => new Date()),
    queue: producer,
    blobs: new LocalBlobStore(config.DATA_DIR),
  };
  const connection = createRedis(config.REDIS_URL, 'worker');
  const worker = new Worker(
    QUEUE_NAME,
    async (job) => {
      if (!isJobName(job.name)) throw new UnrecoverableError(`unknown job ${job.name}`);
      const handler = table[job.name] as (p: JobPayloads[JobName], c: WorkerContext, j: typeof job) => Promise<unknown>;
      return handler(job.data as JobPayloads[JobName], ctx, job);
    },
    {
      connection,
      prefix: config.QUEUE_PREFIX,
      concurrency: options.concurrency ?? 4,
      // A killed worker's job goes back to the queue once its lock lapses; ingestion resumes where it stopped.
      lockDuration: config.WORKER_LOCK_MS,
      stalledInterval: Math.max(1000, Math.floor(config.WORKER_LOCK_MS / 2)),
      maxStalledCount: 3,
    },
  );
  worker.on('error', () => {});
  // A document whose job will not run again (last attempt, or stalled too often) must not stay "processing".
  worker.on('failed', (job, err) => {
    if (job?.name !== 'documents.ingest') return;
    const final =
      err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled/i.test(err.message);
    if (!final) return;
    const { documentId } = job.data as JobPayloads['documents.ingest'];
    try {
      markFailed(db, documentId, `Reading the file failed: ${err.message}`, ctx.clock());
    } catch (markErr) {
      // An event handler must not throw; say what was lost so the document can be retried by hand.
      console.error(`document ${documentId}: could not record its failure (${err.message}):`, markErr);
    }
  });
  // Recurring work: one BullMQ job scheduler per id (however many workers upsert it), and a run now.
  const once = { removeOnComplete: 100, removeOnFail: 100 };
  const scheduled =
    options.schedule === false
      ? Promise.resolve()
      : Promise.all([
          producer.upsertJobScheduler('embargoes.expire', { every: 3_600_000 }, { name: 'embargoes.expire', data: {} }),
          producer.upsertJobScheduler(
            'reminders.sweep',
            { every: config.REMINDER_SWEEP_MS },
            { name: 'reminders.sweep', data: {} },
          ),
          producer.add('embargoes.expire', {}, once),
          producer.add('reminders.sweep', {}, once),
        ]).catch(() => {});
  return {
    worker,
    async close() {
      await scheduled;
      await worker.close(); // waits for running jobs
      await producer.close().catch(() => {});
      connection.disconnect();
    },
  };
}

async function main() {
  const config = configOrExit();
  const db = openDb(dbFile(config.DATA_DIR));
  const handle = startWorker(config, db);
  console.error(`worker consuming ${config.QUEUE_PREFIX}:${QUEUE_NAME} at ${config.REDIS_URL}`);
  onShutdown([
    handle.close,
    async () => {
      db.$client.close();
    },
  ]);
}

runIfEntry(import.meta.url, main);
