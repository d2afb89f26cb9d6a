/**
 * Response serialization: each route's zod response schema is turned into JSON Schema once and
 * compiled with fast-json-stringify. Only declared properties are written, so the schema stays an
 * allow-list (nothing leaks by accident), at a fraction of the cost of validating every response.
 */

import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { type ZodType, z } from 'zod';

export const serializerCompiler: FastifySerializerCompiler<ZodType> = ({ schema }) => {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-7' });
  const stringify = fastJson(json as Parameters<typeof fastJson>[0]);
  return (data) => stringify(data);
};
