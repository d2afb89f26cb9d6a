import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type Logger, logConnectionErrors } from '../log.js';
import { createRedis, pingRedis } from './connection.js';
import { EXTRACT_QUEUE, QUEUE_NAME } from './jobs.js';

export interface QueueClient {
  /** The `jobs` queue. */
  queue: Queue;
  /** The `extract` queue (page reading, one job per core on each worker). */
  extract: Queue;
  redis: Redis;
  /** True when Redis answers now. */
  available(): Promise<boolean>;
  close(): Promise<void>;
}

export function createQueueClient(redisUrl: string, prefix: string, log: Logger): QueueClient {
  const redis = createRedis(redisUrl, 'producer', log);
  const queue = new Queue(QUEUE_NAME, { connection: redis, prefix });
  const extract = new Queue(EXTRACT_QUEUE, { connection: redis, prefix });
  logConnectionErrors(queue, log, 'queue (producer)');
  logConnectionErrors(extract, log, 'extract queue (producer)');
  return {
    queue,
    extract,
    redis,
    available: () => pingRedis(redis),
    async close() {
      for (const q of [queue, extract]) {
        await q.close().catch((err: unknown) => log.warn({ err }, 'queue did not close cleanly'));
      }
      redis.disconnect();
    },
  };
}

export * from './jobs.js';
export { type DrainResult, drainOutbox, enqueue, pendingCount, startOutboxDrainer } from './outbox.js';
