/**
 * Recomputes a request's clocks and stores them, with the request's summary figures. Runs in the
 * worker (job `deadlines.recompute`), in one transaction, so readers see the old clocks or the new.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { agencies, agencyClosures, closures, deadlines, requestEvents, requests } from '../db/schema.js';
import { type AgencyLevel, type Channel, parseIsoDate } from '../deadlines/index.js';
import { planReminders } from '../reminders/plan.js';
import { emit } from '../webhooks/service.js';
import { type ClockEvent, computeClocks } from './clocks.js';
import { activeEvents } from './timeline.js';

export function recomputeDeadlines(
  db: DbOrTx,
  requestId: number,
  now: Date,
): { version: number; clocks: number } | null {
  return inTransaction(db, (tx) => {
    const req = tx.select().from(requests).where(eq(requests.id, requestId)).get();
    if (!req) return null;
    const agency = tx.select().from(agencies).where(eq(agencies.id, req.agencyId)).get();
    if (!agency) return null;
    const rows = tx
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, requestId))
      .orderBy(requestEvents.date, requestEvents.id)
      .all();
    const events: ClockEvent[] = activeEvents(rows).map((e) => ({
      id: e.id,
      type: e.type,
      date: e.date,
      data: JSON.parse(e.data) as Record<string, unknown>,
    }));
    const closed = [
      ...tx
        .select({ date: closures.date, reason: closures.reason })
        .from(closures)
        .where(eq(closures.jurisdiction, agency.jurisdiction))
        .all(),
      ...tx
        .select({ date: agencyClosures.date, reason: agencyClosures.reason })
        .from(agencyClosures)
        .where(eq(agencyClosures.agencyId, agency.id))
        .all(),
    ];
    const summary = computeClocks({
      jurisdiction: agency.jurisdiction,
      agencyLevel: agency.level as AgencyLevel,
      channel: (req.channel as Channel | null) ?? null,
      events,
      closures: closed,
    });
    const at = now.toISOString();
    const kinds = summary.clocks.map((c) => c.kind);
    if (kinds.length) {
      tx.delete(deadlines)
        .where(and(eq(deadlines.requestId, requestId), notInArray(deadlines.kind, kinds)))
        .run();
    } else {
      tx.delete(deadlines).where(eq(deadlines.requestId, requestId)).run();
    }
    const previous = new Map(
      tx
        .select({ kind: deadlines.kind, due: deadlines.due, status: deadlines.status })
        .from(deadlines)
        .where(eq(deadlines.requestId, requestId))
        .all()
        .map((d) => [d.kind, d]),
    );
    for (const c of summary.clocks) {
      const before = previous.get(c.kind);
      if (!before || before.due !== c.due || before.status !== c.status) {
        emit(
          tx,
          'deadline.changed',
          { requestId, kind: c.kind, previousDue: before?.due ?? null, due: c.due, status: c.status },
          now,
        );
      }
      const values = {
        requestId,
        kind: c.kind,
        startDate: c.startDate,
        due: c.due,
        status: c.status,
        metOn: c.metOn,
        unit: c.unit,
        explanation: JSON.stringify(c.explanation),
        computedAt: at,
      };
      tx.insert(deadlines)
        .values(values)
        .onConflictDoUpdate({ target: [deadlines.requestId, deadlines.kind], set: values })
        .run();
    }
    const closedDays = new Set(closed.map((c) => parseIsoDate(c.date)).filter((d): d is number => d !== null));
    planReminders(tx, requestId, agency.jurisdiction, summary.clocks, closedDays, now);
    tx.update(requests)
      .set({
        nextDue: summary.nextDue,
        responseDays: summary.responseDays,
        answeredOnTime: summary.answeredOnTime,
        daysLateAnswered: summary.daysLateAnswered,
        deadlinesVersion: req.version,
        deadlinesComputedAt: at,
      })
      .where(eq(requests.id, requestId))
      .run();
    return { version: req.version, clocks: summary.clocks.length };
  });
}

/** Open requests of an agency or a jurisdiction, for recomputation after a closure changes. */
export function openRequestIds(db: Db, filter: { agencyId?: number; jurisdiction?: string }): number[] {
  const q = db.select({ id: requests.id }).from(requests).innerJoin(agencies, eq(agencies.id, requests.agencyId));
  const cond = filter.agencyId
    ? eq(requests.agencyId, filter.agencyId)
    : eq(agencies.jurisdiction, filter.jurisdiction ?? '');
  return q
    .where(and(cond, notInArray(requests.status, ['draft', 'withdrawn'])))
    .all()
    .map((r) => r.id);
}
