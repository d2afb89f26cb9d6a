/**
 * Entry point for the API alone (`npm run api`): load config, open the database, connect the queue,
 * build the app, listen, drain the outbox, and shut down in order on SIGINT/SIGTERM.
 */
import { pathToFileURL } from 'node:url';
import { buildApp } from './app.js';
import { ensureBootstrapToken } from './auth/users.js';
import { readyBanner, type SignIn, signInNow } from './banner.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { type Db, dbFile, openDb } from './db/index.js';
import { type DemoResult, loadDemoData } from './demo.js';
import { type BlobStore, openBlobStore } from './documents/blob-store.js';
import { sweepOrphans } from './documents/orphans.js';
import { BlobStoreUnavailable } from './documents/s3-blob-store.js';
import { jobs } from './jobs.js';
import { queueRecomputeForChangedRules } from './jurisdictions/rule-versions.js';
import { createLogger } from './log.js';
import { createQueueClient, type QueueClient, startOutboxDrainer } from './queue/index.js';

export interface ApiHandle {
  url: string;
  /** How a person signs in to the pages now, for the ready banner. */
  signIn: SignIn;
  close(): Promise<void>;
}

export async function startApi(
  config: Config,
  db: Db,
  queue: QueueClient,
  blobs: BlobStore = openBlobStore(config),
): Promise<ApiHandle> {
  // A bucket that cannot be reached stops the start here, in one sentence, not at the first upload.
  await blobs.check();
  if (config.FOIA_BOOTSTRAP_TOKEN) await ensureBootstrapToken(db, config.FOIA_BOOTSTRAP_TOKEN, new Date());
  let demo: DemoResult | null = null;
  if (config.DEMO_DATA) {
    demo = await loadDemoData(db, new Date(), blobs);
    // The password goes in the ready banner, once, not here among the log lines.
    if (demo) console.error('loaded demo data (DEMO_DATA=0 to skip)');
  }
  const swept = await sweepOrphans(db, config.DATA_DIR, blobs, new Date());
  if (swept.tmp || swept.blobs) {
    console.error(`removed ${swept.tmp} temporary file(s) and ${swept.blobs} blob(s) left by interrupted uploads`);
  }
  const signIn = signInNow(db, demo);
  const rules = queueRecomputeForChangedRules(db, new Date());
  if (rules.changed.length && !rules.firstRun) {
    console.error(`rules changed for ${rules.changed.join(', ')}: their open clocks are being recomputed`);
  }
  const app = await buildApp({
    db,
    blobs,
    queue,
    config,
    clock: () => new Date(),
    logger: { level: config.LOG_LEVEL },
  });
  const stopDrainer = startOutboxDrainer(
    { db, queue, jobs, config },
    config.OUTBOX_INTERVAL_MS,
    () => new Date(),
    app.log,
  );
  let url: string;
  try {
    url = await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      await stopDrainer();
      await app.close();
      throw new PortError(
        code === 'EADDRINUSE'
          ? `Port ${config.PORT} on ${config.HOST} is already in use (another tracker, or another program, is running there). Stop it, or start this one on another port: PORT=3001 npm start`
          : `Port ${config.PORT} on ${config.HOST} may not be used by this user. Choose a port above 1023: PORT=3001 npm start`,
      );
    }
    throw err;
  }
  return {
    url,
    signIn,
    async close() {
      await app.close(); // stop accepting, finish in-flight requests
      await stopDrainer();
    },
  };
}

/** The port cannot be listened on: said in one sentence, without a stack trace. */
export class PortError extends Error {}

/** Errors that say all there is to say in their message (no stack trace at start). */
export const oneSentence = (err: unknown) => err instanceof PortError || err instanceof BlobStoreUnavailable;

/** Loads the configuration or exits with a message that names the bad variable. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

export function onShutdown(steps: Array<() => Promise<void>>): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.error(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    for (const step of steps) {
      try {
        await step();
      } catch (err) {
        console.error('shutdown step failed', err);
      }
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

async function main() {
  const config = configOrExit();
  const db = openDb(dbFile(config.DATA_DIR));
  const queue = createQueueClient(config.REDIS_URL, config.QUEUE_PREFIX, createLogger(config, 'api'));
  const api = await startApi(config, db, queue);
  console.error(readyBanner({ url: api.url, signIn: api.signIn, worker: false, dataDir: config.DATA_DIR }));
  onShutdown([
    api.close,
    queue.close,
    async () => {
      db.$client.close();
    },
  ]);
}

/** Runs `main` when the module at `moduleUrl` is the process's entry point; a failure exits with 1. */
export function runIfEntry(moduleUrl: string, main: () => Promise<void>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  main().catch((err) => {
    console.error(oneSentence(err) ? (err as Error).message : err);
    process.exit(1);
  });
}

runIfEntry(import.meta.url, main);
