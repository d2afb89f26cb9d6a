/**
 * One-click actions on mail, from the dashboard and the request page: send a drafted follow-up or
 * appeal, discard it, send a failed or bounced message again, or publish held mail. Each goes back where it came from.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.js';
import { releaseHeld } from '../../inbound/service.js';
import { approveMessage, cancelMessage, resendMessage } from '../../outbound/service.js';

const params = z.object({ id: z.coerce.number().int().positive() });
const body = z.object({ back: z.enum(['dashboard', 'request']).default('request'), _csrf: z.string().optional() });

export const messagePages: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const actions = {
    approve: {
      done: 'approved',
      run: (id: number, req: Parameters<typeof actorOf>[0]) =>
        approveMessage(db, actorOf(req), app.deps.clock(), config, id),
    },
    cancel: {
      done: 'discarded',
      run: (id: number, req: Parameters<typeof actorOf>[0]) => cancelMessage(db, actorOf(req), app.deps.clock(), id),
    },
    release: {
      done: 'released',
      run: (id: number, req: Parameters<typeof actorOf>[0]) => releaseHeld(db, actorOf(req), app.deps.clock(), id),
    },
    resend: {
      done: 'resent',
      run: (id: number, req: Parameters<typeof actorOf>[0]) => resendMessage(db, actorOf(req), app.deps.clock(), id),
    },
  } as const;
  for (const [name, action] of Object.entries(actions)) {
    app.post(
      `/messages/:id/${name}`,
      { config: { access: 'staff', page: true }, schema: { hide: true, params, body } },
      async (req, reply) => {
        const row = action.run(req.params.id, req);
        return reply.redirect(
          req.body.back === 'dashboard'
            ? `/?msg=${action.done}#h-mail`
            : `/requests/${row.requestId}?msg=${action.done}#message-${row.id}`,
          303,
        );
      },
    );
  }
};
