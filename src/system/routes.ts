import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { seesPrivate } from '../auth/roles.js';
import { dbHealthy } from '../db/index.js';
import { pendingCount } from '../queue/index.js';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Whether the API can serve; the queue may be unavailable while the API still serves',
        response: {
          200: z.object({
            status: z.literal('ok'),
            db: z.literal('ok'),
            queue: z.enum(['ok', 'unavailable', 'not_configured']),
            outboxPending: z
              .number()
              .int()
              .optional()
              .describe('Jobs not yet handed to the queue: to signed-in callers only (it moves with every write)'),
          }),
          503: z.object({ status: z.literal('unavailable'), db: z.literal('unavailable'), queue: z.string() }),
        },
      },
    },
    async (req, reply) => {
      const { db, queue } = app.deps;
      const queueState = queue ? ((await queue.available()) ? 'ok' : 'unavailable') : 'not_configured';
      if (!dbHealthy(db)) return reply.code(503).send({ status: 'unavailable', db: 'unavailable', queue: queueState });
      // The backlog moves with every write, private ones too: the public is not told of them.
      const backlog = seesPrivate(req.actor) ? { outboxPending: pendingCount(db) } : {};
      return { status: 'ok', db: 'ok', queue: queueState, ...backlog } as const;
    },
  );

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
};
