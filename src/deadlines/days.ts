/**
 * Dates as whole days since 1970-01-01 (an integer), so that the engine does arithmetic on numbers
 * instead of Date objects. Conversions follow Howard Hinnant's civil-from-days algorithms.
 */
import type { IsoDate, Weekday } from './types.js';

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(days: number): Weekday {
  return ((((days + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(days: number): boolean {
  const w = weekdayOf(days);
  return w === 0 || w === 6;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a `YYYY-MM-DD` date; null when the text is not a real calendar date (2026-02-30). */
export function parseIsoDate(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

export function isValidIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function formatIsoDate(days: number): IsoDate {
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

// Explanations name many days; the text of each day of 1990-2110 is made once.
const CACHE_FROM = daysFromCivil(1990, 1, 1);
const CACHE_TO = daysFromCivil(2110, 12, 31);
let cache: string[] | undefined;

export function toIsoDate(days: number): IsoDate {
  if (days < CACHE_FROM || days > CACHE_TO) return formatIsoDate(days);
  if (!cache) {
    cache = new Array(CACHE_TO - CACHE_FROM + 1);
    for (let d = CACHE_FROM; d <= CACHE_TO; d++) cache[d - CACHE_FROM] = formatIsoDate(d);
  }
  return cache[days - CACHE_FROM] as IsoDate;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export function weekdayName(days: number): string {
  return WEEKDAY_NAMES[weekdayOf(days)] as string;
}

/** Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}
