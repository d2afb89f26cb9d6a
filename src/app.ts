/**
 * buildApp(deps) -> a Fastify instance that never listens: server.ts listens, tests inject.
 * Infrastructure (database, queue, configuration, clock) comes in from outside.
 */
import { randomUUID } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { agencyRoutes } from './agencies/routes.js';
import { registerAuth } from './auth/plugin.js';
import { calendarRoutes } from './calendar/routes.js';
import { campaignRoutes } from './campaigns/routes.js';
import { closureRoutes } from './closures/routes.js';
import type { Config } from './config.js';
import type { Db } from './db/index.js';
import { type BlobStore, openBlobStore } from './documents/blob-store.js';
import { documentRoutes } from './documents/routes.js';
import { exportRoutes } from './export/routes.js';
import { feedRoutes } from './feeds/routes.js';
import { frameworkProblem, registerProblemHandlers } from './http/problem.js';
import { serializerCompiler } from './http/serializer.js';
import { inboundRoutes } from './inbound/routes.js';
import { jurisdictionRoutes } from './jurisdictions/routes.js';
import { letterRoutes } from './letters/routes.js';
import { outboundRoutes } from './outbound/routes.js';
import type { QueueClient } from './queue/index.js';
import { reminderRoutes } from './reminders/routes.js';
import { requestRoutes } from './requests/routes.js';
import { searchRoutes } from './search/routes.js';
import { systemRoutes } from './system/routes.js';
import { tagRoutes } from './tags/routes.js';
import { userRoutes } from './users/routes.js';
import { notFoundPage, webPages } from './web/plugin.js';
import { webhookRoutes } from './webhooks/routes.js';

export interface AppDeps {
  db: Db;
  /** Where document bytes live; defaults to the store BLOB_STORE names (DATA_DIR/blobs unless set). */
  blobs?: BlobStore;
  /** Null when the API runs without a queue (some tests); health then reports `not_configured`. */
  queue: QueueClient | null;
  config: Config;
  /** The current time; tests pass a fixed clock. */
  clock: () => Date;
  logger?: FastifyServerOptions['logger'];
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps & { blobs: BlobStore };
  }
}

export const API_VERSION = '1.0.0';

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkProblem,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', { ...deps, blobs: deps.blobs ?? openBlobStore(deps.config) });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerProblemHandlers(app, notFoundPage);
  await app.register(cookie);
  // Security headers on every response (HSTS, X-Frame-Options, Referrer-Policy, nosniff, COOP/CORP,
  // ...). The Content-Security-Policy stays per route, where it is stricter than one policy could
  // be for everything: the pages' own, the sandbox of agencies' files, and none for /docs and Bull
  // Board, whose bundled scripts a strict one would break.
  await app.register(helmet, {
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    // HSTS only where the site is served over https.
    strictTransportSecurity: deps.config.PUBLIC_BASE_URL?.startsWith('https:') ? { maxAge: 15_552_000 } : false,
  });
  // Only routes that declare a limit are limited (the sign-in form); on the queue's Redis, so every
  // API process shares the counts. If Redis is away, sign-in still works on the account throttle.
  await app.register(rateLimit, {
    global: false,
    ...(deps.queue ? { redis: deps.queue.redis, nameSpace: `${deps.config.QUEUE_PREFIX}:rate-limit:` } : {}),
    skipOnError: true,
  });
  registerAuth(app);

  // Bull Board, before the API description so that its routes stay out of it. Like every route
  // without an access declaration, it is admin-only.
  if (deps.queue) {
    const board = new FastifyAdapter();
    createBullBoard({
      queues: [new BullMQAdapter(deps.queue.queue), new BullMQAdapter(deps.queue.extract)],
      serverAdapter: board,
    });
    board.setBasePath('/admin/queues');
    await app.register(board.registerPlugin(), { prefix: '/admin/queues' });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Public-records request tracker API',
        description:
          'Statutory deadlines, requests, documents and change feeds. Errors are RFC 9457 problem details (application/problem+json).',
        version: API_VERSION,
      },
      servers: [{ url: deps.config.publicBaseUrl }],
      tags: [
        { name: 'system', description: 'Health and the API description' },
        { name: 'jurisdictions', description: 'Laws, calendars and the deadline calculator' },
        { name: 'requests', description: 'Requests, their timeline and their clocks' },
        { name: 'agencies', description: 'Agencies and their record' },
        { name: 'access', description: 'Users, API tokens and the audit log' },
        { name: 'closures', description: 'Extra non-business days per jurisdiction or agency' },
        { name: 'reminders', description: 'Reminders before and after each clock runs out, and who gets them' },
        { name: 'webhooks', description: 'Signed notifications to other systems' },
        { name: 'documents', description: 'Returned documents: intake, text, pages, tagging and the work queue' },
        { name: 'tags', description: 'The tag vocabulary' },
        { name: 'search', description: 'Full-text search of document pages' },
        { name: 'inbound', description: 'Inbound e-mail from agencies, and the inbox of unmatched mail' },
        { name: 'letters', description: 'Letters to agencies: templates, requester profiles, previews, PDFs' },
        { name: 'campaigns', description: 'One request to many agencies, followed and acted on as one' },
        { name: 'correspondence', description: 'Letters, follow-ups and appeals e-mailed to the agency, and replies' },
        { name: 'feeds', description: 'Atom feeds of public requests, the calendar of your clocks, and exports' },
      ],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(systemRoutes);
  await app.register(jurisdictionRoutes);
  await app.register(agencyRoutes);
  await app.register(requestRoutes);
  await app.register(userRoutes);
  await app.register(closureRoutes);
  await app.register(reminderRoutes);
  await app.register(webhookRoutes);
  await app.register(documentRoutes);
  await app.register(tagRoutes);
  await app.register(searchRoutes);
  await app.register(inboundRoutes);
  await app.register(letterRoutes);
  await app.register(outboundRoutes);
  await app.register(campaignRoutes);
  await app.register(feedRoutes);
  await app.register(calendarRoutes);
  await app.register(exportRoutes);
  await app.register(webPages);
  return app;
}
