import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
            outboxPending: z.number().int(),
          }),
          503: z.object({ status: z.literal('unavailable'), db: z.literal('unavailable'), queue: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      const { db, queue } = app.deps;
      const queueState = queue ? ((await queue.available()) ? 'ok' : 'unavailable') : 'not_configured';
      if (!dbHealthy(db)) return reply.code(503).send({ status: 'unavailable', db: 'unavailable', queue: queueState });
      return { status: 'ok', db: 'ok', queue: queueState, outboxPending: pendingCount(db) } as const;
    },
  );

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
};
