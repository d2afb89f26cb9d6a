import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/plugin.js';
import { seesPrivate } from '../auth/roles.js';
import { problemSchema } from '../http/problem.js';
import { createTag, listTags, slugOf, tagCounts, tagView } from './service.js';

const tagSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  category: z.string(),
  description: z.string().nullable(),
  documents: z.number().int().describe('Documents you may see that carry this tag now'),
});

export const tagRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/api/v1/tags',
    {
      config: { access: 'public' },
      schema: {
        tags: ['tags'],
        summary: 'The tag vocabulary (vendors, document types, topics, and categories staff added)',
        querystring: z
          .object({
            category: z.string().min(1).max(50).optional(),
            q: z.string().min(1).max(100).optional().describe('Part of a tag name, any case'),
          })
          .strict(),
        response: { 200: z.object({ tags: z.array(tagSchema) }), 422: problemSchema },
      },
    },
    async (req) => {
      const counts = tagCounts(db, req.actor, app.deps.clock());
      const q = req.query.q === undefined ? undefined : slugOf(req.query.q);
      // A tag staff made shows the public only once it is on something the public may see: its name
      // alone can tell of a private investigation. The seeded vocabulary (no creator) always shows.
      const full = seesPrivate(req.actor);
      return {
        tags: listTags(db, req.query.category)
          .filter((t) => !q || t.slug.includes(q))
          .filter((t) => full || t.createdBy === null || (counts.get(t.id) ?? 0) > 0)
          .map((t) => ({ ...tagView(t), documents: counts.get(t.id) ?? 0 })),
      };
    },
  );

  app.post(
    '/api/v1/tags',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['tags'],
        summary: 'Add a tag to the vocabulary (any category: vendor, document type, topic or a new one)',
        body: z
          .object({
            name: z.string().trim().min(1).max(100),
            category: z.string().trim().min(1).max(50),
            description: z.string().max(1000).nullable().optional(),
          })
          .strict(),
        response: { 201: tagSchema, 409: problemSchema, 422: problemSchema },
      },
    },
    async (req, reply) => {
      const row = createTag(db, actorOf(req), app.deps.clock(), req.body);
      return reply.code(201).send({ ...tagView(row), documents: 0 });
    },
  );
};
