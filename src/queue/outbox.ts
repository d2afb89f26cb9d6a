/**
 * The outbox: jobs are written to SQLite in the same transaction as the change that needs them, and
 * a drainer hands them to BullMQ. The BullMQ job id comes from the outbox row, so a row handed over
 * twice (crash between add and mark) is still one job. While Redis is unreachable the rows wait.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { outbox } from '../db/schema.js';
import type { QueueClient } from './index.js';
import type { JobName, JobPayloads } from './jobs.js';

type Tx = Pick<Db, 'insert'>;

export function enqueue<N extends JobName>(tx: Tx, name: N, payload: JobPayloads[N]): void {
  tx.insert(outbox)
    .values({ jobName: name, payload: JSON.stringify(payload) })
    .run();
}

export function outboxJobId(row: { id: number; createdAt: string }): string {
  return `outbox-${row.id}-${Date.parse(row.createdAt)}`;
}

export function pendingCount(db: Db): number {
  const row = db.select({ n: sql<number>`count(*)` }).from(outbox).where(isNull(outbox.dispatchedAt)).get();
  return row?.n ?? 0;
}

export interface DrainResult {
  dispatched: number;
  failed: number;
}

export async function drainOutbox(
  db: Db,
  client: QueueClient,
  now: () => Date,
  limit = 500,
  retryMs = 2000,
): Promise<DrainResult> {
  const rows = db.select().from(outbox).where(isNull(outbox.dispatchedAt)).orderBy(asc(outbox.id)).limit(limit).all();
  if (rows.length === 0) return { dispatched: 0, failed: 0 };
  try {
    // BullMQ waits for a connection forever; ask Redis first so the rows wait in SQLite instead.
    if (!(await client.available())) throw new Error('queue unavailable (Redis does not answer)');
    await client.queue.addBulk(
      rows.map((r) => ({
        name: r.jobName,
        data: JSON.parse(r.payload) as unknown,
        opts: {
          // The row's id and creation time: stable across retries of this row, and never equal to a
          // job left in Redis by another database using the same prefix (ids restart in a new one).
          jobId: outboxJobId(r),
          attempts: 5,
          backoff: { type: 'exponential', delay: retryMs },
          removeOnComplete: 10_000,
          removeOnFail: 10_000,
        },
      })),
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    db.transaction((tx) => {
      for (const r of rows) {
        tx.update(outbox)
          .set({ attempts: r.attempts + 1, lastError: message.slice(0, 500) })
          .where(eq(outbox.id, r.id))
          .run();
      }
    });
    return { dispatched: 0, failed: rows.length };
  }
  const at = now().toISOString();
  db.transaction((tx) => {
    for (const r of rows) {
      tx.update(outbox)
        .set({ dispatchedAt: at, lastError: null })
        .where(and(eq(outbox.id, r.id), isNull(outbox.dispatchedAt)))
        .run();
    }
  });
  return { dispatched: rows.length, failed: 0 };
}

/** Drains on an interval; never runs two drains at once. Returns a stop function that waits for a running drain. */
export function startOutboxDrainer(
  db: Db,
  client: QueueClient,
  intervalMs: number,
  now: () => Date,
  onError: (err: unknown) => void,
  retryMs = 2000,
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = drainOutbox(db, client, now, 500, retryMs)
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    if (running) await running;
  };
}
