import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../http/problem.js';
import { noControlCharacters } from '../jurisdictions/schemas.js';
import { searchDocuments } from './by-tag.js';
import { PAGES_PER_DOCUMENT } from './service.js';

const isoDate = z.iso.date();

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/api/v1/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['search'],
        summary: 'Full-text search of document pages, limited to what you may see, by page or grouped by document',
        description:
          'Words must all match (stemmed: "monitor" finds "monitoring"); "quoted phrases"; prefix* terms; OR between two terms; -word excludes. `snippet` is HTML-escaped text with <mark> around the hits. A tag alone (no `q`) lists the documents and pages that carry it, newest document first (`snippet` is then the start of the page); a tag that is not in the vocabulary is a 422 `unknown_tag` naming it. `group=document` groups word hits by document. `from`/`to` filter on the day the document arrived. Hits come by relevance (bm25), or newest first with `sort=newest` and whenever the words match more than 20,000 pages (`order` says which). A malformed query is a 400 problem. The public searches the redacted text of redacted documents, and never a document withheld for redaction.',
        querystring: z
          .object({
            q: z
              .string()
              .max(500)
              .refine(noControlCharacters, 'must not contain control characters')
              .optional()
              .describe('The words; may be left out when `tag` is given'),
            tag: z
              .string()
              .min(1)
              .max(100)
              .optional()
              .describe(
                'A tag of the vocabulary, any variant of its name ("Media Sonar", "media-sonar"); alone, it lists the tagged documents and pages',
              ),
            agencyId: z.coerce.number().int().positive().optional(),
            campaignId: z.coerce
              .number()
              .int()
              .positive()
              .optional()
              .describe("A campaign's documents (signed-in callers)"),
            jurisdiction: z.string().min(2).max(10).optional(),
            requestId: z.coerce.number().int().positive().optional(),
            documentId: z.coerce.number().int().positive().optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            sort: z.enum(['relevance', 'newest']).default('relevance'),
            group: z
              .enum(['page', 'document'])
              .default('page')
              .describe(
                '`document`: hits grouped by document (`documents` instead of `hits`), each with its matching pages; `limit` and the cursor then count documents',
              ),
            limit: z.coerce.number().int().min(1).max(100).default(20),
            cursor: z.string().max(200).optional(),
          })
          .strict(),
        response: {
          200: z.object({
            hits: z
              .array(
                z.object({
                  documentId: z.number().int(),
                  documentName: z.string(),
                  requestId: z.number().int(),
                  requestTitle: z.string(),
                  agencyId: z.number().int(),
                  agencyName: z.string(),
                  jurisdiction: z.string(),
                  page: z.number().int(),
                  snippet: z.string(),
                  tags: z.array(z.string()),
                  tagged: z
                    .enum(['document', 'page'])
                    .optional()
                    .describe(
                      'In a search by tag alone: the tag is on the whole document (`page` is then 1) or on this page',
                    ),
                }),
              )
              .optional()
              .describe('One hit per matching page (`group=page`, the default)'),
            documents: z
              .array(
                z.object({
                  documentId: z.number().int(),
                  documentName: z.string(),
                  requestId: z.number().int(),
                  requestTitle: z.string(),
                  agencyId: z.number().int(),
                  agencyName: z.string(),
                  jurisdiction: z.string(),
                  tags: z.array(z.string()),
                  pagesMatched: z.number().int(),
                  pages: z
                    .array(z.object({ page: z.number().int(), snippet: z.string() }))
                    .describe(`Its first ${PAGES_PER_DOCUMENT} matching pages`),
                }),
              )
              .optional()
              .describe('Hits grouped by document (`group=document`)'),
            order: z
              .enum(['relevance', 'newest'])
              .describe(
                'How the hits are ordered: newest first when asked, or when the words match more than 20,000 pages',
              ),
            nextCursor: z.string().nullable(),
          }),
          400: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const { group, ...q } = req.query;
      return searchDocuments(db, req.actor, q, app.deps.clock(), group);
    },
  );
};
