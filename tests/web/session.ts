/** Signing in through the real sign-in form, as a browser would, for page tests. */
import type { Role } from '../../src/auth/roles.js';
import { createUser } from '../../src/auth/users.js';
import type { TestEnv } from '../helpers/app.js';

export const PASSWORD = 'correct horse battery staple';
let seq = 0;

export interface Browser {
  cookie: string;
  csrf: string;
  userId: number;
  email: string;
}

function form(fields: Record<string, string>) {
  return {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  };
}

export async function postForm(env: TestEnv, b: Browser | null, url: string, fields: Record<string, string>) {
  const f = form(fields);
  return env.app.inject({
    method: 'POST',
    url,
    headers: { ...f.headers, ...(b ? { cookie: b.cookie } : {}) },
    payload: f.payload,
  });
}

export async function getPage(env: TestEnv, b: Browser | null, url: string) {
  return env.app.inject({ method: 'GET', url, ...(b ? { headers: { cookie: b.cookie } } : {}) });
}

/** GET /sign-in, then POST it with the double-submit token; returns the raw answer. */
export async function submitSignIn(env: TestEnv, email: string, password: string, next = '/') {
  const signInPage = await env.app.inject({ method: 'GET', url: '/sign-in' });
  const pre = signInPage.cookies.find((c) => c.name === 'foia_signin')?.value ?? '';
  return env.app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `foia_signin=${pre}` },
    payload: new URLSearchParams({ email, password, next, _csrf: pre }).toString(),
  });
}

export async function signIn(env: TestEnv, email: string, password = PASSWORD): Promise<Browser> {
  const res = await submitSignIn(env, email, password);
  const session = res.cookies.find((c) => c.name === 'foia_session');
  if (res.statusCode !== 303 || !session) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = `foia_session=${session.value}`;
  const home = await env.app.inject({ method: 'GET', url: '/', headers: { cookie } });
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(home.body)?.[1] ?? '';
  const userId = 0;
  return { cookie, csrf, userId, email };
}

export async function webUser(env: TestEnv, role: Role, opts: { disabled?: boolean } = {}) {
  seq++;
  const user = await createUser(env.db, null, new Date(), {
    email: `web-${role}${seq}@example.com`,
    role,
    password: PASSWORD,
  });
  if (opts.disabled) return { user, browser: null };
  const browser = await signIn(env, user.email);
  return { user, browser: { ...browser, userId: user.id } };
}
