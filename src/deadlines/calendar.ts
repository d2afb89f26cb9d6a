/**
 * A jurisdiction's business-day calendar, precomputed once over 1999-2102 so that adding N
 * business days is two array reads instead of a day-by-day walk:
 *   cum[i]  = number of business days in [RANGE_START, RANGE_START + i]
 *   biz[k]  = day index of the k-th business day (0-based)
 * The N-th business day after day d is biz[cum[d] + N - 1].
 * Closures (snow days, shutdowns) are not baked in: they are few, so `addBusinessDays` skips them by
 * a short fixed-point iteration over the base tables.
 */
import { AppError } from '../errors.js';
import { daysFromCivil, easterSunday, isWeekend, parseIsoDate, toIsoDate, weekdayOf } from './days.js';
import type { CalendarDef, HolidayDate, HolidayRule, IsoDate, WeekendObservance } from './types.js';

export const RANGE_START = daysFromCivil(1999, 1, 1);
export const RANGE_END = daysFromCivil(2102, 12, 31);
const SIZE = RANGE_END - RANGE_START + 1;

/**
 * What kind of day stops a clock: a legal holiday named by statute; a legal holiday designated for
 * the year by an executive act under a statute; an office closure by executive order; a statutory
 * holiday on which the offices stay open (counted only where the jurisdiction's reading says so).
 */
export type DayKind = 'legal_holiday' | 'designated_holiday' | 'executive_closure' | 'open_holiday';

export interface ObservedHoliday {
  /** The day offices close (the observed date). */
  date: IsoDate;
  name: string;
  /** The holiday's own date when the weekend rule moved it. */
  observedFor?: IsoDate;
  citation: string;
  kind: DayKind;
}

/** A dated day to bake into a calendar (a designation), with its kind. */
export interface ExtraDay {
  date: IsoDate;
  name: string;
  citation: string;
  kind: DayKind;
}

export interface Closure {
  date: IsoDate;
  reason: string;
}

function nominalDate(rule: HolidayDate, year: number): number {
  switch (rule.type) {
    case 'fixed':
      return daysFromCivil(year, rule.month, rule.day);
    case 'nthWeekday': {
      let day: number;
      if (rule.n === -1) {
        const lastOfMonth = daysFromCivil(year, rule.month + 1, 1) - 1;
        day = lastOfMonth - ((weekdayOf(lastOfMonth) - rule.weekday + 7) % 7);
      } else {
        const first = daysFromCivil(year, rule.month, 1);
        day = first + ((rule.weekday - weekdayOf(first) + 7) % 7) + (rule.n - 1) * 7;
      }
      return day + (rule.offset ?? 0);
    }
    case 'weekdayOnOrAfter': {
      const start = daysFromCivil(year, rule.month, rule.day);
      return start + ((rule.weekday - weekdayOf(start) + 7) % 7);
    }
    case 'easter':
      return easterSunday(year) + rule.offset;
  }
}

function observe(day: number, rule: WeekendObservance): number {
  const w = weekdayOf(day);
  if (w === 6 && (rule === 'sat_fri_sun_mon' || rule === 'sat_fri')) return day - 1;
  if (w === 6 && rule === 'sat_mon_sun_mon') return day + 2;
  if (w === 0 && rule !== 'sat_fri' && rule !== 'none') return day + 1;
  return day;
}

function inYears(rule: HolidayRule, year: number): boolean {
  if (!rule.years) return true;
  if (rule.years === 'even') return year % 2 === 0;
  if (rule.years === 'odd') return year % 2 === 1;
  if (rule.years === 'presidential') return year % 4 === 0;
  return year % 4 === 1;
}

function boundary(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const d = parseIsoDate(text);
  if (d === null) throw new Error(`invalid holiday boundary date ${text}`);
  return d;
}

export class BusinessCalendar {
  readonly def: CalendarDef;
  private readonly nonBusiness = new Uint8Array(SIZE);
  private readonly cum = new Uint16Array(SIZE);
  private readonly biz: Uint16Array;
  /** Observed day index -> holidays observed that day. */
  private readonly holidayByDay = new Map<number, ObservedHoliday[]>();
  private readonly rollOnly = new Set<number>();

  /**
   * `holidays` overrides the definition's rules (a variant that drops or adds some); `kindOf` says
   * which kind each rule is; `extra` are dated days (designations) that are not business days either.
   */
  constructor(
    def: CalendarDef,
    opts: {
      holidays?: readonly HolidayRule[];
      kindOf?: (rule: HolidayRule) => DayKind;
      extra?: readonly ExtraDay[];
      /** Holidays that are business days here but that a roll-forward still passes over. */
      rollOnly?: readonly HolidayRule[];
    } = {},
  ) {
    this.def = def;
    const rules = opts.holidays ?? def.holidays;
    for (let year = 1998; year <= 2103; year++) {
      for (const rule of opts.rollOnly ?? []) {
        if (!inYears(rule, year)) continue;
        const observed = observe(nominalDate(rule.date, year), rule.observance ?? def.observance);
        if (observed < boundary(rule.from, -Infinity) || observed > boundary(rule.until, Infinity)) continue;
        this.rollOnly.add(observed);
      }
      for (const rule of rules) {
        if (!inYears(rule, year)) continue;
        const nominal = nominalDate(rule.date, year);
        const observed = observe(nominal, rule.observance ?? def.observance);
        if (observed < boundary(rule.from, -Infinity) || observed > boundary(rule.until, Infinity)) continue;
        if (observed < RANGE_START || observed > RANGE_END) continue;
        const entry: ObservedHoliday = {
          date: toIsoDate(observed),
          name: rule.name,
          citation: rule.citation ?? def.citation,
          ...(observed !== nominal ? { observedFor: toIsoDate(nominal) } : {}),
          kind: opts.kindOf?.(rule) ?? 'legal_holiday',
        };
        this.addDay(observed, entry);
      }
    }
    for (const d of opts.extra ?? []) {
      const day = parseIsoDate(d.date);
      if (day === null) throw new Error(`invalid designation date ${d.date}`);
      if (day < RANGE_START || day > RANGE_END) continue;
      this.addDay(day, { date: d.date, name: d.name, citation: d.citation, kind: d.kind });
    }
    let count = 0;
    const bizDays: number[] = [];
    for (let i = 0; i < SIZE; i++) {
      const day = RANGE_START + i;
      const off = isWeekend(day) || this.holidayByDay.has(day);
      this.nonBusiness[i] = off ? 1 : 0;
      if (!off) {
        bizDays.push(i);
        count++;
      }
      this.cum[i] = count;
    }
    this.biz = Uint16Array.from(bizDays);
  }

  private addDay(day: number, entry: ObservedHoliday) {
    const list = this.holidayByDay.get(day);
    if (list) list.push(entry);
    else this.holidayByDay.set(day, [entry]);
  }

  private index(day: number): number {
    if (day < RANGE_START || day > RANGE_END) {
      throw new AppError(422, 'date_out_of_range', `${toIsoDate(day)} is outside the supported range (1999 to 2102)`);
    }
    return day - RANGE_START;
  }

  /** A holiday that is a business day in this reading but that a roll-forward passes over. */
  isRollOnlyHoliday(day: number): boolean {
    return this.rollOnly.has(day);
  }

  /** Holidays observed on this day (empty when none). */
  holidaysOn(day: number): ObservedHoliday[] {
    return this.holidayByDay.get(day) ?? [];
  }

  holidaysInYear(year: number): ObservedHoliday[] {
    const from = daysFromCivil(year, 1, 1);
    const to = daysFromCivil(year, 12, 31);
    const out: ObservedHoliday[] = [];
    for (const [day, list] of this.holidayByDay) if (day >= from && day <= to) out.push(...list);
    return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** Business day in the base calendar (weekends and legal holidays excluded; closures not). */
  isBaseBusinessDay(day: number): boolean {
    return this.nonBusiness[this.index(day)] === 0;
  }

  isBusinessDay(day: number, closures: ReadonlySet<number> = EMPTY): boolean {
    return this.isBaseBusinessDay(day) && !closures.has(day);
  }

  /** Business days in (a, b] in the base calendar; 0 when b <= a. */
  private baseBetween(a: number, b: number): number {
    if (b <= a) return 0;
    return (this.cum[this.index(b)] as number) - (this.cum[this.index(a)] as number);
  }

  private baseAdd(day: number, n: number): number {
    const k = (this.cum[this.index(day)] as number) + n - 1;
    const target = this.biz[k];
    if (target === undefined) {
      throw new AppError(422, 'date_out_of_range', 'the due date falls after the supported range (2102)');
    }
    return RANGE_START + target;
  }

  /** Business days in (a, b], closures excluded. */
  businessDaysBetween(a: number, b: number, closures: ReadonlySet<number> = EMPTY): number {
    let n = this.baseBetween(a, b);
    for (const c of closures) if (c > a && c <= b && this.isBaseBusinessDay(c)) n--;
    return n;
  }

  /** The n-th business day after `day` (n >= 1), skipping weekends, holidays and closures. */
  addBusinessDays(day: number, n: number, closures: ReadonlySet<number> = EMPTY): number {
    if (n <= 0) return day;
    let result = this.baseAdd(day, n);
    if (closures.size === 0) return result;
    // Fixed point: the smallest r such that r is the (n + closures in (day, r])-th base business day.
    for (;;) {
      let skipped = 0;
      for (const c of closures) if (c > day && c <= result && this.isBaseBusinessDay(c)) skipped++;
      const next = this.baseAdd(day, n + skipped);
      if (next === result) return result;
      result = next;
    }
  }

  /** The n-th business day before `day` (n >= 1), skipping weekends, holidays and closures. */
  subtractBusinessDays(day: number, n: number, closures: ReadonlySet<number> = EMPTY): number {
    let result = day;
    let left = n;
    // Closures are few: step back over the base table, one business day at a time per closure hit.
    while (left > 0) {
      const idx = (this.cum[this.index(result)] as number) - (this.isBaseBusinessDay(result) ? 1 : 0) - 1;
      const prev = this.biz[idx];
      if (prev === undefined || idx < 0) {
        throw new AppError(422, 'date_out_of_range', 'the date falls before the supported range (1999)');
      }
      result = RANGE_START + prev;
      if (!closures.has(result)) left--;
    }
    return result;
  }

  /** `day` itself when it is a business day, else the next business day. */
  onOrNextBusinessDay(day: number, closures: ReadonlySet<number> = EMPTY): number {
    return this.isBusinessDay(day, closures) ? day : this.addBusinessDays(day, 1, closures);
  }
}

const EMPTY: ReadonlySet<number> = new Set();
