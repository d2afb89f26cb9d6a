/**
 * The clocks of one request, from its timeline, through the deadline engine. Pure: events, the
 * agency's jurisdiction and level, closures in; clock rows and the request's summary figures out.
 *
 * - acknowledgment, response: from the receipt (the `submitted` event, or its `receivedOn`); where
 *   the law starts the response clock at the acknowledgment (New York), from the acknowledgment.
 * - Fee and clarification requests pause the response clocks; payment or clarification resumes them
 *   with the days that were left. Where a clarification restarts the clock by statute (Texas), the
 *   response clocks start again from the clarification.
 * - extended_response: once the agency invokes an extension; the statutory maximum, or the agency's
 *   own stated date if earlier. It supersedes the response clock.
 * - appeal_filing: from an adverse final response (partial, no records, denied).
 * - appeal_response: from the appeal.
 */

import {
  type AgencyLevel,
  type Channel,
  type ClockKind,
  type Closure,
  calendarOf,
  computeDeadline,
  type DeadlineResult,
  type Explanation,
  getJurisdiction,
  MAX_START,
  MIN_START,
  type Pause,
  parseIsoDate,
  REQUEST_TYPES,
  type RequestType,
} from '../deadlines/index.js';
import { AppError } from '../errors.js';

export interface ClockEvent {
  id: number;
  type: string;
  date: string;
  data: Record<string, unknown>;
}

export interface ClockInput {
  jurisdiction: string;
  agencyLevel: AgencyLevel;
  channel: Channel | null;
  /** Active (not retracted) events, in timeline order. */
  events: readonly ClockEvent[];
  closures: Closure[];
}

export type ClockStatus = 'open' | 'paused' | 'met' | 'missed' | 'superseded';

export interface ClockRow {
  kind: ClockKind;
  startDate: string | null;
  due: string | null;
  status: ClockStatus;
  metOn: string | null;
  unit: 'business' | 'calendar';
  explanation: Explanation | { text: string; kind: ClockKind };
}

export interface ClockSummary {
  clocks: ClockRow[];
  /** Earliest due date of the agency's open clocks (what makes a request overdue). */
  nextDue: string | null;
  responseDays: number | null;
  answeredOnTime: boolean | null;
  /** The most days late of the agency's clocks that were answered late (0 when none). */
  daysLateAnswered: number;
}

/** Clocks the agency owes (a missed one makes the request overdue); appeal_filing is the requester's. */
export const AGENCY_CLOCKS: readonly ClockKind[] = [
  'acknowledgment',
  'response',
  'extended_response',
  'appeal_response',
  'expedited_decision',
];

const ADVERSE = new Set(['partial', 'no_records', 'denied']);

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function tryCompute(
  input: ClockInput,
  kind: ClockKind,
  from: string,
  extra: { pauses?: Pause[]; channel?: boolean; receipt?: ReceiptFacts } = {},
): DeadlineResult | null {
  try {
    return computeDeadline({
      jurisdiction: input.jurisdiction,
      kind,
      from,
      agencyLevel: input.agencyLevel,
      ...(extra.channel && input.channel ? { channel: input.channel } : {}),
      ...(extra.receipt?.requestType ? { requestType: extra.receipt.requestType } : {}),
      ...(extra.receipt?.receivedTime ? { receivedTime: extra.receipt.receivedTime } : {}),
      closures: input.closures,
      ...(extra.pauses?.length ? { pauses: extra.pauses } : {}),
    });
  } catch (err) {
    // A stored date the engine cannot count from (before its rules, outside 2000-2100) gives no clock
    // rather than breaking every read of the request.
    if (
      err instanceof AppError &&
      ['kind_not_in_law', 'no_rule_for_date', 'date_out_of_range', 'invalid_date'].includes(err.code)
    ) {
      return null;
    }
    throw err;
  }
}

/** What the submitted event says about the request's receipt and kind. */
interface ReceiptFacts {
  requestType?: RequestType;
  receivedTime?: string;
}

function receiptFacts(data: Record<string, unknown>): ReceiptFacts {
  const type = data.requestType;
  const time = data.receivedTime;
  return {
    ...(typeof type === 'string' && (REQUEST_TYPES as readonly string[]).includes(type)
      ? { requestType: type as RequestType }
      : {}),
    ...(typeof time === 'string' ? { receivedTime: time } : {}),
  };
}

function unitOf(result: DeadlineResult): 'business' | 'calendar' {
  return /(calendar days?|months?)( \(.*\))?$/.test(result.explanation.period ?? '') ? 'calendar' : 'business';
}

function settle(due: string | null, metOn: string | null, paused: boolean): ClockStatus {
  if (metOn) return due === null || metOn <= due ? 'met' : 'missed';
  return paused ? 'paused' : 'open';
}

export function computeClocks(input: ClockInput): ClockSummary {
  // Events stored before dates were checked may lie outside the engine's range: they start nothing.
  const ev = input.events.filter((e) => e.date >= MIN_START && e.date <= MAX_START);
  const first = (type: string, after = '') => ev.find((e) => e.type === type && e.date >= after);
  const last = (type: string) => [...ev].reverse().find((e) => e.type === type);

  const submitted = first('submitted');
  if (!submitted) return { clocks: [], nextDue: null, responseDays: null, answeredOnTime: null, daysLateAnswered: 0 };
  const received = str(submitted.data.receivedOn) ?? submitted.date;
  const facts = receiptFacts(submitted.data);
  const jurisdiction = getJurisdiction(input.jurisdiction);
  const ruleSet = [...jurisdiction.ruleSets].reverse().find((s) => s.effectiveFrom <= received);
  const restartOnClarification = ruleSet?.clarification?.effect === 'restart';

  const ack = first('acknowledged');
  const completed = ev.find((e) => e.type === 'completed');
  const extended = first('extended');
  // Where the law lets the agency extend more than once (no statutory maximum), its latest date governs.
  const lastExtended = last('extended');
  const withdrawn = first('withdrawn');

  // Pauses (fees; clarifications unless they restart the clock).
  const pauses: Pause[] = [];
  let restartFrom: string | null = null;
  let openClarification = false;
  for (let i = 0; i < ev.length; i++) {
    const e = ev[i] as ClockEvent;
    const isFee = e.type === 'fee_requested';
    const isClar = e.type === 'clarification_requested';
    if (!isFee && !isClar) continue;
    const endType = isFee ? 'fee_paid' : 'clarified';
    const end = ev.slice(i + 1).find((x) => x.type === endType);
    if (isClar && restartOnClarification) {
      if (end) restartFrom = end.date;
      else openClarification = true;
      continue;
    }
    pauses.push({
      from: e.date,
      to: end?.date ?? null,
      reason: isFee ? 'fee requested' : 'clarification requested',
    });
  }

  const clocks: ClockRow[] = [];
  const push = (kind: ClockKind, result: DeadlineResult | null, start: string | null, metOn: string | null) => {
    if (!result) return null;
    const row: ClockRow = {
      kind,
      startDate: start,
      due: result.due,
      status: settle(result.due, metOn, result.paused),
      metOn,
      unit: unitOf(result),
      explanation: result.explanation,
    };
    clocks.push(row);
    return row;
  };

  // Acknowledgment: answered by an acknowledgment or by a final response.
  const ackMet = [ack?.date, completed?.date].filter((d): d is string => !!d).sort()[0] ?? null;
  push(
    'acknowledgment',
    tryCompute(input, 'acknowledgment', received, { channel: true, receipt: facts }),
    received,
    ackMet,
  );

  // The decision on a request for expedited processing (federal 5 U.S.C. 552(a)(6)(E)(ii)(I)).
  if (submitted.data.expedited === true) {
    const decided = first('expedited_decided');
    const met = [decided?.date, completed?.date].filter((d): d is string => !!d).sort()[0] ?? null;
    push(
      'expedited_decision',
      tryCompute(input, 'expedited_decision', received, { channel: true, receipt: facts }),
      received,
      met,
    );
  }

  // Response.
  const responseRule = ruleSet?.clocks.response;
  let responseStart: string | null = received;
  if (responseRule?.startsAt === 'acknowledgment') responseStart = ack?.date ?? null;
  if (restartFrom) responseStart = restartFrom;
  const responsePauses = restartFrom ? pauses.filter((p) => p.from >= (restartFrom as string)) : pauses;
  let response: ClockRow | null = null;
  if (responseStart) {
    const atReceipt = responseRule?.startsAt === 'receipt' && !restartFrom;
    const result = tryCompute(input, 'response', responseStart, {
      pauses: responsePauses,
      channel: atReceipt,
      ...(atReceipt
        ? { receipt: facts }
        : { receipt: { ...(facts.requestType ? { requestType: facts.requestType } : {}) } }),
    });
    if (result && openClarification) {
      result.due = null;
      result.paused = true;
      result.explanation.text += ' Awaiting clarification: the clock restarts from the day the requester clarifies.';
    }
    response = push('response', result, responseStart, completed?.date ?? null);
  } else if (responseRule) {
    clocks.push({
      kind: 'response',
      startDate: null,
      due: null,
      status: 'open',
      metOn: null,
      unit: 'business',
      explanation: {
        kind: 'response',
        text: `${responseRule.text} (${responseRule.citation}). The clock starts at the acknowledgment, which has not been logged yet.`,
      },
    });
  }

  // Extended response.
  let extendedRow: ClockRow | null = null;
  if (extended && responseStart) {
    const stated = str((lastExtended ?? extended).data.newDueDate);
    const result = tryCompute(input, 'extended_response', responseStart, {
      pauses: responsePauses,
      channel: !restartFrom,
      receipt: restartFrom ? { ...(facts.requestType ? { requestType: facts.requestType } : {}) } : facts,
    });
    if (result || stated) {
      const statutory = result?.due ?? null;
      const useStated = stated !== null && (statutory === null || stated < statutory);
      const base =
        result ??
        ({
          due: null,
          paused: false,
          explanation: { kind: 'extended_response', text: 'The law sets no maximum extension.' },
        } as unknown as DeadlineResult);
      const due = useStated ? stated : statutory;
      // The text ends with the date that governs, so that it never names one date and the result another.
      const statutoryText = statutory
        ? base.explanation.text.replace(/ Due (\d{4}-\d{2}-\d{2}) \((\w+)\)\./, ' The statutory maximum is $1 ($2).')
        : base.explanation.text;
      const text = useStated
        ? `${statutoryText} The agency stated ${stated}${statutory ? ', earlier than that maximum' : ''}, so its own date governs: due ${stated}.`
        : stated && statutory
          ? `${statutoryText} The agency stated ${stated}, later than the law allows, so the statutory maximum governs: due ${statutory}.`
          : base.explanation.text;
      const explanation = { ...base.explanation, due, text } as Explanation;
      extendedRow = {
        kind: 'extended_response',
        startDate: responseStart,
        due,
        status: settle(due, completed?.date ?? null, base.paused && !useStated),
        metOn: completed?.date ?? null,
        unit: result ? unitOf(result) : 'business',
        explanation,
      };
      clocks.push(extendedRow);
      if (response && (response.due === null || extended.date <= response.due) && response.status !== 'met') {
        response.status = 'superseded';
      }
    }
  }

  // Appeal filing (the requester's clock), after an adverse final response.
  const adverse = [...ev].reverse().find((e) => e.type === 'completed' && ADVERSE.has(String(e.data.outcome)));
  const appeal = last('appealed');
  if (adverse) {
    const appealed = ev.find((e) => e.type === 'appealed' && e.date >= adverse.date);
    push('appeal_filing', tryCompute(input, 'appeal_filing', adverse.date), adverse.date, appealed?.date ?? null);
  }
  if (appeal) {
    const start = str(appeal.data.receivedOn) ?? appeal.date;
    const decided = ev.find((e) => e.type === 'appeal_decided' && e.date >= appeal.date && e.id !== appeal.id);
    push('appeal_response', tryCompute(input, 'appeal_response', start), start, decided?.date ?? null);
  }

  if (withdrawn) {
    for (const c of clocks) if (c.status === 'open' || c.status === 'paused') c.status = 'superseded';
  }

  const nextDue =
    clocks
      .filter((c) => AGENCY_CLOCKS.includes(c.kind) && c.status === 'open' && c.due)
      .map((c) => c.due as string)
      .sort()[0] ?? null;

  let responseDays: number | null = null;
  let answeredOnTime: boolean | null = null;
  if (completed) {
    const governing = extendedRow ?? response;
    const unit = governing?.unit ?? 'business';
    responseDays = daysBetween(input.jurisdiction, received, completed.date, unit);
    if (governing?.due) answeredOnTime = completed.date <= governing.due;
  }
  let daysLateAnswered = 0;
  for (const c of clocks) {
    if (!AGENCY_CLOCKS.includes(c.kind) || !c.due || !c.metOn || c.metOn <= c.due) continue;
    daysLateAnswered = Math.max(daysLateAnswered, daysBetween(input.jurisdiction, c.due, c.metOn, c.unit));
  }
  return { clocks, nextDue, responseDays, answeredOnTime, daysLateAnswered };
}

const KEY_FROM = parseIsoDate(MIN_START) as number;

/**
 * Where a date stands on the count of days a clock uses: a day number for calendar days, the number
 * of business days of the jurisdiction's calendar since MIN_START for business days; null where the
 * engine cannot place it. Stored with each clock (`deadlines.late_key`), so that for every clock of
 * one jurisdiction and unit, due before `today`, `daysLate` = `lateKey(today)` - `lateKey(due)`:
 * ordering by the stored key orders by days late, on any day, without recomputing anything.
 */
export function lateKey(jurisdiction: string, unit: 'business' | 'calendar', date: string): number | null {
  const d = parseIsoDate(date);
  if (d === null) return null;
  if (unit === 'calendar') return d;
  if (date < MIN_START || date > MAX_START) return null;
  return calendarOf(jurisdiction).businessDaysBetween(KEY_FROM, d);
}

/** How late an open clock is on `today`: business days where the law counts business days. */
export function daysLate(jurisdiction: string, due: string, unit: 'business' | 'calendar', today: string): number {
  if (today <= due) return 0;
  return daysBetween(jurisdiction, due, today, unit);
}

/**
 * Days in (a, b] as the law counts them; 0 for a date the engine cannot place (a stored 9999-12-31
 * must not break a page).
 */
function daysBetween(jurisdiction: string, from: string, to: string, unit: 'business' | 'calendar'): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === null || b === null || b <= a) return 0;
  if (unit === 'calendar') return b - a;
  if (from < MIN_START || to > MAX_START) return 0;
  return calendarOf(jurisdiction).businessDaysBetween(a, b);
}
