/**
 * Authentication and role enforcement for every route. Each route declares `config.access`
 * ('public', 'volunteer', 'staff' or 'admin'); a route that declares nothing is admin-only, so a
 * forgotten declaration fails closed. Writes (any method but GET/HEAD/OPTIONS) refuse read-only tokens.
 *
 * A bearer token wins; without an Authorization header a session cookie (the web pages) sets the
 * actor. A write authenticated by the cookie must carry the session's CSRF token, in the
 * `x-csrf-token` header or the `_csrf` field of a form; bearer requests need none (a browser never
 * adds an Authorization header on its own).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { sendProblem } from '../http/problem.js';
import { type Access, type Actor, hasRole } from './roles.js';
import { resumeSession, SESSION_COOKIE, SESSION_TTL_MS, type SessionInfo, sameSecret } from './sessions.js';
import { authenticate } from './users.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * The route shows private records it cannot filter to public ones (the audit log, the inbox of
     * received mail): a read-only token, which sees public records only, is refused even for reads.
     */
    privateRecords?: boolean;
    /** An HTML page: a signed-out browser is sent to the sign-in page, refusals are rendered as pages. */
    page?: boolean;
    /**
     * A page the public may see in another form: where a signed-out browser is sent instead of the
     * sign-in page (null: the sign-in page). Called with the request, its params not yet validated.
     */
    signedOutLocation?: (req: FastifyRequest) => string | null;
    /**
     * How a cookie-authenticated write proves its CSRF token: `session` (default: header or form
     * field), `handler` (the handler checks it itself, e.g. a multipart field, with `checkCsrf`),
     * `presession` (the sign-in form, which has its own double-submit check).
     */
    csrf?: 'session' | 'handler' | 'presession';
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The browser session that authenticated this request (null for bearer and anonymous requests). */
    session: SessionInfo | null;
    csrfPending: boolean;
  }
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Why a read-only token is refused a signed-in page. */
export const READ_ONLY_PAGE =
  'A read-only token reads the API and the public pages; the signed-in pages need a sign-in';

/** Options of the session cookie: Secure whenever the public address is https. */
export function sessionCookieOptions(app: FastifyInstance, maxAgeMs = SESSION_TTL_MS) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.deps.config.publicBaseUrl.startsWith('https:'),
    maxAge: Math.floor(maxAgeMs / 1000),
  };
}

/** Whether `given` is this request's session CSRF token. */
export function checkCsrf(req: FastifyRequest, given: unknown): void {
  if (req.session && !sameSecret(given, req.session.csrfToken)) {
    throw new AppError(403, 'csrf', 'This form or request is missing its CSRF token, or the token is stale');
  }
}

function isForm(req: FastifyRequest): boolean {
  return (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

const PUBLIC_PREFIXES = ['/docs', '/openapi.json'];

export function routeAccess(req: FastifyRequest): Access {
  const declared = req.routeOptions.config?.access;
  if (declared) return declared;
  const url = req.routeOptions.url ?? '';
  return PUBLIC_PREFIXES.some((p) => url.startsWith(p)) ? 'public' : 'admin';
}

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('csrfPending', false);
  // Refusals are answered here, not thrown, so that plugins with error handlers of their own (Bull
  // Board) cannot turn them into something else. Pages throw instead: their error handler renders
  // the refusal as a page.
  app.addHook('onRequest', async (req, reply) => {
    const page = req.routeOptions.config?.page === true;
    const refuse = (status: number, code: string, detail: string) => {
      if (page) throw new AppError(status, code, detail);
      return sendProblem(req, reply, status, code, detail);
    };
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const actor = m?.[1] ? authenticate(app.deps.db, m[1], app.deps.clock()) : null;
      if (!actor) return refuse(401, 'invalid_token', 'The bearer token is not valid (unknown, revoked or malformed)');
      req.actor = actor;
    } else {
      const cookie = req.cookies?.[SESSION_COOKIE];
      if (cookie) useSession(app, req, reply, cookie);
    }
    if (req.routeOptions.url === undefined) return; // unknown route: the 404 handler answers
    const access = routeAccess(req);
    if (access !== 'public') {
      if (!req.actor) {
        if (page && (req.method === 'GET' || req.method === 'HEAD')) {
          const elsewhere = req.routeOptions.config?.signedOutLocation?.(req) ?? null;
          return reply.redirect(elsewhere ?? `/sign-in?next=${encodeURIComponent(req.url)}`, 303);
        }
        return refuse(401, 'unauthenticated', 'This route needs Authorization: Bearer <token>');
      }
      if (!hasRole(req.actor, access)) {
        return refuse(403, 'forbidden', `This route needs the ${access} role; you are ${req.actor.role}`);
      }
      if (req.actor.readOnly && !SAFE_METHODS.includes(req.method)) {
        return refuse(403, 'read_only_token', 'This token is read-only');
      }
      if (req.actor.readOnly && req.routeOptions.config?.privateRecords) {
        return refuse(
          403,
          'read_only_token',
          'This route shows private records; a read-only token sees public records only',
        );
      }
      // The signed-in pages are the staff's and volunteers' workspace: besides records they show
      // what no public record holds (withheld documents' names, templates, campaigns, edit forms).
      // A read-only token reads the API and the public site.
      if (req.actor.readOnly && page) {
        return refuse(403, 'read_only_token', READ_ONLY_PAGE);
      }
    }
    if (req.session && !SAFE_METHODS.includes(req.method)) {
      const mode = req.routeOptions.config?.csrf ?? 'session';
      if (mode !== 'session') return;
      const given = req.headers['x-csrf-token'];
      if (given !== undefined) {
        if (!sameSecret(given, req.session.csrfToken)) return refuse(403, 'csrf', 'The x-csrf-token header is stale');
      } else if (isForm(req)) {
        req.csrfPending = true; // the `_csrf` field is checked once the body is parsed
      } else if (req.url.startsWith('/admin/queues/') && req.headers['sec-fetch-site'] === 'same-origin') {
        // Bull Board's own page scripts cannot send our token; the browser's Fetch Metadata says the
        // request comes from this site's own page, which a cross-site forgery cannot claim.
      } else {
        return refuse(403, 'csrf', 'A request made with the session cookie needs the x-csrf-token header');
      }
    }
  });
  app.addHook('preValidation', async (req, reply) => {
    if (!req.csrfPending || !req.session) return;
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || !sameSecret(body._csrf, req.session.csrfToken)) {
      const detail = 'This form is missing its CSRF token, or the token is stale: reload the page and try again';
      if (req.routeOptions.config?.page) throw new AppError(403, 'csrf', detail);
      return sendProblem(req, reply, 403, 'csrf', detail);
    }
    delete body._csrf;
  });
}

function useSession(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, cookie: string): void {
  const found = resumeSession(app.deps.db, cookie, app.deps.clock());
  if (!found) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  req.actor = found.actor;
  req.session = found.session;
  if (found.refreshed) reply.setCookie(SESSION_COOKIE, cookie, sessionCookieOptions(app));
}

/** The caller, for routes that need one (access is enforced by the hook). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError(401, 'unauthenticated', 'This route needs Authorization: Bearer <token>');
  return req.actor;
}
