import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { seesPrivate } from '../auth/roles.js';
import { problemSchema } from '../http/problem.js';
import { publicText, withheldView } from '../public/service.js';
import { createRequestBody, eventBody, listItem, listQuery, requestView, updateRequestBody } from './schemas.js';
import { addEvent, createRequest, exportCsv, listRequests, readRequest, updateRequest } from './service.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

export const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/requests',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['requests'],
        summary: 'Create a request (status draft)',
        body: createRequestBody,
        response: { 201: requestView, ...errors },
      },
    },
    async (req, reply) => {
      const id = createRequest(app.deps.db, actorOf(req), app.deps.clock(), req.body);
      return reply
        .code(201)
        .header('location', `/api/v1/requests/${id}`)
        .send(readRequest(app.deps.db, req.actor, id, app.deps.clock()));
    },
  );

  app.patch(
    '/api/v1/requests/:id',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['requests'],
        summary: 'Edit a request (title, letter, tags, visibility, owner, tracking number, channel)',
        params: idParams,
        body: updateRequestBody,
        response: { 200: requestView, ...errors },
      },
    },
    async (req) => {
      updateRequest(app.deps.db, actorOf(req), app.deps.clock(), req.params.id, req.body);
      return readRequest(app.deps.db, req.actor, req.params.id, app.deps.clock());
    },
  );

  app.post(
    '/api/v1/requests/:id/events',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['requests'],
        summary: 'Append an event to the timeline; 409 if the state machine refuses it',
        description:
          'A mistaken event is undone by a `retraction` event naming it (`eventId`); events are never edited. The clocks are recomputed by the worker (`deadlinesPending` is true until then).',
        params: idParams,
        body: eventBody,
        response: { 201: requestView, ...errors },
      },
    },
    async (req, reply) => {
      addEvent(app.deps.db, actorOf(req), app.deps.clock(), req.params.id, req.body);
      return reply.code(201).send(readRequest(app.deps.db, req.actor, req.params.id, app.deps.clock()));
    },
  );

  app.get(
    '/api/v1/requests/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['requests'],
        summary: 'One request: status, agency, clocks with explanations, overdue, timeline, documents',
        description:
          'Public requests (and embargoed ones after the embargo) are readable by anyone; others are 404 to those who may not see them. Anonymous and read-only callers read the letter and the timeline with our staff\'s details withheld ("[withheld]") unless PUBLIC_HIDE_STAFF_DETAILS is 0.',
        params: idParams,
        response: { 200: requestView, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) => {
      const { db, config } = app.deps;
      const view = readRequest(db, req.actor, req.params.id, app.deps.clock());
      // What the public reads keeps our staff's details out, as the public pages do.
      return seesPrivate(req.actor) ? view : withheldView(view, publicText(db, config));
    },
  );

  app.get(
    '/api/v1/requests',
    {
      config: { access: 'public' },
      schema: {
        tags: ['requests'],
        summary: 'List requests with filters, sorting and cursor pagination',
        querystring: listQuery,
        response: { 200: z.object({ data: z.array(listItem), nextCursor: z.string().nullable() }), 422: problemSchema },
      },
    },
    async (req) => listRequests(app.deps.db, req.actor, req.query, app.deps.clock()),
  );

  app.get(
    '/api/v1/requests/export.csv',
    {
      config: { access: 'public' },
      schema: {
        tags: ['requests'],
        summary: 'The same list as CSV (all pages), with the same filters and visibility',
        querystring: listQuery.omit({ cursor: true, limit: true }),
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const lines = [...exportCsv(app.deps.db, req.actor, req.query, app.deps.clock())];
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="requests.csv"')
        .send(lines.join(''));
    },
  );
};
