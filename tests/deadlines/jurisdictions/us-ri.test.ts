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
]);

missingKinds('US-RI', ['acknowledgment']);

describe('US-RI calendar', () => {
  // R.I. Gen. Laws § 25-1-1. Sunday -> Monday for every holiday. Saturday -> Monday for New Year's Day,
  // Juneteenth, Independence Day, Veterans' Day and Christmas on a Saturday is celebrated on the following Monday.
  weekdayHolidays('US-RI', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16', // Washington's Birthday
    '2026-05-04', // Rhode Island Independence Day
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
  weekdayHolidays('US-RI', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-04',
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
