import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const HOLIDAYS = '1 V.S.A. § 371';
const JUNETEENTH = '1 V.S.A. § 371(a), as amended by 2024 S.206 (taken in force July 1, 2024)';
const ON_SIGNING = 'other reading: 2024 S.206 in force on signing (May 30, 2024)';
const OPEN_OFFICE = 'other reading: 1 V.S.A. § 371(b), Juneteenth a business day where the office stays open';

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
    from: '2024-06-17',
    due: '2024-06-20',
    reason:
      'Wed 2024-06-19 falls before S.206 took effect (July 1, 2024) and counts; the reading that it took effect on signing skips it and gives Fri Jun 21',
    citation: `1 V.S.A. § 318(a)(1); ${JUNETEENTH}; ${ON_SIGNING}`,
    alternatives: ['2024-06-21'],
  },
  {
    kind: 'response',
    from: '2025-06-17',
    due: '2025-06-23',
    reason:
      'the first Juneteenth legal holiday, Thu 2025-06-19, is skipped; the reading that it is a business day for an office open on it gives Fri Jun 20',
    citation: `1 V.S.A. § 318(a)(1); ${JUNETEENTH}; ${OPEN_OFFICE}`,
    alternatives: ['2025-06-20'],
  },
  {
    kind: 'response',
    from: '2027-06-16',
    due: '2027-06-22',
    reason:
      'Juneteenth on Sat 2027-06-19 is observed by State offices on Fri Jun 18 and skipped; counted as a business day under the other reading: Mon Jun 21',
    citation: `1 V.S.A. § 318(a)(1); ${JUNETEENTH}; ${HOLIDAYS}(b); ${OPEN_OFFICE}`,
    alternatives: ['2027-06-21'],
  },
  {
    kind: 'appeal_response',
    from: '2026-06-15',
    due: '2026-06-23',
    reason:
      '5 business days skipping Juneteenth (Fri 2026-06-19); counted as a business day under the other reading: Mon Jun 22',
    citation: `1 V.S.A. § 318(c)(1); ${JUNETEENTH}; ${OPEN_OFFICE}`,
    alternatives: ['2026-06-22'],
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
  // No designations (none found for 2024-2026); Juneteenth is a legal holiday from July 1, 2024.
  weekdayHolidays('US-VT', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-03-05', // Town Meeting Day
    '2024-05-27',
    '2024-07-04', // Juneteenth (Wed Jun 19) not yet in force
    '2024-08-16',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays('US-VT', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-03-04', // Town Meeting Day
    '2025-05-26',
    '2025-06-19', // Juneteenth, first year
    '2025-07-04',
    '2025-08-15', // Bennington Battle Day, Sat Aug 16 -> Fri
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
  ]);
  weekdayHolidays('US-VT', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-03-03',
    '2026-05-25',
    '2026-06-19', // Juneteenth
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
    '2027-06-18', // Juneteenth, Sat Jun 19 -> Fri
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
