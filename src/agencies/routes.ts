import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { problemSchema } from '../http/problem.js';
import { AGENCY_SORTS, agencyFields, createAgency, getAgency, LEVELS, listAgencies, updateAgency } from './service.js';

const share = z.number().nullable();
const agencyView = z.object({
  id: z.number().int(),
  name: z.string(),
  jurisdiction: z.string(),
  level: z.enum(LEVELS),
  parentId: z.number().int().nullable(),
  requestEmail: z.string().nullable(),
  portalUrl: z.string().nullable(),
  postalAddress: z.string().nullable(),
  notes: z.string().nullable(),
  appealEmail: z.string().nullable(),
  appealAddress: z.string().nullable(),
  appealBody: z.string().nullable().describe('Who decides appeals'),
  createdAt: z.string(),
  updatedAt: z.string(),
  stats: z.object({
    filed: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    completed: z.number().int(),
    medianDaysToFinal: z.number().nullable().describe('Days from receipt to final response, counted as the law counts'),
    p90DaysToFinal: z.number().nullable(),
    onTimeShare: share,
    shares: z.object({ fulfilled: share, partial: share, denied: share, noRecords: share }),
  }),
});

const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

export const agencyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/agencies',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['agencies'],
        summary: 'Create an agency',
        body: agencyFields,
        response: { 201: agencyView, ...errors },
      },
    },
    async (req, reply) => {
      const row = createAgency(app.deps.db, actorOf(req), app.deps.clock(), req.body);
      return reply
        .code(201)
        .header('location', `/api/v1/agencies/${row.id}`)
        .send(getAgency(app.deps.db, req.actor, row.id, app.deps.clock()));
    },
  );

  app.patch(
    '/api/v1/agencies/:id',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['agencies'],
        summary: 'Edit an agency',
        params: idParams,
        body: agencyFields.partial(),
        response: { 200: agencyView, ...errors },
      },
    },
    async (req) => {
      updateAgency(app.deps.db, actorOf(req), app.deps.clock(), req.params.id, req.body);
      return getAgency(app.deps.db, req.actor, req.params.id, app.deps.clock());
    },
  );

  app.get(
    '/api/v1/agencies/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['agencies'],
        summary: 'One agency with its record (response statistics)',
        params: idParams,
        response: { 200: agencyView, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) => getAgency(app.deps.db, req.actor, req.params.id, app.deps.clock()),
  );

  app.get(
    '/api/v1/agencies',
    {
      config: { access: 'public' },
      schema: {
        tags: ['agencies'],
        summary: 'List agencies, search by name, sort by their record',
        querystring: z
          .object({
            q: z.string().trim().min(1).max(200).optional().describe('Part of the name'),
            jurisdiction: z
              .string()
              .regex(/^[A-Za-z]{2}(-[A-Za-z]{2})?$/)
              .transform((v) => v.toUpperCase())
              .optional(),
            level: z.enum(LEVELS).optional(),
            sort: z.enum(AGENCY_SORTS).default('name'),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            cursor: z.string().max(100).optional(),
          })
          .strict(),
        response: {
          200: z.object({ data: z.array(agencyView), nextCursor: z.string().nullable() }),
          422: problemSchema,
        },
      },
    },
    async (req) => listAgencies(app.deps.db, req.actor, req.query, app.deps.clock()),
  );
};
