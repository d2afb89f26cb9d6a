/** One webhook delivery to one subscriber. */
import { z } from 'zod';
import { defineJob } from '../queue/define.js';
import { parseAllowList } from './address-guard.js';
import { DELIVERY_ATTEMPTS, deliver, deliveryFailed } from './service.js';

export const deliverJob = defineJob({
  name: 'webhooks.deliver',
  description: 'Post one signed webhook delivery to its subscriber',
  payload: z.object({ deliveryId: z.number().int().positive() }),
  attempts: DELIVERY_ATTEMPTS,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  onFinalFailure: (tx, { deliveryId }, reason) => deliveryFailed(tx, deliveryId, reason),
  handler: (payload, ctx, run) =>
    deliver(
      {
        db: ctx.db,
        now: ctx.clock(),
        attempt: run.attempt,
        allow: parseAllowList(ctx.config.WEBHOOK_ALLOW_INTERNAL),
      },
      payload.deliveryId,
    ),
});
