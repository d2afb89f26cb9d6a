/**
 * The one clock of the product. "Today" is the agency's today: every date taken from a timestamp
 * (today, the day an e-mail arrived or left) is taken in the jurisdiction's time zone, here and
 * nowhere else. The instant comes from the caller: processes pass the system time, tests a fixed one.
 */
import { getJurisdiction, type IsoDate, listJurisdictions } from './deadlines/index.js';

export interface LocalTime {
  date: IsoDate;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Recent answers, by zone and UTC minute (every zone's offset is a whole number of minutes, so the
 * minute decides the local date and time): formatting is slow, and a busy worker asks the same
 * question many times a second.
 */
const recent = new Map<string, LocalTime>();

/** The wall-clock date and time of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const key = `${timeZone}|${Math.floor(instant.getTime() / 60_000)}`;
  const known = recent.get(key);
  if (known) return { ...known };
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const time = {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
  if (recent.size >= 512) recent.clear();
  recent.set(key, time);
  return { ...time };
}

/** The date of an instant in a jurisdiction's time zone. */
export function dateIn(instant: Date, jurisdiction: string): IsoDate {
  return localTime(instant, getJurisdiction(jurisdiction).timeZone).date;
}

let zones: string[] | undefined;
function allZones(): string[] {
  zones ??= [...new Set(listJurisdictions().map((j) => j.timeZone))];
  return zones;
}

/** The earliest of every jurisdiction's today (Hawaii's, most of the day). */
export function earliestToday(instant: Date): IsoDate {
  let min: IsoDate | undefined;
  for (const z of allZones()) {
    const d = localTime(instant, z).date;
    if (min === undefined || d < min) min = d;
  }
  return min as IsoDate;
}

/**
 * The jurisdictions whose today is later than the earliest one (at most two dates exist at once:
 * the zones in use span fewer than 24 hours), for SQL that compares a stored date with each row's
 * own today.
 */
export function todaysByJurisdiction(instant: Date): { earliest: IsoDate; later: IsoDate; laterCodes: string[] } {
  const earliest = earliestToday(instant);
  let later = earliest;
  const laterCodes: string[] = [];
  for (const j of listJurisdictions()) {
    const d = localTime(instant, j.timeZone).date;
    if (d > earliest) {
      later = d;
      laterCodes.push(j.code);
    }
  }
  return { earliest, later, laterCodes };
}

/** A stored timestamp as written on a page: its UTC date and time, said to be UTC (not a date). */
export function timestampText(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const { date, hour, minute } = localTime(t, 'UTC');
  return `${date} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} UTC`;
}

/** Today in the jurisdiction's time zone. */
export function today(jurisdiction: string, instant: Date): IsoDate {
  return dateIn(instant, jurisdiction);
}
