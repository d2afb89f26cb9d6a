import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import type { Actor } from '../auth/roles.js';
import { problemSchema } from '../http/problem.js';
import { requestVisible } from '../requests/service.js';
import { followUpLetter } from './follow-up.js';
import { changeWatcher, listReminders, listWatchers } from './watchers.js';

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
      return { data: listReminders(db, req.params.id) as z.infer<typeof reminderView>[] };
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
      return { data: listWatchers(db, req.params.id) };
    },
  );

  const change = (add: boolean, actor: Actor, requestId: number, forUser: number | undefined) => {
    requestVisible(db, actor, requestId, app.deps.clock());
    return { data: changeWatcher(db, actor, app.deps.clock(), requestId, forUser, add) };
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
