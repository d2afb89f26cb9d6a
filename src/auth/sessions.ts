/**
 * Browser sessions. The cookie holds a random token; only its SHA-256 is stored, next to the
 * session's CSRF token. Sessions slide: each use within the lifetime pushes the expiry on, recorded
 * at most once a minute so that a busy page does not write on every request.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { sessions, users } from '../db/schema.js';
import type { Actor, Role } from './roles.js';
import { hashPassword, hashToken, verifyPassword } from './tokens.js';

export const SESSION_COOKIE = 'foia_session';
/** The sign-in form's double-submit cookie (there is no session to hold a CSRF token yet). */
export const PRESESSION_COOKIE = 'foia_signin';
export const SESSION_TTL_MS = 12 * 3600_000;
const TOUCH_EVERY_MS = 60_000;

export interface SessionInfo {
  id: number;
  csrfToken: string;
  expiresAt: string;
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison of two secrets (false for a missing or differently sized one). */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Compared against when the e-mail is unknown, so that both failures cost one scrypt.
let dummyHash: Promise<string> | null = null;

/** The user for these credentials, or null; unknown e-mail, wrong password and disabled user alike. */
export async function checkCredentials(db: Db, email: string, password: string) {
  const user = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  dummyHash ??= hashPassword(randomSecret());
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  if (!user?.passwordHash || !ok || user.disabledAt) return null;
  return user;
}

export function createSession(db: Db, userId: number, now: Date): { token: string } & SessionInfo {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  // Expired sessions are useless; each sign-in sweeps them so the table stays small.
  db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run();
  const row = db
    .insert(sessions)
    .values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt, lastSeenAt: now.toISOString() })
    .returning({ id: sessions.id })
    .get();
  return { token, id: row.id, csrfToken, expiresAt };
}

/**
 * The actor of a session cookie, or null when it is unknown, expired or its user is disabled.
 * `refreshed` says that the expiry moved (the cookie should be sent again with the new lifetime).
 */
export function resumeSession(db: Db, token: string, now: Date) {
  const row = db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      role: users.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, now.toISOString()),
        isNull(users.disabledAt),
      ),
    )
    .get();
  if (!row) return null;
  let expiresAt = row.expiresAt;
  let refreshed = false;
  if (!row.lastSeenAt || Date.parse(row.lastSeenAt) <= now.getTime() - TOUCH_EVERY_MS) {
    expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
    db.update(sessions).set({ lastSeenAt: now.toISOString(), expiresAt }).where(eq(sessions.id, row.id)).run();
    refreshed = true;
  }
  const actor: Actor = { userId: row.userId, email: row.email, role: row.role as Role, readOnly: false, tokenId: null };
  const session: SessionInfo = { id: row.id, csrfToken: row.csrfToken, expiresAt };
  return { actor, session, refreshed };
}

export function deleteSession(db: Db, id: number): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}
