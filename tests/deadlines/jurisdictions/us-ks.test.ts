import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'K.S.A. 45-218(d); K.S.A. 45-217';

deadlineTable('US-KS', [
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-11-30',
    reason: 'skips Thanksgiving; the Friday after counts unless the Governor designates it (closure)',
    citation: `${RESPONSE}; K.S.A. 35-107`,
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: '2026-03-11',
    reason: 'received on a Saturday: day 1 is Monday Mar 9',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-16',
    due: '2027-06-22',
    reason: 'Juneteenth (Saturday) observed Friday Jun 18 as a federal holiday designated by Congress',
    citation: `${RESPONSE}; 5 U.S.C. 6103; K.A.R. 1-9-2(a)`,
  },
  {
    kind: 'response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas (Saturday) observed Friday Dec 24, 2027',
    citation: `${RESPONSE}; K.A.R. 1-9-2(a)`,
  },
  {
    kind: 'response',
    from: '2027-12-29',
    due: '2028-01-04',
    reason: "New Year's Day 2028 (Saturday) observed Friday Dec 31, 2027",
    citation: `${RESPONSE}; K.A.R. 1-9-2(a)`,
  },
  {
    kind: 'response',
    from: '2004-02-10',
    due: '2004-02-17',
    reason:
      "before the 2006 rewrite of K.S.A. 35-107: skips Lincoln's Birthday (Thu Feb 12) and Washington's Birthday (Mon Feb 16)",
    citation: `${RESPONSE}; K.S.A. 35-107 (pre-2006)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'further delay needs a detailed explanation and an earliest date, but the Act sets no maximum',
    citation: 'K.S.A. 45-218(d)',
  },
]);

missingKinds('US-KS', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-KS calendar', () => {
  weekdayHolidays('US-KS', 2026, [
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
  weekdayHolidays('US-KS', 2027, [
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
