/**
 * The reconciler, run on a schedule by every worker (the idea of n8n's `recoverFromQueue`): work
 * that the database says is in progress but that no live BullMQ job carries any more is put back,
 * once, and logged; work lost a second time fails for good with the reason. It also prunes the
 * journal.
 *
 * - Journal rows handed to BullMQ before the lease and not finished: if BullMQ has the job waiting,
 *   delayed or running, all is well; if BullMQ finished it (a crash between its end and the journal
 *   write), the journal catches up; if BullMQ has no such job (Redis flushed, the job removed), the
 *   row is handed over again under a new job id, once.
 * - Records a job keeps in progress (a reminder `queued`, a document `processing`) with no
 *   unfinished journal row at all (left by an older release, or by a bug): their job is written
 *   again, once (`recovered`); found stranded again after that, they fail for good.
 * - Finished journal rows older than the retention period are removed.
 */
import { Queue } from 'bullmq';
import { and, desc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { outbox } from '../db/schema.js';
import type { JobName } from '../jobs.js';
import type { JobContext, Registry } from './define.js';
import type { QueueClient } from './index.js';
import { queueOf } from './jobs.js';
import { enqueue, markFinished, outboxJobId } from './outbox.js';
import { finalFailure } from './processor.js';

const LIVE = new Set(['active', 'waiting', 'delayed', 'prioritized', 'waiting-children']);

export interface ReconcileResult {
  /** Lost jobs handed over again. */
  putBack: number;
  /** Stranded records whose job was written again. */
  requeued: number;
  /** Work lost a second time, failed for good. */
  gaveUp: number;
  /** Journal rows whose end BullMQ knew and the journal did not. */
  caughtUp: number;
  pruned: number;
}

/** `now` is real time: leases and the journal are the queue's, not the business clock jobs are given. */
export async function reconcile(
  ctx: JobContext,
  /** The queues (a lone queue: every job is looked for in it). */
  queues: Queue | Pick<QueueClient, 'queue' | 'extract'>,
  jobs: Registry,
  now = new Date(),
): Promise<ReconcileResult> {
  const { db, config } = ctx;
  const lease = new Date(now.getTime() - config.JOB_LEASE_MS).toISOString();
  const result: ReconcileResult = { putBack: 0, requeued: 0, gaveUp: 0, caughtUp: 0, pruned: 0 };

  const unfinished = db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.finishedAt), isNotNull(outbox.dispatchedAt), lt(outbox.dispatchedAt, lease)))
    .orderBy(outbox.id)
    .limit(1000)
    .all();
  for (const row of unfinished) {
    const jobId = outboxJobId(row);
    const queue = queues instanceof Queue ? queues : queueOf(queues, jobs.get(row.jobName)?.queue);
    const state = await queue.getJobState(jobId);
    if (LIVE.has(state)) continue;
    const log = { job: row.jobName, jobId, state };
    if (state === 'completed') {
      markFinished(db, row.id, 'done', now);
      result.caughtUp++;
      ctx.log.info(log, 'reconciler: the job had finished; its journal row now says so');
    } else if (state === 'failed') {
      const job = await queue.getJob(jobId);
      finalFailure(ctx, jobs.get(row.jobName), JSON.parse(row.payload), job?.failedReason ?? 'the job failed', jobId);
      result.caughtUp++;
    } else if (!row.recovered) {
      // Handed over again under a new job id (`-r`): BullMQ would ignore the old one if it reappeared.
      const changed = db
        .update(outbox)
        .set({ recovered: 1, dispatchedAt: null, claimedUntil: null })
        .where(and(eq(outbox.id, row.id), isNull(outbox.finishedAt), eq(outbox.recovered, 0)))
        .run().changes;
      if (changed === 1) {
        result.putBack++;
        ctx.log.warn({ ...log, dispatchedAt: row.dispatchedAt }, 'reconciler: the job was lost; it is put back once');
      }
    } else {
      finalFailure(
        ctx,
        jobs.get(row.jobName),
        JSON.parse(row.payload),
        'the job was lost twice (no worker holds it and the queue no longer has it)',
        jobId,
      );
      result.gaveUp++;
    }
  }

  for (const job of jobs.jobs) {
    if (!job.stranded) continue;
    const stranded = job.stranded;
    // One immediate transaction per job: two reconcilers cannot both see a record stranded.
    const outcome = db.transaction((tx) => {
      const found = stranded(tx, lease);
      const gaveUp: string[] = [];
      const requeued: string[] = [];
      for (const payload of found) {
        const text = JSON.stringify(payload);
        const before = tx
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(eq(outbox.jobName, job.name), eq(outbox.payload, text), eq(outbox.recovered, 1)))
          .orderBy(desc(outbox.id))
          .limit(1)
          .get();
        if (before) {
          job.onFinalFailure?.(tx, payload, 'the work was left unfinished again after it was put back once', ctx);
          gaveUp.push(text);
        } else {
          enqueue(tx, job.name as JobName, payload as never, { recovered: true });
          requeued.push(text);
        }
      }
      return { gaveUp, requeued };
    });
    for (const p of outcome.requeued)
      ctx.log.warn({ job: job.name, payload: p }, 'reconciler: stranded work put back once');
    for (const p of outcome.gaveUp)
      ctx.log.error({ job: job.name, payload: p }, 'reconciler: stranded work failed for good');
    result.requeued += outcome.requeued.length;
    result.gaveUp += outcome.gaveUp.length;
  }

  const keepAfter = new Date(now.getTime() - config.OUTBOX_RETENTION_DAYS * 86_400_000).toISOString();
  result.pruned = db
    .delete(outbox)
    .where(and(isNotNull(outbox.finishedAt), sql`${outbox.finishedAt} < ${keepAfter}`))
    .run().changes;
  return result;
}
