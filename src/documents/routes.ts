import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { AppError } from '../errors.js';
import { problemSchema } from '../http/problem.js';
import { requestVisible } from '../requests/service.js';
import type { StoredBlob } from './blob-store.js';
import { documentView, recordUpload, visibleDocument } from './service.js';

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
  createdAt: z.string(),
});

/** A file name safe to put in a header: the uploader's name is metadata, never a path. */
function dispositionName(name: string): string {
  const base = name.split(/[\\/]/).pop() || 'document';
  const ascii = base.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(base)}`;
}

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, blobs } = app.deps;
  const today = () => app.deps.clock().toISOString().slice(0, 10);
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 100, fields: 10 } });

  app.post(
    '/api/v1/requests/:id/documents',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['documents'],
        summary: 'Upload one or more returned files (multipart field `file`, repeatable)',
        description: `Files are streamed to the blob store (never held in memory) and kept once by SHA-256; the same file twice on a request is one document (\`duplicate: true\`). Over the size limit: 413, and nothing of the upload is recorded.`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: {
          202: z.object({
            documents: z.array(
              z.object({ id: z.number().int(), name: z.string(), status: z.string(), duplicate: z.boolean() }),
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
      requestVisible(db, actor, req.params.id, today());
      if (!req.isMultipart()) throw new AppError(415, 'not_multipart', 'Send the files as multipart/form-data');
      // Store every file first; record them only when all arrived whole.
      const stored: { blob: StoredBlob; name: string; declaredType: string | null }[] = [];
      for await (const part of req.files()) {
        const blob = await blobs.put(part.file);
        if (part.file.truncated) {
          throw new AppError(
            413,
            'file_too_large',
            `${part.filename} is over the ${config.UPLOAD_MAX_BYTES}-byte limit`,
          );
        }
        stored.push({ blob, name: part.filename || 'document', declaredType: part.mimetype || null });
      }
      if (!stored.length) {
        throw new AppError(400, 'no_file', 'No file was sent', { errors: [{ path: 'file', message: 'required' }] });
      }
      const now = app.deps.clock();
      const out = stored.map((s) => {
        const { document, duplicate } = recordUpload(db, actor, now, req.params.id, s.blob, {
          name: s.name,
          declaredType: s.declaredType,
        });
        return { id: document.id, name: document.name, status: document.status, duplicate };
      });
      return reply.code(202).send({ documents: out });
    },
  );

  app.get(
    '/api/v1/documents/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary: 'A document: status, hash, pages, text source (visible as its request is)',
        params: idParams,
        response: { 200: documentSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req) => documentView(visibleDocument(db, req.actor, req.params.id, today())),
  );

  app.get(
    '/api/v1/documents/:id/file',
    {
      config: { access: 'public' },
      schema: {
        tags: ['documents'],
        summary: 'The original file, as an attachment with the type found in its bytes',
        params: idParams,
        produces: ['application/octet-stream'],
      },
    },
    async (req, reply) => {
      const d = visibleDocument(db, req.actor, req.params.id, today());
      return reply
        .type(d.sniffedType ?? 'application/octet-stream')
        .header('content-disposition', dispositionName(d.name))
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(d.size))
        .send(blobs.open(d.sha256));
    },
  );
};
