import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedis, pingRedis } from './connection.js';
import { QUEUE_NAME } from './jobs.js';

export interface QueueClient {
  queue: Queue;
  redis: Redis;
  /** True when Redis answers now. */
  available(): Promise<boolean>;
  close(): Promise<void>;
}

export function createQueueClient(redisUrl: string, prefix: string): QueueClient {
  const redis = createRedis(redisUrl, 'producer');
  const queue = new Queue(QUEUE_NAME, { connection: redis, prefix });
  queue.on('error', () => {});
  return {
    queue,
    redis,
    available: () => pingRedis(redis),
    async close() {
      await queue.close().catch(() => {});
      redis.disconnect();
    },
  };
}

export * from './jobs.js';
export { drainOutbox, enqueue, pendingCount, startOutboxDrainer } from './outbox.js';
