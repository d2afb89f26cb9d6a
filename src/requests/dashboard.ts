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
import { today as todayIn, todaysByJurisdiction } from '../clock.js';
import { connectionOf, type Db } from '../db/index.js';
import { prepared, statement } from '../db/prepared.js';
import { calendarOf, parseIsoDate, toIsoDate } from '../deadlines/index.js';
import { AGENCY_CLOCKS, daysLate, lateKey } from './clocks.js';
import { OPEN } from './state-machine.js';

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

function addDays(iso: string, n: number): string {
  return toIsoDate((parseIsoDate(iso) as number) + n);
}

const KINDS = AGENCY_CLOCKS.map((k) => `'${k}'`).join(', ');
const OWING = [...OPEN, 'appealed'].map((s) => `'${s}'`).join(', ');
// The condition of the partial indexes deadlines_owed_late and deadlines_owed_due (src/db/schema.ts),
// and of the requests whose clocks the agency owes.
const OWED = `d.status = 'open' and d.due is not null and d.kind in (${KINDS}) and r.status in (${OWING})`;
// The request, its agency and campaign.
const SHOWN = `r.id as requestId, r.title, r.status, a.id as agencyId, a.name as agencyName, a.jurisdiction,
  r.campaign_id as campaignId, (select c.title from campaigns c where c.id = r.campaign_id) as campaignTitle`;

// A clock with its request, agency and campaign, as an array (see `Clock`): the sources read one row
// past each list's end, and a row object costs more than the query.
const CLOCK = `d.request_id, d.kind, d.due, d.unit, r.title, r.status, a.id, a.name, a.jurisdiction, r.campaign_id,
  (select c.title from campaigns c where c.id = r.campaign_id)`;

const SQL = {
  jurisdictions: 'select distinct jurisdiction from owed_clock_counts',
  overdue: 'select coalesce(sum(n), 0) as n from owed_clock_counts where jurisdiction = ? and due < ?',
  // Most late first within one jurisdiction and unit: the late key orders by days late on any day.
  // The indexes are named: SQLite would rather search by the due date's range and sort it all.
  late: `select ${CLOCK} from deadlines d indexed by deadlines_owed_late
    join requests r on r.id = d.request_id join agencies a on a.id = r.agency_id
    where d.jurisdiction = ? and d.unit = ? and ${OWED} and d.late_key <= ? and d.due < ?
    order by d.late_key, d.request_id`,
  soon: `select ${CLOCK} from deadlines d indexed by deadlines_owed_due
    join requests r on r.id = d.request_id join agencies a on a.id = r.agency_id
    where d.jurisdiction = ? and ${OWED} and d.due >= ? and d.due <= ? order by d.due, d.request_id`,
  // Each status read in order from requests_status and the two merged: `status in (...)` would sort
  // every waiting request.
  waiting: ['awaiting_fee', 'awaiting_clarification']
    .map(
      (status) => `select * from (select ${SHOWN}, r.updated_at as updatedAt,
    (select d.kind from deadlines d where d.request_id = r.id and d.status = 'paused' limit 1) as kind,
    (select max(e.date) from request_events e where e.request_id = r.id
      and e.type in ('fee_requested', 'clarification_requested')) as since
    from requests r join agencies a on a.id = r.agency_id
    where r.status = '${status}' order by r.updated_at limit ${LIMIT})`,
    )
    .join(' union all ')
    .concat(` order by updatedAt limit ${LIMIT}`),
  // The clock an answer is judged by: extended_response, when there is one, governs.
  answered: `select ${SHOWN}, r.completed_on as completedOn,
    (select json_array(d.kind, d.due, d.unit) from deadlines d where d.request_id = r.id
      and d.kind in ('response', 'extended_response') and d.due is not null order by d.kind limit 1) as clock
    from requests r join agencies a on a.id = r.agency_id
    where r.completed_on is not null and r.completed_on >= ? order by r.completed_on desc, r.id desc limit ${LIMIT}`,
};

/** A clock as the sources read it (`CLOCK`). */
type Clock = [
  number,
  string,
  string,
  'business' | 'calendar',
  string,
  string,
  number,
  string,
  string,
  number | null,
  string | null,
];
interface Candidate {
  clock: Clock;
  daysLate: number;
}
type Shown = Omit<DashboardRow, 'kind' | 'due' | 'unit' | 'daysLate' | 'on'> & { jurisdiction: string };

/**
 * The first `limit` candidates of several sources, each already in order, in the order `before` says: a
 * merge that reads `limit` clocks plus one per source, however many clocks there are. `take` turns a
 * source's clock into a candidate, or says `'stop'` to end that source.
 */
function merge(
  sources: Iterator<Clock>[],
  take: (c: Clock, source: number) => Candidate | 'stop',
  before: (a: Candidate, b: Candidate) => boolean,
  limit: number,
): Candidate[] {
  const heads: (Candidate | null)[] = [];
  const advance = (i: number) => {
    const n = (sources[i] as Iterator<Clock>).next();
    if (n.done) return null;
    const pick = take(n.value, i);
    return pick === 'stop' ? null : pick;
  };
  try {
    for (let i = 0; i < sources.length; i++) heads.push(advance(i));
    const out: Candidate[] = [];
    while (out.length < limit) {
      let best = -1;
      for (let i = 0; i < heads.length; i++) {
        const h = heads[i];
        if (h && (best < 0 || before(h, heads[best] as Candidate))) best = i;
      }
      if (best < 0) break;
      out.push(heads[best] as Candidate);
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
  const st = prepared(db, `dashboard.${name}:${i}`, () => connectionOf(db).prepare<unknown[]>(SQL[name]).raw());
  return st.iterate(...params) as Iterator<Clock>;
}

const UNITS = ['business', 'calendar'] as const;

export function dashboard(db: Db, now: Date) {
  const { earliest, later } = todaysByJurisdiction(now);
  // Ten business days never span more than five weeks, even around the year-end holidays.
  const horizon = addDays(later, 35);
  const jurisdictions = (statement(db, SQL.jurisdictions).all() as { jurisdiction: string }[]).map(
    (j) => j.jurisdiction,
  );
  // Each clock is judged by its agency's own today.
  const todays = jurisdictions.map((j) => todayIn(j, now));

  let overdueTotal = 0;
  jurisdictions.forEach((j, i) => {
    overdueTotal += (statement(db, SQL.overdue).get(j, todays[i]) as { n: number }).n;
  });
  const overdue = merge(
    jurisdictions.flatMap((j, i) =>
      // Clocks due later than today have a larger key: the search ends where the overdue ones do.
      UNITS.map((u, k) => iterate(db, 'late', 2 * i + k, [j, u, lateKey(j, u, todays[i] as string), todays[i]])),
    ),
    (c, source) => {
      const i = Math.floor(source / 2);
      const j = jurisdictions[i] as string;
      return { clock: c, daysLate: daysLate(j, c[2], c[3], todays[i] as string) };
    },
    (a, b) => a.daysLate > b.daysLate || (a.daysLate === b.daysLate && a.clock[0] < b.clock[0]),
    LIMIT,
  );
  const dueSoon = merge(
    jurisdictions.map((j, i) => iterate(db, 'soon', i, [j, todays[i], horizon])),
    (c, i) => {
      const j = jurisdictions[i] as string;
      const left = calendarOf(j).businessDaysBetween(
        parseIsoDate(todays[i] as string) as number,
        parseIsoDate(c[2]) as number,
      );
      // Later clocks of this jurisdiction fall due later still.
      return left > DUE_SOON_BUSINESS_DAYS ? 'stop' : { clock: c, daysLate: 0 };
    },
    (a, b) => a.clock[2] < b.clock[2] || (a.clock[2] === b.clock[2] && a.clock[0] < b.clock[0]),
    LIMIT,
  );
  const row = ({ clock: c, daysLate }: Candidate): DashboardRow => ({
    requestId: c[0],
    kind: c[1],
    due: c[2],
    unit: c[3],
    title: c[4],
    status: c[5],
    agencyId: c[6],
    agencyName: c[7],
    campaignId: c[9],
    campaignTitle: c[10],
    daysLate,
    on: null,
  });

  const waiting = (
    statement(db, SQL.waiting).all() as (Shown & { kind: string | null; since: string | null; updatedAt: string })[]
  ).map(({ since, updatedAt: _, ...r }) => ({ ...r, due: null, daysLate: 0, unit: 'business', on: since }));
  const answered = (
    statement(db, SQL.answered).all(addDays(earliest, -30)) as (Shown & { completedOn: string; clock: string | null })[]
  ).map(({ clock, completedOn, ...r }) => {
    const [kind, due, unit] = clock
      ? (JSON.parse(clock) as [string, string, 'business' | 'calendar'])
      : [null, null, 'business'];
    return {
      ...r,
      kind,
      due,
      unit,
      daysLate: due ? daysLate(r.jurisdiction, due, unit, completedOn) : 0,
      on: completedOn,
    };
  });

  return { overdue: overdue.map(row), overdueTotal, dueSoon: dueSoon.map(row), waiting, answered };
}
