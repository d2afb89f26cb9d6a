import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Fla. Stat. 119.07(1)(a), (c)';

deadlineTable('US-FL', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: 'no fixed period: prompt, good-faith response',
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
    from: '2026-11-26',
    due: null,
    reason: 'received on Thanksgiving: still no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-18',
    due: null,
    reason: 'received the Friday before Saturday Juneteenth 2027: no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-24',
    due: null,
    reason: 'received on Christmas observed (Fri Dec 24, 2027): no fixed period',
    citation: `${RESPONSE}; 110.117(1)`,
  },
  {
    kind: 'response',
    from: '2000-01-03',
    due: null,
    reason: 'the rule has not changed since 2000',
    citation: RESPONSE,
  },
]);

missingKinds('US-FL', ['acknowledgment', 'extended_response', 'appeal_filing', 'appeal_response']);

describe('US-FL calendar', () => {
  weekdayHolidays('US-FL', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-FL', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
