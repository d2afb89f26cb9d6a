import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../src/deadlines/index.js';
import { deadlineTable, weekdayHolidays } from '../table.js';

const HOLIDAYS = 'ORS 187.010';
const AG = 'ORS 192.411(1)';
const DAT = 'State HR Policy 60.010.01 (day after Thanksgiving), under ORS 240.551';

deadlineTable('US-OR', [
  {
    kind: 'acknowledgment',
    from: '2026-11-20',
    due: '2026-12-01',
    reason:
      '5 business days; skips Thanksgiving (Thu Nov 26) and the State closure of Fri Nov 27 (day after Thanksgiving, a State HR-policy holiday); the reading that counts the closure gives Mon Nov 30',
    citation: `ORS 192.324(2); ${HOLIDAYS}(1); ${DAT}`,
    alternatives: ['2026-11-30'],
  },
  {
    kind: 'acknowledgment',
    from: '2026-11-20',
    due: '2026-11-30',
    agencyLevel: 'municipal',
    reason:
      'a city is not bound by the State HR policy: 5 business days skip only Thanksgiving (Nov 26); Fri Nov 27 counts, and every reading agrees',
    citation: `ORS 192.324(2); ${HOLIDAYS}(1)`,
  },
  {
    kind: 'acknowledgment',
    from: '2024-11-25',
    due: '2024-12-04',
    reason:
      '5 business days; skips Thanksgiving (Thu Nov 28, 2024) and the State closure of Fri Nov 29, 2024 (day after Thanksgiving); counting the closure gives Tue Dec 3',
    citation: `ORS 192.324(2); ${HOLIDAYS}(1); ${DAT}`,
    alternatives: ['2024-12-03'],
  },
  {
    kind: 'response',
    from: '2025-11-19',
    due: '2025-12-12',
    reason:
      '5 + 10 business days; skips Thanksgiving (Thu Nov 27, 2025) and the State closure of Fri Nov 28, 2025 (day after Thanksgiving); counting the closure gives Thu Dec 11',
    citation: `ORS 192.324(2); ORS 192.329; ${HOLIDAYS}(1); ${DAT}`,
    alternatives: ['2025-12-11'],
  },
  {
    kind: 'acknowledgment',
    from: '2027-11-22',
    due: '2027-12-01',
    reason:
      '5 business days; skips Thanksgiving (Thu Nov 25, 2027) and the State closure of Fri Nov 26, 2027 (day after Thanksgiving); counting the closure gives Tue Nov 30',
    citation: `ORS 192.324(2); ${HOLIDAYS}(1); ${DAT}`,
    alternatives: ['2027-11-30'],
  },
  {
    kind: 'appeal_response',
    from: '2026-11-20',
    due: '2026-11-30',
    reason:
      'seven calendar days end on Fri Nov 27, 2026, a day State offices (the Attorney General) are closed under the HR policy: rolls past the weekend to Monday; the reading that counts the closure keeps Fri Nov 27',
    citation: `${AG}; ORS 174.120; ${DAT}`,
    alternatives: ['2026-11-27'],
  },
  {
    kind: 'response',
    from: '2027-06-10',
    due: '2027-07-02',
    reason: '5 + 10 business days; Juneteenth on Sat 2027-06-19 is observed Fri Jun 18 and skipped',
    citation: `ORS 192.324(2); ORS 192.329; ${HOLIDAYS}(2)`,
  },
  {
    kind: 'response',
    from: '2026-12-14',
    due: '2027-01-06',
    reason: "15 business days; skips Christmas (Dec 25) and New Year's Day (Jan 1)",
    citation: `ORS 192.329; ${HOLIDAYS}(1)`,
  },
  {
    kind: 'response',
    from: '2017-06-01',
    due: null,
    reason: 'before Or. Laws 2017 ch. 456 (2018-01-01): no fixed response period',
    citation: 'former ORS 192.420, 192.440',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'a reasonable estimated completion date with no cap',
    citation: 'ORS 192.329; ORS 192.407(1)(b)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no time limit to petition the Attorney General or district attorney',
    citation: 'ORS 192.411(1), 192.415',
  },
  {
    kind: 'appeal_response',
    from: '2026-12-18',
    due: '2026-12-28',
    reason: 'seven calendar days end on Christmas (Fri Dec 25): rolls past the weekend to Monday',
    citation: `${AG}; ORS 174.120`,
  },
  {
    kind: 'appeal_response',
    from: '2026-10-24',
    due: '2026-11-02',
    reason: 'petition received on a Saturday; the seventh day is Saturday Oct 31: rolls to Monday',
    citation: `${AG}; ORS 174.120`,
  },
  {
    kind: 'appeal_response',
    from: '2027-12-17',
    due: '2027-12-27',
    reason: 'seventh day is Fri Dec 24, 2027, the observed Christmas (Sat Dec 25): rolls to Monday',
    citation: `${AG}; ORS 174.120; ${HOLIDAYS}(2)`,
  },
  {
    kind: 'appeal_response',
    from: '2017-12-01',
    due: '2017-12-08',
    reason: 'before 2018 the same seven-day order rule applied (former ORS 192.450)',
    citation: 'former ORS 192.450(1)',
  },
]);

describe('US-OR clocks before 2018', () => {
  // Before Or. Laws 2017 ch. 456 there was no acknowledgment step and no extension rule.
  it.each(['acknowledgment', 'extended_response'] as const)('%s is refused for a 2017 request', (kind) => {
    expect(() => computeDeadline({ jurisdiction: 'US-OR', kind, from: '2017-06-01' })).toThrow(/does not have/);
  });
});

describe('US-OR calendar', () => {
  // ORS 187.010: Saturday -> Friday, Sunday -> Monday; Juneteenth from 2022; State closures (designations) too.
  weekdayHolidays('US-OR', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03', // Independence Day, Sat Jul 4 -> Fri
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27', // day after Thanksgiving: State closure (State HR Policy 60.010.01)
    '2026-12-25',
  ]);
  // Local bodies are not bound by the State HR policy: no day after Thanksgiving.
  weekdayHolidays(
    'US-OR',
    2026,
    [
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-OR', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18', // Juneteenth, Sat Jun 19 -> Fri
    '2027-07-05', // Sun Jul 4 -> Mon
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26', // day after Thanksgiving: State closure (State HR Policy 60.010.01)
    '2027-12-24', // Christmas, Sat -> Fri
    '2027-12-31', // New Year's Day 2028, Sat -> Fri
  ]);
});
