/**
 * Zip exports of a request and of a campaign, for litigation and archives. The organisation's own
 * records (private requests, staff mail): volunteers and up, never read-only tokens. Streamed: the
 * reply pulls the archive's bytes as the blobs are read, so a large document is never held whole.
 */
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { problemSchema } from '../http/problem.js';
import { type ExportContext, exportCampaign, exportRequest, type PreparedExport } from './service.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 413: problemSchema, 422: problemSchema };
const tags = ['feeds'];
const contents =
  'request.txt (the request and its text), letter.txt (the rendered request letter), timeline.csv and .json, clocks.txt and .json (each clock with its explanation), messages/ (every message as .eml: the bytes handed to SMTP, or as received; messages not yet built are listed as left out), documents/ (every original as <id>-<cleaned name>, and its text as .txt), SHA256SUMS and README.txt (the manifest with SHA-256 sums and notes). 413 when it would pass 4 GiB (no Zip64).';

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const context = (req: FastifyRequest): ExportContext => ({
    db: app.deps.db,
    blobs: app.deps.blobs,
    config: app.deps.config,
    actor: actorOf(req),
    now: app.deps.clock(),
  });
  const send = (req: FastifyRequest, reply: FastifyReply, prepared: PreparedExport) => {
    reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${prepared.filename}"`)
      .header('cache-control', 'private, no-store');
    // A HEAD gets the headers only: Fastify would otherwise build the whole archive to discard it.
    if (req.method === 'HEAD') return reply.send();
    return reply.send(Readable.from(prepared.bytes(), { objectMode: false }));
  };

  app.get(
    '/api/v1/requests/:id/export.zip',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags,
        summary: "A request's export: letter, timeline, every message and document, clock explanations",
        description: `One folder named after the request (request-<id>-<title>/): ${contents}`,
        params: idParams,
        produces: ['application/zip'],
        response: errors,
      },
    },
    async (req, reply) => send(req, reply, exportRequest(context(req), req.params.id)),
  );

  app.get(
    '/api/v1/campaigns/:id/export.zip',
    {
      config: { access: 'volunteer', privateRecords: true },
      schema: {
        tags,
        summary: "A campaign's export: one folder per request, each as in a request's export",
        description: `campaign-<id>-<title>/README.txt lists the requests; each request-<id>-<title>/ folder holds ${contents}`,
        params: idParams,
        produces: ['application/zip'],
        response: errors,
      },
    },
    async (req, reply) => send(req, reply, exportCampaign(context(req), req.params.id)),
  );
};
