/** Who watches a request (and so gets its reminders), and the reminders planned for it. */
import { and, asc, eq } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import { type Actor, hasRole } from '../auth/roles.js';
import { userExists } from '../auth/users.js';
import type { Db } from '../db/index.js';
import { reminders, requestWatchers, users } from '../db/schema.js';
import { AppError } from '../errors.js';
import { enqueue } from '../queue/outbox.js';

export function listWatchers(db: Db, requestId: number) {
  return db
    .select({ userId: users.id, email: users.email })
    .from(requestWatchers)
    .innerJoin(users, eq(users.id, requestWatchers.userId))
    .where(eq(requestWatchers.requestId, requestId))
    .orderBy(asc(users.id))
    .all();
}

/** A request's reminders, planned, sent and failed, in the order they go out, with the address. */
export function listReminders(db: Db, requestId: number) {
  return db
    .select({ r: reminders, email: users.email })
    .from(reminders)
    .innerJoin(users, eq(users.id, reminders.userId))
    .where(eq(reminders.requestId, requestId))
    .orderBy(asc(reminders.sendOn), asc(reminders.id))
    .all()
    .map(({ r, email }) => ({ ...r, email }));
}

/**
 * Adds or removes a watcher (the caller, or for staff anyone). The request's reminders are planned
 * again with its clocks, in the same transaction.
 */
export function changeWatcher(
  db: Db,
  actor: Actor,
  now: Date,
  requestId: number,
  forUser: number | undefined,
  add: boolean,
) {
  const userId = forUser ?? actor.userId;
  if (userId !== actor.userId && !hasRole(actor, 'staff')) {
    throw new AppError(403, 'forbidden', 'Only staff may add or remove other watchers');
  }
  if (!userExists(db, userId)) {
    throw new AppError(422, 'unknown_user', `No user ${userId}`, {
      errors: [{ path: 'userId', message: 'is not a known user' }],
    });
  }
  db.transaction((tx) => {
    if (add) tx.insert(requestWatchers).values({ requestId, userId }).onConflictDoNothing().run();
    else
      tx.delete(requestWatchers)
        .where(and(eq(requestWatchers.requestId, requestId), eq(requestWatchers.userId, userId)))
        .run();
    audit(tx, actor, now, add ? 'request.watch' : 'request.unwatch', 'request', requestId, null, { userId });
    enqueue(tx, 'deadlines.recompute', { requestId });
  });
  return listWatchers(db, requestId);
}
