/**
 * Correspondence routes: send the request letter, a follow-up or an appeal; list a request's
 * messages both ways; approve, discard or resend; and the list of mail that needs staff.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { LETTER_KINDS, MESSAGE_KINDS, MESSAGE_STATUSES } from '../db/schema.js';
import { AppError } from '../errors.js';
import { problemSchema } from '../http/problem.js';
import { releaseHeld } from '../inbound/service.js';
import { LIMITS } from '../requests/schemas.js';
import { requestVisible } from '../requests/service.js';
import {
  approveMessage,
  cancelMessage,
  messagesNeedingAttention,
  messageView,
  rawMessage,
  requestMessages,
  resendMessage,
  sendLetter,
} from './service.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const addresses = z.array(z.email()).min(1).max(20);

export const messageSchema = z.object({
  id: z.number().int(),
  requestId: z.number().int(),
  direction: z.enum(['out', 'in']),
  kind: z.enum(MESSAGE_KINDS),
  status: z.enum(MESSAGE_STATUSES),
  messageId: z.string(),
  inReplyTo: z.string().nullable(),
  from: z.string().nullable(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  attachments: z.array(z.number().int()),
  error: z.string().nullable(),
  attempts: z.number().int(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const sendBody = z
  .object({
    kind: z.enum(LETTER_KINDS),
    to: addresses.optional(),
    cc: z.array(z.email()).max(20).optional(),
    subject: z.string().trim().min(1).max(998).optional(),
    body: z.string().trim().min(1).max(LIMITS.body).optional(),
    attachments: z.array(z.number().int().positive()).max(20).optional(),
  })
  .strict();

export const outboundRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.post(
    '/api/v1/requests/:id/send',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['correspondence'],
        summary: 'Send the request letter, a follow-up or an appeal to the agency by e-mail',
        description:
          "Answers 202 with the message (`status: queued`); the worker sends it over SMTP, once. Without overrides the letter is the rendered letter of its kind (`GET /api/v1/requests/{id}/letters/{kind}` shows it) to the agency's e-mail (its appeal e-mail for appeals). A sent request letter logs `submitted`, a sent appeal `appealed`, and every message an outgoing communication. 422 when the agency has no e-mail address and no `to` is given; 409 when the kind makes no sense now or outgoing mail is not configured.",
        params: idParams,
        body: sendBody,
        response: { 202: z.object({ message: messageSchema }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      requestVisible(db, actor, req.params.id, app.deps.clock());
      const row = sendLetter(db, actor, app.deps.clock(), config, req.params.id, req.body);
      return reply.code(202).send({ message: messageView(row) });
    },
  );

  app.get(
    '/api/v1/requests/:id/messages',
    {
      // The correspondence names our staff and their addresses: the organisation's own record.
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['correspondence'],
        summary: "A request's messages both ways, oldest first, with their status and Message-ID",
        params: idParams,
        response: { 200: z.object({ data: z.array(messageSchema) }), ...errors },
      },
    },
    async (req) => {
      requestVisible(db, req.actor, req.params.id, app.deps.clock());
      return { data: requestMessages(db, req.params.id).map(messageView) };
    },
  );

  app.get(
    '/api/v1/messages',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['correspondence'],
        summary: 'Mail that needs staff: drafts waiting for approval, messages that failed or bounced, and held mail',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
        response: {
          200: z.object({
            data: z.array(messageSchema.extend({ requestTitle: z.string(), agencyName: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => ({
      data: messagesNeedingAttention(db, req.query.limit).map(({ m, title, agencyName }) => ({
        ...messageView(m),
        requestTitle: title,
        agencyName,
      })),
    }),
  );

  app.get(
    '/api/v1/messages/:id/raw',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['correspondence'],
        summary: 'A message exactly as sent (the bytes handed to SMTP) or as received, as a .eml attachment',
        params: idParams,
        produces: ['message/rfc822'],
      },
    },
    async (req, reply) => {
      const { row, sha256 } = rawMessage(db, req.params.id);
      requestVisible(db, req.actor, row.requestId, app.deps.clock());
      if (!sha256)
        throw new AppError(404, 'not_built', `Message ${row.id} has not been built yet (it is ${row.status})`);
      return reply
        .type('message/rfc822')
        .header('content-disposition', `attachment; filename="message-${row.id}.eml"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(app.deps.blobs.open(sha256));
    },
  );

  app.post(
    '/api/v1/messages/:id/approve',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['correspondence'],
        summary: 'Send a drafted follow-up or appeal (optionally edited): 202 with the message, now queued',
        params: idParams,
        body: z
          .object({
            to: addresses.optional(),
            subject: z.string().trim().min(1).max(998).optional(),
            body: z.string().trim().min(1).max(LIMITS.body).optional(),
          })
          .strict()
          .default({}),
        response: { 202: z.object({ message: messageSchema }), ...errors },
      },
    },
    async (req, reply) => {
      const row = approveMessage(db, actorOf(req), app.deps.clock(), config, req.params.id, req.body);
      return reply.code(202).send({ message: messageView(row) });
    },
  );

  app.post(
    '/api/v1/messages/:id/cancel',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['correspondence'],
        summary: 'Discard a draft waiting for approval',
        params: idParams,
        response: { 200: z.object({ message: messageSchema }), ...errors },
      },
    },
    async (req) => ({ message: messageView(cancelMessage(db, actorOf(req), app.deps.clock(), req.params.id)) }),
  );

  app.post(
    '/api/v1/messages/:id/release',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['correspondence'],
        summary: 'Publish held mail with its request (mail from a sender not known to be the agency waits for this)',
        params: idParams,
        response: { 200: z.object({ message: messageSchema }), ...errors },
      },
    },
    async (req) => ({ message: messageView(releaseHeld(db, actorOf(req), app.deps.clock(), req.params.id)) }),
  );

  app.post(
    '/api/v1/messages/:id/resend',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['correspondence'],
        summary: 'Send a failed or bounced message again: the same bytes and Message-ID (new `to`: new headers)',
        params: idParams,
        body: z.object({ to: addresses.optional() }).strict().default({}),
        response: { 202: z.object({ message: messageSchema }), ...errors },
      },
    },
    async (req, reply) => {
      const row = resendMessage(db, actorOf(req), app.deps.clock(), req.params.id, req.body.to);
      return reply.code(202).send({ message: messageView(row) });
    },
  );
};
