/**
 * What the staff dashboard shows, from the clocks the worker stored: clocks overdue now, clocks due
 * within the next 10 business days (counted on each request's own jurisdiction calendar: weekends,
 * legal holidays), requests waiting on the requester (fee or clarification), and recent answers.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { today as todayIn, todaysByJurisdiction } from '../clock.js';
import type { Db } from '../db/index.js';
import { agencies, campaigns, deadlines, requests } from '../db/schema.js';
import { calendarOf, parseIsoDate, toIsoDate } from '../deadlines/index.js';
import { AGENCY_CLOCKS, daysLate } from '../requests/clocks.js';
import { OPEN } from '../requests/state-machine.js';

export const DUE_SOON_BUSINESS_DAYS = 10;
const LIMIT = 50;

export interface DashboardRow {
  requestId: number;
  title: string;
  status: string;
  agencyId: number;
  agencyName: string;
  /** The campaign the request belongs to, if any. */
  campaignId: number | null;
  campaignTitle: string | null;
  kind: string | null;
  due: string | null;
  daysLate: number;
  /** Business or calendar days, as the law counts this clock. */
  unit: string;
  /** For answered requests: the answer's date; for waiting ones: since when. */
  on: string | null;
}

const base = {
  requestId: requests.id,
  title: requests.title,
  status: requests.status,
  agencyId: agencies.id,
  agencyName: agencies.name,
  jurisdiction: agencies.jurisdiction,
  campaignId: requests.campaignId,
  campaignTitle: sql<
    string | null
  >`(select ${campaigns.title} from ${campaigns} where ${campaigns.id} = ${requests.campaignId})`,
};

function addDays(iso: string, n: number): string {
  return toIsoDate((parseIsoDate(iso) as number) + n);
}

export function dashboard(db: Db, now: Date) {
  const { earliest, later } = todaysByJurisdiction(now);
  // Ten business days never span more than five weeks, even around the year-end holidays.
  const horizon = addDays(later, 35);
  const clocks = db
    .select({ ...base, kind: deadlines.kind, due: deadlines.due, unit: deadlines.unit })
    .from(deadlines)
    .innerJoin(requests, eq(requests.id, deadlines.requestId))
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .where(
      and(
        eq(deadlines.status, 'open'),
        isNotNull(deadlines.due),
        inArray(deadlines.kind, [...AGENCY_CLOCKS]),
        inArray(requests.status, [...OPEN, 'appealed']),
        lte(deadlines.due, horizon),
      ),
    )
    .orderBy(asc(deadlines.due), asc(requests.id))
    .all();
  const overdue: DashboardRow[] = [];
  const dueSoon: DashboardRow[] = [];
  for (const c of clocks) {
    const due = c.due as string;
    // Each clock is judged by its agency's own today.
    const today = todayIn(c.jurisdiction, now);
    const row = { ...c, on: null, daysLate: 0 };
    if (due < today) {
      row.daysLate = daysLate(c.jurisdiction, due, c.unit as 'business' | 'calendar', today);
      overdue.push(row);
    } else {
      const left = calendarOf(c.jurisdiction).businessDaysBetween(
        parseIsoDate(today) as number,
        parseIsoDate(due) as number,
      );
      if (left <= DUE_SOON_BUSINESS_DAYS) dueSoon.push(row);
    }
  }
  overdue.sort((a, b) => b.daysLate - a.daysLate || a.requestId - b.requestId);

  const waiting = db
    .select({
      ...base,
      kind: sql<
        string | null
      >`(select ${deadlines.kind} from ${deadlines} where ${deadlines.requestId} = ${requests.id} and ${deadlines.status} = 'paused' limit 1)`,
      since: sql<
        string | null
      >`(select max(date) from request_events where request_id = ${requests.id} and type in ('fee_requested', 'clarification_requested'))`,
    })
    .from(requests)
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .where(inArray(requests.status, ['awaiting_fee', 'awaiting_clarification']))
    .orderBy(asc(requests.updatedAt))
    .limit(LIMIT)
    .all()
    .map((r) => ({ ...r, due: null, daysLate: 0, unit: 'business', on: r.since }));

  const answered = db
    .select({ ...base, completedOn: requests.completedOn })
    .from(requests)
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .where(and(isNotNull(requests.completedOn), gte(requests.completedOn, addDays(earliest, -30))))
    .orderBy(desc(requests.completedOn), desc(requests.id))
    .limit(LIMIT)
    .all()
    .map((r) => {
      const clock = db
        .select({ kind: deadlines.kind, due: deadlines.due, unit: deadlines.unit })
        .from(deadlines)
        .where(and(eq(deadlines.requestId, r.requestId), inArray(deadlines.kind, ['response', 'extended_response'])))
        .orderBy(asc(deadlines.kind)) // extended_response, when there is one, governs
        .all()
        .find((c) => c.due !== null);
      const on = r.completedOn as string;
      return {
        ...r,
        kind: clock?.kind ?? null,
        due: clock?.due ?? null,
        unit: clock?.unit ?? 'business',
        daysLate: clock?.due ? daysLate(r.jurisdiction, clock.due, clock.unit as 'business' | 'calendar', on) : 0,
        on,
      };
    });

  return {
    overdue: overdue.slice(0, LIMIT),
    overdueTotal: overdue.length,
    dueSoon: dueSoon.slice(0, LIMIT),
    waiting,
    answered,
  };
}
