/**
 * Conditional GET for documents that are built whole (feeds, calendars): an ETag from the bytes and a
 * Last-Modified from the newest change, so that a feed reader polling every few minutes gets a 304
 * and no body while nothing changed.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

function matches(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

/**
 * The Last-Modified of a document that also says how late things are today: no earlier than the start
 * of the current hour, since such text changes when a day begins in some jurisdiction (every US time
 * zone is a whole number of hours from UTC), though nothing stored changed.
 */
export function modifiedSince(updated: string, now: Date): string {
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  const t = new Date(updated);
  return Number.isNaN(t.getTime()) || t.toISOString() < hour ? hour : t.toISOString();
}

export function sendConditional(
  req: FastifyRequest,
  reply: FastifyReply,
  body: string,
  contentType: string,
  lastModified: string,
  cacheControl: string,
) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const modified = new Date(lastModified);
  reply.header('etag', etag).header('cache-control', cacheControl);
  if (!Number.isNaN(modified.getTime())) reply.header('last-modified', modified.toUTCString());
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  // RFC 9110 13.1.3: If-Modified-Since counts only without If-None-Match; HTTP dates have whole seconds.
  const unchanged =
    ifNoneMatch !== undefined
      ? matches(ifNoneMatch, etag)
      : ifModifiedSince !== undefined &&
        !Number.isNaN(modified.getTime()) &&
        Math.floor(modified.getTime() / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000);
  if (unchanged) return reply.code(304).send();
  return reply.type(contentType).send(body);
}
