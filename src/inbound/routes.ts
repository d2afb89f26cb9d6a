import { Transform } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { authenticate, createToken } from '../auth/users.js';
import { discardUnreferenced } from '../documents/orphans.js';
import { AppError } from '../errors.js';
import { problemSchema } from '../http/problem.js';
import { assignEmail, inboundView, listInbound, MATCHED_BY, receiveEmail } from './service.js';

const messageSchema = z.object({
  id: z.number().int(),
  status: z.enum(['matched', 'unmatched', 'assigned']),
  matchedBy: z.enum(MATCHED_BY).nullable(),
  requestId: z.number().int().nullable(),
  documentId: z.number().int().nullable(),
  from: z.string().nullable(),
  to: z.array(z.string()),
  subject: z.string().nullable(),
  messageId: z.string().nullable(),
  sentAt: z.string().nullable(),
  receivedAt: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
const idParams = z.object({ id: z.coerce.number().int().positive() });
const RAW_TYPES = ['message/rfc822', 'text/plain', 'application/octet-stream'];

export const inboundRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, blobs } = app.deps;
  // The raw message is streamed to the blob store, never parsed as JSON or held whole by Fastify.
  app.addContentTypeParser(RAW_TYPES, (_req, payload, done) => done(null, payload));

  app.post(
    '/api/v1/inbound/email',
    {
      // Not a user route: it takes its own inbound token (X-Inbound-Token), checked below.
      config: { access: 'public' },
      schema: {
        tags: ['inbound'],
        summary: 'Receive a raw RFC 822 e-mail (body as message/rfc822), authenticated by an inbound token',
        description:
          'Send the token in `X-Inbound-Token`. The message is matched to a request by its `request-<id>@INBOUND_EMAIL_DOMAIN` address or by a tracking number in the subject, logged as an incoming communication, and stored as a document whose attachments become child documents. Unmatched mail waits in the inbox. The same message posted twice is recorded once (`duplicate: true`).',
        consumes: RAW_TYPES,
        headers: z.object({ 'x-inbound-token': z.string().min(1).max(200).optional() }),
        response: {
          202: z.object({ message: messageSchema, duplicate: z.boolean() }),
          401: problemSchema,
          413: problemSchema,
          415: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req, reply) => {
      const token = req.headers['x-inbound-token'];
      const actor = typeof token === 'string' ? authenticate(db, token, app.deps.clock(), 'inbound') : null;
      if (!actor) throw new AppError(401, 'invalid_inbound_token', 'This route needs a valid X-Inbound-Token');
      const body = req.body as NodeJS.ReadableStream | undefined;
      if (!body || typeof (body as { pipe?: unknown }).pipe !== 'function') {
        throw new AppError(415, 'not_a_message', `Send the raw message as ${RAW_TYPES.join(', ')}`);
      }
      let seen = 0;
      const limit = config.UPLOAD_MAX_BYTES;
      const capped = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          seen += chunk.length;
          if (seen > limit) cb(new AppError(413, 'message_too_large', `The message is over the ${limit}-byte limit`));
          else cb(null, chunk);
        },
      });
      const blob = await blobs.put((body as NodeJS.ReadableStream).pipe(capped));
      try {
        if (blob.size === 0) throw new AppError(422, 'empty_message', 'The message is empty');
        const out = await receiveEmail({ db, blobs, config }, actor, app.deps.clock(), blob);
        return reply.code(202).send({ message: inboundView(out.message), duplicate: out.duplicate });
      } catch (err) {
        // Refused (empty, not an e-mail) or failed: bytes kept for nothing are removed.
        if (blob.created) await discardUnreferenced(db, blobs, [blob.sha256]);
        throw err;
      }
    },
  );

  app.get(
    '/api/v1/inbound',
    {
      config: { access: 'staff', privateRecords: true },
      schema: {
        tags: ['inbound'],
        summary: 'Received e-mail, newest first; `status=unmatched` is the inbox that staff assign',
        querystring: z
          .object({
            status: z.enum(['matched', 'unmatched', 'assigned']).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          })
          .strict(),
        response: { 200: z.object({ messages: z.array(messageSchema) }), 422: problemSchema },
      },
    },
    async (req) => ({ messages: listInbound(db, req.query.status, req.query.limit).map(inboundView) }),
  );

  app.post(
    '/api/v1/inbound/:id/assign',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['inbound'],
        summary: 'File an unmatched message under a request (logged, and stored as its document)',
        params: idParams,
        body: z.object({ requestId: z.number().int().positive() }).strict(),
        response: { 200: messageSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema },
      },
    },
    async (req) =>
      inboundView(
        await assignEmail({ db, blobs, config }, actorOf(req), app.deps.clock(), req.params.id, req.body.requestId),
      ),
  );

  app.post(
    '/api/v1/inbound/tokens',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['inbound'],
        summary: 'Create a token for the inbound e-mail route (shown once; it opens nothing else)',
        body: z.object({ name: z.string().trim().min(1).max(100) }).strict(),
        response: {
          201: z.object({ id: z.number().int(), name: z.string(), token: z.string() }),
          422: problemSchema,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const t = createToken(db, actor, app.deps.clock(), actor.userId, { name: req.body.name, scope: 'inbound' });
      return reply.code(201).send({ id: t.row.id, name: t.row.name, token: t.token });
    },
  );
};
