/**
 * Atom feeds of public requests: all of them, per agency, jurisdiction and tag, and one request's
 * timeline and released documents. Public, and always the anonymous view whoever asks: a feed's
 * address is passed around. Described in /openapi.json like the JSON routes, so that the access
 * tests read them too.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { modifiedSince, sendConditional } from '../http/conditional.js';
import { problemSchema } from '../http/problem.js';
import { tagName } from '../requests/schemas.js';
import { type BuiltFeed, FEED_SIZE, listFeed, requestFeed } from './service.js';

const ATOM = 'application/atom+xml; charset=utf-8';
const tags = ['feeds'];
const errors = { 404: problemSchema, 422: problemSchema };
const id = z.coerce.number().int().positive();

export const feedRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const now = () => app.deps.clock();
  // No caching without asking: a request made private must leave every feed at once.
  const send = (
    req: Parameters<typeof sendConditional>[0],
    reply: Parameters<typeof sendConditional>[1],
    feed: BuiltFeed,
  ) =>
    sendConditional(
      req,
      reply.header('content-security-policy', "default-src 'none'; sandbox"),
      feed.xml,
      ATOM,
      // Entries say how many days late an agency is, which changes with the day.
      modifiedSince(feed.updated, now()),
      'public, no-cache',
    );
  const listDescription = `The ${FEED_SIZE} most recently changed public requests (and embargoed ones whose embargo has ended, by the agency's today), newest first; each links to its public page. ETag and Last-Modified answer conditional requests with 304.`;

  app.get(
    '/feeds/requests.atom',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Atom feed of public requests',
        description: listDescription,
        produces: ['application/atom+xml'],
        response: errors,
      },
    },
    async (req, reply) => send(req, reply, listFeed(db, config, now(), { kind: 'all' })),
  );

  app.get(
    '/feeds/agencies/:id.atom',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "Atom feed of an agency's public requests",
        description: listDescription,
        params: z.object({ id }),
        produces: ['application/atom+xml'],
        response: errors,
      },
    },
    async (req, reply) => send(req, reply, listFeed(db, config, now(), { kind: 'agency', agencyId: req.params.id })),
  );

  app.get(
    '/feeds/jurisdictions/:code.atom',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Atom feed of the public requests to the agencies of a jurisdiction',
        description: `${listDescription} \`code\` is US or US-XX.`,
        params: z.object({
          code: z
            .string()
            .max(10)
            .transform((c) => c.toUpperCase()),
        }),
        produces: ['application/atom+xml'],
        response: errors,
      },
    },
    async (req, reply) =>
      send(req, reply, listFeed(db, config, now(), { kind: 'jurisdiction', code: req.params.code })),
  );

  app.get(
    '/feeds/tags/:tag.atom',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Atom feed of the public requests with a tag',
        description: `${listDescription} Tags match as the request list's \`tag\` filter matches them; a tag no public request carries gives an empty feed.`,
        params: z.object({ tag: tagName }),
        produces: ['application/atom+xml'],
        response: errors,
      },
    },
    async (req, reply) => send(req, reply, listFeed(db, config, now(), { kind: 'tag', tag: req.params.tag })),
  );

  app.get(
    '/feeds/requests/:id.atom',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Atom feed of one public request: its timeline and released documents',
        description:
          "Events in words from their structured facts (staff's notes and correspondence stay out), and each document once it is ready, with its file as an enclosure. A request the public may not see is a 404.",
        params: z.object({ id }),
        produces: ['application/atom+xml'],
        response: errors,
      },
    },
    async (req, reply) => send(req, reply, requestFeed(db, config, now(), req.params.id)),
  );
};
