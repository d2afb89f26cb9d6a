/**
 * Jurisdiction views for the API: the engine's rule data shaped for clients, plus stored closures.
 */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { prepared } from '../db/prepared.js';
import { closures } from '../db/schema.js';
import {
  type ClockKind,
  type ClockRule,
  getJurisdiction,
  holidaysOf,
  type Jurisdiction,
  type RuleSet,
  type Segment,
} from '../deadlines/index.js';

function periodOf(rule: ClockRule): string | null {
  if (!rule.fixed) return null;
  return rule.segments
    .map((s) =>
      s.unit === 'month'
        ? `${s.days} month${s.days === 1 ? '' : 's'}`
        : `${s.days} ${s.unit} day${s.days === 1 ? '' : 's'}`,
    )
    .join(', then ');
}

function segmentsByKey(map: Partial<Record<string, readonly Segment[] | null>>) {
  return Object.fromEntries(Object.entries(map).map(([key, segs]) => [key, segs ? segs.map((s) => ({ ...s })) : null]));
}

export function ruleSetView(set: RuleSet) {
  return {
    effectiveFrom: set.effectiveFrom,
    ...(set.enactedBy ? { enactedBy: set.enactedBy } : {}),
    clocks: (Object.entries(set.clocks) as [ClockKind, ClockRule][]).map(([kind, rule]) => ({
      kind,
      fixed: rule.fixed,
      startsAt: rule.startsAt,
      period: periodOf(rule),
      ...(rule.fixed ? { segments: rule.segments.map((s) => ({ ...s })) } : {}),
      ...(rule.fixed && rule.byAgencyLevel ? { byAgencyLevel: segmentsByKey(rule.byAgencyLevel) } : {}),
      ...(rule.fixed && rule.byRequestType ? { byRequestType: segmentsByKey(rule.byRequestType) } : {}),
      ...(rule.fixed && rule.requestTypeText ? { requestTypeText: rule.requestTypeText } : {}),
      text: rule.text,
      citation: rule.citation,
      ...(rule.quote ? { quote: rule.quote } : {}),
      ...(rule.quoteSource ? { quoteSource: rule.quoteSource } : {}),
      ...(rule.fixed && rule.levelText ? { levelText: rule.levelText } : {}),
      ...(rule.uncertain ? { uncertain: rule.uncertain } : {}),
    })),
    ...(set.receipt
      ? {
          receipt: {
            ...(set.receipt.deemNextBusinessDay ? { deemNextBusinessDay: set.receipt.deemNextBusinessDay } : {}),
            ...(set.receipt.electronicDelay
              ? {
                  electronicDelay: {
                    ...set.receipt.electronicDelay,
                    channels: [...set.receipt.electronicDelay.channels],
                  },
                }
              : {}),
            ...(set.receipt.afterHours
              ? {
                  afterHours: {
                    hour: set.receipt.afterHours.hour,
                    ...(set.receipt.afterHours.minute !== undefined ? { minute: set.receipt.afterHours.minute } : {}),
                    ...(set.receipt.afterHours.channels ? { channels: [...set.receipt.afterHours.channels] } : {}),
                    citation: set.receipt.afterHours.citation,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(set.clarification ? { clarification: set.clarification } : {}),
  };
}

export function currentRuleSet(j: Jurisdiction, today: string): RuleSet {
  let current = j.ruleSets[0] as RuleSet;
  for (const set of j.ruleSets) if (set.effectiveFrom <= today) current = set;
  return current;
}

export function summaryView(j: Jurisdiction, today: string) {
  const current = currentRuleSet(j, today);
  return {
    code: j.code,
    name: j.name,
    lawName: j.lawName,
    lawCitation: j.lawCitation,
    verification: j.verification,
    kinds: Object.keys(current.clocks) as ClockKind[],
    rules: ruleSetView(current),
  };
}

export function jurisdictionClosures(db: Db, code: string, year?: number) {
  const query = prepared(db, 'closures.byJurisdiction', () =>
    db
      .select({ date: closures.date, reason: closures.reason })
      .from(closures)
      .where(and(eq(closures.jurisdiction, sql.placeholder('code')), like(closures.date, sql.placeholder('pattern'))))
      .orderBy(asc(closures.date))
      .prepare(),
  );
  return query.all({ code, pattern: year ? `${year}-%` : '%' });
}

export function detailView(db: Db, code: string, year: number, today: string) {
  const j = getJurisdiction(code);
  return {
    ...summaryView(j, today),
    ruleSets: j.ruleSets.map(ruleSetView),
    calendar: {
      citation: j.calendar.citation,
      observance: j.calendar.observance,
      ...(j.calendar.observanceCitation ? { observanceCitation: j.calendar.observanceCitation } : {}),
      ...(j.calendar.notes ? { notes: j.calendar.notes } : {}),
      year,
      holidays: holidaysOf(j.code, year),
      designations: (j.calendar.designations ?? []).filter((d) => d.date.startsWith(`${year}-`)).map((d) => ({ ...d })),
      designationsThrough: j.calendar.designationsThrough ?? null,
      designationSources: [...(j.calendar.designationSources ?? [])],
      executiveClosures: j.calendar.executiveClosures ?? null,
      openHolidays: j.calendar.openHolidays ?? null,
      alternatives: (j.calendar.alternatives ?? []).map((a) => ({ reading: a.reading, citation: a.citation })),
      closures: jurisdictionClosures(db, j.code, year),
    },
    timeZone: j.timeZone,
    receiptNote: j.receiptNote ?? null,
    uncertain: j.uncertain ?? [],
    sources: j.sources,
  };
}
