/**
 * Recomputes a request's clocks and stores them, with the request's summary figures and its
 * reminders. Each clock keeps its jurisdiction and late key, so that lists order clocks by days late
 * with an index (days late themselves are worked out on reading, for the rows shown: they change daily). Runs in the worker (job `deadlines.recompute`), in one transaction, so readers see the
 * old clocks or the new. It holds the database's write lock while it runs, so its queries are
 * prepared once per connection (see `statement`): other processes wait for it.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { statement } from '../db/prepared.js';
import { agencies, requests } from '../db/schema.js';
import { type AgencyLevel, type Channel, type Closure, parseIsoDate } from '../deadlines/index.js';
import { planReminders } from '../reminders/plan.js';
import { emit } from '../webhooks/service.js';
import { type ClockEvent, computeClocks, lateKey } from './clocks.js';
import { activeEvents } from './timeline.js';

interface Loaded {
  id: number;
  version: number;
  channel: Channel | null;
  agencyId: number;
  jurisdiction: string;
  level: AgencyLevel;
}

const SQL = {
  request: `select r.id, r.version, r.channel, a.id as agencyId, a.jurisdiction, a.level
    from requests r join agencies a on a.id = r.agency_id where r.id = ?`,
  events:
    'select id, request_id as requestId, type, date, data from request_events where request_id = ? order by date, id',
  closures: `select date, reason from closures where jurisdiction = ?
    union all select date, reason from agency_closures where agency_id = ?`,
  previous: 'select kind, due, status from deadlines where request_id = ?',
  dropOthers: 'delete from deadlines where request_id = ? and kind not in (select value from json_each(?))',
  upsert: `insert into deadlines (request_id, kind, start_date, due, status, met_on, unit, explanation, computed_at,
      jurisdiction, late_key)
    values (@requestId, @kind, @startDate, @due, @status, @metOn, @unit, @explanation, @computedAt,
      @jurisdiction, @lateKey)
    on conflict (request_id, kind) do update set start_date = excluded.start_date, due = excluded.due,
      status = excluded.status, met_on = excluded.met_on, unit = excluded.unit,
      explanation = excluded.explanation, computed_at = excluded.computed_at,
      jurisdiction = excluded.jurisdiction, late_key = excluded.late_key`,
  summary: `update requests set next_due = @nextDue, response_days = @responseDays,
    answered_on_time = @answeredOnTime, days_late_answered = @daysLateAnswered,
    deadlines_version = @version, deadlines_computed_at = @at where id = @id`,
};

export function recomputeDeadlines(
  db: DbOrTx,
  requestId: number,
  now: Date,
): { version: number; clocks: number } | null {
  return inTransaction(db, (tx) => {
    const req = statement(db, SQL.request).get(requestId) as Loaded | undefined;
    if (!req) return null;
    const rows = statement(db, SQL.events).all(requestId) as {
      id: number;
      requestId: number;
      type: string;
      date: string;
      data: string;
    }[];
    const events: ClockEvent[] = activeEvents(rows).map((e) => ({
      id: e.id,
      type: e.type,
      date: e.date,
      data: JSON.parse(e.data) as Record<string, unknown>,
    }));
    const closed = statement(db, SQL.closures).all(req.jurisdiction, req.agencyId) as Closure[];
    const summary = computeClocks({
      jurisdiction: req.jurisdiction,
      agencyLevel: req.level,
      channel: req.channel,
      events,
      closures: closed,
    });
    const at = now.toISOString();
    statement(db, SQL.dropOthers).run(requestId, JSON.stringify(summary.clocks.map((c) => c.kind)));
    const previous = new Map(
      (statement(db, SQL.previous).all(requestId) as { kind: string; due: string | null; status: string }[]).map(
        (d) => [d.kind, d],
      ),
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
      statement(db, SQL.upsert).run({
        requestId,
        kind: c.kind,
        startDate: c.startDate,
        due: c.due,
        status: c.status,
        metOn: c.metOn,
        unit: c.unit,
        explanation: JSON.stringify(c.explanation),
        computedAt: at,
        jurisdiction: req.jurisdiction,
        lateKey: c.due ? lateKey(req.jurisdiction, c.unit, c.due) : null,
      });
    }
    const closedDays = new Set(closed.map((c) => parseIsoDate(c.date)).filter((d): d is number => d !== null));
    planReminders(db, requestId, req.jurisdiction, summary.clocks, closedDays, now);
    statement(db, SQL.summary).run({
      id: requestId,
      nextDue: summary.nextDue,
      responseDays: summary.responseDays,
      answeredOnTime: summary.answeredOnTime === null ? null : summary.answeredOnTime ? 1 : 0,
      daysLateAnswered: summary.daysLateAnswered,
      version: req.version,
      at,
    });
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
