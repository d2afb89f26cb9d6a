import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { problemSchema } from '../http/problem.js';
import { isoDate } from '../jurisdictions/schemas.js';
import {
  addAgencyClosure,
  addJurisdictionClosure,
  listAgencyClosures,
  listJurisdictionClosures,
  removeAgencyClosure,
  removeJurisdictionClosure,
} from './service.js';

const closure = z.object({ date: isoDate, reason: z.string() });
const body = z.object({ date: isoDate, reason: z.string().trim().min(1).max(500) }).strict();
const list = z.object({ data: z.array(closure) });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const codeParams = z.object({ code: z.string().describe('US for the federal FOIA, US-XX for a state or DC') });
const agencyParams = z.object({ id: z.coerce.number().int().positive() });

export const closureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['closures'];
  const note = 'Adding or removing a closure recomputes the open clocks it touches (through the worker).';

  app.get(
    '/api/v1/jurisdictions/:code/closures',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Closures of a jurisdiction',
        params: codeParams,
        response: { 200: list, 404: problemSchema },
      },
    },
    async (req) => ({ data: listJurisdictionClosures(db, req.params.code) }),
  );
  app.post(
    '/api/v1/jurisdictions/:code/closures',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Add a closure for a whole jurisdiction',
        description: note,
        params: codeParams,
        body,
        response: { 201: list, ...errors },
      },
    },
    async (req, reply) => {
      addJurisdictionClosure(db, actorOf(req), app.deps.clock(), req.params.code, req.body);
      return reply.code(201).send({ data: listJurisdictionClosures(db, req.params.code) });
    },
  );
  app.delete(
    '/api/v1/jurisdictions/:code/closures/:date',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Remove a jurisdiction closure',
        description: note,
        params: codeParams.extend({ date: isoDate }),
        response: { 200: list, ...errors },
      },
    },
    async (req) => {
      removeJurisdictionClosure(db, actorOf(req), app.deps.clock(), req.params.code, req.params.date);
      return { data: listJurisdictionClosures(db, req.params.code) };
    },
  );

  app.get(
    '/api/v1/agencies/:id/closures',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Closures of one agency',
        params: agencyParams,
        response: { 200: list, 404: problemSchema },
      },
    },
    async (req) => ({ data: listAgencyClosures(db, req.params.id) }),
  );
  app.post(
    '/api/v1/agencies/:id/closures',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Add a closure for one agency',
        description: note,
        params: agencyParams,
        body,
        response: { 201: list, ...errors },
      },
    },
    async (req, reply) => {
      addAgencyClosure(db, actorOf(req), app.deps.clock(), req.params.id, req.body);
      return reply.code(201).send({ data: listAgencyClosures(db, req.params.id) });
    },
  );
  app.delete(
    '/api/v1/agencies/:id/closures/:date',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Remove an agency closure',
        description: note,
        params: agencyParams.extend({ date: isoDate }),
        response: { 200: list, ...errors },
      },
    },
    async (req) => {
      removeAgencyClosure(db, actorOf(req), app.deps.clock(), req.params.id, req.params.date);
      return { data: listAgencyClosures(db, req.params.id) };
    },
  );
};
