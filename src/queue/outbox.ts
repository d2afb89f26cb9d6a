/**
 * The outbox, which is also the job journal: a job is born as a row written in the same
 * transaction as the change that needs it (`enqueue`), so that the change and its work commit
 * together. A drainer claims pending rows and hands them to BullMQ with the retry policy of their
 * job's definition; the BullMQ job id comes from the row, so a row handed over twice (a crash
 * between add and mark) is still one job. While Redis is unreachable the rows wait. Drainers in
 * several processes share the rows safely: each claims before it hands over.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/index.js';
import { prepared } from '../db/prepared.js';
import { outbox } from '../db/schema.js';
import type { JobName, JobPayloads } from '../jobs.js';
import type { Logger } from '../log.js';
import type { Registry } from './define.js';
import type { QueueClient } from './index.js';
import { type QueueName, queueOf } from './jobs.js';

type Row = typeof outbox.$inferSelect;

/** How long a drainer holds the rows it claimed while it hands them to BullMQ. */
const CLAIM_MS = 60_000;

const wakers = new Set<() => void>();

/**
 * Writes a job to the journal in the caller's transaction. Drainers in this process are woken to
 * hand it over as soon as the transaction has committed (better-sqlite3 commits synchronously).
 */
export function enqueue<N extends JobName>(
  tx: DbOrTx,
  name: N,
  payload: JobPayloads[N],
  options: { recovered?: boolean; notBefore?: Date | null } = {},
): void {
  prepared(tx, 'outbox.insert', () =>
    tx
      .insert(outbox)
      .values({
        jobName: sql.placeholder('name'),
        payload: sql.placeholder('payload'),
        recovered: sql.placeholder('recovered'),
        notBefore: sql.placeholder('notBefore'),
      })
      .prepare(),
  ).run({
    name,
    payload: JSON.stringify(payload),
    recovered: options.recovered ? 1 : 0,
    notBefore: options.notBefore ? options.notBefore.toISOString() : null,
  });
  for (const wake of wakers) wake();
}

/** The BullMQ job id of a journal row: unique even when another database shares the Redis prefix. */
export function outboxJobId(row: Pick<Row, 'id' | 'createdAt' | 'recovered'>): string {
  return `outbox-${row.id}-${Date.parse(row.createdAt)}${row.recovered ? '-r' : ''}`;
}

/** The journal row of a BullMQ job, or null for a job that did not come from the journal (schedules). */
export function outboxIdOf(jobId: string | undefined): number | null {
  const m = /^outbox-(\d+)-\d+(?:-r)?$/.exec(jobId ?? '');
  return m?.[1] ? Number(m[1]) : null;
}

export function pendingCount(db: Db): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(outbox)
    .where(and(isNull(outbox.dispatchedAt), isNull(outbox.finishedAt)))
    .get();
  return row?.n ?? 0;
}

/** Records the end of a journal row's job (once). */
export function markFinished(
  db: Pick<DbOrTx, 'update'>,
  id: number | null,
  outcome: 'done' | 'failed',
  now: Date,
  failure?: string,
): void {
  if (id === null) return;
  db.update(outbox)
    .set({ finishedAt: now.toISOString(), outcome, failure: failure?.slice(0, 2000) ?? null })
    .where(and(eq(outbox.id, id), isNull(outbox.finishedAt)))
    .run();
}

/**
 * Records the successful ends of jobs in batches: one write transaction for many jobs rather than
 * one each, which matters when several processes share one SQLite file. A mark lost with a crash
 * (at most `everyMs` of them) is made good by the reconciler, which finds the job completed in BullMQ.
 */
export function journalWriter(db: Db, log: Pick<Logger, 'warn'>, everyMs = 100) {
  let pending: number[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending.length) return;
    const ids = pending;
    pending = [];
    try {
      db.update(outbox)
        .set({ finishedAt: new Date().toISOString(), outcome: 'done' })
        .where(and(inArray(outbox.id, ids), isNull(outbox.finishedAt)))
        .run();
    } catch (err) {
      log.warn({ err, jobs: ids.length }, 'journal: the ends of finished jobs were not recorded; the reconciler will');
    }
  };
  return {
    done(id: number | null) {
      if (id === null) return;
      pending.push(id);
      if (pending.length >= 500) flush();
      else if (!timer) {
        timer = setTimeout(flush, everyMs);
        timer.unref();
      }
    },
    flush,
  };
}

export type JournalWriter = ReturnType<typeof journalWriter>;

export interface DrainDeps {
  db: Db;
  queue: QueueClient;
  jobs: Registry;
  config: Config;
}

export interface DrainResult {
  dispatched: number;
  failed: number;
}

/** Claims up to `limit` pending rows for this drainer (one statement, so two drainers never share one). */
function claim(db: Db, now: Date, limit: number): Row[] {
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();
  const rows = db
    .update(outbox)
    .set({ claimedUntil: until })
    .where(
      sql`${outbox.id} in (select o.id from ${outbox} o where o.dispatched_at is null and o.finished_at is null
        and (o.claimed_until is null or o.claimed_until < ${now.toISOString()}) order by o.id limit ${limit})`,
    )
    .returning()
    .all();
  return rows.sort((a, b) => a.id - b.id);
}

export async function drainOutbox(deps: DrainDeps, now = new Date(), limit = 500): Promise<DrainResult> {
  const { db, queue, jobs, config } = deps;
  const rows = claim(db, now, limit);
  if (rows.length === 0) return { dispatched: 0, failed: 0 };
  // A row of a job this release does not define (renamed, removed) can never run: it fails at once.
  const known = rows.filter((r) => jobs.get(r.jobName));
  for (const r of rows.filter((row) => !jobs.get(row.jobName))) {
    markFinished(db, r.id, 'failed', now, `no job named ${r.jobName} is defined in this release`);
  }
  try {
    // BullMQ waits for a connection forever; ask Redis first so the rows wait in SQLite instead.
    if (!(await queue.available())) throw new Error('queue unavailable (Redis does not answer)');
    // Each job goes to its definition's queue (src/queue/jobs.ts), in order within each queue.
    const byQueue = new Map<QueueName | undefined, Row[]>();
    for (const r of known) {
      const name = jobs.get(r.jobName)?.queue;
      const list = byQueue.get(name);
      if (list) list.push(r);
      else byQueue.set(name, [r]);
    }
    for (const [name, queued] of byQueue) {
      await queueOf(queue, name).addBulk(
        queued.map((r) => {
          const job = jobs.get(r.jobName);
          return {
            name: r.jobName,
            data: JSON.parse(r.payload) as unknown,
            opts: {
              jobId: outboxJobId(r),
              attempts: job?.attempts ?? 1,
              // A paced job waits in BullMQ (delayed) until its time.
              ...(r.notBefore && Date.parse(r.notBefore) > now.getTime()
                ? { delay: Date.parse(r.notBefore) - now.getTime() }
                : {}),
              ...(job ? { backoff: job.backoff(config) } : {}),
              // Kept for a while in Redis for Bull Board and the reconciler; the journal is the record.
              removeOnComplete: { count: 10_000 },
              removeOnFail: { count: 10_000 },
            },
          };
        }),
      );
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    db.transaction((tx) => {
      for (const r of known) {
        tx.update(outbox)
          .set({ attempts: r.attempts + 1, lastError: message.slice(0, 500), claimedUntil: null })
          .where(eq(outbox.id, r.id))
          .run();
      }
    });
    return { dispatched: 0, failed: known.length };
  }
  const at = now.toISOString();
  db.transaction((tx) => {
    for (const r of known) {
      tx.update(outbox)
        .set({ dispatchedAt: at, lastError: null, claimedUntil: null })
        .where(and(eq(outbox.id, r.id), isNull(outbox.dispatchedAt)))
        .run();
    }
  });
  return { dispatched: known.length, failed: 0 };
}

/**
 * Drains on an interval, and at once when a job is enqueued in this process; never runs two drains
 * at once. Returns a stop function that waits for a running drain.
 */
export function startOutboxDrainer(
  deps: DrainDeps,
  intervalMs: number,
  now: () => Date,
  log: Pick<Logger, 'warn'>,
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let again = false;
  let stopped = false;
  // While Redis is away every tick fails the same way: say so once a minute, not once a second.
  let warnedAt = 0;
  const warn = (obj: Record<string, unknown>, msg: string) => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    log.warn(obj, msg);
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true; // a job was enqueued while draining: drain once more afterwards
      return;
    }
    running = (async () => {
      for (;;) {
        again = false;
        const result = await drainOutbox(deps, now());
        if (result.failed)
          warn({ waiting: result.failed }, 'outbox: Redis does not answer; the jobs wait in the database');
        // A full batch means more rows wait.
        if (!again && result.dispatched < 500) return;
      }
    })()
      .catch((err: unknown) => warn({ err }, 'outbox drain failed; the jobs wait in the database'))
      .finally(() => {
        running = null;
      });
  };
  let soon: NodeJS.Immediate | null = null;
  const wake = () => {
    if (soon || stopped) return;
    soon = setImmediate(() => {
      soon = null;
      tick();
    });
  };
  wakers.add(wake);
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    wakers.delete(wake);
    clearInterval(timer);
    if (soon) clearImmediate(soon);
    if (running) await running;
  };
}
