import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../audit/log.js';
import { actorOf } from '../auth/plugin.js';
import { type Actor, hasRole } from '../auth/roles.js';
import { reminders, requestWatchers, users } from '../db/schema.js';
import { AppError } from '../errors.js';
import { problemSchema } from '../http/problem.js';
import { enqueue } from '../queue/outbox.js';
import { requestVisible } from '../requests/service.js';
import { followUpLetter } from './follow-up.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const reminderView = z.object({
  id: z.number().int(),
  clockKind: z.string(),
  kind: z.enum(['before', 'due', 'overdue', 'very_overdue']),
  userId: z.number().int(),
  email: z.string(),
  due: z.string(),
  sendOn: z.string(),
  status: z.enum(['planned', 'queued', 'sent', 'failed', 'not_sent', 'cancelled']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
});
const watcherList = z.object({ data: z.array(z.object({ userId: z.number().int(), email: z.string() })) });

export const reminderRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const watchers = (requestId: number) =>
    db
      .select({ userId: users.id, email: users.email })
      .from(requestWatchers)
      .innerJoin(users, eq(users.id, requestWatchers.userId))
      .where(eq(requestWatchers.requestId, requestId))
      .orderBy(asc(users.id))
      .all();

  app.get(
    '/api/v1/requests/:id/reminders',
    {
      // Who is reminded, at which address: the organisation's own, not a public record.
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['reminders'],
        summary: 'Planned, sent and failed reminders of a request',
        params: idParams,
        response: { 200: z.object({ data: z.array(reminderView) }), ...errors },
      },
    },
    async (req) => {
      requestVisible(db, req.actor, req.params.id, app.deps.clock());
      const rows = db
        .select({ r: reminders, email: users.email })
        .from(reminders)
        .innerJoin(users, eq(users.id, reminders.userId))
        .where(eq(reminders.requestId, req.params.id))
        .orderBy(asc(reminders.sendOn), asc(reminders.id))
        .all();
      return { data: rows.map(({ r, email }) => ({ ...r, email }) as z.infer<typeof reminderView>) };
    },
  );

  app.get(
    '/api/v1/requests/:id/follow-up',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['reminders'],
        summary: 'A follow-up letter drafted for an overdue request (409 if nothing is overdue)',
        description:
          'The follow_up letter of GET /api/v1/requests/{id}/letters/follow_up (which also gives recipients, template and missing values), with the clock it is about. Send it yourself, then log it as a `communication` event (direction out).',
        params: idParams,
        response: {
          200: z.object({
            requestId: z.number().int(),
            clock: z.string(),
            due: z.string(),
            daysOverdue: z.number().int(),
            subject: z.string(),
            body: z.string(),
          }),
          ...errors,
        },
      },
    },
    async (req) => followUpLetter(db, actorOf(req), req.params.id, app.deps.clock(), app.deps.config),
  );

  app.get(
    '/api/v1/requests/:id/watchers',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['reminders'],
        summary: 'Who watches a request',
        params: idParams,
        response: { 200: watcherList, ...errors },
      },
    },
    async (req) => {
      requestVisible(db, req.actor, req.params.id, app.deps.clock());
      return { data: watchers(req.params.id) };
    },
  );

  const change = (add: boolean, actor: Actor, requestId: number, forUser: number | undefined) => {
    requestVisible(db, actor, requestId, app.deps.clock());
    const userId = forUser ?? actor.userId;
    if (userId !== actor.userId && !hasRole(actor, 'staff')) {
      throw new AppError(403, 'forbidden', 'Only staff may add or remove other watchers');
    }
    if (!db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) {
      throw new AppError(422, 'unknown_user', `No user ${userId}`, {
        errors: [{ path: 'userId', message: 'is not a known user' }],
      });
    }
    const now = app.deps.clock();
    db.transaction((tx) => {
      if (add) tx.insert(requestWatchers).values({ requestId, userId }).onConflictDoNothing().run();
      else
        tx.delete(requestWatchers)
          .where(and(eq(requestWatchers.requestId, requestId), eq(requestWatchers.userId, userId)))
          .run();
      audit(tx, actor, now, add ? 'request.watch' : 'request.unwatch', 'request', requestId, null, { userId });
      // Reminders follow the people who watch: re-plan them with the clocks.
      enqueue(tx, 'deadlines.recompute', { requestId });
    });
    return { data: watchers(requestId) };
  };
  const body = z.object({ userId: z.number().int().positive().optional() }).strict();

  app.post(
    '/api/v1/requests/:id/watchers',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['reminders'],
        summary: 'Watch a request (yourself; staff may add others) to get its reminders',
        params: idParams,
        body,
        response: { 200: watcherList, ...errors },
      },
    },
    async (req) => change(true, actorOf(req), req.params.id, req.body.userId),
  );
  app.delete(
    '/api/v1/requests/:id/watchers',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['reminders'],
        summary: 'Stop watching a request',
        params: idParams,
        body: body.optional(),
        response: { 200: watcherList, ...errors },
      },
    },
    async (req) => change(false, actorOf(req), req.params.id, req.body?.userId),
  );
};
