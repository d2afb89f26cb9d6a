/**
 * The audit log: every write records who, when, what, and the record before and after. Called inside
 * the transaction of the write so that the change and its record commit together.
 */

import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/roles.js';
import type { DbOrTx } from '../db/index.js';
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
