/** After a closure is added or removed: recompute every open request it touches. */
import { z } from 'zod';
import { defineJob } from '../queue/define.js';
import { openRequestIds, recomputeDeadlines } from '../requests/recompute.js';

export const closuresJob = defineJob({
  name: 'closures.recompute',
  description: "Recompute every open request a closure touches (a jurisdiction's or one agency's)",
  payload: z.union([
    z.object({ jurisdiction: z.string().min(1) }).strict(),
    z.object({ agencyId: z.number().int().positive() }).strict(),
  ]),
  attempts: 5,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  handler: async (payload, ctx) => {
    const ids = openRequestIds(ctx.db, payload);
    for (const id of ids) recomputeDeadlines(ctx.db, id, ctx.clock());
    return { recomputed: ids.length };
  },
});
