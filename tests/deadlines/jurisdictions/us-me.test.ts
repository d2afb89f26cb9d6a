import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const ACK = '1 M.R.S. § 408-A(3)';
const DENIAL = '1 M.R.S. § 408-A(4)';
const HOLIDAYS = '4 M.R.S. § 1051';

deadlineTable('US-ME', [
  {
    kind: 'response',
    from: '2026-04-15',
    due: '2026-04-23',
    reason: "skips Patriot's Day (Mon Apr 20)",
    citation: `${DENIAL}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-06-15',
    due: '2026-06-23',
    reason: 'skips Juneteenth (Fri Jun 19, 2026)',
    citation: `${DENIAL}; ${HOLIDAYS}; 5 M.R.S. § 59`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-06-14',
    due: '2027-06-21',
    reason: 'Juneteenth falls on Saturday 2027 and is not moved: Fri Jun 18 is a working day',
    citation: `${ACK}; ${HOLIDAYS}`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-12-20',
    due: '2027-12-27',
    reason: 'Christmas falls on Saturday 2027 and is not moved: Fri Dec 24 is a working day',
    citation: `${ACK}; ${HOLIDAYS}`,
  },
  {
    kind: 'acknowledgment',
    from: '2010-03-01',
    due: null,
    reason: 'before PL 2011, c. 662: acknowledgment "within a reasonable period of time", no fixed days',
    citation: '1 M.R.S. § 408(1) (2007)',
  },
  {
    kind: 'response',
    from: '2011-02-18',
    due: '2011-02-28',
    reason: "before § 408-A (former § 409(1) denial rule): skips Washington's Birthday (Mon Feb 21, 2011)",
    citation: '1 M.R.S. § 409(1) (2011)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'good-faith, nonbinding estimate; no statutory maximum',
    citation: ACK,
  },
]);

missingKinds('US-ME', ['appeal_filing', 'appeal_response']);

describe('US-ME calendar', () => {
  weekdayHolidays('US-ME', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-20',
    '2026-05-25',
    '2026-06-19',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-ME', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-19',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
  ]);
});
