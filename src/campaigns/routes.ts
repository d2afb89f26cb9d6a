/** Campaign routes: create, read, edit, add agencies, the view and its CSV, and the bulk actions. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { problemSchema } from '../http/problem.js';
import { STATUSES } from '../requests/state-machine.js';
import {
  changeTags,
  selectionBody,
  sendDrafts,
  sendFollowUps,
  setVisibility,
  stopSending,
  tagsBody,
  visibilityBody,
  withdraw,
  withdrawBody,
} from './bulk.js';
import {
  addAgencies,
  addAgenciesBody,
  campaignFields,
  campaignView,
  createCampaign,
  listCampaigns,
  updateCampaign,
} from './service.js';
import { campaignCsv, campaignDetail, campaignQuery } from './view.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

const campaignSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  letterTemplateId: z.number().int().nullable(),
  tags: z.array(z.string()),
  visibility: z.enum(['public', 'private', 'embargoed']),
  embargoUntil: z.string().nullable(),
  followUpPolicy: z.enum(['off', 'approve', 'auto']),
  ownerId: z.number().int().nullable(),
  sendPerMinute: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const rowSchema = z.object({
  requestId: z.number().int(),
  agency: z.object({ id: z.number().int(), name: z.string(), jurisdiction: z.string(), level: z.string() }),
  status: z.enum(STATUSES),
  clock: z.string().nullable().describe('The governing clock (the earliest one due) of an open request'),
  due: z.string().nullable(),
  overdue: z.boolean(),
  daysLate: z.number().int().describe('Days late now (an overdue request) or when answered, as the law counts'),
  outcome: z.string().nullable(),
  receivedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  documents: z.number().int(),
  pages: z.number().int(),
  followUpsSent: z.number().int(),
  lastMessage: z
    .object({
      id: z.number().int(),
      direction: z.enum(['in', 'out']),
      kind: z.string(),
      status: z.string(),
      at: z.string(),
    })
    .nullable(),
  responseDays: z.number().int().nullable(),
  answeredOnTime: z.boolean().nullable(),
  updatedAt: z.string(),
});

const summarySchema = z.object({
  requests: z.number().int(),
  drafts: z.number().int(),
  sent: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  fulfilled: z.number().int(),
  partial: z.number().int(),
  denied: z.number().int(),
  noRecords: z.number().int(),
  withdrawn: z.number().int(),
  appealed: z.number().int(),
  medianDaysToFinal: z.number().nullable(),
  onTimeShare: z.number().nullable(),
  documents: z.number().int(),
  pages: z.number().int(),
});

const bulkSchema = z.object({
  done: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  results: z.array(
    z.object({
      requestId: z.number().int(),
      agencyName: z.string().nullable(),
      outcome: z.enum(['done', 'skipped', 'failed']),
      reason: z.string().optional(),
      messageId: z.number().int().optional(),
    }),
  ),
});

export const campaignRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const now = () => app.deps.clock();

  app.post(
    '/api/v1/campaigns',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['campaigns'],
        summary: 'A campaign: one request to many agencies, with the defaults its requests are made with',
        body: campaignFields,
        response: { 201: campaignSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(campaignView(createCampaign(db, actorOf(req), now(), req.body))),
  );

  app.get(
    '/api/v1/campaigns',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['campaigns'],
        summary: 'Every campaign, with how many requests it has and how many are drafts',
        response: {
          200: z.object({
            data: z.array(campaignSchema.extend({ requests: z.number().int(), drafts: z.number().int() })),
          }),
          ...errors,
        },
      },
    },
    async () => ({ data: listCampaigns(db) }),
  );

  app.get(
    '/api/v1/campaigns/:id',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['campaigns'],
        summary: "The campaign view: each agency's request, the summary counts, median days and on-time share",
        params: idParams,
        querystring: campaignQuery,
        response: {
          200: campaignSchema.extend({ summary: summarySchema, requests: z.array(rowSchema) }),
          ...errors,
        },
      },
    },
    async (req) => campaignDetail(db, req.params.id, now(), req.query),
  );

  app.get(
    '/api/v1/campaigns/:id/export.csv',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['campaigns'],
        summary: "The campaign view's table as CSV (same filters and order)",
        params: idParams,
        querystring: campaignQuery,
        produces: ['text/csv'],
      },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="campaign-${req.params.id}.csv"`)
        .send(campaignCsv(db, req.params.id, now(), req.query)),
  );

  app.patch(
    '/api/v1/campaigns/:id',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['campaigns'],
        summary: "Edit the campaign's defaults (requests added from now on take them; bulk actions change the others)",
        params: idParams,
        body: campaignFields.partial().strict(),
        response: { 200: campaignSchema, ...errors },
      },
    },
    async (req) => campaignView(updateCampaign(db, actorOf(req), now(), req.params.id, req.body)),
  );

  app.post(
    '/api/v1/campaigns/:id/agencies',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['campaigns'],
        summary: 'Add agencies (by ids, a filter, or a CSV of agencies): one draft request each, in one transaction',
        description:
          "Each request's letter is rendered for its agency's own law; `missing` says what it lacks (no e-mail address, no fixed period, a missing value). An agency already in the campaign is refused, alone.",
        params: idParams,
        body: addAgenciesBody,
        response: {
          200: z.object({
            added: z.array(
              z.object({
                agencyId: z.number().int(),
                agencyName: z.string(),
                jurisdiction: z.string(),
                requestId: z.number().int(),
                missing: z.array(z.string()),
              }),
            ),
            refused: z.array(
              z.object({
                agencyId: z.number().int().nullable(),
                agencyName: z.string().nullable(),
                reason: z.string(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (req) => addAgencies(db, actorOf(req), now(), config, req.params.id, req.body),
  );

  const bulk = (
    path: string,
    summary: string,
    body: z.ZodType,
    run: (actor: ReturnType<typeof actorOf>, id: number, body: never) => z.infer<typeof bulkSchema>,
  ) =>
    app.post(
      `/api/v1/campaigns/:id/${path}`,
      {
        config: { access: 'staff' },
        schema: { tags: ['campaigns'], summary, params: idParams, body, response: { 200: bulkSchema, ...errors } },
      },
      async (req) => run(actorOf(req), (req.params as { id: number }).id, req.body as never),
    );

  bulk(
    'send',
    "Send every draft's request letter (all, or `requestIds`), paced at the campaign's sendPerMinute; reported per request",
    selectionBody.default({}),
    (actor, id, b: z.infer<typeof selectionBody>) => sendDrafts(db, actor, now(), config, id, b.requestIds),
  );
  bulk(
    'follow-ups',
    'Send a follow-up to every overdue request (all, or `requestIds`); reported per request',
    selectionBody.default({}),
    (actor, id, b: z.infer<typeof selectionBody>) => sendFollowUps(db, actor, now(), config, id, b.requestIds),
  );
  bulk('visibility', 'Change visibility or embargo (all, or `requestIds`)', visibilityBody, (actor, id, b) =>
    setVisibility(db, actor, now(), id, b),
  );
  bulk('tags', 'Add or remove tags (all, or `requestIds`)', tagsBody, (actor, id, b) =>
    changeTags(db, actor, now(), id, b),
  );
  bulk(
    'withdraw',
    'Withdraw the requests (all, or `requestIds`), dated the agency’s today',
    withdrawBody.default({}),
    (actor, id, b) => withdraw(db, actor, now(), id, b),
  );

  app.post(
    '/api/v1/campaigns/:id/stop',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['campaigns'],
        summary: 'Stop a send: messages still waiting their turn are cancelled; what was sent stays sent',
        params: idParams,
        response: {
          200: z.object({
            stopped: z.number().int(),
            messages: z.array(z.object({ id: z.number().int(), requestId: z.number().int() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => stopSending(db, actorOf(req), now(), req.params.id),
  );
};
