import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, easterSunday, weekdayOf } from '../../src/deadlines/days.js';
import {
  calendarOf,
  computeDeadline,
  holidaysOf,
  listJurisdictions,
  parseIsoDate,
  toIsoDate,
} from '../../src/deadlines/index.js';

const day = (iso: string) => parseIsoDate(iso) as number;
const START = day('2000-01-01');
const END = day('2100-12-31');
const anyStart = fc.integer({ min: START, max: END - 400 }).map(toIsoDate);

/** Every fixed clock of every rule set, with its last leg (which decides what the due date may be). */
const fixedClocks = listJurisdictions().flatMap((j) =>
  j.ruleSets.flatMap((set) =>
    Object.entries(set.clocks).flatMap(([kind, rule]) =>
      rule.fixed
        ? [
            {
              code: j.code,
              kind: kind as never,
              from: set.effectiveFrom,
              last: rule.segments[rule.segments.length - 1],
            },
          ]
        : [],
    ),
  ),
);

describe('date arithmetic', () => {
  it('round-trips every day from 1999 to 2102 and agrees with Date on weekdays', () => {
    for (let d = day('1999-01-01'); d <= day('2102-12-31'); d++) {
      const [y, m, dd] = civilFromDays(d);
      expect(daysFromCivil(y, m, dd)).toBe(d);
      if (d % 97 === 0) expect(weekdayOf(d)).toBe(new Date(d * 86_400_000).getUTCDay());
    }
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1']) {
      expect(parseIsoDate(bad)).toBeNull();
    }
    expect(parseIsoDate('2028-02-29')).not.toBeNull();
  });

  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
  ])('Easter %i is %s', (year, iso) => {
    expect(toIsoDate(easterSunday(year))).toBe(iso);
  });
});

describe('properties (every jurisdiction, any start date 2000-2100)', () => {
  it('a business-day due date is never a weekend, legal holiday or closure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixedClocks), anyStart, (clock, from) => {
        if (from < clock.from) return;
        const closures = [{ date: toIsoDate(day(from) + 3), reason: 'test closure' }];
        const result = computeDeadline({ jurisdiction: clock.code, kind: clock.kind, from, closures });
        if (result.due === null) return;
        const cal = calendarOf(clock.code);
        const due = day(result.due);
        const closed = new Set([day(closures[0]?.date as string)]);
        if (clock.last?.unit === 'business' || (clock.last?.roll && clock.last.rollPast !== 'sundays_and_holidays')) {
          expect(cal.isBusinessDay(due, closed)).toBe(true);
        } else if (clock.last?.roll) {
          // rolls only past Sundays and holidays: a Saturday may stand
          expect(weekdayOf(due)).not.toBe(0);
          expect(cal.holidaysOn(due)).toEqual([]);
          expect(closed.has(due)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a later start never gives an earlier due date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixedClocks), anyStart, fc.integer({ min: 1, max: 40 }), (clock, from, gap) => {
        const later = toIsoDate(day(from) + gap);
        if (from < clock.from) return;
        const a = computeDeadline({ jurisdiction: clock.code, kind: clock.kind, from }).due;
        const b = computeDeadline({ jurisdiction: clock.code, kind: clock.kind, from: later }).due;
        if (a && b) expect(b >= a).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('pause and resume never lose days: the count before plus the count after equals the period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2001-01-01'), max: day('2099-01-01') }),
        fc.integer({ min: 1, max: 19 }),
        fc.integer({ min: 0, max: 60 }),
        (start, pauseAfter, pauseLength) => {
          const cal = calendarOf('US');
          const from = toIsoDate(start);
          // Pause on the pauseAfter-th business day (it counts as elapsed), resume pauseLength days later.
          const pauseStart = cal.addBusinessDays(start, pauseAfter);
          const pauseEnd = pauseStart + pauseLength;
          const r = computeDeadline({
            jurisdiction: 'US',
            kind: 'response',
            from,
            pauses: [{ from: toIsoDate(pauseStart), to: toIsoDate(pauseEnd) }],
          });
          const due = day(r.due as string);
          expect(cal.businessDaysBetween(start, pauseStart) + cal.businessDaysBetween(pauseEnd, due)).toBe(20);
          expect(r.explanation.pauses[0]).toMatchObject({ elapsed: pauseAfter, remaining: 20 - pauseAfter });
          // and the pause never makes the date earlier than without it
          const plain = computeDeadline({ jurisdiction: 'US', kind: 'response', from }).due as string;
          expect((r.due as string) >= plain).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with a naive day-by-day walk for every jurisdiction', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...listJurisdictions().map((j) => j.code)),
        anyStart,
        fc.integer({ min: 1, max: 60 }),
        (code, from, n) => {
          const cal = calendarOf(code);
          const holidays = new Set<string>();
          const year = Number(from.slice(0, 4));
          for (const y of [year, year + 1]) for (const h of holidaysOf(code, y)) holidays.add(h.date);
          let d = day(from);
          let left = n;
          while (left > 0) {
            d++;
            const wd = weekdayOf(d);
            if (wd !== 0 && wd !== 6 && !holidays.has(toIsoDate(d))) left--;
          }
          expect(toIsoDate(cal.addBusinessDays(day(from), n))).toBe(toIsoDate(d));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('pauses (tolling)', () => {
  it('keeps the remaining days and resumes from the day the pause ends', () => {
    // Federal response: received Mon 2026-03-02. Fee requested Wed 2026-03-11 (day 7, counted),
    // paid Mon 2026-03-23 (day 0 of the resumed count): 13 business days left -> Thu 2026-04-09.
    const r = computeDeadline({
      jurisdiction: 'US',
      kind: 'response',
      from: '2026-03-02',
      pauses: [{ from: '2026-03-11', to: '2026-03-23', reason: 'fee requested' }],
    });
    expect(r.due).toBe('2026-04-09');
    expect(r.explanation.pauses).toEqual([
      { from: '2026-03-11', to: '2026-03-23', reason: 'fee requested', elapsed: 7, remaining: 13 },
    ]);
    expect(r.explanation.text).toContain('Paused 2026-03-11 to 2026-03-23 (fee requested): 7 day(s) used, 13 left');
  });

  it('has no due date while a pause is open', () => {
    const r = computeDeadline({
      jurisdiction: 'US',
      kind: 'response',
      from: '2026-03-02',
      pauses: [{ from: '2026-03-04' }],
    });
    expect(r.due).toBeNull();
    expect(r.paused).toBe(true);
    expect(r.explanation.pauses[0]).toMatchObject({ elapsed: 2, remaining: 18, to: null });
  });

  it('ignores a pause that starts on or after the due date', () => {
    const r = computeDeadline({
      jurisdiction: 'US',
      kind: 'response',
      from: '2026-03-02',
      pauses: [{ from: '2026-03-30', to: '2026-04-30' }],
    });
    expect(r.due).toBe('2026-03-30');
  });

  it('handles two pauses in turn', () => {
    // 20 working days from Mon 2026-03-02. Pause 1: Wed 03-04 (2 used) to Mon 03-09.
    // Pause 2: Fri 03-13 (5 more used: 10,11,12,13 -> 4; total 6) to Mon 03-16. 14 left from 03-16 -> Fri 04-03.
    const r = computeDeadline({
      jurisdiction: 'US',
      kind: 'response',
      from: '2026-03-02',
      pauses: [
        { from: '2026-03-04', to: '2026-03-09' },
        { from: '2026-03-13', to: '2026-03-16' },
      ],
    });
    expect(r.explanation.pauses.map((p) => p.remaining)).toEqual([18, 14]);
    expect(r.due).toBe('2026-04-03');
  });
});

describe('closures', () => {
  it('skips a closure like a holiday and says why', () => {
    const r = computeDeadline({
      jurisdiction: 'US',
      kind: 'response',
      from: '2026-03-02',
      closures: [
        { date: '2026-03-10', reason: 'snow day' },
        { date: '2026-03-14', reason: 'Saturday closure (already not a business day)' },
      ],
    });
    expect(r.due).toBe('2026-03-31');
    expect(r.explanation.skipped).toContainEqual({ date: '2026-03-10', reason: 'closure: snow day' });
  });

  it('moves a due date that would land on a closure', () => {
    const r = computeDeadline({
      jurisdiction: 'US',
      kind: 'response',
      from: '2026-03-02',
      closures: [{ date: '2026-03-30', reason: 'shutdown' }],
    });
    expect(r.due).toBe('2026-03-31');
  });
});

describe('explanation', () => {
  it('lists the rule, citation, start, day 1, every skipped day and the result', () => {
    const r = computeDeadline({ jurisdiction: 'US', kind: 'response', from: '2026-06-15' });
    const e = r.explanation;
    expect(e).toMatchObject({
      jurisdiction: 'US',
      kind: 'response',
      citation: '5 U.S.C. 552(a)(6)(A)(i)',
      start: '2026-06-15',
      day1: '2026-06-16',
      period: '20 business days',
      due: '2026-07-15',
      ruleEffectiveFrom: '2016-06-30',
    });
    expect(e.skipped).toContainEqual({
      date: '2026-07-03',
      reason: 'legal holiday: Independence Day (observed for 2026-07-04) (5 U.S.C. 6103(a))',
    });
    expect(e.skipped.filter((s) => s.reason === 'Saturday' || s.reason === 'Sunday')).toHaveLength(8);
    expect(e.skipped.find((s) => s.date === '2026-06-19')?.reason).toMatch(/Juneteenth/);
  });

  it('says when there is no fixed deadline and why', () => {
    const r = computeDeadline({ jurisdiction: 'US', kind: 'appeal_filing', from: '2010-05-03' });
    expect(r.due).toBeNull();
    expect(r.explanation.text).toMatch(/^No fixed deadline: .*agency set its own by regulation/);
  });
});
