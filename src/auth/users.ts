/**
 * Users and API tokens. Tokens are stored as SHA-256 hashes; the plain token is returned once.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Db } from '../db/index.js';
import { apiTokens, sessions, users } from '../db/schema.js';
import { AppError } from '../errors.js';
import { enqueue } from '../queue/outbox.js';
import type { Actor, Role } from './roles.js';
import { clearSignInFailures } from './sign-in-throttle.js';
import { generateToken, hashPassword, hashToken, tokenPrefix } from './tokens.js';

export type UserRow = typeof users.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;

export function userView(u: UserRow) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Role,
    createdAt: u.createdAt,
    disabled: u.disabledAt !== null,
  };
}

export function tokenView(t: TokenRow) {
  return {
    id: t.id,
    userId: t.userId,
    name: t.name,
    prefix: t.prefix,
    readOnly: t.readOnly,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
  };
}

export async function createUser(
  db: Db,
  actor: Actor | null,
  now: Date,
  input: { email: string; role: Role; name?: string | null; password?: string | null },
): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction((tx) => {
    const existing = tx.select().from(users).where(eq(users.email, email)).get();
    if (existing) {
      throw new AppError(409, 'email_taken', `A user with e-mail ${email} already exists`, {
        errors: [{ path: 'email', message: 'already in use' }],
      });
    }
    const row = tx
      .insert(users)
      .values({ email, role: input.role, name: input.name ?? null, passwordHash })
      .returning()
      .get();
    audit(tx, actor, now, 'user.create', 'user', row.id, null, userView(row));
    return row;
  });
}

export function getUser(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function userExists(db: Db, id: number): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.id, id)).get() !== undefined;
}

export function listUsers(db: Db): UserRow[] {
  return db.select().from(users).orderBy(users.id).all();
}

/** The people a request or campaign can be given to (enabled users), by e-mail address. */
export function userChoices(db: Db) {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.email))
    .all();
}

/**
 * A person's own settings (name, reminder lead time). A new lead time re-plans the reminders of the
 * requests they own or watch, in the same transaction.
 */
export function updateOwnSettings(
  db: Db,
  actor: Actor,
  now: Date,
  patch: { name?: string | undefined; reminderLeadDays?: number | undefined },
): UserRow {
  return db.transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, actor.userId)).get();
    const after = tx.update(users).set(patch).where(eq(users.id, actor.userId)).returning().get();
    audit(tx, actor, now, 'user.update', 'user', actor.userId, before && userView(before), {
      ...userView(after),
      ...patch,
    });
    if (patch.reminderLeadDays !== undefined) {
      const ids = tx.all<{ id: number }>(
        sql`select id from requests where owner_id = ${actor.userId} and status not in ('draft', 'withdrawn')
            union select request_id from request_watchers where user_id = ${actor.userId}`,
      );
      for (const { id } of ids) enqueue(tx, 'deadlines.recompute', { requestId: id });
    }
    return after;
  });
}

/** The shortest password a person may set; generated ones are longer. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Sets a user's password. Whoever was signed in with the old one is signed out (a reset is often
 * because it leaked), and the account's failed sign-ins are forgotten so the new one works at once.
 */
export async function setPassword(db: Db, actor: Actor | null, now: Date, userId: number, password: string) {
  const passwordHash = await hashPassword(password);
  const user = db.transaction((tx) => {
    const row = tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).returning().get();
    if (!row) throw new AppError(404, 'not_found', `No user with id ${userId}`);
    const ended = tx.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
    audit(tx, actor, now, 'user.password', 'user', userId, null, { passwordSet: true, sessionsEnded: ended });
    return row;
  });
  clearSignInFailures(db, user.email);
  return user;
}

/** A new random password for the user, returned once (never stored in the clear). */
export async function resetPassword(db: Db, actor: Actor | null, now: Date, userId: number): Promise<string> {
  const password = randomBytes(12).toString('base64url');
  await setPassword(db, actor, now, userId, password);
  return password;
}

export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** Whether anyone can sign in to the pages (has a password and is not disabled). */
export function anyoneCanSignIn(db: Db): boolean {
  return (
    db
      .select({ id: users.id })
      .from(users)
      .where(and(isNotNull(users.passwordHash), isNull(users.disabledAt)))
      .limit(1)
      .get() !== undefined
  );
}

export function createToken(
  db: Db,
  actor: Actor | null,
  now: Date,
  userId: number,
  input: { name: string; readOnly?: boolean; scope?: 'api' | 'inbound' },
  plain: string = generateToken(),
): { token: string; row: TokenRow } {
  return db.transaction((tx) => {
    const row = tx
      .insert(apiTokens)
      .values({
        userId,
        name: input.name,
        tokenHash: hashToken(plain),
        prefix: tokenPrefix(plain),
        readOnly: input.readOnly ?? false,
        scope: input.scope ?? 'api',
      })
      .returning()
      .get();
    audit(tx, actor, now, 'token.create', 'api_token', row.id, null, tokenView(row));
    return { token: plain, row };
  });
}

export function revokeToken(db: Db, actor: Actor, now: Date, tokenId: number): TokenRow {
  return db.transaction((tx) => {
    const row = tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).get();
    if (!row || (row.userId !== actor.userId && actor.role !== 'admin')) {
      throw new AppError(404, 'not_found', `Token ${tokenId} was not found`);
    }
    if (row.revokedAt) return row;
    const after = tx
      .update(apiTokens)
      .set({ revokedAt: now.toISOString() })
      .where(eq(apiTokens.id, tokenId))
      .returning()
      .get();
    audit(tx, actor, now, 'token.revoke', 'api_token', tokenId, tokenView(row), tokenView(after));
    return after;
  });
}

export function listTokens(db: Db, userId: number | null): TokenRow[] {
  const q = db.select().from(apiTokens);
  return (userId === null ? q : q.where(eq(apiTokens.userId, userId))).orderBy(desc(apiTokens.id)).all();
}

/** Resolves a bearer token to its actor, or null. Records the last use at most once a minute. */
export function authenticate(db: Db, token: string, now: Date, scope: 'api' | 'inbound' = 'api'): Actor | null {
  const row = db
    .select({
      tokenId: apiTokens.id,
      readOnly: apiTokens.readOnly,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      email: users.email,
      role: users.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        eq(apiTokens.scope, scope),
        isNull(apiTokens.revokedAt),
        isNull(users.disabledAt),
      ),
    )
    .get();
  if (!row) return null;
  const stamp = now.toISOString();
  if (!row.lastUsedAt || Date.parse(row.lastUsedAt) < now.getTime() - 60_000) {
    db.update(apiTokens).set({ lastUsedAt: stamp }).where(eq(apiTokens.id, row.tokenId)).run();
  }
  return { userId: row.userId, email: row.email, role: row.role as Role, readOnly: row.readOnly, tokenId: row.tokenId };
}

export const BOOTSTRAP_EMAIL = 'bootstrap-admin@localhost';

/** Creates the FOIA_BOOTSTRAP_TOKEN admin token if no token with that value exists yet. */
export async function ensureBootstrapToken(db: Db, token: string, now: Date): Promise<void> {
  const exists = db
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .get();
  if (exists) return;
  let user = db.select().from(users).where(eq(users.email, BOOTSTRAP_EMAIL)).get();
  if (!user) user = await createUser(db, null, now, { email: BOOTSTRAP_EMAIL, role: 'admin', name: 'Bootstrap admin' });
  createToken(db, null, now, user.id, { name: 'FOIA_BOOTSTRAP_TOKEN' }, token);
}
