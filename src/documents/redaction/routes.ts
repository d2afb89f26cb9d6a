/**
 * Redaction routes: staff add and remove redactions and apply them; volunteers read them (with what
 * each pattern finds, which is the original text: never for read-only tokens).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.js';
import { REDACTION_KINDS } from '../../db/schema.js';
import { problemSchema } from '../../http/problem.js';
import { documentView, visibleDocument } from '../service.js';
import {
  acceptBadRedactions,
  addRedaction,
  listRedactions,
  type RedactionInput,
  removeRedaction,
  requestApply,
} from './service.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const fraction = z.number().min(0).max(1);
const reason = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe('Why it is blacked out, shown on the box (e.g. "personal information", "FOIA exemption 7(C)")');
const PATTERN_KINDS = REDACTION_KINDS.filter((k) => k !== 'box') as [
  Exclude<(typeof REDACTION_KINDS)[number], 'box'>,
  ...Exclude<(typeof REDACTION_KINDS)[number], 'box'>[],
];

const boxBody = z
  .object({
    page: z.number().int().positive(),
    box: z
      .object({ x: fraction, y: fraction, width: fraction, height: fraction })
      .strict()
      .describe('In fractions of the page, from its top left corner'),
    reason,
  })
  .strict();
const patternBody = z
  .object({
    kind: z.enum(PATTERN_KINDS),
    pattern: z
      .string()
      .max(300)
      .optional()
      .describe('The text (literal) or expression (regex); the built-in kinds need none'),
    caseSensitive: z.boolean().optional(),
    reason,
  })
  .strict();

const redactionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(REDACTION_KINDS),
  page: z.number().int().nullable(),
  box: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).nullable(),
  pattern: z.string().nullable(),
  caseSensitive: z.boolean(),
  label: z.string().nullable().describe('What a built-in kind finds'),
  reason: z.string(),
  source: z.enum(['staff', 'detected']).describe('detected: suggested for text found under a black box'),
  status: z.enum(['pending', 'applying', 'applied']),
  version: z.number().int().nullable(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
});

export const redactionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.post(
    '/api/v1/documents/:id/redactions',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary: 'Add a redaction: a box on a page, or a pattern over every page, with the reason shown on it',
        description: `A box: \`{page, box: {x, y, width, height}, reason}\` in fractions of the page. A pattern: \`{kind, pattern?, caseSensitive?, reason}\` with kind \`ssn\`, \`phone\`, \`email\`, \`dob\` (built in), \`literal\` or \`regex\`. A regular expression that repeats a repeating group (\`(a+)+\`) is refused, and every pattern runs under a time limit (422 past it). Until the redactions are applied, the document is not public at all.`,
        params: idParams,
        body: z.union([boxBody, patternBody]),
        response: { 201: redactionSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const d = visibleDocument(db, actor, req.params.id, app.deps.clock());
      return reply.code(201).send(addRedaction(db, actor, app.deps.clock(), d, req.body as RedactionInput));
    },
  );

  app.get(
    '/api/v1/documents/:id/redactions',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags: ['documents'],
        summary:
          'The redactions of a document, each pattern with the matches it finds (pages and text spans) for review',
        params: idParams,
        response: {
          200: z.object({
            redactions: z.array(
              redactionSchema.extend({
                matches: z
                  .array(
                    z.object({
                      page: z.number().int(),
                      start: z.number().int(),
                      end: z.number().int(),
                      text: z.string(),
                    }),
                  )
                  .nullable()
                  .describe("A pattern's matches in the pages' text (at most 200; null for a box)"),
                matchCount: z.number().int().nullable(),
              }),
            ),
          }),
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const d = visibleDocument(db, req.actor, req.params.id, app.deps.clock());
      return { redactions: listRedactions(db, d) };
    },
  );

  app.delete(
    '/api/v1/documents/:id/redactions/:rid',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary: 'Remove a redaction (recorded); an applied one stays in the redacted version until the next apply',
        params: z.object({ id: z.coerce.number().int().positive(), rid: z.coerce.number().int().positive() }),
        response: {
          200: redactionSchema.extend({ removedAt: z.string().nullable() }),
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const d = visibleDocument(db, actor, req.params.id, app.deps.clock());
      return removeRedaction(db, actor, app.deps.clock(), d, req.params.rid);
    },
  );

  app.post(
    '/api/v1/documents/:id/redactions/apply',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary: 'Apply the redactions: the worker makes the redacted version every public route then serves',
        description:
          'Answers 202 at once; the document says `redaction.applying` until the version is made. Each page becomes an image with the boxes and the patterns’ matches burned in as opaque black, the text they cover is taken out of the text layer, and the redacted PDF is rebuilt from those images alone. Until it is done the document stays withheld from the public.',
        params: idParams,
        response: {
          202: z.object({ version: z.number().int(), redactions: z.number().int() }),
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const d = visibleDocument(db, actor, req.params.id, app.deps.clock());
      const { version, redactions } = requestApply(db, actor, app.deps.clock(), d);
      return reply.code(202).send({ version, redactions });
    },
  );

  app.post(
    '/api/v1/documents/:id/bad-redactions/accept',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary:
          'Publish text found under black boxes in the released file as it was released: the suggested redactions over it are removed',
        params: idParams,
        response: {
          200: z.object({
            id: z.number().int(),
            hiddenTextCheck: z.enum(['pending', 'clean', 'flagged', 'reviewed', 'skipped']).nullable(),
            redacted: z.boolean(),
          }),
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const d = visibleDocument(db, actor, req.params.id, app.deps.clock());
      const row = acceptBadRedactions(db, actor, app.deps.clock(), d);
      return { id: row.id, hiddenTextCheck: row.hiddenTextCheck, redacted: documentView(row).redacted };
    },
  );
};
