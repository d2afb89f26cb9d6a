/**
 * Builders for holiday rules, so that a jurisdiction's calendar reads like its statute.
 * Each builder returns a plain `HolidayRule`; `extra` sets `from`, `until`, `observance`, ...
 */
import type { HolidayRule, Weekday } from './types.js';

export const SUN = 0 as const;
export const MON = 1 as const;
export const TUE = 2 as const;
export const WED = 3 as const;
export const THU = 4 as const;
export const FRI = 5 as const;
export const SAT = 6 as const;

type Extra = Omit<HolidayRule, 'name' | 'date'>;

export function fixed(name: string, month: number, day: number, extra: Extra = {}): HolidayRule {
  return { name, date: { type: 'fixed', month, day }, ...extra };
}

export function nth(
  name: string,
  month: number,
  weekday: Weekday,
  n: 1 | 2 | 3 | 4 | 5 | -1,
  extra: Extra & { offset?: number } = {},
): HolidayRule {
  const { offset, ...rest } = extra;
  return { name, date: { type: 'nthWeekday', month, weekday, n, ...(offset ? { offset } : {}) }, ...rest };
}

export function last(name: string, month: number, weekday: Weekday, extra: Extra = {}): HolidayRule {
  return nth(name, month, weekday, -1, extra);
}

export function easter(name: string, offset: number, extra: Extra = {}): HolidayRule {
  return { name, date: { type: 'easter', offset }, ...extra };
}

/** General election day: the Tuesday after the first Monday of November. */
export function electionDay(name = 'General Election Day', extra: Extra = {}): HolidayRule {
  return { name, date: { type: 'weekdayOnOrAfter', month: 11, day: 2, weekday: TUE }, ...extra };
}

/** The usual names; a jurisdiction passes its statute's own name where it differs. */
export const common = {
  newYear: (name = "New Year's Day", extra: Extra = {}) => fixed(name, 1, 1, extra),
  mlk: (name = 'Martin Luther King, Jr. Day', extra: Extra = {}) => nth(name, 1, MON, 3, extra),
  washington: (name = "Washington's Birthday", extra: Extra = {}) => nth(name, 2, MON, 3, extra),
  memorial: (name = 'Memorial Day', extra: Extra = {}) => last(name, 5, MON, extra),
  juneteenth: (name = 'Juneteenth', extra: Extra = {}) => fixed(name, 6, 19, extra),
  independence: (name = 'Independence Day', extra: Extra = {}) => fixed(name, 7, 4, extra),
  labor: (name = 'Labor Day', extra: Extra = {}) => nth(name, 9, MON, 1, extra),
  columbus: (name = 'Columbus Day', extra: Extra = {}) => nth(name, 10, MON, 2, extra),
  veterans: (name = 'Veterans Day', extra: Extra = {}) => fixed(name, 11, 11, extra),
  thanksgiving: (name = 'Thanksgiving Day', extra: Extra = {}) => nth(name, 11, THU, 4, extra),
  dayAfterThanksgiving: (name = 'Day after Thanksgiving', extra: Extra = {}) =>
    nth(name, 11, THU, 4, { ...extra, offset: 1 }),
  christmas: (name = 'Christmas Day', extra: Extra = {}) => fixed(name, 12, 25, extra),
  lincoln: (name = "Lincoln's Birthday", extra: Extra = {}) => fixed(name, 2, 12, extra),
  goodFriday: (name = 'Good Friday', extra: Extra = {}) => easter(name, -2, extra),
};
