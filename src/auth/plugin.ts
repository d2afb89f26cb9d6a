/**
 * Authentication and role enforcement for every route. Each route declares `config.access`
 * ('public', 'volunteer', 'staff' or 'admin'); a route that declares nothing is admin-only, so a
 * forgotten declaration fails closed. Writes (any method but GET/HEAD/OPTIONS) refuse read-only tokens.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { sendProblem } from '../http/problem.js';
import { type Access, type Actor, hasRole } from './roles.js';
import { authenticate } from './users.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
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
  // Refusals are answered here, not thrown, so that plugins with error handlers of their own (Bull
  // Board) cannot turn them into something else.
  app.addHook('onRequest', async (req, reply) => {
    const refuse = (status: number, code: string, detail: string) => sendProblem(req, reply, status, code, detail);
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const actor = m?.[1] ? authenticate(app.deps.db, m[1], app.deps.clock()) : null;
      if (!actor) return refuse(401, 'invalid_token', 'The bearer token is not valid (unknown, revoked or malformed)');
      req.actor = actor;
    }
    if (req.routeOptions.url === undefined) return; // unknown route: the 404 handler answers
    const access = routeAccess(req);
    if (access === 'public') return;
    if (!req.actor) return refuse(401, 'unauthenticated', 'This route needs Authorization: Bearer <token>');
    if (!hasRole(req.actor, access)) {
      return refuse(403, 'forbidden', `This route needs the ${access} role; you are ${req.actor.role}`);
    }
    if (req.actor.readOnly && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      return refuse(403, 'read_only_token', 'This token is read-only');
    }
  });
}

/** The caller, for routes that need one (access is enforced by the hook). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError(401, 'unauthenticated', 'This route needs Authorization: Bearer <token>');
  return req.actor;
}
