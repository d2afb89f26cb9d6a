import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'HAR 2-71-13(a)-(b)';
const EXTENDED = 'HAR 2-71-13(c), 2-71-15';
const HOLIDAYS = 'HRS 8-1, 8-2';
const CLOSED_2024 = "Governor's Executive Memorandum on holiday administrative leave (news release of 2024-11-07)";

deadlineTable('US-HI', [
  {
    kind: 'response',
    from: '2026-03-20',
    due: '2026-04-07',
    reason: 'skips Kuhio Day (Thu Mar 26) and Good Friday (Apr 3)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-06-05',
    due: '2026-06-22',
    reason: 'skips King Kamehameha I Day (Thu Jun 11); Juneteenth (Fri Jun 19) is not a holiday',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-10-26',
    due: '2026-11-10',
    reason: 'skips General Election Day (Tue Nov 3, even year)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-08-10',
    due: '2026-09-16',
    reason: '20 + 5 business days; skips Statehood Day (Fri Aug 21) and Labor Day (Sep 7)',
    citation: `${EXTENDED}; ${HOLIDAYS}`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2027-03-02',
    reason: 'one year after receipt of the written denial',
    citation: 'HAR 2-73-12(a)(1)',
  },
  {
    kind: 'appeal_filing',
    from: '2012-12-14',
    due: null,
    reason: 'before the 2013 appeal rules no filing period was set',
    citation: 'HRS 92F-15.5 (before HAR chapter 2-73)',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'OIP decides without a fixed period',
    citation: 'HAR 2-73-17',
  },
  {
    kind: 'response',
    from: '2024-11-22',
    due: '2024-12-10',
    reason:
      "skips Thanksgiving (Nov 28) and the Governor's closure of all State Executive Branch offices on Fri Nov 29, 2024 (a closure day is not a business day, reading chosen); the reading that only Saturdays, Sundays and HRS 8-1 holidays are excluded counts Nov 29 and gives Mon Dec 9",
    citation: `${RESPONSE}; ${HOLIDAYS}; ${CLOSED_2024}`,
    alternatives: ['2024-12-09'],
  },
  {
    kind: 'extended_response',
    from: '2024-11-08',
    due: '2024-12-18',
    reason:
      "20 business days to the notice (Wed Dec 11), skipping Veterans' Day (Mon Nov 11), Thanksgiving and the closure of Fri Nov 29, 2024, then 5 business days; the other reading counts Nov 29 (notice Tue Dec 10) and gives Tue Dec 17",
    citation: `${EXTENDED}; ${HOLIDAYS}; ${CLOSED_2024}`,
    alternatives: ['2024-12-17'],
  },
  {
    kind: 'response',
    from: '2024-11-22',
    due: '2024-12-09',
    agencyLevel: 'municipal',
    reason:
      'the Nov 29, 2024 closure covered State Executive Branch offices only: a county or city agency counts it (only Thanksgiving is skipped) and both readings agree',
    citation: `${RESPONSE}; ${HOLIDAYS}; ${CLOSED_2024}`,
  },
]);

missingKinds('US-HI', ['acknowledgment']);

describe('US-HI calendar', () => {
  // 2024: General Election Day Tue Nov 5; the Governor's closure of Fri Nov 29 (State offices) stops State clocks.
  weekdayHolidays('US-HI', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-03-26',
    '2024-03-29',
    '2024-05-27',
    '2024-06-11',
    '2024-07-04',
    '2024-08-16',
    '2024-09-02',
    '2024-11-05',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-25',
  ]);
  weekdayHolidays(
    'US-HI',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-02-19',
      '2024-03-26',
      '2024-03-29',
      '2024-05-27',
      '2024-06-11',
      '2024-07-04',
      '2024-08-16',
      '2024-09-02',
      '2024-11-05',
      '2024-11-11',
      '2024-11-28',
      '2024-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-HI', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-03-26',
    '2026-04-03',
    '2026-05-25',
    '2026-06-11',
    '2026-07-03',
    '2026-08-21',
    '2026-09-07',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  // Kuhio Day and Good Friday both fall on Fri 2027-03-26: two rules, one date.
  weekdayHolidays('US-HI', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26',
    '2027-03-26',
    '2027-05-31',
    '2027-06-11',
    '2027-07-05',
    '2027-08-20',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
