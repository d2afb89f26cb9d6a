/**
 * Reminder planning: for every open clock, who hears about it and when. Runs inside the clock
 * recomputation's transaction, so reminders always follow the clocks they are about.
 *   before        N business days before the due date (N is each person's lead time, default 3)
 *   due           on the due date
 *   overdue       the first business day after it (agency clocks)
 *   very_overdue  when late by as long again as the statutory period (agency clocks)
 * Rows for a moved clock are re-planned: planned rows whose due date no longer holds are cancelled.
 */
import type { DbOrTx } from '../db/index.js';
import { statement } from '../db/prepared.js';
import { calendarOf, parseIsoDate, toIsoDate } from '../deadlines/index.js';
import type { ClockRow } from '../requests/clocks.js';

export const REMINDER_KINDS = ['before', 'due', 'overdue', 'very_overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

interface Recipient {
  id: number;
  leadDays: number;
}

// Prepared once per connection: planning runs inside the recomputation, under the write lock.
const SQL = {
  recipients: `select u.id, u.reminder_lead_days as leadDays from requests r join users u on u.id = r.owner_id
      where r.id = @id and u.disabled_at is null
    union
    select u.id, u.reminder_lead_days from request_watchers w join users u on u.id = w.user_id
      where w.request_id = @id and u.disabled_at is null`,
  // A re-planned row keeps its state once it has been handled; a cancelled one comes back.
  upsert: `insert into reminders (request_id, clock_kind, kind, user_id, due, send_on, updated_at)
    values (@requestId, @clockKind, @kind, @userId, @due, @sendOn, @at)
    on conflict (request_id, clock_kind, kind, user_id, due) do update set send_on = excluded.send_on,
      status = case when status = 'cancelled' then 'planned' else status end, updated_at = excluded.updated_at
    returning id`,
  cancelOthers: `update reminders set status = 'cancelled', updated_at = @at
    where request_id = @requestId and status = 'planned' and id not in (select value from json_each(@keep))`,
};

/** The owner and the watchers of a request (enabled users only), each with their lead time. */
export function recipients(db: DbOrTx, requestId: number): Recipient[] {
  return statement(db, SQL.recipients).all({ id: requestId }) as Recipient[];
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
  db: DbOrTx,
  requestId: number,
  jurisdiction: string,
  clocks: ClockRow[],
  closures: Set<number>,
  now: Date,
): void {
  const at = now.toISOString();
  const people = recipients(db, requestId);
  const keep: number[] = [];
  for (const clock of clocks) {
    if (clock.status !== 'open' || !clock.due) continue;
    for (const person of people) {
      const dates = reminderDates(jurisdiction, clock, person.leadDays, closures);
      for (const [kind, sendOn] of Object.entries(dates) as [ReminderKind, string][]) {
        const row = statement(db, SQL.upsert).get({
          requestId,
          clockKind: clock.kind,
          kind,
          userId: person.id,
          due: clock.due,
          sendOn,
          at,
        }) as { id: number };
        keep.push(row.id);
      }
    }
  }
  // Everything else still waiting for this request no longer matches a clock: cancel it.
  statement(db, SQL.cancelOthers).run({ at, requestId, keep: JSON.stringify(keep) });
}
