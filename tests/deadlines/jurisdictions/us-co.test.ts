import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'C.R.S. 24-72-203(3)(b)';
const EXTENDED = 'C.R.S. 24-72-203(3)(b)-(c)';
const HOLIDAYS = 'C.R.S. 24-11-101';

deadlineTable('US-CO', [
  {
    kind: 'response',
    from: '2026-10-01',
    due: '2026-10-07',
    reason: 'skips Frances Xavier Cabrini Day (1st Monday of October, Oct 5)',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended by H.B. 20-1031`,
  },
  {
    kind: 'response',
    from: '2019-10-10',
    due: '2019-10-16',
    reason: 'before the 2020 change Columbus Day (Mon Oct 14, 2019) was the October holiday',
    citation: `${RESPONSE}; ${HOLIDAYS} (before H.B. 20-1031)`,
  },
  {
    kind: 'response',
    from: '2026-07-01',
    due: '2026-07-07',
    reason: 'Independence Day on Saturday 2026 is observed Fri Jul 3',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2021-06-16',
    due: '2021-06-21',
    reason: 'before S.B. 22-139 Juneteenth was not a holiday: Fri 2021-06-18 counts',
    citation: `${RESPONSE}; ${HOLIDAYS} (before 2022)`,
  },
  {
    kind: 'extended_response',
    from: '2026-11-20',
    due: '2026-12-07',
    reason: '3 + 7 working days; skips Thanksgiving (Nov 26) only, the Friday after is a working day',
    citation: `${EXTENDED}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-06-29',
    reason: '3 + 7 working days; Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${EXTENDED}; ${HOLIDAYS} as amended by S.B. 22-139`,
  },
  {
    kind: 'extended_response',
    from: '2027-12-20',
    due: '2028-01-05',
    reason: 'Christmas (Sat) observed Fri Dec 24 and New Year 2028 (Sat) observed Fri Dec 31, 2027',
    citation: `${EXTENDED}; ${HOLIDAYS}`,
  },
]);

missingKinds('US-CO', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-CO calendar', () => {
  weekdayHolidays('US-CO', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-05',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-CO', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-04',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
