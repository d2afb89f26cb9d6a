import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'R.C. 149.43(B)(1)';

deadlineTable('US-OH', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: 'no fixed period: "promptly" / "reasonable period of time"',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: null,
    reason: 'received on a Saturday: still no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-07-03',
    due: null,
    reason: 'received on Independence Day observed: no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-18',
    due: null,
    reason: 'received on Juneteenth observed (Fri Jun 18, 2027): no fixed period',
    citation: `${RESPONSE}; R.C. 124.19(A)`,
  },
  {
    kind: 'response',
    from: '2027-12-31',
    due: null,
    reason: "received on New Year's Day 2028 observed: no fixed period",
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2000-01-03',
    due: null,
    reason: 'the rule has not changed since 2000',
    citation: RESPONSE,
  },
]);

missingKinds('US-OH', ['acknowledgment', 'extended_response', 'appeal_filing', 'appeal_response']);

describe('US-OH calendar', () => {
  weekdayHolidays('US-OH', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-OH', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
