/**
 * The rule data itself: every jurisdiction of the federal FOIA, the 50 states and DC is encoded,
 * and each one is well-formed (citations present, rule versions in order, holidays that exist).
 */
import { describe, expect, it } from 'vitest';
import { isValidIsoDate, listJurisdictions } from '../../src/deadlines/index.js';

const STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'DC',
];

describe('coverage', () => {
  it('has the federal FOIA, all 50 states and DC', () => {
    const codes = listJurisdictions()
      .map((j) => j.code)
      .sort();
    expect(codes).toEqual(['US', ...STATES.map((s) => `US-${s}`)].sort());
  });
});

describe.each(listJurisdictions().map((j) => [j.code, j] as const))('%s data', (_code, j) => {
  it('names its law, cites it, and says how well it was verified', () => {
    expect(j.name.length).toBeGreaterThan(2);
    expect(j.lawName.length).toBeGreaterThan(2);
    expect(j.lawCitation.length).toBeGreaterThan(2);
    expect(['verified', 'partial', 'unverified']).toContain(j.verification);
    expect(j.sources.length).toBeGreaterThan(0);
    if (j.verification !== 'verified') expect(j.uncertain?.length ?? 0).toBeGreaterThan(0);
  });

  it('has rule versions in date order, each clock with a rule text and a citation', () => {
    expect(j.ruleSets.length).toBeGreaterThan(0);
    const dates = j.ruleSets.map((r) => r.effectiveFrom);
    for (const d of dates) expect(isValidIsoDate(d)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    for (const set of j.ruleSets) {
      expect(Object.keys(set.clocks).length).toBeGreaterThan(0);
      for (const rule of Object.values(set.clocks)) {
        expect(rule.text.length).toBeGreaterThan(10);
        expect(rule.citation.length).toBeGreaterThan(3);
        if (rule.fixed) {
          expect(rule.segments.length).toBeGreaterThan(0);
          for (const s of rule.segments) expect(s.days).toBeGreaterThan(0);
        }
      }
    }
  });

  it('has a holiday calendar whose rules name real days', () => {
    expect(j.calendar.citation.length).toBeGreaterThan(2);
    for (const h of j.calendar.holidays) {
      expect(h.name.length).toBeGreaterThan(2);
      if (h.date.type === 'fixed' || h.date.type === 'weekdayOnOrAfter') {
        expect(
          isValidIsoDate(`2024-${String(h.date.month).padStart(2, '0')}-${String(h.date.day).padStart(2, '0')}`),
        ).toBe(true);
      }
      if (h.from) expect(isValidIsoDate(h.from)).toBe(true);
      if (h.until) expect(isValidIsoDate(h.until)).toBe(true);
    }
  });
});
