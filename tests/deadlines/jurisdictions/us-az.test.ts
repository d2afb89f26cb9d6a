import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'A.R.S. 39-121.01(D)(1), (E)';

deadlineTable('US-AZ', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: '"promptly": no fixed number of days',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2000-01-03',
    due: null,
    reason: 'first day of the only rule set: no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2001-06-01',
    due: null,
    reason: 'unchanged since before 2000',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-07-02',
    due: null,
    reason: 'a holiday ahead (Independence Day observed Fri Jul 3) does not create a date',
    citation: `${RESPONSE}; A.R.S. 1-301(C)`,
  },
  {
    kind: 'response',
    from: '2027-12-23',
    due: null,
    reason: 'Christmas (Sat) observed Fri Dec 24: still no date',
    citation: `${RESPONSE}; A.R.S. 1-301(C)`,
  },
]);

missingKinds('US-AZ', ['acknowledgment', 'extended_response', 'appeal_filing', 'appeal_response']);

describe('US-AZ calendar', () => {
  weekdayHolidays('US-AZ', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AZ', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
