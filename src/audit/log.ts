/**
 * The audit log: every write records who, when, what, and the record before and after. Called inside
 * the transaction of the write so that the change and its record commit together.
 */

import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/roles.js';
import type { Db, DbOrTx } from '../db/index.js';
import { prepared } from '../db/prepared.js';
import { auditLog } from '../db/schema.js';

const p = (name: string) => sql.placeholder(name);

export function audit(
  tx: DbOrTx,
  actor: Actor | null,
  at: Date,
  action: string,
  entity: string,
  entityId: string | number | null,
  before: unknown,
  after: unknown,
): void {
  // Every write records one: prepared once per connection.
  prepared(tx, 'audit.insert', () =>
    tx
      .insert(auditLog)
      .values({
        at: p('at'),
        userId: p('userId'),
        action: p('action'),
        entity: p('entity'),
        entityId: p('entityId'),
        before: p('before'),
        after: p('after'),
      })
      .prepare(),
  ).run({
    at: at.toISOString(),
    userId: actor?.userId ?? null,
    action,
    entity,
    entityId: entityId === null ? null : String(entityId),
    before: before === undefined || before === null ? null : JSON.stringify(before),
    after: after === undefined || after === null ? null : JSON.stringify(after),
  });
}

/** The audit log, newest first, a page at a time (`before`: entries with ids below it). */
export function listAudit(
  db: Db,
  q: {
    entity?: string | undefined;
    entityId?: string | undefined;
    userId?: number | undefined;
    before?: number | undefined;
    limit: number;
  },
) {
  const conds: SQL[] = [];
  if (q.entity) conds.push(eq(auditLog.entity, q.entity));
  if (q.entityId) conds.push(eq(auditLog.entityId, q.entityId));
  if (q.userId) conds.push(eq(auditLog.userId, q.userId));
  if (q.before) conds.push(lt(auditLog.id, q.before));
  const rows = db
    .select()
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1)
    .all();
  const page = rows.slice(0, q.limit);
  return {
    data: page.map((r) => ({
      ...r,
      before: r.before ? (JSON.parse(r.before) as unknown) : null,
      after: r.after ? (JSON.parse(r.after) as unknown) : null,
    })),
    nextBefore: rows.length > q.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
