/**
 * Sign-in throttles. Per account: after SIGN_IN_MAX_FAILURES failed sign-ins within SIGN_IN_WINDOW_MS
 * the account refuses further tries (even right ones) until the window has passed; the failures
 * live in the database, so every API process shares them and a restart keeps them. Per client: a
 * maintained limiter (@fastify/rate-limit, on Redis when the queue's Redis is there) caps sign-in
 * attempts from one address, whatever accounts they name.
 */
import { createHash } from 'node:crypto';
import { and, count, eq, gt, lt, min } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { signInFailures } from '../db/schema.js';

export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Sign-in attempts one client address may make per window, right or wrong. */
export const SIGN_IN_CLIENT_MAX = 60;

const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/** Minutes until the account may try again, or 0. */
export function signInBlockedFor(db: Db, email: string, now: Date): number {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
  const rows = db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.account, accountKey(email)), gt(signInFailures.at, since)))
    .orderBy(signInFailures.at)
    .all();
  if (rows.length < SIGN_IN_MAX_FAILURES) return 0;
  // The window reopens when the oldest of the last MAX failures leaves it.
  const oldest = Date.parse((rows[rows.length - SIGN_IN_MAX_FAILURES] as { at: string }).at);
  return Math.max(1, Math.ceil((oldest + SIGN_IN_WINDOW_MS - now.getTime()) / 60_000));
}

export function recordSignInFailure(db: Db, email: string, now: Date): void {
  db.transaction((tx) => {
    tx.insert(signInFailures)
      .values({ account: accountKey(email), at: now.toISOString() })
      .run();
    // Pruned by age only: a flood of made-up addresses cannot clear a real account's failures.
    tx.delete(signInFailures)
      .where(lt(signInFailures.at, new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString()))
      .run();
  });
}

export function clearSignInFailures(db: Db, email: string): void {
  db.delete(signInFailures)
    .where(eq(signInFailures.account, accountKey(email)))
    .run();
}

/** For tests and the admin's eye: failures on record for an account now. */
export function signInFailureCount(db: Db, email: string): { n: number; oldest: string | null } {
  const row = db
    .select({ n: count(), oldest: min(signInFailures.at) })
    .from(signInFailures)
    .where(eq(signInFailures.account, accountKey(email)))
    .get();
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}
