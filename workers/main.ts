/**
 * The worker process (`npm run worker`): consumes the job queue. Several can run against the same
 * Redis and database. Each also hands journal rows to the queue (the outbox drainer), keeps the
 * recurring schedules, and runs the reconciler. Shutdown lets a running job finish.
 */
import { availableParallelism } from 'node:os';
import { Queue, Worker } from 'bullmq';
import type { Config } from '../src/config.js';
import { type Db, dbFile, openDb } from '../src/db/index.js';
import { type BlobStore, openBlobStore } from '../src/documents/blob-store.js';
import { sweepOrphans } from '../src/documents/orphans.js';
import { jobs as defaultJobs } from '../src/jobs.js';
import { createLogger, type Logger, logConnectionErrors } from '../src/log.js';
import { closeTransports } from '../src/outbound/transport.js';
import { createRedis, pingRedis } from '../src/queue/connection.js';
import { type JobContext, type Registry, reasonOf } from '../src/queue/define.js';
import type { QueueClient } from '../src/queue/index.js';
import { EXTRACT_QUEUE, QUEUE_NAME } from '../src/queue/jobs.js';
import { journalWriter, startOutboxDrainer } from '../src/queue/outbox.js';
import { createProcessor, finalFailure } from '../src/queue/processor.js';
import { reconcile } from '../src/queue/reconcile.js';
import { configOrExit, onShutdown, runIfEntry } from '../src/server.js';

/** BullMQ's reason for a job whose worker stopped holding it more often than `maxStalledCount`. */
const STALLED = 'job stalled more than allowable limit';

export interface WorkerHandle {
  worker: Worker;
  /** The worker of the `extract` queue (page reading): one job per core. */
  extractWorker: Worker;
  /** Runs the reconciler now (it also runs on RECONCILE_INTERVAL_MS). */
  reconcile(): ReturnType<typeof reconcile>;
  close(): Promise<void>;
}

export interface WorkerOptions {
  concurrency?: number;
  /** Page-range jobs at once (default EXTRACT_CONCURRENCY, or one per core). */
  extractConcurrency?: number;
  /** The job definitions (tests pass variants). */
  jobs?: Registry;
  /** The clock jobs are given (tests fix it); claims, leases and the journal keep real time. */
  clock?: () => Date;
  /** Upsert the recurring schedules and run them once now (default true). */
  schedule?: boolean;
  /** Hand journal rows to the queue (default true; `npm start` leaves it to its API). */
  drain?: boolean;
  /** Run the reconciler on its interval (default true). */
  reconcile?: boolean;
  log?: Logger;
  /** The blob store (default: the one BLOB_STORE names); `npm start` shares its API's. */
  blobs?: BlobStore;
}

export function startWorker(config: Config, db: Db, options: WorkerOptions = {}): WorkerHandle {
  const jobs = options.jobs ?? defaultJobs;
  const log = options.log ?? createLogger(config, 'worker');
  const clock = options.clock ?? (() => new Date());
  // The producer side: schedules, the reconciler's look at job states, and the drainer.
  const producerRedis = createRedis(config.REDIS_URL, 'worker', log);
  const producer = new Queue(QUEUE_NAME, { connection: producerRedis, prefix: config.QUEUE_PREFIX });
  logConnectionErrors(producer, log, 'worker queue');
  const ctx: JobContext = { db, config, clock, blobs: options.blobs ?? openBlobStore(config), log };
  const connection = createRedis(config.REDIS_URL, 'worker', log);
  const journal = journalWriter(db, log);
  const processor = createProcessor(jobs, ctx, journal);
  const workerOptions = {
    connection,
    prefix: config.QUEUE_PREFIX,
    // A killed worker's job goes back to the queue once its lock lapses; ingestion resumes where it stopped.
    lockDuration: config.WORKER_LOCK_MS,
    stalledInterval: Math.max(1000, Math.floor(config.WORKER_LOCK_MS / 2)),
    maxStalledCount: 3,
  };
  const worker = new Worker(QUEUE_NAME, processor, { ...workerOptions, concurrency: options.concurrency ?? 4 });
  // OCR is one tesseract process per page, held to one thread (src/documents/extract/run.ts): as many
  // range jobs as cores keeps every core busy without two processes fighting over one. Its own
  // connection: a blocking fetch on one queue must not wait behind the other's.
  const extractConnection = createRedis(config.REDIS_URL, 'worker', log);
  const extractWorker = new Worker(EXTRACT_QUEUE, processor, {
    ...workerOptions,
    connection: extractConnection,
    concurrency: options.extractConcurrency ?? config.EXTRACT_CONCURRENCY ?? availableParallelism(),
  });
  for (const [w, name] of [
    [worker, 'worker'],
    [extractWorker, 'extract worker'],
  ] as const) {
    logConnectionErrors(w, log, name);
    w.on('stalled', (jobId) => log.warn({ jobId }, 'job stalled (its worker stopped holding it); it runs again'));
    // A job that stalled too often never reaches the processor again: its final failure is recorded here.
    w.on('failed', (job, err) => {
      if (!job || err.message !== STALLED) return;
      finalFailure(
        ctx,
        jobs.get(job.name),
        job.data,
        `${reasonOf(err)} (its worker stopped ${job.attemptsMade} times)`,
        job.id ?? '',
      );
    });
  }

  const extractProducer = new Queue(EXTRACT_QUEUE, { connection: producerRedis, prefix: config.QUEUE_PREFIX });
  logConnectionErrors(extractProducer, log, 'worker extract queue');
  const client: QueueClient = {
    queue: producer,
    extract: extractProducer,
    redis: producerRedis,
    available: () => pingRedis(producerRedis),
    close: async () => {},
  };
  const stopDrainer =
    options.drain === false
      ? async () => {}
      : startOutboxDrainer({ db, queue: client, jobs, config }, config.OUTBOX_INTERVAL_MS, () => new Date(), log);

  // Recurring work: one BullMQ job scheduler per job (however many workers upsert it), and a run now.
  const recurring = jobs.jobs.filter((j) => j.every);
  const upsertSchedules = () =>
    Promise.all(
      recurring.map((j) =>
        producer.upsertJobScheduler(
          j.name,
          { every: j.every?.(config) ?? 3_600_000 },
          { name: j.name, data: {}, opts: { attempts: j.attempts, backoff: j.backoff(config) } },
        ),
      ),
    );
  const scheduled =
    options.schedule === false
      ? Promise.resolve()
      : Promise.all([
          upsertSchedules(),
          ...recurring.map((j) => producer.add(j.name, {}, { removeOnComplete: 100, removeOnFail: 100 })),
        ]).catch((err: unknown) => log.warn({ err }, 'recurring schedules not set up yet; the reconciler retries'));

  let reconciling: Promise<unknown> | null = null;
  const runReconcile = async () => {
    const result = await reconcile(ctx, client, jobs);
    // A flushed Redis loses the schedules too: upserting them again is cheap and idempotent.
    if (options.schedule !== false) await upsertSchedules();
    return result;
  };
  const timer =
    options.reconcile === false
      ? null
      : setInterval(() => {
          if (reconciling) return;
          reconciling = runReconcile()
            .catch((err: unknown) => log.warn({ err }, 'reconciler run failed; it runs again on its interval'))
            .finally(() => {
              reconciling = null;
            });
        }, config.RECONCILE_INTERVAL_MS);
  timer?.unref();

  return {
    worker,
    extractWorker,
    reconcile: runReconcile,
    async close() {
      if (timer) clearInterval(timer);
      await scheduled;
      await reconciling;
      await Promise.all([worker.close(), extractWorker.close()]); // waits for running jobs
      journal.flush();
      await stopDrainer();
      closeTransports();
      await producer.close();
      await extractProducer.close();
      connection.disconnect();
      extractConnection.disconnect();
      producerRedis.disconnect();
    },
  };
}

async function main() {
  const config = configOrExit();
  const log = createLogger(config, 'worker');
  const db = openDb(dbFile(config.DATA_DIR));
  const blobs = openBlobStore(config);
  await blobs.check();
  const swept = await sweepOrphans(db, config.DATA_DIR, blobs, new Date());
  if (swept.tmp || swept.blobs) log.info(swept, 'removed files left behind by interrupted uploads');
  const handle = startWorker(config, db, { log, blobs });
  // The host only: a Redis URL may carry a password.
  log.info(
    { queue: `${config.QUEUE_PREFIX}:${QUEUE_NAME}`, redis: new URL(config.REDIS_URL).host },
    'worker consuming the queue',
  );
  onShutdown([
    handle.close,
    async () => {
      db.$client.close();
    },
  ]);
}

runIfEntry(import.meta.url, main);
