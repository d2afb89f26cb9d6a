import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { today as todayIn } from '../clock.js';
import { LETTER_KINDS } from '../db/schema.js';
import { getJurisdiction } from '../deadlines/index.js';
import { problemSchema } from '../http/problem.js';
import { eventDate, requestView } from '../requests/schemas.js';
import { readRequest, requestVisible } from '../requests/service.js';
import { defaultTemplate, fullShape } from './defaults.js';
import { requestLetterPdf } from './pdf.js';
import { getProfile, profileFields, putProfile } from './profiles.js';
import { MAILED_CHANNELS, markMailed, renderLetter } from './service.js';
import { checkTemplate, PLACEHOLDERS } from './template.js';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  jurisdictionCode,
  listTemplates,
  templateFields,
  templateView,
  updateTemplate,
} from './templates.js';

const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const kind = z.enum(LETTER_KINDS);
const idParams = z.object({ id: z.coerce.number().int().positive() });
const letterParams = idParams.extend({ kind });
const tags = ['letters'];

/** The placeholder list, for the API description (the same list validates templates). */
export const PLACEHOLDER_TEXT = PLACEHOLDERS.map((p) => `\`{{${p.name}}}\` ${p.description}`).join('; ');

const missing = z.array(
  z.object({ placeholder: z.string(), reason: z.string().describe('Shown in the letter as [reason]') }),
);

export const renderedLetterSchema = z.object({
  kind,
  subject: z.string(),
  body: z.string(),
  to: z
    .array(z.string())
    .describe("The agency's request e-mail; for an appeal its appeal e-mail (else request e-mail)"),
  postalAddress: z.string().nullable().describe('For an appeal, the appeal address (else the postal address)'),
  replyAddress: z.string().nullable().describe('request-<id>@INBOUND_EMAIL_DOMAIN when a domain is configured'),
  missing: missing.describe('Placeholders this request has no value for (bracketed in the text)'),
  template: z.object({
    id: z.number().int().nullable(),
    source: z.enum(['request', 'organisation', 'default']),
  }),
});

const templateSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind,
  jurisdiction: z.string().nullable(),
  isDefault: z.boolean(),
  subject: z.string(),
  body: z.string(),
  placeholders: z.array(z.string()).describe('The placeholders it uses'),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const templateList = z.object({ data: z.array(templateSchema) });

const profileSchema = z.object({
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  postalAddress: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  signature: z.string().nullable(),
  updatedAt: z.string().nullable().describe('null: never set'),
});

const templateDescription = `Templates use placeholders in double braces (spaces inside allowed); nothing else is evaluated. An unknown placeholder is a 422 (code unknown_placeholder) naming it. A placeholder the request has no value for renders as [reason] and is listed in \`missing\`. ${PLACEHOLDER_TEXT}.`;

export const letterRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.get(
    '/api/v1/letter-templates',
    {
      // The organisation's own wording (a campaign's letter before it goes out): not a public record.
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags,
        summary: "The organisation's letter templates",
        querystring: z.object({ kind: kind.optional(), jurisdiction: jurisdictionCode.optional() }).strict(),
        response: { 200: templateList, ...errors },
      },
    },
    async (req) => ({ data: listTemplates(db, req.query).map(templateView) }),
  );

  app.post(
    '/api/v1/letter-templates',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Add a letter template (checked: an unknown placeholder is a 422 naming it)',
        description: templateDescription,
        body: templateFields,
        response: { 201: templateSchema, ...errors },
      },
    },
    async (req, reply) => {
      const row = createTemplate(db, actorOf(req), app.deps.clock(), req.body);
      return reply.code(201).header('location', `/api/v1/letter-templates/${row.id}`).send(templateView(row));
    },
  );

  app.get(
    '/api/v1/letter-templates/:id',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: { tags, summary: 'One letter template', params: idParams, response: { 200: templateSchema, ...errors } },
    },
    async (req) => templateView(getTemplate(db, req.params.id)),
  );

  app.patch(
    '/api/v1/letter-templates/:id',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Edit a letter template',
        description: templateDescription,
        params: idParams,
        body: templateFields.partial(),
        response: { 200: templateSchema, ...errors },
      },
    },
    async (req) => templateView(updateTemplate(db, actorOf(req), app.deps.clock(), req.params.id, req.body)),
  );

  app.delete(
    '/api/v1/letter-templates/:id',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Delete a letter template (requests that chose it go back to the default); the remaining templates',
        params: idParams,
        response: { 200: templateList, ...errors },
      },
    },
    async (req) => {
      deleteTemplate(db, actorOf(req), app.deps.clock(), req.params.id);
      return { data: listTemplates(db).map(templateView) };
    },
  );

  app.get(
    '/api/v1/jurisdictions/:code/letter-template',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "The jurisdiction's generated default letter of a kind, as a template",
        description:
          "Generated from the deadline engine's rules and the jurisdiction's letter provisions. For a request, sentences whose facts it lacks (a tracking number, the stored appeal deadline, the appeal body, a reply address) are left out.",
        params: z.object({ code: z.string().describe('US or US-XX') }),
        querystring: z.object({ kind }).strict(),
        response: {
          200: z.object({
            jurisdiction: z.string(),
            kind,
            subject: z.string(),
            body: z.string(),
            placeholders: z.array(z.string()),
          }),
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const j = getJurisdiction(req.params.code);
      const t = defaultTemplate(j.code, req.query.kind, fullShape(todayIn(j.code, app.deps.clock())));
      return { jurisdiction: j.code, kind: req.query.kind, ...t, placeholders: checkTemplate(t) };
    },
  );

  app.get(
    '/api/v1/requester-profile',
    {
      // Who signs, at which address and phone: the organisation's own record.
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags,
        summary: "The organisation's requester profile (who signs letters by default)",
        response: { 200: profileSchema, ...errors },
      },
    },
    async () => getProfile(db, 'organisation'),
  );

  app.put(
    '/api/v1/requester-profile',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: "Replace the organisation's requester profile (a field left out is cleared)",
        body: profileFields,
        response: { 200: profileSchema, ...errors },
      },
    },
    async (req) => putProfile(db, actorOf(req), app.deps.clock(), 'organisation', req.body),
  );

  app.get(
    '/api/v1/me/requester-profile',
    {
      config: { access: 'volunteer' },
      schema: {
        tags,
        summary:
          "Your own requester profile: on letters of the requests you own, each field set here replaces the organisation's",
        response: { 200: profileSchema, ...errors },
      },
    },
    async (req) => getProfile(db, { userId: actorOf(req).userId }),
  );

  app.put(
    '/api/v1/me/requester-profile',
    {
      config: { access: 'volunteer' },
      schema: {
        tags,
        summary: 'Replace your own requester profile (a field left out falls back to the organisation)',
        body: profileFields,
        response: { 200: profileSchema, ...errors },
      },
    },
    async (req) => putProfile(db, actorOf(req), app.deps.clock(), { userId: actorOf(req).userId }, req.body),
  );

  app.get(
    '/api/v1/requests/:id/letters/:kind',
    {
      // The letter carries the requester's address and phone: not for read-only tokens.
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags,
        summary: 'Preview a letter of the request exactly as it would be sent (request, follow_up or appeal)',
        description:
          "The template is the request's own choice, else the organisation's for the kind and jurisdiction, else its template for the kind, else the generated default (`template.source`). 409 when the kind makes no sense now: a follow-up with no missed deadline, an appeal with no adverse determination (completed with outcome denied, partial or no_records).",
        params: letterParams,
        response: { 200: renderedLetterSchema, ...errors },
      },
    },
    async (req) => {
      const now = app.deps.clock();
      requestVisible(db, req.actor, req.params.id, now);
      return renderLetter(db, req.params.id, req.params.kind, now, config);
    },
  );

  app.get(
    '/api/v1/requests/:id/letters/:kind.pdf',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags,
        summary: 'The letter as a printable PDF (sender, date at the agency, address block, subject, text, signature)',
        params: letterParams,
        produces: ['application/pdf'],
      },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      requestVisible(db, req.actor, req.params.id, now);
      const pdf = await requestLetterPdf(db, req.params.id, req.params.kind, now, config);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${pdf.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(pdf.bytes));
    },
  );

  app.post(
    '/api/v1/requests/:id/letters/:kind/mailed',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Log a letter sent by post or fax',
        description:
          'In one transaction: an outgoing communication event with the letter, and for a request letter the submitted event (that channel and date), for an appeal the appealed event. 409 if the state machine refuses them (nothing is logged then).',
        params: letterParams,
        body: z
          .object({
            channel: z.enum(MAILED_CHANNELS),
            date: eventDate.describe('The day it was posted or faxed (not after today at the agency)'),
          })
          .strict(),
        response: {
          201: z.object({ letter: renderedLetterSchema, eventIds: z.array(z.number().int()), request: requestView }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const now = app.deps.clock();
      const actor = actorOf(req);
      requestVisible(db, actor, req.params.id, now);
      const done = markMailed(db, actor, now, config, req.params.id, req.params.kind, req.body);
      return reply.code(201).send({ ...done, request: readRequest(db, actor, req.params.id, now) });
    },
  );
};
