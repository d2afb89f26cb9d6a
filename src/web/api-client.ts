/**
 * Pages over the documents, tags and search API read it through the API itself (an in-process
 * inject carrying the caller's own credentials), so they see exactly what the caller may see and
 * follow that API's contract rather than its internals.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export interface ApiResult<T> {
  status: number;
  body: T;
}

export async function apiGet<T>(app: FastifyInstance, req: FastifyRequest, url: string): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  if (req.headers.authorization) headers.authorization = req.headers.authorization;
  const res = await app.inject({ method: 'GET', url, headers });
  let body: unknown = null;
  if (res.body && (res.headers['content-type'] ?? '').toString().includes('json')) body = JSON.parse(res.body);
  if (res.statusCode === 404 && (body as { code?: string } | null)?.code === 'route_not_found') {
    throw new AppError(
      503,
      'not_available',
      'This part of the tracker (documents, tags and search) is not available yet.',
    );
  }
  return { status: res.statusCode, body: body as T };
}

/** The body of a 2xx answer; a 404 stays a 404, other refusals carry the API's own detail. */
export async function apiRead<T>(app: FastifyInstance, req: FastifyRequest, url: string): Promise<T> {
  const res = await apiGet<T>(app, req, url);
  if (res.status >= 200 && res.status < 300) return res.body;
  const problem = res.body as { code?: string; detail?: string } | null;
  throw new AppError(res.status, problem?.code ?? 'api_error', problem?.detail ?? `The API answered ${res.status}`);
}
