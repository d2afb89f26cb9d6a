/**
 * Sign-in limits that a flood cannot reset: failures per account live in the database (shared by
 * every API process, kept across restarts, never cleared by made-up addresses), and one client
 * address may make only so many attempts per window (@fastify/rate-limit on Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  recordSignInFailure,
  SIGN_IN_CLIENT_MAX,
  SIGN_IN_MAX_FAILURES,
  signInBlockedFor,
} from '../../src/auth/sign-in-throttle.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { PASSWORD, submitSignIn, webUser } from './session.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: true });
}, 30_000);
afterAll(() => env.close());

describe('per account', () => {
  it('a flood of failures for made-up addresses does not clear a real account’s lock', () => {
    const now = new Date('2026-04-15T15:00:00Z');
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) recordSignInFailure(env.db, 'target@example.com', now);
    expect(signInBlockedFor(env.db, 'Target@Example.com', now)).toBe(15);
    env.db.transaction(() => {
      for (let i = 0; i < 5000; i++) recordSignInFailure(env.db, `made-up-${i}@example.com`, now);
    });
    expect(signInBlockedFor(env.db, 'target@example.com', new Date('2026-04-15T15:05:00Z'))).toBe(10);
    // Only the window ends it.
    expect(signInBlockedFor(env.db, 'target@example.com', new Date('2026-04-15T15:15:01Z'))).toBe(0);
  });

  it('is kept in the database, so another API process (or a restarted one) sees it', async () => {
    const { user } = await webUser(env, 'staff');
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) {
      expect((await submitSignIn(env, user.email, 'wrong password')).statusCode).toBe(401);
    }
    const stored = env.db.$client.prepare('select count(*) as n from sign_in_failures').get() as { n: number };
    expect(stored.n).toBeGreaterThanOrEqual(SIGN_IN_MAX_FAILURES);
    expect(signInBlockedFor(env.db, user.email, env.now())).toBeGreaterThan(0);
    const right = await submitSignIn(env, user.email, PASSWORD);
    expect(right.statusCode).toBe(429);
  });
});

describe('per client', () => {
  it(`refuses the ${SIGN_IN_CLIENT_MAX + 1}th attempt from one address, whatever accounts it names`, async () => {
    const post = (ip: string, i: number) =>
      env.app.inject({
        method: 'POST',
        url: '/sign-in',
        remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ email: `guess-${i}@example.com`, password: 'x' }).toString(),
      });
    for (let i = 0; i < SIGN_IN_CLIENT_MAX; i++) expect((await post('198.51.100.7', i)).statusCode).toBeLessThan(429);
    const refused = await post('198.51.100.7', 999);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.body).toContain('Too many sign-in attempts from this address');
    // Another client is not affected.
    expect((await post('198.51.100.8', 1000)).statusCode).toBeLessThan(429);
    // The count lives in Redis, under this instance's prefix.
    const keys = await env.queue?.redis.keys(`${env.config.QUEUE_PREFIX}:rate-limit:*`);
    expect(keys?.length).toBeGreaterThan(0);
  });
});
