import { describe, expect, it } from 'vitest';
import { computeDeadline, holidaysOf } from '../../../src/deadlines/index.js';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'R.I. Gen. Laws § 38-2-3(e); § 38-2-7';
const REVIEW = 'R.I. Gen. Laws § 38-2-8(a)';
const HOLIDAYS = 'R.I. Gen. Laws § 25-1-1';

deadlineTable('US-RI', [
  {
    kind: 'response',
    from: '2026-11-20',
    due: '2026-12-07',
    reason: 'skips Thanksgiving (Nov 26); the day after is a business day in Rhode Island',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-08-03',
    due: '2026-08-18',
    reason: 'skips Victory Day (2nd Monday of August, Aug 10)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-06-04',
    due: '2027-06-18',
    reason: 'Juneteenth on Sat 2027-06-19 is not moved to Friday: Fri Jun 18 is a business day',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2023-06-15',
    due: '2023-06-29',
    reason: 'before Juneteenth became a holiday (2024): Mon Jun 19, 2023 is a business day',
    citation: `${RESPONSE}; ${HOLIDAYS} (P.L. 2023, from 2024)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-04-13',
    reason: '10 + 20 business days after the 2012 amendments; Good Friday is not a Rhode Island holiday',
    citation: 'R.I. Gen. Laws § 38-2-3(e)',
  },
  {
    kind: 'extended_response',
    from: '2011-09-01',
    due: '2011-10-31',
    reason: 'before the 2012 amendments (2012-09-01): 10 + 30 business days; skips Labor Day and Columbus Day',
    citation: 'R.I. Gen. Laws § 38-2-7(b) (1998 text)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no time limit to petition the chief administrative officer',
    citation: 'R.I. Gen. Laws § 38-2-8(a)-(b)',
  },
  {
    kind: 'appeal_response',
    from: '2026-12-21',
    due: '2027-01-06',
    reason: "skips Christmas (Fri Dec 25) and New Year's Day (Fri Jan 1); Christmas Eve is a business day",
    citation: `${REVIEW}; ${HOLIDAYS}`,
  },
  {
    kind: 'appeal_response',
    from: '2026-10-30',
    due: '2026-11-17',
    reason: 'skips general election day (Tue Nov 3, even year) and Veterans Day (Wed Nov 11)',
    citation: `${REVIEW}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2024-02-09',
    due: '2024-02-26',
    reason:
      "skips the winter-storm closure of State offices (Tue Feb 13, 2024); Washington's Birthday (Mon Feb 19) counts, offices open; the reading that counts every 25-1-1 holiday skips it too: Tue Feb 27",
    citation: `${RESPONSE}; Executive Order 24-03; ${HOLIDAYS}`,
    alternatives: ['2024-02-27'],
  },
  {
    kind: 'response',
    from: '2024-02-09',
    due: '2024-02-23',
    agencyLevel: 'municipal',
    reason:
      "a city is not closed by Executive Order 24-03: Tue Feb 13, 2024 counts; Washington's Birthday (Feb 19) counts too; skipping it gives Mon Feb 26",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
    alternatives: ['2024-02-26'],
  },
  {
    kind: 'response',
    from: '2026-02-20',
    due: '2026-03-10',
    reason: 'skips the blizzard closures of State offices (Mon Feb 23 and Tue Feb 24, 2026)',
    citation: `${RESPONSE}; Executive Orders 26-02 and 26-02.1`,
  },
  {
    kind: 'response',
    from: '2026-02-20',
    due: '2026-03-06',
    agencyLevel: 'municipal',
    reason: "the Governor's closures bind State offices only: a town counts Feb 23 and 24, 2026",
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-02-13',
    due: '2026-03-03',
    reason:
      "Washington's Birthday (Mon Feb 16, 2026) counts, offices open; skips the blizzard closures (Feb 23, 24); the reading that counts Washington's Birthday as a holiday gives Wed Mar 4",
    citation: `${RESPONSE}; Executive Orders 26-02 and 26-02.1; ${HOLIDAYS}`,
    alternatives: ['2026-03-04'],
  },
  {
    kind: 'response',
    from: '2026-04-29',
    due: '2026-05-13',
    reason:
      'Rhode Island Independence Day (Mon May 4, 2026) counts, State offices open; the reading that counts it as a holiday gives Thu May 14',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
    alternatives: ['2026-05-14'],
  },
  {
    kind: 'appeal_response',
    from: '2027-02-12',
    due: '2027-02-26',
    reason:
      "Washington's Birthday (Mon Feb 15, 2027) counts, offices open; the reading that counts it as a holiday gives Mon Mar 1",
    citation: `${REVIEW}; ${HOLIDAYS}`,
    alternatives: ['2027-03-01'],
  },
]);

missingKinds('US-RI', ['acknowledgment']);

describe('US-RI calendar', () => {
  // R.I. Gen. Laws § 25-1-1. Sunday -> Monday for every holiday. Saturday -> Monday for New Year's Day,
  // Juneteenth, Independence Day, Veterans' Day and Christmas on a Saturday is celebrated on the following Monday.
  // Washington's Birthday and Rhode Island Independence Day (May 4) are 25-1-1 holidays on which State offices stay
  // open (openHolidays stops: false), so they are not listed; the Governor's closures of State offices are.
  weekdayHolidays('US-RI', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-13', // winter storm closure (Executive Order 24-03)
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-08-12',
    '2024-09-02',
    '2024-10-14',
    '2024-11-05',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays('US-RI', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-23', // blizzard closure (Executive Order 26-02)
    '2026-02-24', // blizzard closure (Executive Order 26-02.1)
    '2026-05-25',
    '2026-06-19', // Juneteenth (from 2024)
    '2026-07-06', // Independence Day, Sat Jul 4 -> Mon
    '2026-08-10', // Victory Day
    '2026-09-07',
    '2026-10-12',
    '2026-11-03', // election day (even year)
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays(
    'US-RI',
    2026,
    [
      '2026-01-01',
      '2026-01-19',
      '2026-05-25',
      '2026-06-19',
      '2026-07-06',
      '2026-08-10',
      '2026-09-07',
      '2026-10-12',
      '2026-11-03',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-RI', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-05-31',
    '2027-06-21', // Juneteenth, Sat Jun 19 -> Mon
    '2027-07-05', // Independence Day, Sun Jul 4 -> Mon
    '2027-08-09',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-27', // Christmas, Sat Dec 25 -> Mon
  ]);
});

describe('US-RI Saturday holidays celebrated on the following Monday', () => {
  // § 25-1-1: "in the event that day is a Saturday or Sunday, then state employees will celebrate the holiday on the
  // following Monday".
  it('Independence Day on Sat 2026-07-04 is celebrated Mon 2026-07-06', () => {
    expect(holidaysOf('US-RI', 2026).map((h) => h.date)).toContain('2026-07-06');
  });
  it('Juneteenth on Sat 2027-06-19 is celebrated Mon 2027-06-21', () => {
    expect(holidaysOf('US-RI', 2027).map((h) => h.date)).toContain('2027-06-21');
  });
  it('Christmas on Sat 2027-12-25 is celebrated Mon 2027-12-27', () => {
    expect(holidaysOf('US-RI', 2027).map((h) => h.date)).toContain('2027-12-27');
  });
  it('response from 2027-06-14 is due 2027-06-29 (skipping Mon Jun 21)', () => {
    expect(computeDeadline({ jurisdiction: 'US-RI', kind: 'response', from: '2027-06-14' }).due).toBe('2027-06-29');
  });
});
