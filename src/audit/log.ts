/**
 * The audit log: every write records who, when, what, and the record before and after. Called inside
 * the transaction of the write so that the change and its record commit together.
 */
import type { Actor } from '../auth/roles.js';
import type { Db } from '../db/index.js';
import { auditLog } from '../db/schema.js';

type Tx = Pick<Db, 'insert'>;

export function audit(
  tx: Tx,
  actor: Actor | null,
  at: Date,
  action: string,
  entity: string,
  entityId: string | number | null,
  before: unknown,
  after: unknown,
): void {
  tx.insert(auditLog)
    .values({
      at: at.toISOString(),
      userId: actor?.userId ?? null,
      action,
      entity,
      entityId: entityId === null ? null : String(entityId),
      before: before === undefined || before === null ? null : JSON.stringify(before),
      after: after === undefined || after === null ? null : JSON.stringify(after),
    })
    .run();
}
