import { Redis, type RedisOptions } from 'ioredis';
import { type Logger, logConnectionErrors } from '../log.js';

/**
 * Producers fail fast when Redis is away (the outbox keeps the work); workers wait for it
 * (`maxRetriesPerRequest: null`, as BullMQ requires for workers).
 */
export function createRedis(url: string, role: 'producer' | 'worker', log: Logger): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          connectTimeout: 2000,
          retryStrategy: (times) => Math.min(times * 200, 2000),
        };
  const redis = new Redis(url, { ...options, lazyConnect: false });
  // Connection errors are reported (at most once a minute), through health and the outbox, and
  // never crash the process.
  logConnectionErrors(redis, log, `Redis (${role})`);
  return redis;
}

export async function pingRedis(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  if (redis.status === 'connecting' || redis.status === 'connect' || redis.status === 'wait') {
    // Just started: give the first connection a moment instead of reporting it down.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref();
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  if (redis.status !== 'ready') return false;
  try {
    const result = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
    ]);
    return result === 'PONG';
  } catch {
    return false;
  }
}
