import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../audit/log.js';
import { actorOf } from '../auth/plugin.js';
import { ROLES } from '../auth/roles.js';
import {
  createToken,
  createUser,
  getUser,
  listTokens,
  listUsers,
  revokeToken,
  tokenView,
  updateOwnSettings,
  userExists,
  userView,
} from '../auth/users.js';
import { AppError } from '../errors.js';
import { problemSchema } from '../http/problem.js';

const user = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  disabled: z.boolean(),
});
const token = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  readOnly: z.boolean(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/me',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['access'],
        summary: 'The caller',
        response: { 200: user.extend({ readOnlyToken: z.boolean() }), 401: problemSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const row = getUser(app.deps.db, actor.userId);
      if (!row) throw new AppError(401, 'unauthenticated', 'Unknown user');
      return { ...userView(row), readOnlyToken: actor.readOnly };
    },
  );

  app.patch(
    '/api/v1/me',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['access'],
        summary: 'Your settings: name, and how many business days before a due date reminders come',
        body: z
          .object({
            name: z.string().trim().max(200).optional(),
            reminderLeadDays: z.number().int().min(1).max(30).optional(),
          })
          .strict()
          .refine((b) => Object.keys(b).length > 0, { message: 'Give at least one of name or reminderLeadDays' }),
        response: { 200: user.extend({ readOnlyToken: z.boolean(), reminderLeadDays: z.number().int() }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const now = app.deps.clock();
      const row = updateOwnSettings(app.deps.db, actor, now, req.body);
      return { ...userView(row), readOnlyToken: actor.readOnly, reminderLeadDays: row.reminderLeadDays };
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['access'],
        summary: 'Create a user and a first API token (shown once)',
        body: z
          .object({
            email: z.email().max(320),
            role: z.enum(ROLES),
            name: z.string().trim().max(200).optional(),
            password: z.string().min(10).max(200).optional(),
          })
          .strict(),
        response: {
          201: z.object({ user, token: z.string().describe('Shown once; only its hash is stored') }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      const row = await createUser(app.deps.db, actorOf(req), now, req.body);
      const t = createToken(app.deps.db, req.actor, now, row.id, { name: 'first token' });
      return reply.code(201).send({ user: userView(row), token: t.token });
    },
  );

  app.get(
    '/api/v1/users',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['access'],
        summary: 'Every user',
        response: { 200: z.object({ data: z.array(user) }), ...errors },
      },
    },
    async () => ({ data: listUsers(app.deps.db).map(userView) }),
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['access'],
        summary: 'Create an API token for yourself (admins: for anyone); the token is shown once',
        body: z
          .object({
            name: z.string().trim().min(1).max(200),
            readOnly: z.boolean().optional(),
            userId: z.number().int().positive().optional(),
          })
          .strict(),
        response: { 201: z.object({ token: z.string(), info: token }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const userId = req.body.userId ?? actor.userId;
      if (userId !== actor.userId && actor.role !== 'admin') {
        throw new AppError(403, 'forbidden', 'Only an admin may create tokens for another user');
      }
      if (!userExists(app.deps.db, userId)) {
        throw new AppError(422, 'unknown_user', `No user ${userId}`, {
          errors: [{ path: 'userId', message: 'is not a known user' }],
        });
      }
      const t = createToken(app.deps.db, actor, app.deps.clock(), userId, req.body);
      return reply.code(201).send({ token: t.token, info: tokenView(t.row) });
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['access'],
        summary: 'Your tokens (admins: every token), never the token values',
        response: { 200: z.object({ data: z.array(token) }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return { data: listTokens(app.deps.db, actor.role === 'admin' ? null : actor.userId).map(tokenView) };
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['access'],
        summary: 'Revoke a token',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: token, ...errors },
      },
    },
    async (req) => tokenView(revokeToken(app.deps.db, actorOf(req), app.deps.clock(), req.params.id)),
  );

  app.get(
    '/api/v1/audit',
    {
      config: { access: 'admin', privateRecords: true },
      schema: {
        tags: ['access'],
        summary: 'The audit log: every write, newest first',
        querystring: z
          .object({
            entity: z.string().max(50).optional(),
            entityId: z.string().max(50).optional(),
            userId: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
            before: z.coerce.number().int().positive().optional().describe('Cursor: entries with id below this'),
          })
          .strict(),
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.number().int(),
                at: z.string(),
                userId: z.number().int().nullable(),
                action: z.string(),
                entity: z.string(),
                entityId: z.string().nullable(),
                before: z.unknown(),
                after: z.unknown(),
              }),
            ),
            nextBefore: z.number().int().nullable(),
          }),
          ...errors,
        },
      },
    },
    async (req) => listAudit(app.deps.db, req.query),
  );
};
