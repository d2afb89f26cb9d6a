import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const HOLIDAYS = '1 V.S.A. § 371';

deadlineTable('US-VT', [
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-11-30',
    reason: 'skips Thanksgiving (Nov 26); the Friday after is a business day',
    citation: `1 V.S.A. § 318(a)(1); ${HOLIDAYS}(a)`,
  },
  {
    kind: 'response',
    from: '2027-12-21',
    due: '2027-12-27',
    reason: 'Christmas on Sat 2027-12-25 is observed by State offices on Fri Dec 24',
    citation: `1 V.S.A. § 318(a)(1); ${HOLIDAYS}(b)`,
  },
  {
    kind: 'response',
    from: '2010-06-01',
    due: '2010-06-03',
    reason: 'before 2011 Act 59: denial certified within 2 business days',
    citation: '1 V.S.A. § 318(a)(2) (pre-2011)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-03-20',
    reason: '3 + 10 business days, skips Town Meeting Day (Tue Mar 3, 2026)',
    citation: `1 V.S.A. § 318(d); ${HOLIDAYS}(a)(4)`,
  },
  {
    kind: 'extended_response',
    from: '2010-11-22',
    due: '2010-12-09',
    reason: 'before 2011: 2 + 10 business days, skips Thanksgiving (Nov 25, 2010)',
    citation: '1 V.S.A. § 318(a)(5) (pre-2011)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory time limit for appealing to the head of the agency',
    citation: '1 V.S.A. § 318(c)(1)',
  },
  {
    kind: 'appeal_response',
    from: '2026-08-13',
    due: '2026-08-21',
    reason: 'Bennington Battle Day on Sun 2026-08-16 is observed Mon Aug 17',
    citation: `1 V.S.A. § 318(c)(1); ${HOLIDAYS}(a)(7), (b)`,
  },
  {
    kind: 'appeal_response',
    from: '2027-12-28',
    due: '2028-01-05',
    reason: "New Year's Day on Sat 2028-01-01 is observed on Fri 2027-12-31",
    citation: `1 V.S.A. § 318(c)(1); ${HOLIDAYS}(b)`,
  },
]);

missingKinds('US-VT', ['acknowledgment']);

describe('US-VT calendar', () => {
  weekdayHolidays('US-VT', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-03-03',
    '2026-05-25',
    '2026-07-03',
    '2026-08-17',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-VT', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-02',
    '2027-05-31',
    '2027-07-05',
    '2027-08-16',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
