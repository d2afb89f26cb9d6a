/**
 * Public face of the deadline engine. Pure: imports nothing from the web framework, the database or
 * the queue. Calendars are built lazily, once per jurisdiction.
 */
import { AppError } from '../errors.js';
import { BusinessCalendar, type Closure, type DayKind, type ExtraDay, type ObservedHoliday } from './calendar.js';
import { compute, computeDueDay, type DeadlineInput, type DeadlineResult } from './engine.js';
import { JURISDICTIONS } from './registry.js';
import type { AgencyLevel, AlternativeReading, Jurisdiction } from './types.js';

export type { Closure, DayKind, ObservedHoliday } from './calendar.js';
export { isValidIsoDate, parseIsoDate, toIsoDate } from './days.js';
export type { Alternative, DeadlineInput, DeadlineResult, Explanation, Pause, SkippedDay } from './engine.js';
export { MAX_START, MIN_START } from './engine.js';
export * from './types.js';

const byCode = new Map(JURISDICTIONS.map((j) => [j.code, j]));

export function listJurisdictions(): readonly Jurisdiction[] {
  return JURISDICTIONS;
}

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return byCode.get(code.toUpperCase());
}

export function getJurisdiction(code: string): Jurisdiction {
  const j = findJurisdiction(code);
  if (!j) {
    const shown = code.length > 20 ? `${code.slice(0, 20)}...` : code;
    throw new AppError(
      404,
      'unknown_jurisdiction',
      `No jurisdiction with code ${JSON.stringify(shown)}: codes are US (federal) or US-XX (a state or DC, e.g. US-MA)`,
    );
  }
  return j;
}

/**
 * Whose offices a clock runs at: the jurisdiction's own (State agencies; federal ones for US), which
 * is also the reading when no level is given, or local bodies, which State closures do not bind.
 */
type Scope = 'own' | 'local';
const scopeOf = (level: AgencyLevel | undefined): Scope =>
  level === 'county' || level === 'municipal' ? 'local' : 'own';

/**
 * The calendar of one reading: the statute's holidays, the `officesOpen` holidays where the reading
 * counts them, and the year's designations that bind these offices (a closure only where the
 * reading counts closures).
 */
function buildCalendar(j: Jurisdiction, scope: Scope, alt: AlternativeReading | undefined): BusinessCalendar {
  const def = j.calendar;
  const openStops = (def.openHolidays?.stops ?? true) !== Boolean(alt?.flipOpenHolidays);
  const closureStops = (def.executiveClosures?.stops ?? true) !== Boolean(alt?.flipExecutiveClosures);
  const holidays = [
    ...def.holidays.filter((h) => !alt?.dropHolidays?.includes(h.name) && (!h.officesOpen || openStops)),
    ...(alt?.addHolidays ?? []),
  ];
  const extra: ExtraDay[] = (def.designations ?? [])
    .filter((d) => (d.scope === 'all' || scope === 'own') && (d.kind === 'holiday' || closureStops))
    .map((d) => ({
      date: d.date,
      name: d.name,
      citation: d.citation,
      kind: d.kind === 'holiday' ? 'designated_holiday' : 'executive_closure',
    }));
  const kindOf = (h: { officesOpen?: boolean }): DayKind => (h.officesOpen ? 'open_holiday' : 'legal_holiday');
  const rollOnly = !openStops && def.openHolidays?.rollsPast ? def.holidays.filter((h) => h.officesOpen) : [];
  return new BusinessCalendar(def, { holidays, kindOf, extra, rollOnly });
}

/**
 * A jurisdiction's calendar for an agency level (default: its own agencies) and a reading (default:
 * the engine's; otherwise the index of one of `calendar.alternatives`). Built once, then cached.
 */
export function calendarOf(code: string, level?: AgencyLevel, alternative = -1): BusinessCalendar {
  return calendarFor(getJurisdiction(code), level, alternative);
}

/** Per jurisdiction: [own agencies, local bodies] x [the engine's reading, alternative 0, 1, ...]. */
const byJurisdiction = new WeakMap<Jurisdiction, (BusinessCalendar | undefined)[][]>();

function calendarFor(j: Jurisdiction, level: AgencyLevel | undefined, alternative = -1): BusinessCalendar {
  let table = byJurisdiction.get(j);
  if (!table) {
    table = [[], []];
    byJurisdiction.set(j, table);
  }
  const scope = scopeOf(level);
  const row = table[scope === 'own' ? 0 : 1] as (BusinessCalendar | undefined)[];
  let cal = row[alternative + 1];
  if (!cal) {
    cal = buildCalendar(j, scope, alternative >= 0 ? j.calendar.alternatives?.[alternative] : undefined);
    row[alternative + 1] = cal;
  }
  return cal;
}

/**
 * A clock with its explanation; where the law is unsettled, the due date under each other reading
 * that gives a different one (`alternatives`).
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const jurisdiction = getJurisdiction(input.jurisdiction);
  const readings = (jurisdiction.calendar.alternatives ?? []).map((r, i) => ({
    calendar: calendarFor(jurisdiction, input.agencyLevel, i),
    reading: r.reading,
    citation: r.citation,
  }));
  return compute({ jurisdiction, calendar: calendarFor(jurisdiction, input.agencyLevel), readings }, input);
}

/** The due date as a day number (days since 1970-01-01), or null; no explanation is built. */
export function computeDue(input: DeadlineInput): number | null {
  const jurisdiction = getJurisdiction(input.jurisdiction);
  return computeDueDay({ jurisdiction, calendar: calendarFor(jurisdiction, input.agencyLevel) }, input);
}

export function holidaysOf(
  code: string,
  year: number,
  closures: Closure[] = [],
  level?: AgencyLevel,
): (ObservedHoliday | { date: string; name: string; citation: string; kind: 'closure' })[] {
  const list = calendarOf(code, level).holidaysInYear(year);
  const extra = closures
    .filter((c) => c.date.startsWith(`${year}-`))
    .map((c) => ({ date: c.date, name: `Closure: ${c.reason}`, citation: 'closure', kind: 'closure' as const }));
  return [...list, ...extra].sort((a, b) => a.date.localeCompare(b.date));
}
