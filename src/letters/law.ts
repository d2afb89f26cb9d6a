/**
 * What a letter says about the law, read from the deadline engine's rule data: which version of the
 * law applies, and each clock's period and citation for an agency level and kind of request.
 */
import { describeSegments, segmentsFor, selectRuleSet } from '../deadlines/engine.js';
import type { AgencyLevel, ClockKind, ClockRule, Jurisdiction, RequestType, RuleSet } from '../deadlines/index.js';

/** The rules in force on `date` (the receipt of the request, or today for a draft). */
export function ruleSetOn(j: Jurisdiction, date: string): RuleSet {
  // A date before the first encoded version: that first version is the best a letter can cite.
  return date < (j.ruleSets[0]?.effectiveFrom ?? '') ? (j.ruleSets[0] as RuleSet) : selectRuleSet(j, date);
}

/** A period in words, or why there is none (`for`: the agency level or kind of request it concerns). */
export type Period = { days: string } | { none: string; for?: string };

/**
 * A clock's period in words ("20 business days"), or why the law sets none for this agency level or
 * kind of request; undefined where the law has no such step at all.
 */
export function periodOf(
  rule: ClockRule | undefined,
  level?: AgencyLevel,
  requestType?: RequestType,
): Period | undefined {
  if (!rule) return undefined;
  if (!rule.fixed) return { none: 'the law sets no fixed period' };
  const segments = segmentsFor(rule, level, requestType);
  if (!segments) {
    const scope =
      requestType && requestType !== 'standard' && rule.byRequestType && requestType in rule.byRequestType
        ? `for ${requestType.replace(/_/g, ' ')} requests`
        : `for ${level} agencies`;
    return { none: `the law sets no fixed period ${scope}`, for: scope };
  }
  return { days: describeSegments(segments) };
}

export function ruleOf(set: RuleSet, kind: ClockKind): ClockRule | undefined {
  return set.clocks[kind];
}
