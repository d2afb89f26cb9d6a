import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Va. Code § 2.2-3704(B)';
const EXTENDED = 'Va. Code § 2.2-3704(B)(4)';
const HOLIDAYS = 'Va. Code § 2.2-3300';

deadlineTable('US-VA', [
  {
    kind: 'response',
    from: '2026-11-23',
    due: '2026-12-02',
    reason: 'skips Thanksgiving (Nov 26) and the Friday after (Nov 27), both legal holidays',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-10-29',
    due: '2026-11-06',
    reason: 'skips Election Day (Tue Nov 3, 2026), a legal holiday since July 1, 2020',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended 2020`,
  },
  {
    kind: 'response',
    from: '2020-01-14',
    due: '2020-01-23',
    reason:
      'before the 2020 change: skips Lee-Jackson Day (Fri Jan 17, 2020) and Martin Luther King, Jr., Day (Jan 20)',
    citation: `${RESPONSE}; ${HOLIDAYS} (pre-July 2020)`,
  },
  {
    kind: 'response',
    from: '2021-01-12',
    due: '2021-01-20',
    reason: 'after Lee-Jackson Day was repealed: Fri Jan 15, 2021 is a working day; skips MLK Day (Jan 18)',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended 2020`,
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-07-01',
    reason: '5 + 7 working days; Juneteenth on Sat 2027-06-19 is observed Fri Jun 18',
    citation: `${EXTENDED}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2027-12-20',
    due: '2028-01-07',
    reason: "5 + 7 working days; Christmas (Sat) observed Fri Dec 24 and New Year's Day 2028 (Sat) observed Fri Dec 31",
    citation: `${EXTENDED}; ${HOLIDAYS}`,
  },
]);

missingKinds('US-VA', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-VA calendar', () => {
  weekdayHolidays('US-VA', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-VA', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-02',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
