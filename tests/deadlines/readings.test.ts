/**
 * Executive designations, unsettled readings and receipt rules in the engine: a legal holiday, a
 * designated holiday, an executive closure and an offices-open statutory holiday stay apart in the
 * data and in the explanation; each jurisdiction's statute decides which stop a clock; where the law
 * is unsettled the other reading's date is reported beside the engine's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/deadlines/calendar.js';
import { compute } from '../../src/deadlines/engine.js';
import {
  calendarOf,
  computeDeadline,
  getJurisdiction,
  listJurisdictions,
  parseIsoDate,
  toIsoDate,
} from '../../src/deadlines/index.js';
import type { AgencyLevel, Jurisdiction } from '../../src/deadlines/types.js';

const day = (iso: string) => parseIsoDate(iso) as number;

describe('designations in explanations', () => {
  it('federal: an Executive Order closure is counted (the statute excepts legal public holidays only) and the other reading excepts it', () => {
    const r = computeDeadline({ jurisdiction: 'US', kind: 'response', from: '2025-01-02' });
    // 20 working days after Thu 2025-01-02, skipping MLK Day (01-20): Fri 2025-01-31; Jan 9 (EO 14133) counted.
    expect(r.due).toBe('2025-01-31');
    expect(r.alternatives).toEqual([expect.objectContaining({ due: '2025-02-03' })]);
    expect(r.explanation.text).toMatch(/Another reading gives 2025-02-03/);
  });

  it('Georgia: a day the Governor designates under O.C.G.A. 1-4-1 is skipped as a designated legal holiday', () => {
    const r = computeDeadline({ jurisdiction: 'US-GA', kind: 'response', from: '2025-11-25' });
    // Three business days after Tue 2025-11-25: Wed 26, (Thanksgiving 27, designated Fri 28), Mon 12-01, Tue 12-02.
    expect(r.due).toBe('2025-12-02');
    const skipped = r.explanation.skipped.find((s) => s.date === '2025-11-28');
    expect(skipped?.reason).toMatch(/^legal holiday designated for the year: /);
    expect(r.explanation.skipped.find((s) => s.date === '2025-11-27')?.reason).toMatch(/^legal holiday: /);
  });

  it('a State closure does not bind a local body (Illinois, Friday after Thanksgiving 2024)', () => {
    const state = computeDeadline({
      jurisdiction: 'US-IL',
      kind: 'response',
      from: '2024-11-25',
      agencyLevel: 'state',
    });
    const city = computeDeadline({
      jurisdiction: 'US-IL',
      kind: 'response',
      from: '2024-11-25',
      agencyLevel: 'municipal',
    });
    expect(state.explanation.skipped.find((s) => s.date === '2024-11-29')?.reason).toMatch(/^executive closure: /);
    expect(city.explanation.skipped.find((s) => s.date === '2024-11-29')).toBeUndefined();
    expect(day(state.due as string)).toBeGreaterThan(day(city.due as string));
  });

  it('every designation carries a citation and a source, and every calendar decides its closures when it has any', () => {
    for (const j of listJurisdictions()) {
      for (const d of j.calendar.designations ?? []) {
        expect(d.citation.length, `${j.code} ${d.date}`).toBeGreaterThan(3);
        expect(d.source.length, `${j.code} ${d.date}`).toBeGreaterThan(3);
        expect(parseIsoDate(d.date), `${j.code} ${d.date}`).not.toBeNull();
      }
      if (j.calendar.holidays.some((h) => h.officesOpen)) expect(j.calendar.openHolidays, j.code).toBeDefined();
      for (const a of j.calendar.alternatives ?? []) {
        expect(a.reading.length, j.code).toBeGreaterThan(10);
        expect(a.citation.length, j.code).toBeGreaterThan(3);
      }
    }
  });
});

describe('properties: a due date never falls on a closure the jurisdiction counts', () => {
  const clocks = listJurisdictions().flatMap((j) => {
    const set = j.ruleSets[j.ruleSets.length - 1];
    if (!set) return [];
    return Object.entries(set.clocks)
      .filter(([, r]) => r.fixed && r.segments.at(-1)?.unit === 'business')
      .map(([kind]) => ({ code: j.code, kind, from: set.effectiveFrom }));
  });
  const levels: (AgencyLevel | undefined)[] = [undefined, 'state', 'municipal'];

  it('business-day clocks starting 2023-2027 end on a day that is not a designation that stops them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...clocks),
        fc.integer({ min: day('2023-01-01'), max: day('2027-12-31') }),
        fc.constantFrom(...levels),
        (clock, start, level) => {
          const from = toIsoDate(start);
          if (from < clock.from) return;
          const r = computeDeadline({
            jurisdiction: clock.code,
            kind: clock.kind as never,
            from,
            ...(level ? { agencyLevel: level } : {}),
          });
          if (r.due === null) return;
          const j = getJurisdiction(clock.code);
          const local = level === 'municipal';
          const stopsClosures = j.calendar.executiveClosures?.stops ?? true;
          for (const d of j.calendar.designations ?? []) {
            if (d.date !== r.due) continue;
            const binds = d.scope === 'all' || !local;
            if (binds && (d.kind === 'holiday' || stopsClosures)) {
              throw new Error(`${clock.code} ${clock.kind} from ${from}: due ${r.due} is ${d.name}`);
            }
          }
          expect(calendarOf(clock.code, level).isBusinessDay(day(r.due))).toBe(true);
        },
      ),
      { numRuns: 4000 },
    );
  });
});

describe('receipt after business hours (a rule shape no encoded statute has yet)', () => {
  const base = getJurisdiction('US');
  const withRule: Jurisdiction = {
    ...base,
    code: 'TEST-AH',
    ruleSets: base.ruleSets.map((s) => ({
      ...s,
      receipt: { afterHours: { hour: 17, citation: 'Test Reg. 1.1 (after 5 p.m.: the next business day)' } },
    })),
  };
  const cal = new BusinessCalendar(base.calendar);
  const run = (receivedTime?: string) =>
    compute(
      { jurisdiction: withRule, calendar: cal },
      { jurisdiction: 'TEST-AH', kind: 'response', from: '2026-03-02', ...(receivedTime ? { receivedTime } : {}) },
    );

  it('a request received at 16:59 counts from that day; at 17:00 from the next business day', () => {
    expect(run('16:59').due).toBe('2026-03-30');
    const late = run('17:00');
    expect(late.due).toBe('2026-03-31');
    expect(late.explanation.deemedStart).toMatchObject({
      date: '2026-03-03',
      citation: expect.stringMatching(/Test Reg/),
    });
    expect(run().due).toBe('2026-03-30');
  });

  it('a Friday-evening request moves to Monday', () => {
    const r = compute(
      { jurisdiction: withRule, calendar: cal },
      { jurisdiction: 'TEST-AH', kind: 'response', from: '2026-03-06', receivedTime: '19:30' },
    );
    expect(r.explanation.deemedStart?.date).toBe('2026-03-09');
  });
});

describe('explanations with a pause list the days skipped before it', () => {
  it('Illinois: submitted 2026-11-02, paused 11-06: Election Day (11-03) is listed, day 1 is 11-04', () => {
    const r = computeDeadline({
      jurisdiction: 'US-IL',
      kind: 'response',
      from: '2026-11-02',
      pauses: [{ from: '2026-11-06', to: '2026-11-10', reason: 'fee requested' }],
    });
    expect(r.explanation.day1).toBe('2026-11-04');
    expect(r.explanation.skipped.map((s) => s.date)).toContain('2026-11-03');
    expect(r.explanation.text).toMatch(/2026-11-03 legal holiday: General Election Day/);
  });
});
