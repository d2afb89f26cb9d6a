/**
 * What the staff dashboard shows, from the clocks the worker stored: clocks overdue now, clocks due
 * within the next 10 business days (counted on each request's own jurisdiction calendar: weekends,
 * legal holidays), requests waiting on the requester (fee or clarification), and recent answers.
 *
 * Its cost does not grow with the number of open clocks: the overdue count comes from the counts
 * per due date that triggers keep (`owed_clock_counts`), and both lists merge, per jurisdiction (and
 * unit), clocks read in order from partial indexes, stopping at the rows shown. Days late are worked
 * out for those rows only, on reading, so nothing stored goes stale when the date changes.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { today as todayIn, todaysByJurisdiction } from '../clock.js';
import { connectionOf, type Db } from '../db/index.js';
import { prepared, statement } from '../db/prepared.js';
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

const KINDS = AGENCY_CLOCKS.map((k) => `'${k}'`).join(', ');
// The condition of the partial indexes deadlines_owed_late and deadlines_owed_due (src/db/schema.ts).
const OWED = `d.status = 'open' and d.due is not null and d.kind in (${KINDS})`;
const OWING = new Set<string>([...OPEN, 'appealed']);

const SQL = {
  jurisdictions: 'select distinct jurisdiction from owed_clock_counts',
  overdue: 'select coalesce(sum(n), 0) as n from owed_clock_counts where jurisdiction = ? and due < ?',
  // Most late first within one jurisdiction and unit: the late key orders by days late on any day.
  late: `select d.request_id as requestId, d.kind, d.due, d.unit from deadlines d
    where d.jurisdiction = ? and d.unit = ? and ${OWED} and d.due < ? order by d.late_key, d.request_id`,
  soon: `select d.request_id as requestId, d.kind, d.due, d.unit from deadlines d
    where d.jurisdiction = ? and ${OWED} and d.due >= ? and d.due <= ? order by d.due, d.request_id`,
  request: `select r.id as requestId, r.title, r.status, a.id as agencyId, a.name as agencyName, a.jurisdiction,
    r.campaign_id as campaignId, (select c.title from campaigns c where c.id = r.campaign_id) as campaignTitle
    from requests r join agencies a on a.id = r.agency_id where r.id = ?`,
};

interface Clock {
  requestId: number;
  kind: string;
  due: string;
  unit: 'business' | 'calendar';
}
type Shown = Omit<DashboardRow, 'on'> & { on: null; jurisdiction: string };

/**
 * The first `limit` rows of several sources, each already in order, in the order `before` says: a
 * merge that reads `limit` rows plus one per source, however many clocks there are. `take` turns a
 * source's clock into a row, or null to pass over it, or `'stop'` to end that source.
 */
function merge(
  sources: Iterator<Clock>[],
  take: (c: Clock, source: number) => Shown | null | 'stop',
  before: (a: Shown, b: Shown) => boolean,
  limit: number,
): Shown[] {
  const heads: (Shown | null)[] = [];
  const advance = (i: number) => {
    const it = sources[i] as Iterator<Clock>;
    for (let n = it.next(); !n.done; n = it.next()) {
      const row = take(n.value, i);
      if (row === 'stop') break;
      if (row) return row;
    }
    return null;
  };
  try {
    for (let i = 0; i < sources.length; i++) heads.push(advance(i));
    const out: Shown[] = [];
    while (out.length < limit) {
      let best = -1;
      for (let i = 0; i < heads.length; i++) {
        const h = heads[i];
        if (h && (best < 0 || before(h, heads[best] as Shown))) best = i;
      }
      if (best < 0) break;
      out.push(heads[best] as Shown);
      heads[best] = advance(best);
    }
    return out;
  } finally {
    // Frees each statement for the next view (an iterator left open keeps its statement busy).
    for (const it of sources) it.return?.();
  }
}

/** One statement per source: a statement runs one query at a time, and the sources run side by side. */
function iterate(db: Db, name: 'late' | 'soon', i: number, params: unknown[]): Iterator<Clock> {
  const st = prepared(db, `dashboard.${name}:${i}`, () => connectionOf(db).prepare<unknown[]>(SQL[name]));
  return st.iterate(...params) as Iterator<Clock>;
}

export function dashboard(db: Db, now: Date) {
  const { earliest, later } = todaysByJurisdiction(now);
  // Ten business days never span more than five weeks, even around the year-end holidays.
  const horizon = addDays(later, 35);
  const jurisdictions = (statement(db, SQL.jurisdictions).all() as { jurisdiction: string }[]).map(
    (j) => j.jurisdiction,
  );
  // Each clock is judged by its agency's own today.
  const todays = jurisdictions.map((j) => todayIn(j, now));
  // Only the rows shown are read in full: the request, its agency and campaign.
  const shown = (c: Clock, jurisdiction: string): Shown | null => {
    const r = statement(db, SQL.request).get(c.requestId) as Omit<Shown, 'kind' | 'due' | 'unit' | 'daysLate' | 'on'>;
    if (!r || !OWING.has(r.status)) return null;
    return { ...r, jurisdiction, kind: c.kind, due: c.due, unit: c.unit, daysLate: 0, on: null };
  };

  let overdueTotal = 0;
  jurisdictions.forEach((j, i) => {
    overdueTotal += (statement(db, SQL.overdue).get(j, todays[i]) as { n: number }).n;
  });
  const UNITS = ['business', 'calendar'] as const;
  const overdue = merge(
    jurisdictions.flatMap((j, i) => UNITS.map((u, k) => iterate(db, 'late', 2 * i + k, [j, u, todays[i]]))),
    (c, source) => {
      const i = Math.floor(source / 2);
      const j = jurisdictions[i] as string;
      const row = shown(c, j);
      if (row) row.daysLate = daysLate(j, c.due, c.unit, todays[i] as string);
      return row;
    },
    (a, b) => a.daysLate > b.daysLate || (a.daysLate === b.daysLate && a.requestId < b.requestId),
    LIMIT,
  );
  const dueSoon = merge(
    jurisdictions.map((j, i) => iterate(db, 'soon', i, [j, todays[i], horizon])),
    (c, i) => {
      const j = jurisdictions[i] as string;
      const left = calendarOf(j).businessDaysBetween(
        parseIsoDate(todays[i] as string) as number,
        parseIsoDate(c.due) as number,
      );
      // Later clocks of this jurisdiction fall due later still.
      if (left > DUE_SOON_BUSINESS_DAYS) return 'stop';
      return shown(c, j);
    },
    (a, b) => (a.due as string) < (b.due as string) || (a.due === b.due && a.requestId < b.requestId),
    LIMIT,
  );

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
    overdue,
    overdueTotal,
    dueSoon,
    waiting,
    answered,
  };
}
