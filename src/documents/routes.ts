import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { seesPrivate } from '../auth/roles.js';
import { OCR_LANGUAGES } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { problemSchema } from '../http/problem.js';
import { requestVisible } from '../requests/service.js';
import { addTags, documentTagViews, removeTag } from '../tags/service.js';
import { hasPdftoppm } from './extract/tools.js';
import { imagesRendered, PDF_TYPE, pageImage } from './page-images.js';
import { containerFileWithheld } from './publication.js';
import { redactionRoutes } from './redaction/routes.js';
import {
  documentDetail,
  documentView,
  documentViewFor,
  listDocuments,
  pagesOf,
  parseOcrLanguage,
  readingFor,
  recordUpload,
  requestDocumentsFor,
  retryIngestion,
  setOcrLanguage,
  setWithheld,
  textOfDocument,
  uploadBatch,
  visibleDocument,
} from './service.js';
import { finishDocument, nextDocument, peekDocument, skipDocument } from './work-queue.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const documentSchema = z.object({
  id: z.number().int(),
  requestId: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  declaredType: z.string().nullable(),
  type: z.string().nullable().describe('The type found in the bytes (not the name)'),
  status: z.enum(['pending', 'processing', 'ready', 'failed']),
  error: z.string().nullable(),
  pages: z.number().int().nullable(),
  pagesDone: z.number().int().nullable(),
  textSource: z.enum(['embedded', 'ocr', 'mixed']).nullable(),
  ocrLanguage: z
    .enum(OCR_LANGUAGES)
    .nullable()
    .describe(
      "The language its scanned pages are OCRed in (tesseract: `eng`, `spa`, `eng+spa`); null: the server's default, `eng+spa` where the Spanish data is installed, else `eng`",
    ),
  needsOcr: z.string().nullable().describe('Why some pages have no text (no text layer and no OCR), or null'),
  reviewedAt: z.string().nullable().describe('When a volunteer finished tagging it'),
  redacted: z
    .boolean()
    .describe(
      'A redacted version was applied: the public reads only that version (its `sha256` and `size` are then the redacted PDF)',
    ),
  createdAt: z.string(),
});
const boxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const taggingSchema = z.object({
  id: z.number().int(),
  tag: z.object({ id: z.number().int(), name: z.string(), category: z.string() }),
  page: z.number().int().nullable().describe('null: the whole document'),
  note: z.string().nullable(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
});
const detailSchema = documentSchema.extend({
  pageImages: z
    .object({ rendered: z.number().int(), total: z.number().int() })
    .nullable()
    .describe('How many page images are rendered so far (signed-in readers; null for the public)'),
  redaction: z
    .object({
      version: z.number().int().describe('The applied redacted version (0: none)'),
      applying: z.boolean().describe('An apply is running'),
      pending: z.number().int().describe('Redactions added and not applied yet: the public does not see the document'),
      redactedAt: z.string().nullable(),
      redactedSha256: z.string().nullable(),
      error: z.string().nullable().describe('Why the last apply failed'),
      redactable: z.boolean(),
      hiddenTextCheck: z
        .enum(['pending', 'clean', 'flagged', 'reviewed', 'skipped'])
        .nullable()
        .describe('The check for text under black boxes in the released file (flagged: withheld until staff decide)'),
      badRedactions: z
        .array(z.object({ page: z.number().int(), text: z.string().nullable(), box: boxSchema.nullable() }))
        .describe('Text found under black boxes, by page (text null: the page could not be rendered to check)'),
    })
    .nullable()
    .describe('Redaction state, for signed-in readers (null for the public)'),
  withheld: z
    .object({ reason: z.string(), at: z.string().nullable(), by: z.number().int().nullable() })
    .nullable()
    .describe('Staff withheld the document from the public: why, when and who (signed-in readers; null otherwise)'),
  tags: z.array(taggingSchema),
  children: z.array(
    z.object({ id: z.number().int(), name: z.string(), status: z.enum(['pending', 'processing', 'ready', 'failed']) }),
  ),
});
const pageParams = z.object({ id: z.coerce.number().int().positive(), page: z.coerce.number().int().positive() });
const tagBody = z
  .object({
    tags: z.array(z.union([z.string().min(1).max(100), z.number().int().positive()])).max(50),
    page: z.number().int().positive().nullable().optional(),
    note: z.string().max(5000).nullable().optional(),
  })
  .strict();
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const versionQuery = z
  .enum(['original', 'redacted'])
  .optional()
  .describe(
    'Signed-in readers: `redacted` reads the redacted version (404 if none). The public always reads the public version.',
  );
/** Seconds a viewer waits before it asks again for a page image being rendered. */
const RENDER_RETRY_S = 2;

/** A file name safe to put in a header: the uploader's name is metadata, never a path. */
function dispositionName(name: string): string {
  const base = name.split(/[\\/]/).pop() || 'document';
  const ascii = base.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(base)}`;
}

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, blobs } = app.deps;
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 100, fields: 10 } });
  await app.register(redactionRoutes);

  app.post(
    '/api/v1/requests/:id/documents',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary: 'Upload one or more returned files (multipart field `file`, repeatable)',
        description: `Files are streamed to the blob store (never held in memory) and kept once by SHA-256; the same file twice on a request is one document (\`duplicate: true\`). Over the size limit: 413, and nothing of the upload is recorded. An optional field \`ocrLanguage\` (\`eng\`, \`spa\` or \`eng+spa\`; default \`eng+spa\` where the Spanish data is installed) says what language the scanned pages of these files are in.`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: {
          202: z.object({
            documents: z.array(
              z.object({
                id: z.number().int(),
                name: z.string(),
                status: z.string(),
                duplicate: z
                  .boolean()
                  .describe(
                    'The same file (by SHA-256) was already on this request: nothing new was stored, and the document is the one that was there',
                  ),
                uploadedName: z
                  .string()
                  .describe('The name this file was uploaded under (a duplicate keeps the name it had)'),
                message: z
                  .string()
                  .nullable()
                  .describe('For a duplicate: which document it already was, in words, with its address'),
              }),
            ),
          }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          413: problemSchema,
          415: problemSchema,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      requestVisible(db, actor, req.params.id, app.deps.clock());
      if (!req.isMultipart()) throw new AppError(415, 'not_multipart', 'Send the files as multipart/form-data');
      // Store every file first; record them only when all arrived whole.
      const batch = uploadBatch(db, blobs, config.UPLOAD_MAX_BYTES);
      try {
        let ocrLanguage: unknown;
        for await (const part of req.parts()) {
          if (part.type === 'file') await batch.add(part);
          else if (part.fieldname === 'ocrLanguage') ocrLanguage = part.value;
        }
        const language = parseOcrLanguage(ocrLanguage);
        if (!batch.stored.length) {
          throw new AppError(400, 'no_file', 'No file was sent', {
            errors: [{ path: 'file', message: 'is required' }],
          });
        }
        const now = app.deps.clock();
        const out = batch.stored.map((s) => {
          const { document, duplicate } = recordUpload(db, actor, now, req.params.id, s.blob, {
            name: s.name,
            declaredType: s.declaredType,
            ocrLanguage: language,
          });
          return {
            id: document.id,
            name: document.name,
            status: document.status,
            duplicate,
            uploadedName: s.name,
            message: duplicate
              ? `${s.name === document.name ? `“${s.name}”` : `“${s.name}” is the same file as “${document.name}”, which`} was already on this request as document ${document.id} (/api/v1/documents/${document.id}); it was not stored again`
              : null,
          };
        });
        return reply.code(202).send({ documents: out });
      } catch (err) {
        await batch.discard();
        throw err;
      }
    },
  );

  app.get(
    '/api/v1/documents/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary: 'A document: status, hash, pages, text source, tags, children (visible as its request is)',
        params: idParams,
        response: { 200: detailSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) =>
      documentDetail(db, visibleDocument(db, req.actor, req.params.id, app.deps.clock()), seesPrivate(req.actor)),
  );

  app.get(
    '/api/v1/documents',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary: 'Documents across requests, newest first, filtered by tag, status, request or agency',
        querystring: z
          .object({
            tag: z.string().min(1).max(100).optional(),
            status: z.enum(['pending', 'processing', 'ready', 'failed']).optional(),
            requestId: z.coerce.number().int().positive().optional(),
            agencyId: z.coerce.number().int().positive().optional(),
            campaignId: z.coerce
              .number()
              .int()
              .positive()
              .optional()
              .describe("A campaign's documents (signed-in callers)"),
            untagged: z.enum(['true', 'false']).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            cursor: z.coerce.number().int().positive().optional().describe('The `nextCursor` of the previous page'),
          })
          .strict(),
        response: {
          200: z.object({ documents: z.array(documentSchema), nextCursor: z.number().int().nullable() }),
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const rows = listDocuments(
        db,
        req.actor,
        {
          ...req.query,
          untagged: req.query.untagged === 'true' ? true : req.query.untagged === 'false' ? false : undefined,
        },
        app.deps.clock(),
      );
      const more = rows.length > req.query.limit;
      const page = rows.slice(0, req.query.limit);
      return {
        documents: page.map((d) => documentViewFor(db, req.actor, d)),
        nextCursor: more ? (page[page.length - 1]?.id ?? null) : null,
      };
    },
  );

  app.get(
    '/api/v1/requests/:id/documents',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary: "A request's documents, zip members and e-mail attachments included (parentId)",
        params: idParams,
        response: { 200: z.object({ documents: z.array(documentSchema) }), 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) => {
      requestVisible(db, req.actor, req.params.id, app.deps.clock());
      return { documents: requestDocumentsFor(db, req.actor, req.params.id) };
    },
  );

  app.get(
    '/api/v1/documents/:id/pages',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary: 'Text of the pages, from page `from` on (the redacted version for the public, once one is applied)',
        params: idParams,
        querystring: z
          .object({
            from: z.coerce.number().int().positive().default(1),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            version: versionQuery,
          })
          .strict(),
        response: {
          200: z.object({
            pages: z.array(
              z.object({ page: z.number().int(), text: z.string(), source: z.enum(['embedded', 'ocr', 'none']) }),
            ),
            total: z.number().int(),
          }),
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const d = visibleDocument(db, req.actor, req.params.id, app.deps.clock());
      return pagesOf(db, d.id, req.query.from, req.query.limit, readingFor(db, req.actor, d, req.query.version));
    },
  );

  app.get(
    '/api/v1/documents/:id/text',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary:
          'The extracted text, pages separated by form feeds, as a .txt attachment (the redacted version for the public, once one is applied)',
        params: idParams,
        querystring: z.object({ version: versionQuery }).strict(),
        produces: ['text/plain'],
      },
    },
    async (req, reply) => {
      const d = visibleDocument(db, req.actor, req.params.id, app.deps.clock());
      const reading = readingFor(db, req.actor, d, req.query.version);
      return (
        reply
          .type('text/plain; charset=utf-8')
          .header('content-disposition', dispositionName(`${d.name.replace(/\.[A-Za-z0-9]{1,5}$/, '')}.txt`))
          .header('x-content-type-options', 'nosniff')
          // An agency's HTML or SVG must never run as this site's page, even if opened inline.
          .header('content-security-policy', "default-src 'none'; sandbox")
          .send(Readable.from(textOfDocument(db, d.id, reading)))
      );
    },
  );

  app.get(
    '/api/v1/documents/:id/pages/:page/image',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary:
          'An image of one page: PDF pages rendered once at 150 dpi (capped at 2600 pixels) and kept; an image document is its own page 1',
        description: `The public is served the redacted version's page images once one is applied. A page not rendered yet answers 202 with \`Retry-After\` (the worker renders a document's pages in batches after ingestion, first pages first); ask again then. Responses carry an ETag (the image's SHA-256) for cheap revalidation.`,
        params: pageParams,
        querystring: z.object({ version: versionQuery }).strict(),
        produces: ['image/png'],
      },
    },
    async (req, reply) => {
      const d = visibleDocument(db, req.actor, req.params.id, app.deps.clock());
      const reading = readingFor(db, req.actor, d, req.query.version);
      const n = req.params.page;
      // An agency's image is served as the image it was sniffed as, never as anything a browser runs.
      reply
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox");
      const send = (sha256: string, type: string) => {
        // Revalidated each time: a page redacted since must not be shown from a cache.
        reply.header('etag', `"${sha256}"`).header('cache-control', 'private, no-cache');
        if (req.headers['if-none-match'] === `"${sha256}"`) return reply.code(304).send();
        return reply.type(type).send(blobs.open(sha256));
      };
      if (reading.kind === 'original' && d.sniffedType && IMAGE_TYPES.has(d.sniffedType) && n === 1) {
        return send(d.sha256, d.sniffedType);
      }
      if (d.pages == null || n > d.pages)
        throw new AppError(404, 'not_found', `Document ${d.id} has no page image ${n}`);
      const row = pageImage(db, d.id, n, reading.kind === 'redacted' ? reading.version : 0);
      if (row?.sha256) return send(row.sha256, 'image/png');
      if (row?.error) throw new AppError(404, 'not_renderable', `Page ${n} could not be rendered: ${row.error}`);
      if (reading.kind === 'redacted' || d.sniffedType !== PDF_TYPE) {
        throw new AppError(404, 'not_found', `Document ${d.id} has no page image ${n}`);
      }
      if (!hasPdftoppm()) {
        throw new AppError(404, 'no_page_images', 'Page images need poppler-utils (pdftoppm) on this server');
      }
      return reply
        .code(202)
        .header('retry-after', String(RENDER_RETRY_S))
        .header('cache-control', 'no-store')
        .type('application/json')
        .send({ status: 'rendering', page: n, rendered: imagesRendered(db, d.id), pages: d.pages });
    },
  );

  app.patch(
    '/api/v1/documents/:id',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary:
          'Change what can be changed of a document: the language its scanned pages are OCRed in, and whether staff withhold it from the public',
        description:
          '`ocrLanguage`: a ready document whose pages were OCRed is read again in the new language (202); otherwise the language is used when it is read (200); `null` goes back to the default. `withheld`: a reason keeps the document from the public (404 to them, left out of lists, search, feeds and public pages) whatever else holds, for a record that cannot be redacted by box (a spreadsheet, an e-mail) or is not to be published yet; `null` publishes it again as far as the rest allows (redactions waiting or hidden text undecided still withhold it). Both are in the audit log.',
        params: idParams,
        body: z
          .object({
            ocrLanguage: z.enum(OCR_LANGUAGES).nullable().optional(),
            withheld: z
              .string()
              .trim()
              .min(1)
              .max(500)
              .nullable()
              .optional()
              .describe('Why the public may not read it (e.g. "names of private persons"); null to publish it again'),
          })
          .strict(),
        response: { 200: detailSchema, 202: detailSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req, reply) => {
      const { ocrLanguage, withheld } = req.body;
      if (ocrLanguage === undefined && withheld === undefined) {
        throw new AppError(422, 'validation_failed', 'Give what to change: ocrLanguage, withheld or both');
      }
      const now = app.deps.clock();
      const actor = actorOf(req);
      let d = visibleDocument(db, req.actor, req.params.id, now);
      if (withheld !== undefined) d = setWithheld(db, actor, now, d.id, withheld);
      let reread = false;
      if (ocrLanguage !== undefined) ({ document: d, reread } = setOcrLanguage(db, actor, now, d.id, ocrLanguage));
      return reply.code(reread ? 202 : 200).send(documentDetail(db, d, true));
    },
  );

  app.post(
    '/api/v1/documents/:id/retry',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary: 'Run ingestion again: a failed document, or one whose scanned pages could not be OCRed',
        params: idParams,
        response: { 202: documentSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema },
      },
    },
    async (req, reply) => {
      const d = visibleDocument(db, req.actor, req.params.id, app.deps.clock());
      return reply.code(202).send(documentView(retryIngestion(db, actorOf(req), app.deps.clock(), d.id)));
    },
  );

  app.post(
    '/api/v1/documents/:id/tags',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['documents'],
        summary:
          'Tag the document, or one page (`page`), with an optional note; a note alone is `{tags: [], page, note}`',
        params: idParams,
        body: tagBody,
        response: { 201: detailSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const d = visibleDocument(db, actor, req.params.id, app.deps.clock());
      addTags(db, actor, app.deps.clock(), d.id, req.body);
      return reply.code(201).send(documentDetail(db, d, true));
    },
  );

  app.delete(
    '/api/v1/documents/:id/tags/:tag',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['documents'],
        summary:
          'Remove a tag (name or id) from the document, or from one page with `?page=N`; the removal is recorded',
        params: z.object({ id: z.coerce.number().int().positive(), tag: z.string().min(1).max(100) }),
        querystring: z.object({ page: z.coerce.number().int().positive().optional() }).strict(),
        response: { 200: detailSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const d = visibleDocument(db, actor, req.params.id, app.deps.clock());
      removeTag(db, actor, app.deps.clock(), d.id, req.params.tag, req.query.page ?? null);
      return documentDetail(db, d, true);
    },
  );

  app.get(
    '/api/v1/documents/:id/tags/history',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['documents'],
        summary: 'Every tagging of the document, removed ones included: who tagged, when, and who removed it when',
        params: idParams,
        response: {
          200: z.object({
            tags: z.array(
              taggingSchema.extend({ removedAt: z.string().nullable(), removedBy: z.number().int().nullable() }),
            ),
          }),
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const d = visibleDocument(db, req.actor, req.params.id, app.deps.clock());
      const rows = documentTagViews(db, [d.id], true).get(d.id) ?? [];
      return { tags: rows.map((t) => ({ ...t, removedAt: t.removedAt ?? null, removedBy: t.removedBy ?? null })) };
    },
  );

  app.get(
    '/api/v1/documents/next',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['documents'],
        summary:
          'The work queue, looked at: the document POST would hand you next, not taken (a read-only token sees public ones only); 204 when there is none',
        response: {
          200: z.object({ document: detailSchema, leaseUntil: z.null() }),
          204: z.null().describe('No work'),
        },
      },
    },
    async (req, reply) => {
      const d = peekDocument(db, req.actor, app.deps.clock());
      if (!d) return reply.code(204).send(null);
      return { document: documentDetail(db, d, seesPrivate(req.actor)), leaseUntil: null };
    },
  );

  app.post(
    '/api/v1/documents/next',
    {
      config: { access: 'volunteer' },
      schema: {
        tags: ['documents'],
        summary:
          'The work queue: take the oldest ready, untagged document, held for you for a short lease; 204 when there is none',
        response: {
          200: z.object({ document: detailSchema, leaseUntil: z.string() }),
          204: z.null().describe('No work'),
        },
      },
    },
    async (req, reply) => {
      const d = nextDocument(db, actorOf(req), app.deps.clock(), config.TAGGING_LEASE_MS);
      if (!d) return reply.code(204).send(null);
      return { document: documentDetail(db, d, true), leaseUntil: d.leaseUntil ?? '' };
    },
  );

  for (const action of ['done', 'skip'] as const) {
    app.post(
      `/api/v1/documents/:id/${action}`,
      {
        config: { access: 'volunteer' },
        schema: {
          tags: ['documents'],
          summary:
            action === 'done'
              ? 'Tagging of this document is finished: it leaves the work queue'
              : 'Pass on this document: it is released and not handed to you again',
          params: idParams,
          response: { 200: documentSchema, 404: problemSchema, 422: problemSchema },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const d = visibleDocument(db, actor, req.params.id, app.deps.clock());
        (action === 'done' ? finishDocument : skipDocument)(db, actor, app.deps.clock(), d.id);
        return documentView(visibleDocument(db, actor, d.id, app.deps.clock()));
      },
    );
  }

  app.get(
    '/api/v1/documents/:id/file',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary:
          'The original file, as an attachment with the type found in its bytes; for the public, the redacted PDF once one is applied',
        description:
          'A redacted version is a PDF made of the redacted page images only: no text layer, nothing else of the original file. A container (zip, e-mail) whose members are redacted or withheld is not served to the public as a file; its members are, one by one.',
        params: idParams,
        querystring: z.object({ version: versionQuery }).strict(),
        produces: ['application/octet-stream'],
      },
    },
    async (req, reply) => {
      const d = visibleDocument(db, req.actor, req.params.id, app.deps.clock());
      // The public downloads what the tracker could read (a ready document): a failed upload (an
      // executable renamed .pdf, a corrupt file) is for staff to look at, not to publish.
      if (!seesPrivate(req.actor) && d.status !== 'ready') throw notFound(`Document ${d.id}`);
      const reading = readingFor(db, req.actor, d, req.query.version);
      if (reading.kind === 'redacted') {
        const base =
          d.name
            .split(/[\\/]/)
            .pop()
            ?.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'document';
        return reply
          .type('application/pdf')
          .header('content-disposition', dispositionName(`${base}-redacted.pdf`))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('content-length', String(reading.size))
          .send(blobs.open(reading.sha256));
      }
      if (!seesPrivate(req.actor)) {
        const why = containerFileWithheld(db, d);
        if (why) throw new AppError(404, 'file_withheld', `The file of document ${d.id} is not public: ${why}`);
      }
      return (
        reply
          .type(d.sniffedType ?? 'application/octet-stream')
          .header('content-disposition', dispositionName(d.name))
          .header('x-content-type-options', 'nosniff')
          // An agency's HTML or SVG must never run as this site's page, even if opened inline.
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('content-length', String(d.size))
          .send(blobs.open(d.sha256))
      );
    },
  );
};
