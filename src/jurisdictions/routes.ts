import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today as todayIn } from '../clock.js';
import { computeDeadline, getJurisdiction, listJurisdictions } from '../deadlines/index.js';
import { problemSchema } from '../http/problem.js';
import {
  deadlineQuerySchema,
  deadlineResponseSchema,
  jurisdictionDetailSchema,
  jurisdictionSummarySchema,
} from './schemas.js';
import { detailView, jurisdictionClosures, summaryView } from './service.js';

const codeParams = z.object({
  // Any text: a code that names no jurisdiction, well formed or not, is a 404 (the contract's words).
  code: z.string().describe('US for the federal FOIA, US-XX for a state or DC'),
});

export const jurisdictionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/jurisdictions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['jurisdictions'],
        summary: 'Every jurisdiction with its law, the rules in force and their citations',
        response: { 200: z.object({ data: z.array(jurisdictionSummarySchema) }) },
      },
    },
    async () => ({ data: listJurisdictions().map((j) => summaryView(j, todayIn(j.code, app.deps.clock()))) }),
  );

  app.get(
    '/api/v1/jurisdictions/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['jurisdictions'],
        summary: 'One jurisdiction: every version of its rules, its legal holidays of a year, and closures',
        params: codeParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
        response: { 200: jurisdictionDetailSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) => {
      const today = todayIn(req.params.code.toUpperCase(), app.deps.clock());
      const year = req.query.year ?? Number(today.slice(0, 4));
      return detailView(app.deps.db, req.params.code.toUpperCase(), year, today);
    },
  );

  app.get(
    '/api/v1/jurisdictions/:code/deadline',
    {
      config: { access: 'public' },
      schema: {
        tags: ['jurisdictions'],
        summary: 'Deadline calculator: the due date of one clock and the reasoning behind it',
        description:
          '`from` is the date of the event that starts the clock: receipt of the request (most clocks; in New York the response clock starts at the acknowledgment), the adverse determination for appeal_filing, the receipt of the appeal for appeal_response. `due` is null where the law sets no fixed deadline.',
        params: codeParams,
        querystring: deadlineQuerySchema,
        response: { 200: deadlineResponseSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) => {
      const j = getJurisdiction(req.params.code);
      const result = computeDeadline({
        jurisdiction: j.code,
        kind: req.query.kind,
        from: req.query.from,
        ...(req.query.agencyLevel ? { agencyLevel: req.query.agencyLevel } : {}),
        ...(req.query.channel ? { channel: req.query.channel } : {}),
        ...(req.query.requestType ? { requestType: req.query.requestType } : {}),
        ...(req.query.receivedTime ? { receivedTime: req.query.receivedTime } : {}),
        closures: jurisdictionClosures(app.deps.db, j.code),
      });
      return {
        jurisdiction: result.jurisdiction,
        kind: result.kind,
        from: result.from,
        due: result.due,
        alternatives: result.alternatives ?? [],
        explanation: result.explanation,
      };
    },
  );
};
