/**
 * The calendar of your clocks: make (or remake) its secret address, look whether you have one, revoke
 * it; and the .ics itself, which calendar apps fetch with nothing but the secret in its address.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { modifiedSince, sendConditional } from '../http/conditional.js';
import { problemSchema } from '../http/problem.js';
import { calendarFor, calendarStatus, calendarUrl, createCalendarSecret, revokeCalendarSecret } from './service.js';

const tags = ['feeds'];
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };
const status = z.object({
  active: z.boolean().describe('Whether you have a calendar address now'),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable().describe('When a calendar app last fetched it (to the minute)'),
});

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const now = () => app.deps.clock();

  app.get(
    '/api/v1/me/calendar',
    {
      config: { access: 'volunteer' },
      schema: {
        tags,
        summary: 'Whether you have a calendar address (never the address itself: it is shown once)',
        response: { 200: status, ...errors },
      },
    },
    async (req) => calendarStatus(db, actorOf(req).userId),
  );

  app.post(
    '/api/v1/me/calendar',
    {
      config: { access: 'volunteer' },
      schema: {
        tags,
        summary: 'A secret address of an iCalendar feed of your clocks, shown once; replaces any earlier one',
        description:
          'The open clocks (open or missed, with a due date) of the requests you own or watch, each an all-day event on its due date with the agency, the request, the clock and a link. Anyone with the address can read it: keep it like a password. Only a hash of the secret is stored.',
        response: { 201: status.extend({ url: z.string(), replaced: z.boolean() }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { secret, replaced } = createCalendarSecret(db, actor, now());
      return reply.code(201).send({ ...calendarStatus(db, actor.userId), url: calendarUrl(config, secret), replaced });
    },
  );

  app.delete(
    '/api/v1/me/calendar',
    {
      config: { access: 'volunteer' },
      schema: {
        tags,
        summary: 'Revoke your calendar address (it answers 404 from now on)',
        response: { 200: status.extend({ revoked: z.boolean() }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const revoked = revokeCalendarSecret(db, actor, now());
      return { ...calendarStatus(db, actor.userId), revoked };
    },
  );

  app.get(
    '/calendar/:secret.ics',
    {
      // The secret in the address is the credential: calendar apps send no token.
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Your clocks as iCalendar (text/calendar), at the address POST /api/v1/me/calendar gave',
        description: 'An unknown or revoked address is a 404. ETag and Last-Modified answer conditional requests.',
        params: z.object({ secret: z.string().max(200) }),
        produces: ['text/calendar'],
        response: { 404: problemSchema, 422: problemSchema },
      },
    },
    async (req, reply) => {
      const { ics, updated } = calendarFor(db, config, now(), req.params.secret);
      reply.header('content-security-policy', "default-src 'none'; sandbox").header('referrer-policy', 'no-referrer');
      // Clocks' days late change with the day, not only when they are recomputed.
      return sendConditional(
        req,
        reply,
        ics,
        'text/calendar; charset=utf-8',
        modifiedSince(updated, now()),
        'private, no-cache',
      );
    },
  );
};
