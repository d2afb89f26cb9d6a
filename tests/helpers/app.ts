/**
 * Builds the real app against a temporary SQLite file and the real Redis on a unique queue prefix,
 * with a fixed clock, and always closes everything (queue keys included) afterwards.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type Db, dbFile, openDb } from '../../src/db/index.js';
import { jobs } from '../../src/jobs.js';
import { createLogger, type Logger } from '../../src/log.js';
import { createQueueClient, type DrainResult, drainOutbox, type QueueClient } from '../../src/queue/index.js';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A port nothing listens on: a queue that is "down". */
export const DEAD_REDIS_URL = 'redis://127.0.0.1:1';

export interface TestEnv {
  app: FastifyInstance;
  db: Db;
  config: Config;
  queue: QueueClient | null;
  dataDir: string;
  /** Moves the fixed clock (ISO timestamp); null returns to real time. */
  setNow(iso: string | null): void;
  /** The environment's clock, for workers started in tests. */
  now(): Date;
  close(): Promise<void>;
}

export interface TestEnvOptions {
  now?: string;
  withQueue?: boolean;
  redisUrl?: string;
  env?: Record<string, string>;
}

export function testConfig(dataDir: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `test-${randomUUID().slice(0, 8)}`,
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
    ...extra,
  });
}

export async function createTestEnv(options: TestEnvOptions = {}): Promise<TestEnv> {
  const dataDir = mkdtempSync(join(tmpdir(), 'foia-test-'));
  const config = testConfig(dataDir, { ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}), ...options.env });
  const db = openDb(dbFile(dataDir));
  const queue =
    options.withQueue === false ? null : createQueueClient(config.REDIS_URL, config.QUEUE_PREFIX, testLog(config));
  let fixed = options.now ? new Date(options.now) : null;
  const app = await buildApp({ db, queue, config, clock: () => fixed ?? new Date() });
  return {
    app,
    db,
    config,
    queue,
    dataDir,
    setNow(iso) {
      fixed = iso ? new Date(iso) : null;
    },
    now: () => fixed ?? new Date(),
    async close() {
      await app.close();
      if (queue) {
        if (await queue.available()) {
          for (const q of [queue.queue, queue.extract]) await q.obliterate({ force: true }).catch(() => {});
        }
        await queue.close();
      }
      db.$client.close();
      // A worker process a test killed may leave a tool (pdftoppm, tesseract) writing into tmp for a moment.
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    },
  };
}

/** The logger of queue clients and workers in tests: LOG_LEVEL (silent unless asked for). */
export function testLog(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return createLogger(config, 'test');
}

/** Hands an environment's outbox to a queue, as the API's and workers' drainers do. */
export function drain(env: Pick<TestEnv, 'db' | 'config'>, queue: QueueClient, limit = 10_000): Promise<DrainResult> {
  return drainOutbox({ db: env.db, queue, jobs, config: env.config }, new Date(), limit);
}

/** Runs `fn` with a fresh environment and always closes it. */
export async function withEnv<T>(fn: (env: TestEnv) => Promise<T>, options: TestEnvOptions = {}): Promise<T> {
  const env = await createTestEnv(options);
  try {
    return await fn(env);
  } finally {
    await env.close();
  }
}

/** Waits until `check` returns true, polling; throws after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, stepMs = 50) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
