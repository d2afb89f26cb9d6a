/**
 * The HTML pages for staff and volunteers, served by the API process: no framework, no CDN, small
 * pages. Every page route is hidden from the API description, declares its access, and sends the
 * security headers; refusals and errors are rendered as pages, not problem documents.
 */
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { malformedMultipart } from '../http/problem.js';
import { ASSET_NAMES, asset } from './assets.js';
import { html } from './html.js';
import { page, sendPage } from './layout.js';
import { agencyPages } from './pages/agencies.js';
import { authPages } from './pages/auth.js';
import { campaignPages } from './pages/campaigns.js';
import { dashboardPage } from './pages/dashboard.js';
import { documentPages } from './pages/documents.js';
import { inboxPages } from './pages/inbox.js';
import { letterPages } from './pages/letters.js';
import { messagePages } from './pages/messages.js';
import { publicPages } from './pages/public.js';
import { requestPages } from './pages/requests.js';
import { searchPage } from './pages/search.js';

export const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in needed',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Not possible now',
  413: 'Too large',
  415: 'Unsupported upload',
  422: 'Not valid',
};

/** The 404 page for a browser that asked for an address that is not a page. */
export function notFoundPage(req: FastifyRequest, reply: FastifyReply) {
  reply.header('content-security-policy', CSP);
  reply.header('x-content-type-options', 'nosniff');
  const body = html`<h1>${TITLES[404] ?? 'Not found'}</h1>
<p role="alert">There is no page at this address.</p>
<p><a href="/">Back to the dashboard</a></p>`;
  return sendPage(reply, page(req, { title: TITLES[404] ?? 'Not found', body }), 404);
}

export const webPages: FastifyPluginAsyncZod = async (app) => {
  await app.register(formbody, { bodyLimit: 256 * 1024 });

  app.addHook('onSend', async (_req, reply) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  app.setErrorHandler((error: FastifyError | AppError, req, reply) => {
    let status = 500;
    let detail = 'Something went wrong on our side; the error was logged.';
    if (error instanceof AppError) {
      status = error.status;
      detail = error.message;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      // A malformed id in a page address is a page that does not exist.
      status = 404;
      detail = 'There is no such page.';
    } else if (malformedMultipart(error)) {
      status = 400;
      detail = malformedMultipart(error) as string;
    } else if (typeof error.statusCode === 'number' && error.statusCode < 500) {
      status = error.statusCode;
      detail = error.message;
    } else {
      req.log.error({ err: error }, 'page failed');
    }
    const title = TITLES[status] ?? 'Error';
    const body = html`<h1>${title}</h1>
<p role="alert">${detail}</p>
${status === 401 ? html`<p><a href="/sign-in?next=${encodeURIComponent(req.url)}">Sign in</a></p>` : ''}
<p><a href="/">Back to the dashboard</a></p>
<p class="muted">Request id ${String(req.id)}</p>`;
    return sendPage(reply, page(req, { title, body }), status);
  });

  app.get(
    '/assets/:name',
    {
      config: { access: 'public' },
      schema: { hide: true, params: z.object({ name: z.enum(ASSET_NAMES) }) },
    },
    async (req, reply) => {
      const a = asset(req.params.name);
      if (!a) throw new AppError(404, 'not_found', 'No such asset');
      return reply.type(a.type).header('cache-control', 'public, max-age=31536000, immutable').send(a.body);
    },
  );

  // Browsers ask for /favicon.ico on their own, whatever the page links: the same icon, not a 404.
  app.get('/favicon.ico', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    const a = asset('favicon.svg');
    if (!a) throw new AppError(404, 'not_found', 'No icon');
    return reply.type(a.type).header('cache-control', 'public, max-age=86400').send(a.body);
  });

  await app.register(authPages);
  await app.register(dashboardPage);
  await app.register(requestPages);
  await app.register(agencyPages);
  await app.register(campaignPages);
  await app.register(documentPages);
  await app.register(searchPage);
  await app.register(publicPages);
  await app.register(inboxPages);
  await app.register(letterPages);
  await app.register(messagePages);
};
