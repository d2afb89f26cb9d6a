/**
 * The one processor every job runs through. It finds the job's definition, parses the payload with
 * its schema (a payload that fails it fails the job permanently, with the reason), runs the
 * handler, records the job's end in the journal, decides whether a failure is the last one (a
 * permanent error, or the last attempt) and then runs the definition's final-failure handling, and
 * logs every failure, stall and final failure with the job's name and id.
 */
import { type Job, UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import type { AnyJob, JobContext, JobRun, Registry } from './define.js';
import { reasonOf } from './define.js';
import { type JournalWriter, markFinished, outboxIdOf } from './outbox.js';

/** Why a job's payload was refused, in one line. */
function payloadProblem(error: z.ZodError): string {
  return `its payload does not match the job's schema: ${z.prettifyError(error).replace(/\s*\n\s*/g, '; ')}`;
}

/**
 * The final failure of a job: the definition records it on the job's own record (a reminder
 * `failed`), and the journal row ends `failed`, in one transaction. Logged at error level.
 */
export function finalFailure(ctx: JobContext, job: AnyJob | undefined, data: unknown, reason: string, jobId: string) {
  const journalId = outboxIdOf(jobId);
  const log = { job: job?.name, jobId, reason };
  try {
    ctx.db.transaction((tx) => {
      const parsed = job?.payload.safeParse(data);
      if (job?.onFinalFailure && parsed?.success) job.onFinalFailure(tx, parsed.data, reason, ctx);
      // The journal keeps real time, whatever clock the jobs are given (tests fix theirs).
      markFinished(tx, journalId, 'failed', new Date(), reason);
    });
    ctx.log.error(log, 'job failed for good');
  } catch (err) {
    // The database refused the record: the reconciler finds the job unfinished and tries again.
    ctx.log.error({ ...log, err }, 'job failed for good, and recording the failure failed too');
  }
}

export function createProcessor(jobs: Registry, ctx: JobContext, journal: JournalWriter) {
  return async (job: Job): Promise<unknown> => {
    const jobId = job.id ?? '';
    const def = jobs.get(job.name);
    if (!def) {
      const reason = `no job named ${job.name} is defined in this release`;
      finalFailure(ctx, undefined, job.data, reason, jobId);
      throw new UnrecoverableError(reason);
    }
    const parsed = def.payload.safeParse(job.data);
    if (!parsed.success) {
      const reason = payloadProblem(parsed.error);
      finalFailure(ctx, def, job.data, reason, jobId);
      throw new UnrecoverableError(reason);
    }
    const attempts = job.opts.attempts ?? 1;
    const run: JobRun = {
      id: jobId,
      attempt: job.attemptsMade,
      attempts,
      progress: (data) => {
        job.updateProgress(data).catch((err: unknown) => ctx.log.debug({ err, jobId }, 'progress not recorded'));
      },
    };
    try {
      const result = await def.handler(parsed.data, ctx, run);
      journal.done(outboxIdOf(jobId));
      return result;
    } catch (err) {
      const permanent = err instanceof UnrecoverableError || def.permanent?.(err) === true;
      const last = permanent || job.attemptsMade + 1 >= attempts;
      const attempt = job.attemptsMade + 1;
      if (last) {
        const reason = permanent || attempts === 1 ? reasonOf(err) : `${reasonOf(err)} (after ${attempts} attempts)`;
        finalFailure(ctx, def, parsed.data, reason, jobId);
      } else {
        ctx.log.warn({ job: def.name, jobId, attempt, attempts, err }, 'job failed; it will be retried');
      }
      throw permanent && !(err instanceof UnrecoverableError) ? new UnrecoverableError(reasonOf(err)) : err;
    }
  };
}
