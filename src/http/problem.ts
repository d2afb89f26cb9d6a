/**
 * RFC 9457 problem details: the only error shape the API sends. One handler maps every error
 * (domain AppError, schema validation, Fastify's own) to it; a 5xx never carries internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type FieldError } from '../errors.js';
import { fieldMessage } from './messages.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .passthrough()
  .describe('RFC 9457 problem details');

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
  extra?: Record<string, unknown>,
) {
  const body = {
    type: `/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: request.url,
    code,
    requestId: String(request.id),
    // A service's "must not be after ..." becomes "The date must not be after ...": one wording for all.
    ...(errors ? { errors: errors.map((e) => ({ path: e.path, message: fieldMessage(e.path, e.message) })) } : {}),
    ...(extra ?? {}),
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(body);
}

const FASTIFY_CODES: Record<string, { status: number; code: string; detail?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', detail: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', detail: 'The JSON body is empty' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body_too_large',
    detail: 'The request body is over the size limit',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_content_length' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'file_too_large', detail: 'A file is over the upload size limit' },
  FST_FILES_LIMIT: { status: 413, code: 'too_many_files', detail: 'Too many files in one upload' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'not_multipart',
    detail: 'Send the files as multipart/form-data',
  },
};

function fieldPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.') || '(root)';
}

/**
 * A multipart body the parser could not read (no boundary, cut short, a broken part header) is the
 * client's mistake: say which, as a 400. busboy reports these as plain errors.
 */
export function malformedMultipart(error: Error): string | null {
  const m = error.message;
  if (/boundary not found/i.test(m)) {
    return 'The multipart body has no boundary: send Content-Type: multipart/form-data; boundary=...';
  }
  if (/unexpected end of (form|multipart data)/i.test(m)) return 'The multipart body was cut short before its end';
  if (/malformed (part )?header/i.test(m)) return 'A part of the multipart body has a malformed header';
  return null;
}

/**
 * Fastify's router answers a malformed address (bad percent-encoding) and an over-long path parameter
 * before any route or error handler runs, in a JSON of its own: given as `frameworkErrors`, they are
 * problem details like every other error.
 */
/** A failure of ours: logged with the error, answered with the request id and nothing of the error. */
function internalError(request: FastifyRequest, reply: FastifyReply, error: unknown, what: string) {
  request.log.error({ err: error }, what);
  return sendProblem(
    request,
    reply,
    500,
    'internal_error',
    'Something went wrong on our side; the error was logged with this request id.',
  );
}

export function frameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(request, reply, 414, 'uri_too_long', 'A part of the address is too long to be an id or a name');
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(request, reply, 400, 'bad_url', 'The address has a part that is not valid percent-encoding');
  }
  return internalError(request, reply, error, 'router error');
}

export function registerProblemHandlers(
  app: FastifyInstance,
  /** Renders a 404 as a page for browsers (paths outside /api/ whose request accepts HTML). */
  htmlNotFound?: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.status, error.code, error.message, error.errors, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as FastifyError).validationContext ?? 'request';
      // zod worded the messages already (src/http/messages.ts); an unknown field is named one by one.
      const errors = error.validation.flatMap((v) => {
        const keys = (v.params as { keys?: unknown }).keys;
        if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
          const prefix = fieldPath(v.instancePath);
          return keys.map((k) => ({
            path: prefix === '(root)' ? String(k) : `${prefix}.${k}`,
            message: `The ${where === 'querystring' ? 'query parameter' : 'field'} “${String(k)}” is not one this takes`,
          }));
        }
        const path = fieldPath(v.instancePath);
        return [{ path, message: fieldMessage(path, v.message ?? 'is not valid') }];
      });
      const detail = `${[...new Set(errors.map((e) => e.message))].join('. ')}.`;
      return sendProblem(request, reply, 422, 'validation_failed', detail, errors);
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendProblem(request, reply, known.status, known.code, known.detail ?? error.message);
    const malformed = malformedMultipart(error);
    if (malformed) return sendProblem(request, reply, 400, 'malformed_multipart', malformed);
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return sendProblem(request, reply, status, error.code?.toLowerCase() ?? 'bad_request', error.message);
    }
    return internalError(request, reply, error, 'unhandled error');
  });

  app.setNotFoundHandler((request, reply) => {
    const browser =
      htmlNotFound &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      /text\/html/.test(request.headers.accept ?? '');
    if (browser) return htmlNotFound(request, reply);
    return sendProblem(
      request,
      reply,
      404,
      'route_not_found',
      `No route ${request.method} ${request.url.split('?')[0]}`,
    );
  });
}
