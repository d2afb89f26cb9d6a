/**
 * The statutory deadline engine: (jurisdiction, clock, start date, agency level, channel, closures,
 * pauses) -> due date and an explanation a person can defend to an agency. Pure: no I/O, no clock.
 */
import { AppError } from '../errors.js';
import {
  type BusinessCalendar,
  type Closure,
  type DayKind,
  type ObservedHoliday,
  RANGE_END,
  RANGE_START,
} from './calendar.js';
import { civilFromDays, daysFromCivil, parseIsoDate, toIsoDate, weekdayName, weekdayOf } from './days.js';
import type {
  AgencyLevel,
  Channel,
  ClockKind,
  ClockRule,
  FixedClock,
  IsoDate,
  Jurisdiction,
  RequestType,
  RuleSet,
  Segment,
} from './types.js';

export interface Pause {
  /** The day the clock stopped (a fee or clarification request). It counts as an elapsed day. */
  from: IsoDate;
  /** The day the requester answered: day 0 of the resumed count. Null or absent while still paused. */
  to?: IsoDate | null;
  reason?: string;
}

export interface DeadlineInput {
  jurisdiction: string;
  kind: ClockKind;
  /** Date of the event that starts this clock (receipt, acknowledgment, determination, appeal receipt). */
  from: IsoDate;
  agencyLevel?: AgencyLevel;
  channel?: Channel;
  /** A kind of request for which the statute sets its own period (see `REQUEST_TYPES`). */
  requestType?: RequestType;
  /** The local time (`HH:MM`, agency's zone) the request was received, for after-hours receipt rules. */
  receivedTime?: string;
  closures?: Closure[];
  pauses?: Pause[];
}

/** The due date under another reading of an unsettled law. */
export interface Alternative {
  due: IsoDate;
  reading: string;
  citation: string;
}

export interface SkippedDay {
  date: IsoDate;
  reason: string;
}

export interface PauseRecord {
  from: IsoDate;
  to: IsoDate | null;
  reason?: string;
  /** Days of the period already used when the pause began (the first day of the pause included). */
  elapsed: number;
  /** Days left to run from the day the pause ended. */
  remaining: number;
}

export interface Explanation {
  jurisdiction: string;
  law: string;
  kind: ClockKind;
  rule: string;
  citation: string;
  ruleEffectiveFrom: IsoDate;
  startsAt: FixedClock['startsAt'];
  /** Date of the starting event, as given. */
  start: IsoDate;
  /** Where a receipt rule moved the start (Massachusetts deemed receipt, Michigan e-mail). */
  deemedStart?: { date: IsoDate; reason: string; citation: string };
  /** The count: e.g. "20 business days" or "5 business days, then 30 calendar days". */
  period: string | null;
  day1: IsoDate | null;
  skipped: SkippedDay[];
  pauses: PauseRecord[];
  rolledForward?: { from: IsoDate; to: IsoDate; citation: string };
  due: IsoDate | null;
  uncertain?: string;
  /** Other due dates where the law is unsettled, each with its reading. */
  alternatives?: Alternative[];
  /** The whole reasoning in one paragraph. */
  text: string;
}

export interface DeadlineResult {
  jurisdiction: string;
  kind: ClockKind;
  from: IsoDate;
  due: IsoDate | null;
  /** True while a pause has not ended: the due date is unknown until the requester answers. */
  paused: boolean;
  alternatives?: Alternative[];
  explanation: Explanation;
}

export const MIN_START = '2000-01-01';
export const MAX_START = '2100-12-31';

export function selectRuleSet(j: Jurisdiction, startText: string): RuleSet {
  // ISO dates order as strings: no parsing per call.
  let chosen: RuleSet | undefined;
  for (const set of j.ruleSets) if (set.effectiveFrom <= startText) chosen = set;
  if (!chosen) {
    const first = j.ruleSets[0]?.effectiveFrom ?? 'unknown';
    throw new AppError(
      422,
      'no_rule_for_date',
      `${j.code}: no rule is encoded for clocks starting on ${startText}; the encoded law applies from ${first}`,
      { errors: [{ path: 'from', message: `is before ${first}, the first day a rule is encoded for` }] },
    );
  }
  return chosen;
}

export function clockRule(j: Jurisdiction, set: RuleSet, kind: ClockKind): ClockRule {
  const rule = set.clocks[kind];
  if (!rule) {
    const has = Object.keys(set.clocks).join(', ');
    throw new AppError(
      422,
      'kind_not_in_law',
      `${j.code} (${j.lawName}, ${j.lawCitation}) does not have ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} clock; it has: ${has}`,
      { errors: [{ path: 'kind', message: `${j.code} does not have this step; it has: ${has}` }] },
    );
  }
  return rule;
}

function parseStart(from: string): number {
  const day = parseIsoDate(from);
  if (day === null) {
    throw new AppError(422, 'invalid_date', `from: ${from} is not a real date (YYYY-MM-DD)`, {
      errors: [{ path: 'from', message: 'must be a real calendar date in the form YYYY-MM-DD' }],
    });
  }
  if (from < MIN_START || from > MAX_START) {
    throw new AppError(422, 'date_out_of_range', `from: ${from} is outside ${MIN_START} to ${MAX_START}`, {
      errors: [{ path: 'from', message: `must be between ${MIN_START} and ${MAX_START}` }],
    });
  }
  return day;
}

interface ParsedPause {
  from: number;
  to: number | null;
  reason?: string;
}

function parsePauses(pauses: Pause[] | undefined): ParsedPause[] {
  if (!pauses?.length) return [];
  return pauses
    .map((p, i) => {
      const from = parseIsoDate(p.from);
      const to = p.to ? parseIsoDate(p.to) : null;
      if (from === null || (p.to && to === null)) {
        throw new AppError(422, 'invalid_date', `pauses[${i}] has an invalid date`, {
          errors: [{ path: `pauses.${i}`, message: 'must have real calendar dates (YYYY-MM-DD)' }],
        });
      }
      if (to !== null && to < from) {
        throw new AppError(422, 'invalid_pause', `pauses[${i}] ends before it starts`, {
          errors: [{ path: `pauses.${i}.to`, message: 'must not be before from' }],
        });
      }
      return { from, to, ...(p.reason ? { reason: p.reason } : {}) };
    })
    .sort((a, b) => a.from - b.from);
}

const NO_CLOSURES = { days: new Set<number>(), reasons: new Map<number, string>() };

function closureSet(closures: Closure[] | undefined): { days: Set<number>; reasons: Map<number, string> } {
  if (!closures?.length) return NO_CLOSURES;
  const days = new Set<number>();
  const reasons = new Map<number, string>();
  for (const c of closures ?? []) {
    const d = parseIsoDate(c.date);
    if (d === null || d < RANGE_START || d > RANGE_END) continue;
    days.add(d);
    reasons.set(d, reasons.has(d) ? `${reasons.get(d)}; ${c.reason}` : c.reason);
  }
  return { days, reasons };
}

/** The period for this kind of request and agency level; null where the law fixes none for them. */
export function segmentsFor(
  rule: FixedClock,
  level: AgencyLevel | undefined,
  type: RequestType | undefined,
): readonly Segment[] | null {
  if (type && type !== 'standard' && rule.byRequestType && type in rule.byRequestType) {
    return rule.byRequestType[type] ?? null;
  }
  if (level && rule.byAgencyLevel && level in rule.byAgencyLevel) return rule.byAgencyLevel[level] ?? null;
  return rule.segments;
}

/** Minutes past midnight of `HH:MM`, or null. */
function minutesOf(time: string | undefined): number | null {
  const m = time ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The same day `months` later (the month's last day when it is shorter), as a day number. */
function addMonths(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = civilFromDays(daysFromCivil(tm === 12 ? ty + 1 : ty, tm === 12 ? 1 : tm + 1, 1) - 1)[2];
  return daysFromCivil(ty, tm, Math.min(d, last));
}

/** A period as words: "20 business days", "5 business days, then 30 calendar days". */
export function describeSegments(segments: readonly Segment[]): string {
  return segments
    .map((s) =>
      s.unit === 'month'
        ? `${s.days} month${s.days === 1 ? '' : 's'}`
        : `${s.days} ${s.unit} day${s.days === 1 ? '' : 's'}`,
    )
    .join(', then ');
}

interface Trace {
  start: number;
  deemed?: { day: number; reason: string; citation: string };
  day0: number;
  pauses: PauseRecord[];
  rolled?: { from: number; to: number; citation: string };
  /** Where each leg ran, so that only business-day legs list skipped days. */
  legs: { from: number; to: number; unit: Segment['unit'] }[];
  due: number | null;
}

/**
 * Counts the legs of a fixed clock from day 0, applying pauses. Returns the due day, or null while a
 * pause is still open.
 */
function count(
  cal: BusinessCalendar,
  segments: readonly Segment[],
  day0: number,
  pauses: ParsedPause[],
  closures: Set<number>,
  trace: Trace,
): number | null {
  let pos = day0;
  let pi = 0;
  for (const seg of segments) {
    if (seg.unit === 'month') {
      // Months do not divide into days; a pause extends the period by the calendar days it lasted.
      let end = addMonths(pos, seg.days);
      for (; pi < pauses.length; pi++) {
        const p = pauses[pi] as ParsedPause;
        if (p.from >= end) break;
        const record: PauseRecord = {
          from: toIsoDate(p.from),
          to: p.to === null ? null : toIsoDate(p.to),
          ...(p.reason ? { reason: p.reason } : {}),
          elapsed: Math.max(0, p.from - pos),
          remaining: Math.max(0, end - p.from),
        };
        trace.pauses.push(record);
        if (p.to === null) return null;
        end += p.to - Math.max(p.from, pos);
      }
      if (seg.roll) end = rollForward(cal, seg, end, closures, trace);
      trace.legs.push({ from: pos, to: end, unit: seg.unit });
      pos = end;
      continue;
    }
    let remaining = seg.days;
    const business = seg.unit === 'business';
    const add = (d: number, n: number) => (business ? cal.addBusinessDays(d, n, closures) : d + n);
    const between = (a: number, b: number) => (business ? cal.businessDaysBetween(a, b, closures) : Math.max(0, b - a));
    for (; pi < pauses.length; pi++) {
      const p = pauses[pi] as ParsedPause;
      const tentative = add(pos, remaining);
      if (p.from >= tentative) break;
      if (p.from < pos && p.to !== null && p.to <= pos) continue;
      // A pause that began before this count started only delays day 0.
      const elapsed = p.from >= pos ? between(pos, p.from) : 0;
      // The days counted before the pause are part of the explanation too.
      if (p.from > pos) trace.legs.push({ from: pos, to: p.from, unit: seg.unit });
      remaining -= elapsed;
      const record: PauseRecord = {
        from: toIsoDate(p.from),
        to: p.to === null ? null : toIsoDate(p.to),
        ...(p.reason ? { reason: p.reason } : {}),
        elapsed: seg.days - remaining,
        remaining,
      };
      trace.pauses.push(record);
      if (p.to === null) return null;
      pos = Math.max(pos, p.to);
    }
    let end = add(pos, remaining);
    if (!business && seg.roll) end = rollForward(cal, seg, end, closures, trace);
    trace.legs.push({ from: pos, to: end, unit: seg.unit });
    pos = end;
  }
  return pos;
}

function rollForward(cal: BusinessCalendar, seg: Segment, end: number, closures: Set<number>, trace: Trace): number {
  const closed =
    seg.rollPast === 'sundays_and_holidays'
      ? (d: number) => weekdayOf(d) === 0 || cal.holidaysOn(d).length > 0 || closures.has(d) || cal.isRollOnlyHoliday(d)
      : (d: number) => !cal.isBusinessDay(d, closures) || cal.isRollOnlyHoliday(d);
  if (!closed(end)) return end;
  let rolled = end + 1;
  while (closed(rolled)) rolled++;
  trace.rolled = { from: end, to: rolled, citation: seg.rollCitation ?? '' };
  return rolled;
}

const KIND_LABEL: Record<DayKind, string> = {
  legal_holiday: 'legal holiday',
  designated_holiday: 'legal holiday designated for the year',
  executive_closure: 'executive closure',
  open_holiday: 'statutory holiday (offices open; counted as a holiday here)',
};

/** Why a day is skipped, keeping legal holidays, designations and closures apart. */
function dayReason(h: ObservedHoliday): string {
  const name = h.observedFor ? `${h.name} (observed for ${h.observedFor})` : h.name;
  return `${KIND_LABEL[h.kind]}: ${name} (${h.citation})`;
}

/** The reason text of each holiday day, made once per calendar. */
const reasonCache = new WeakMap<BusinessCalendar, Map<number, string>>();
function holidayReason(cal: BusinessCalendar, day: number): string | null {
  let reasons = reasonCache.get(cal);
  if (!reasons) {
    reasons = new Map();
    reasonCache.set(cal, reasons);
  }
  let r = reasons.get(day);
  if (r === undefined) {
    const holidays = cal.holidaysOn(day);
    r = holidays.length ? holidays.map(dayReason).join('; ') : '';
    reasons.set(day, r);
  }
  return r || null;
}

/**
 * The days in (from, to] that a count skipped, in order; `notable` collects those that are not a
 * plain weekend (holidays, designations, closures) for the one-paragraph text.
 */
function skippedDays(
  cal: BusinessCalendar,
  from: number,
  to: number,
  closures: { days: Set<number>; reasons: Map<number, string> },
  out: SkippedDay[],
  notable: SkippedDay[],
): void {
  const anyClosure = closures.days.size > 0;
  for (let d = from + 1; d <= to; d++) {
    // Most days are business days: one array read decides.
    if (cal.isBaseBusinessDay(d) && !(anyClosure && closures.days.has(d))) continue;
    const holiday = holidayReason(cal, d);
    if (holiday) {
      const s = { date: toIsoDate(d), reason: holiday };
      out.push(s);
      notable.push(s);
      continue;
    }
    const w = weekdayOf(d);
    if (w === 0 || w === 6) {
      out.push({ date: toIsoDate(d), reason: weekdayName(d) });
      continue;
    }
    const closed = closures.reasons.get(d);
    if (closed) {
      const s = { date: toIsoDate(d), reason: `closure: ${closed}` };
      out.push(s);
      notable.push(s);
    }
  }
}

function dayDescription(cal: BusinessCalendar, day: number, closureReasons: Map<number, string>): string {
  const holidays = cal.holidaysOn(day);
  if (holidays.length) return `${weekdayName(day)}, ${holidays.map((h) => h.name).join('; ')}`;
  const closed = closureReasons.get(day);
  if (closed && !isWeekendDay(day)) return `${weekdayName(day)}, closure: ${closed}`;
  return weekdayName(day);
}

function isWeekendDay(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/**
 * Where a receipt rule moves day 0 of a clock that starts at the receipt of the request: after
 * business hours, on a day that is not a business day, or by e-mail (each only where the law says).
 */
function deemedStart(
  cal: BusinessCalendar,
  set: RuleSet,
  rule: ClockRule,
  start: number,
  input: DeadlineInput,
  closures: { days: Set<number>; reasons: Map<number, string> },
): { day: number; reason: string; citation: string } | null {
  if (rule.startsAt !== 'receipt' || !set.receipt) return null;
  const { deemNextBusinessDay, electronicDelay, afterHours } = set.receipt;
  let result: { day: number; reason: string; citation: string } | null = null;
  const received = minutesOf(input.receivedTime);
  if (
    afterHours &&
    received !== null &&
    received >= afterHours.hour * 60 + (afterHours.minute ?? 0) &&
    (!afterHours.channels || (input.channel !== undefined && afterHours.channels.includes(input.channel)))
  ) {
    const closeAt = `${String(afterHours.hour).padStart(2, '0')}:${String(afterHours.minute ?? 0).padStart(2, '0')}`;
    result = {
      day: cal.addBusinessDays(start, 1, closures.days),
      reason: `received at ${input.receivedTime}, after the close of business (${closeAt}), so deemed received the next business day`,
      citation: afterHours.citation,
    };
  }
  const day0 = result?.day ?? start;
  if (deemNextBusinessDay && !cal.isBusinessDay(day0, closures.days)) {
    result = {
      day: cal.onOrNextBusinessDay(day0, closures.days),
      reason: `received on a day that is not a business day (${dayDescription(cal, day0, closures.reasons)}), so deemed received the next business day`,
      citation: deemNextBusinessDay.citation,
    };
  }
  if (electronicDelay && input.channel && electronicDelay.channels.includes(input.channel)) {
    result = {
      day: cal.addBusinessDays(result?.day ?? start, electronicDelay.businessDays, closures.days),
      reason: `sent by ${input.channel}, so not received until ${electronicDelay.businessDays} business day(s) after it was sent`,
      citation: electronicDelay.citation,
    };
  }
  return result;
}

export interface EngineContext {
  jurisdiction: Jurisdiction;
  calendar: BusinessCalendar;
  /** Other readings of an unsettled calendar: their due dates are reported when they differ. */
  readings?: readonly { calendar: BusinessCalendar; reading: string; citation: string }[];
}

export function compute(ctx: EngineContext, input: DeadlineInput): DeadlineResult {
  const j = ctx.jurisdiction;
  const cal = ctx.calendar;
  const start = parseStart(input.from);
  const set = selectRuleSet(j, input.from);
  const rule = clockRule(j, set, input.kind);
  const law = `${j.lawName}, ${j.lawCitation}`;
  // Built field by field (no spreads): explanations are made for every clock of every request.
  const base = (): Explanation => {
    const e: Explanation = {
      jurisdiction: j.code,
      law,
      kind: input.kind,
      rule: rule.text,
      citation: rule.citation,
      ruleEffectiveFrom: set.effectiveFrom,
      startsAt: rule.startsAt,
      start: input.from,
      period: null,
      day1: null,
      skipped: [],
      pauses: [],
      due: null,
      text: '',
    };
    if (rule.uncertain) e.uncertain = rule.uncertain;
    return e;
  };

  const segments = rule.fixed ? segmentsFor(rule, input.agencyLevel, input.requestType) : null;
  if (!rule.fixed || segments === null) {
    const byType = rule.fixed && input.requestType && rule.byRequestType && input.requestType in rule.byRequestType;
    const why = !rule.fixed
      ? rule.text
      : byType
        ? (rule.requestTypeText ?? `the law sets no fixed period for ${input.requestType} requests`)
        : (rule.levelText ?? `the law sets no fixed period for ${input.agencyLevel} agencies`);
    const explanation = base();
    explanation.text = `No fixed deadline: ${why} (${rule.citation}).`;
    return { jurisdiction: j.code, kind: input.kind, from: input.from, due: null, paused: false, explanation };
  }

  const closures = closureSet(input.closures);
  const pauses = parsePauses(input.pauses);
  const trace: Trace = { start, day0: start, pauses: [], legs: [], due: null };

  const deemed = deemedStart(cal, set, rule, start, input, closures);
  if (deemed) {
    trace.deemed = deemed;
    trace.day0 = deemed.day;
  }
  const due = count(cal, segments, trace.day0, pauses, closures.days, trace);
  trace.due = due;

  const firstUnit = segments[0]?.unit ?? 'business';
  const day1 = firstUnit === 'business' ? cal.addBusinessDays(trace.day0, 1, closures.days) : trace.day0 + 1;
  // Days skipped in business-day legs, and the days a calendar leg's last day rolled past.
  const skipped: SkippedDay[] = [];
  const nonWeekend: SkippedDay[] = [];
  if (due !== null) {
    for (const leg of trace.legs) {
      if (leg.unit === 'business') skippedDays(cal, leg.from, leg.to, closures, skipped, nonWeekend);
      else if (trace.rolled && trace.rolled.to === leg.to) {
        skippedDays(cal, trace.rolled.from - 1, trace.rolled.to - 1, closures, skipped, nonWeekend);
      }
    }
  }
  const period = describeSegments(segments);
  const byType = input.requestType && rule.byRequestType?.[input.requestType as Exclude<RequestType, 'standard'>];
  const levelNote = byType
    ? ` (${input.requestType?.replace('_', ' ')} request)`
    : input.agencyLevel && rule.byAgencyLevel?.[input.agencyLevel]
      ? ` (${input.agencyLevel} agency)`
      : '';

  const parts: string[] = [];
  parts.push(`${rule.text} (${rule.citation}).`);
  parts.push(`Starts ${input.from} (${weekdayName(start)}).`);
  if (trace.deemed) {
    parts.push(`Deemed start ${toIsoDate(trace.deemed.day)}: ${trace.deemed.reason} (${trace.deemed.citation}).`);
  }
  parts.push(`Counting ${period}${levelNote}; day 0 is ${toIsoDate(trace.day0)}, day 1 is ${toIsoDate(day1)}.`);
  for (const p of trace.pauses) {
    parts.push(
      p.to
        ? `Paused ${p.from} to ${p.to}${p.reason ? ` (${p.reason})` : ''}: ${p.elapsed} day(s) used, ${p.remaining} left from ${p.to}.`
        : `Paused since ${p.from}${p.reason ? ` (${p.reason})` : ''}: ${p.elapsed} day(s) used, ${p.remaining} left once the requester answers.`,
    );
  }
  if (firstUnit === 'business' && skipped.length) {
    parts.push(
      `Skipped ${skipped.length} day(s)${nonWeekend.length ? `, including ${nonWeekend.map((s) => `${s.date} ${s.reason}`).join('; ')}` : ' (weekends)'}.`,
    );
  }
  if (trace.rolled) {
    parts.push(
      `The last day, ${toIsoDate(trace.rolled.from)} (${dayDescription(cal, trace.rolled.from, closures.reasons)}), is a day the act need not be done, so it moves to ${toIsoDate(trace.rolled.to)} (${trace.rolled.citation}).`,
    );
  }
  parts.push(
    due === null
      ? 'The clock is paused; no due date until it resumes.'
      : `Due ${toIsoDate(due)} (${weekdayName(due)}).`,
  );

  const dueText = due === null ? null : toIsoDate(due);
  // The same count under each other reading, from the same parsed inputs.
  const alternatives: Alternative[] = [];
  if (dueText !== null) {
    for (const r of ctx.readings ?? []) {
      const altDay0 = deemedStart(r.calendar, set, rule, start, input, closures)?.day ?? start;
      const altTrace: Trace = { start, day0: altDay0, pauses: [], legs: [], due: null };
      const altDue = count(r.calendar, segments, altDay0, pauses, closures.days, altTrace);
      if (altDue === null || altDue === due) continue;
      const iso = toIsoDate(altDue);
      if (alternatives.some((a) => a.due === iso && a.reading === r.reading)) continue;
      alternatives.push({ due: iso, reading: r.reading, citation: r.citation });
      parts.push(`Another reading gives ${iso}: ${r.reading} (${r.citation}).`);
    }
  }
  const explanation = base();
  if (trace.deemed) {
    explanation.deemedStart = {
      date: toIsoDate(trace.deemed.day),
      reason: trace.deemed.reason,
      citation: trace.deemed.citation,
    };
  }
  explanation.period = `${period}${levelNote}`;
  explanation.day1 = toIsoDate(day1);
  explanation.skipped = skipped;
  explanation.pauses = trace.pauses;
  if (trace.rolled) {
    explanation.rolledForward = {
      from: toIsoDate(trace.rolled.from),
      to: toIsoDate(trace.rolled.to),
      citation: trace.rolled.citation,
    };
  }
  explanation.due = dueText;
  explanation.text = parts.join(' ');
  const result: DeadlineResult = {
    jurisdiction: j.code,
    kind: input.kind,
    from: input.from,
    due: dueText,
    paused: due === null,
    explanation,
  };
  if (alternatives.length) {
    result.alternatives = alternatives;
    explanation.alternatives = alternatives;
  }
  return result;
}

/**
 * The due day only, as a day number (or null), without building an explanation: what sweeps and
 * bulk recomputation use.
 */
export function computeDueDay(ctx: EngineContext, input: DeadlineInput): number | null {
  const j = ctx.jurisdiction;
  const cal = ctx.calendar;
  const start = parseStart(input.from);
  const set = selectRuleSet(j, input.from);
  const rule = clockRule(j, set, input.kind);
  if (!rule.fixed) return null;
  const segments = segmentsFor(rule, input.agencyLevel, input.requestType);
  if (segments === null) return null;
  const closures = closureSet(input.closures);
  const day0 = deemedStart(cal, set, rule, start, input, closures)?.day ?? start;
  const trace: Trace = { start, day0, pauses: [], legs: [], due: null };
  return count(cal, segments, day0, parsePauses(input.pauses), closures.days, trace);
}
