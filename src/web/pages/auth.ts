/**
 * Sign-in and sign-out. The sign-in form has no session yet, so it is protected by a double-submit
 * cookie: a random value in a cookie scoped to /sign-in and the same value in the form.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionCookieOptions } from '../../auth/plugin.js';
import {
  checkCredentials,
  createSession,
  deleteSession,
  PRESESSION_COOKIE,
  randomSecret,
  SESSION_COOKIE,
  sameSecret,
} from '../../auth/sessions.js';
import {
  clearSignInFailures,
  recordSignInFailure,
  SIGN_IN_CLIENT_MAX,
  SIGN_IN_WINDOW_MS,
  signInBlockedFor,
} from '../../auth/sign-in-throttle.js';
import { AppError } from '../../errors.js';
import { html } from '../html.js';
import { localPath, page, sendPage } from '../layout.js';

const signInBody = z.object({
  email: z.string().max(320).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(2000).default('/'),
  _csrf: z.string().max(200).default(''),
});

export function renderSignIn(
  req: FastifyRequest,
  reply: FastifyReply,
  opts: { next?: string; email?: string; error?: string; status?: number } = {},
) {
  const secure = reply.server.deps.config.publicBaseUrl.startsWith('https:');
  const token = randomSecret();
  reply.setCookie(PRESESSION_COOKIE, token, {
    path: '/sign-in',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: 3600,
  });
  const body = html`<h1>Sign in</h1>
${opts.error ? html`<p class="error" role="alert" id="sign-in-error">${opts.error}</p>` : ''}
<form method="post" action="/sign-in" class="stack narrow">
<input type="hidden" name="_csrf" value="${token}">
<input type="hidden" name="next" value="${localPath(opts.next)}">
<p><label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${opts.email ?? ''}"${opts.error ? html` aria-describedby="sign-in-error"` : ''} autofocus></p>
<p><label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>
<p class="muted">No password yet? An administrator sets one with <code>npm run cli -- user password --email you@example.org</code>.</p>`;
  reply.header('cache-control', 'no-store');
  return sendPage(reply, page(req, { title: 'Sign in', body }), opts.status ?? 200);
}

export const authPages: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/sign-in',
    {
      config: { access: 'public', page: true },
      schema: { hide: true, querystring: z.object({ next: z.string().max(2000).optional() }).passthrough() },
    },
    async (req, reply) => {
      const next = localPath(req.query.next);
      if (req.actor) return reply.redirect(next, 303);
      return renderSignIn(req, reply, { next });
    },
  );

  app.post(
    '/sign-in',
    {
      config: {
        access: 'public',
        page: true,
        csrf: 'presession',
        rateLimit: {
          max: SIGN_IN_CLIENT_MAX,
          timeWindow: SIGN_IN_WINDOW_MS,
          keyGenerator: (req) => `sign-in:${req.ip}`,
          errorResponseBuilder: (_req, ctx) =>
            new AppError(
              429,
              'too_many_sign_ins',
              `Too many sign-in attempts from this address. Try again in ${Math.max(1, Math.ceil(ctx.ttl / 60_000))} minutes.`,
            ),
        },
      },
      schema: { hide: true, body: signInBody },
    },
    async (req, reply) => {
      const { email, password, next, _csrf } = req.body;
      if (!sameSecret(_csrf, req.cookies[PRESESSION_COOKIE] ?? '')) {
        return renderSignIn(req, reply, {
          next,
          email,
          status: 403,
          error: 'The sign-in form had expired (or cookies are off). Please try again.',
        });
      }
      const key = email.trim().toLowerCase();
      const now = app.deps.clock();
      const wait = key ? signInBlockedFor(db, key, now) : 0;
      if (wait) {
        reply.header('retry-after', String(wait * 60));
        return renderSignIn(req, reply, {
          next,
          email,
          status: 429,
          error: `Too many failed sign-ins for this account. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`,
        });
      }
      const user = email && password ? await checkCredentials(db, email, password) : null;
      if (!user) {
        if (key) recordSignInFailure(db, key, now);
        return renderSignIn(req, reply, {
          next,
          email,
          status: 401,
          error: 'That e-mail and password do not match an active account.',
        });
      }
      clearSignInFailures(db, key);
      if (req.session) deleteSession(db, req.session.id);
      const session = createSession(db, user.id, app.deps.clock());
      reply.clearCookie(PRESESSION_COOKIE, { path: '/sign-in' });
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(app));
      return reply.redirect(localPath(next), 303);
    },
  );

  app.post('/sign-out', { config: { access: 'public', page: true }, schema: { hide: true } }, async (req, reply) => {
    if (req.session) deleteSession(db, req.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in', 303);
  });
};
