import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'S.C. Code § 30-4-30(C)';
const HOLIDAYS = 'S.C. Code § 53-5-10; S.C. Code Regs. 19-708.03(B)';
const DHR2026 = 'Division of State Human Resources 2026 holiday schedule (Day after Christmas observed Mon Dec 28)';

deadlineTable('US-SC', [
  {
    kind: 'response',
    from: '2026-11-20',
    due: '2026-12-08',
    reason: 'skips Thanksgiving and the day after (Nov 26-27)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-05-04',
    due: '2026-05-19',
    reason: 'Confederate Memorial Day on Sun May 10 is observed Mon May 11 and skipped',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-12-15',
    due: '2028-01-03',
    reason:
      "Christmas on Sat 2027-12-25 observed Fri Dec 24 (with Christmas Eve), Dec 26 observed Mon Dec 27, New Year's Day 2028 observed Fri Dec 31",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2016-11-18',
    due: '2016-12-13',
    reason: 'before 2017 Act No. 67 (2017-05-19): 15 days excepting Saturdays, Sundays and legal holidays',
    citation: 'S.C. Code § 30-4-30(c) (2014 text)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-04-15',
    reason: 'records by 30 calendar days after the last day for the determination (Mon Mar 16)',
    citation: 'S.C. Code § 30-4-30(C)-(D)',
  },
  {
    kind: 'extended_response',
    from: '2026-04-02',
    due: '2026-05-16',
    reason: 'the 30 calendar days end on Saturday May 16: no statute rolls it forward; Good Friday is a business day',
    citation: 'S.C. Code § 30-4-30(C)-(D)',
  },
  {
    kind: 'extended_response',
    from: '2016-03-01',
    due: null,
    reason: 'before 2017 the Act set no deadline for producing records',
    citation: 'S.C. Code § 30-4-30 (2014 text)',
  },
  {
    kind: 'response',
    from: '2026-12-18',
    due: '2027-01-07',
    reason:
      "skips Christmas Eve and Christmas (Dec 24-25), the Day after Christmas observed Mon Dec 28, 2026 (Dec 26 is a Saturday and the Friday is already Christmas: State HR 2026 schedule) and New Year's Day (Fri Jan 1)",
    citation: `${RESPONSE}; ${HOLIDAYS}; ${DHR2026}`,
  },
  {
    kind: 'response',
    from: '2026-12-18',
    due: '2027-01-06',
    agencyLevel: 'municipal',
    reason:
      'a municipality is not bound by the State HR schedule: Mon Dec 28, 2026 counts (Dec 24, 25 and Jan 1 are still skipped)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
]);

missingKinds('US-SC', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-SC calendar', () => {
  // § 53-5-10 holidays; Saturday -> Friday, Sunday -> Monday (Regs. 19-708.03(B)). A moved day that lands on another
  // holiday yields two entries on the same date, listed twice below.
  weekdayHolidays('US-SC', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-11', // Confederate Memorial Day, Sun May 10 -> Mon
    '2026-05-25',
    '2026-07-03', // Independence Day, Sat Jul 4 -> Fri
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-24',
    '2026-12-25', // Christmas Day
    '2026-12-25', // Day after Christmas, Sat Dec 26 -> Fri Dec 25
    '2026-12-28', // Day after Christmas observed Monday by the State HR 2026 schedule (designation)
  ]);
  // Local bodies: the State HR designation of Mon Dec 28, 2026 does not apply.
  weekdayHolidays(
    'US-SC',
    2026,
    [
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-11',
      '2026-05-25',
      '2026-07-03',
      '2026-09-07',
      '2026-11-11',
      '2026-11-26',
      '2026-11-27',
      '2026-12-24',
      '2026-12-25',
      '2026-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-SC', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-10',
    '2027-05-31',
    '2027-07-05', // Sun Jul 4 -> Mon
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24', // Christmas Eve
    '2027-12-24', // Christmas, Sat Dec 25 -> Fri
    '2027-12-27', // Day after Christmas, Sun Dec 26 -> Mon
    '2027-12-31', // New Year's Day 2028, Sat -> Fri
  ]);
});
