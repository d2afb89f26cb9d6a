/** The liveness probe: proves a worker is consuming the queue. */
import { z } from 'zod';
import { defineJob } from '../queue/define.js';

export const pingJob = defineJob({
  name: 'system.ping',
  description: 'Liveness probe: proves a worker is consuming the queue',
  payload: z.object({ sentAt: z.string() }),
  attempts: 1,
  backoff: () => ({ type: 'fixed', delay: 1000 }),
  handler: async (payload, ctx) => ({ pong: true, sentAt: payload.sentAt, at: ctx.clock().toISOString() }),
});
