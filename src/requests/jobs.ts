/** Jobs of requests: recomputing a request's clocks, and ending embargoes whose date has come. */
import { z } from 'zod';
import { defineJob } from '../queue/define.js';
import { expireEmbargoes } from './embargo.js';
import { recomputeDeadlines } from './recompute.js';

export const recomputeJob = defineJob({
  name: 'deadlines.recompute',
  description: 'Recompute and store every clock of one request (after an event, an edit, or a closure)',
  payload: z.object({ requestId: z.number().int().positive() }),
  attempts: 5,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  handler: async ({ requestId }, ctx) => recomputeDeadlines(ctx.db, requestId, ctx.clock()),
});

export const embargoJob = defineJob({
  name: 'embargoes.expire',
  description: 'Make embargoed requests public once their embargo has ended (hourly, and at worker start)',
  payload: z.object({}),
  attempts: 3,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  every: () => 3_600_000,
  handler: async (_payload, ctx) => ({ published: expireEmbargoes(ctx.db, ctx.clock()) }),
});
