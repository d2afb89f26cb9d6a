import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { problemSchema } from '../http/problem.js';
import { checkWebhookUrl, parseAllowList } from './address-guard.js';
import {
  createSubscription,
  deleteSubscription,
  listDeliveries,
  listSubscriptions,
  replayDelivery,
  setSubscriptionActive,
  WEBHOOK_EVENTS,
} from './service.js';

const subscription = z.object({
  id: z.number().int(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  disabledReason: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  createdAt: z.string(),
});
const delivery = z.object({
  id: z.number().int(),
  subscriptionId: z.number().int(),
  eventType: z.string(),
  payload: z.unknown(),
  status: z.enum(['pending', 'delivered', 'failed', 'skipped']),
  attempts: z.number().int(),
  responseCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const tags = ['webhooks'];

export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.post(
    '/api/v1/webhooks',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Subscribe a URL to events; deliveries are signed with the secret (returned once)',
        description:
          'Each delivery is a POST with `X-FOIA-Event`, `X-FOIA-Delivery` and `X-FOIA-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`.',
        body: z
          .object({
            url: z.url({ protocol: /^https?$/ }).max(2000),
            events: z.array(z.enum(WEBHOOK_EVENTS)).min(1),
            secret: z.string().min(16).max(200).optional(),
          })
          .strict(),
        response: { 201: z.object({ subscription, secret: z.string() }), ...errors },
      },
    },
    async (req, reply) => {
      await checkWebhookUrl(req.body.url, parseAllowList(app.deps.config.WEBHOOK_ALLOW_INTERNAL));
      return reply.code(201).send(createSubscription(db, actorOf(req), app.deps.clock(), req.body));
    },
  );

  app.get(
    '/api/v1/webhooks',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Every subscription (never the secrets)',
        response: { 200: z.object({ data: z.array(subscription) }), ...errors },
      },
    },
    async () => ({ data: listSubscriptions(db) }),
  );

  app.delete(
    '/api/v1/webhooks/:id',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Delete a subscription', params: idParams, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      deleteSubscription(db, actorOf(req), app.deps.clock(), req.params.id);
      return reply.code(204).send(null);
    },
  );

  for (const [action, active] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    app.post(
      `/api/v1/webhooks/:id/${action}`,
      {
        config: { access: 'admin' },
        schema: {
          tags,
          summary: `${action === 'enable' ? 'Enable' : 'Disable'} a subscription`,
          params: idParams,
          response: { 200: subscription, ...errors },
        },
      },
      async (req) => setSubscriptionActive(db, actorOf(req), app.deps.clock(), req.params.id, active),
    );
  }

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'The latest deliveries of a subscription, with response codes',
        params: idParams,
        response: { 200: z.object({ data: z.array(delivery) }), ...errors },
      },
    },
    async (req) => ({ data: listDeliveries(db, req.params.id) as z.infer<typeof delivery>[] }),
  );

  app.post(
    '/api/v1/webhooks/deliveries/:id/replay',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Send a delivery again (as a new delivery)',
        params: idParams,
        response: { 202: z.object({ replayed: z.literal(true) }), ...errors },
      },
    },
    async (req, reply) => {
      replayDelivery(db, actorOf(req), app.deps.clock(), req.params.id);
      return reply.code(202).send({ replayed: true as const });
    },
  );
};
