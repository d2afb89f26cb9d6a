/**
 * Public face of the deadline engine. Pure: imports nothing from the web framework, the database or
 * the queue. Calendars are built lazily, once per jurisdiction.
 */
import { AppError } from '../errors.js';
import { BusinessCalendar, type Closure, type ObservedHoliday } from './calendar.js';
import { compute, computeDueDay, type DeadlineInput, type DeadlineResult } from './engine.js';
import { JURISDICTIONS } from './registry.js';
import type { Jurisdiction } from './types.js';

export type { Closure, ObservedHoliday } from './calendar.js';
export { isValidIsoDate, parseIsoDate, toIsoDate } from './days.js';
export type { DeadlineInput, DeadlineResult, Explanation, Pause, SkippedDay } from './engine.js';
export * from './types.js';

const byCode = new Map(JURISDICTIONS.map((j) => [j.code, j]));
const calendars = new Map<string, BusinessCalendar>();

export function listJurisdictions(): readonly Jurisdiction[] {
  return JURISDICTIONS;
}

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return byCode.get(code.toUpperCase());
}

export function getJurisdiction(code: string): Jurisdiction {
  const j = findJurisdiction(code);
  if (!j) throw new AppError(404, 'unknown_jurisdiction', `No jurisdiction with code ${code}`);
  return j;
}

export function calendarOf(code: string): BusinessCalendar {
  const j = getJurisdiction(code);
  let cal = calendars.get(j.code);
  if (!cal) {
    cal = new BusinessCalendar(j.calendar);
    calendars.set(j.code, cal);
  }
  return cal;
}

export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const jurisdiction = getJurisdiction(input.jurisdiction);
  return compute({ jurisdiction, calendar: calendarOf(jurisdiction.code) }, input);
}

/** The due date as a day number (days since 1970-01-01), or null; no explanation is built. */
export function computeDue(input: DeadlineInput): number | null {
  const jurisdiction = getJurisdiction(input.jurisdiction);
  return computeDueDay({ jurisdiction, calendar: calendarOf(jurisdiction.code) }, input);
}

export function holidaysOf(code: string, year: number, closures: Closure[] = []): ObservedHoliday[] {
  const list = calendarOf(code).holidaysInYear(year);
  const extra = closures
    .filter((c) => c.date.startsWith(`${year}-`))
    .map((c) => ({ date: c.date, name: `Closure: ${c.reason}`, citation: 'closure' }));
  return [...list, ...extra].sort((a, b) => a.date.localeCompare(b.date));
}
