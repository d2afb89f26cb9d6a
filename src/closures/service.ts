/**
 * Closures: extra non-business days (a snow day, a shutdown, a county-only holiday) for a whole
 * jurisdiction or one agency. Adding or removing one recomputes the open clocks it touches, through
 * the outbox and the worker.
 */
import { and, asc, eq } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { agencies, agencyClosures, closures } from '../db/schema.js';
import { getJurisdiction } from '../deadlines/index.js';
import { AppError, notFound } from '../errors.js';
import { enqueue } from '../queue/outbox.js';

export interface ClosureInput {
  date: string;
  reason: string;
}

function requireAgency(db: Pick<Db, 'select'>, id: number) {
  const row = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, id)).get();
  if (!row) throw notFound(`Agency ${id}`);
}

const duplicate = (date: string) =>
  new AppError(409, 'closure_exists', `A closure on ${date} already exists`, {
    errors: [{ path: 'date', message: 'is already a closure' }],
  });

export function listJurisdictionClosures(db: Db, code: string) {
  const j = getJurisdiction(code);
  return db
    .select({ date: closures.date, reason: closures.reason })
    .from(closures)
    .where(eq(closures.jurisdiction, j.code))
    .orderBy(asc(closures.date))
    .all();
}

export function addJurisdictionClosure(db: DbOrTx, actor: Actor, now: Date, code: string, input: ClosureInput) {
  const j = getJurisdiction(code);
  inTransaction(db, (tx) => {
    const exists = tx
      .select({ id: closures.id })
      .from(closures)
      .where(and(eq(closures.jurisdiction, j.code), eq(closures.date, input.date)))
      .get();
    if (exists) throw duplicate(input.date);
    tx.insert(closures)
      .values({ jurisdiction: j.code, ...input })
      .run();
    audit(tx, actor, now, 'closure.add', 'jurisdiction', j.code, null, input);
    enqueue(tx, 'closures.recompute', { jurisdiction: j.code });
  });
}

export function removeJurisdictionClosure(db: DbOrTx, actor: Actor, now: Date, code: string, date: string) {
  const j = getJurisdiction(code);
  inTransaction(db, (tx) => {
    const row = tx
      .select()
      .from(closures)
      .where(and(eq(closures.jurisdiction, j.code), eq(closures.date, date)))
      .get();
    if (!row) throw notFound(`Closure on ${date}`);
    tx.delete(closures).where(eq(closures.id, row.id)).run();
    audit(tx, actor, now, 'closure.remove', 'jurisdiction', j.code, { date: row.date, reason: row.reason }, null);
    enqueue(tx, 'closures.recompute', { jurisdiction: j.code });
  });
}

export function listAgencyClosures(db: Db, agencyId: number) {
  requireAgency(db, agencyId);
  return db
    .select({ date: agencyClosures.date, reason: agencyClosures.reason })
    .from(agencyClosures)
    .where(eq(agencyClosures.agencyId, agencyId))
    .orderBy(asc(agencyClosures.date))
    .all();
}

export function addAgencyClosure(db: DbOrTx, actor: Actor, now: Date, agencyId: number, input: ClosureInput) {
  inTransaction(db, (tx) => {
    requireAgency(tx, agencyId);
    const exists = tx
      .select({ id: agencyClosures.id })
      .from(agencyClosures)
      .where(and(eq(agencyClosures.agencyId, agencyId), eq(agencyClosures.date, input.date)))
      .get();
    if (exists) throw duplicate(input.date);
    tx.insert(agencyClosures)
      .values({ agencyId, ...input })
      .run();
    audit(tx, actor, now, 'closure.add', 'agency', agencyId, null, input);
    enqueue(tx, 'closures.recompute', { agencyId });
  });
}

export function removeAgencyClosure(db: DbOrTx, actor: Actor, now: Date, agencyId: number, date: string) {
  inTransaction(db, (tx) => {
    const row = tx
      .select()
      .from(agencyClosures)
      .where(and(eq(agencyClosures.agencyId, agencyId), eq(agencyClosures.date, date)))
      .get();
    if (!row) throw notFound(`Closure on ${date}`);
    tx.delete(agencyClosures).where(eq(agencyClosures.id, row.id)).run();
    audit(tx, actor, now, 'closure.remove', 'agency', agencyId, { date: row.date, reason: row.reason }, null);
    enqueue(tx, 'closures.recompute', { agencyId });
  });
}
