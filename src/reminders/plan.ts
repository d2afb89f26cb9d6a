/**
 * Reminder planning: for every open clock, who hears about it and when. Runs inside the clock
 * recomputation's transaction, so reminders always follow the clocks they are about.
 *   before        N business days before the due date (N is each person's lead time, default 3)
 *   due           on the due date
 *   overdue       the first business day after it (agency clocks)
 *   very_overdue  when late by as long again as the statutory period (agency clocks)
 * Rows for a moved clock are re-planned: planned rows whose due date no longer holds are cancelled.
 */
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { reminders, requests, requestWatchers, users } from '../db/schema.js';
import { calendarOf, parseIsoDate, toIsoDate } from '../deadlines/index.js';
import type { ClockRow } from '../requests/clocks.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const REMINDER_KINDS = ['before', 'due', 'overdue', 'very_overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

interface Recipient {
  id: number;
  leadDays: number;
}

export function recipients(tx: Pick<Db, 'select'>, requestId: number): Recipient[] {
  const owner = tx
    .select({ id: users.id, leadDays: users.reminderLeadDays })
    .from(requests)
    .innerJoin(users, eq(users.id, requests.ownerId))
    .where(and(eq(requests.id, requestId), isNull(users.disabledAt)))
    .all();
  const watchers = tx
    .select({ id: users.id, leadDays: users.reminderLeadDays })
    .from(requestWatchers)
    .innerJoin(users, eq(users.id, requestWatchers.userId))
    .where(and(eq(requestWatchers.requestId, requestId), isNull(users.disabledAt)))
    .all();
  const byId = new Map<number, Recipient>();
  for (const r of [...owner, ...watchers]) byId.set(r.id, r);
  return [...byId.values()];
}

/** The dates on which each kind of reminder goes out for one clock. */
export function reminderDates(
  jurisdiction: string,
  clock: Pick<ClockRow, 'kind' | 'due' | 'startDate' | 'unit'>,
  leadDays: number,
  closures: Set<number>,
): Partial<Record<ReminderKind, string>> {
  const due = clock.due ? parseIsoDate(clock.due) : null;
  if (due === null) return {};
  const cal = calendarOf(jurisdiction);
  const out: Partial<Record<ReminderKind, string>> = {
    before: toIsoDate(cal.subtractBusinessDays(due, Math.max(1, leadDays), closures)),
    due: clock.due as string,
  };
  if (clock.kind === 'appeal_filing') return out; // the requester's own deadline: nothing to chase
  out.overdue = toIsoDate(cal.addBusinessDays(due, 1, closures));
  const start = clock.startDate ? parseIsoDate(clock.startDate) : null;
  if (start !== null && start < due) {
    const veryLate =
      clock.unit === 'business'
        ? cal.addBusinessDays(due, Math.max(1, cal.businessDaysBetween(start, due, closures)), closures)
        : due + (due - start);
    out.very_overdue = toIsoDate(veryLate);
  }
  return out;
}

export function planReminders(
  tx: Tx,
  requestId: number,
  jurisdiction: string,
  clocks: ClockRow[],
  closures: Set<number>,
  now: Date,
): void {
  const at = now.toISOString();
  const people = recipients(tx, requestId);
  const keep: number[] = [];
  for (const clock of clocks) {
    if (clock.status !== 'open' || !clock.due) continue;
    for (const person of people) {
      const dates = reminderDates(jurisdiction, clock, person.leadDays, closures);
      for (const [kind, sendOn] of Object.entries(dates) as [ReminderKind, string][]) {
        const row = tx
          .insert(reminders)
          .values({ requestId, clockKind: clock.kind, kind, userId: person.id, due: clock.due, sendOn, updatedAt: at })
          .onConflictDoUpdate({
            target: [reminders.requestId, reminders.clockKind, reminders.kind, reminders.userId, reminders.due],
            // A re-planned row keeps its state once it has been handled; a cancelled one comes back.
            set: {
              sendOn,
              status: sql`case when ${reminders.status} = 'cancelled' then 'planned' else ${reminders.status} end`,
              updatedAt: at,
            },
          })
          .returning({ id: reminders.id })
          .get();
        keep.push(row.id);
      }
    }
  }
  // Everything else still waiting for this request no longer matches a clock: cancel it.
  tx.update(reminders)
    .set({ status: 'cancelled', updatedAt: at })
    .where(
      and(
        eq(reminders.requestId, requestId),
        inArray(reminders.status, ['planned']),
        keep.length ? notInArray(reminders.id, keep) : undefined,
      ),
    )
    .run();
}
