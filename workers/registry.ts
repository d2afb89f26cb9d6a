/**
 * Handlers for every job in the registry. The mapped type makes a missing handler a compile error;
 * `assertComplete` makes it a start-up error too.
 */
import type { Job } from 'bullmq';
import type { Config } from '../src/config.js';
import type { Db } from '../src/db/index.js';
import { JOB_NAMES, type JobName, type JobPayloads } from '../src/queue/jobs.js';
import { expireEmbargoes } from '../src/requests/embargo.js';
import { openRequestIds, recomputeDeadlines } from '../src/requests/recompute.js';

export interface WorkerContext {
  db: Db;
  config: Config;
  clock: () => Date;
}

export type Handlers = {
  [N in JobName]: (payload: JobPayloads[N], ctx: WorkerContext, job: Job) => Promise<unknown>;
};

export const handlers: Handlers = {
  'system.ping': async (payload, ctx) => ({ pong: true, sentAt: payload.sentAt, at: ctx.clock().toISOString() }),
  'deadlines.recompute': async (payload, ctx) => recomputeDeadlines(ctx.db, payload.requestId, ctx.clock()),
  'closures.recompute': async (payload, ctx) => {
    const ids = openRequestIds(ctx.db, payload);
    for (const id of ids) recomputeDeadlines(ctx.db, id, ctx.clock());
    return { recomputed: ids.length };
  },
  'embargoes.expire': async (_payload, ctx) => ({ published: expireEmbargoes(ctx.db, ctx.clock()) }),
};

export function assertComplete(h: Partial<Record<string, unknown>>): void {
  const missing = JOB_NAMES.filter((name) => typeof h[name] !== 'function');
  if (missing.length) throw new Error(`worker refuses to start: no handler for job(s) ${missing.join(', ')}`);
}
