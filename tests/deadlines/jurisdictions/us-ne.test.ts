import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Neb. Rev. Stat. 84-712(4)';
const AG = 'Neb. Rev. Stat. 84-712.03(1)(b); 25-2221';

deadlineTable('US-NE', [
  {
    kind: 'response',
    from: '2026-04-21',
    due: '2026-04-28',
    reason: '4 business days skip Arbor Day (last Friday in April, Apr 24)',
    citation: `${RESPONSE}; 25-2221`,
  },
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-02',
    reason: 'skips Thanksgiving and the day after (Nov 26-27)',
    citation: `${RESPONSE}; 25-2221`,
  },
  {
    kind: 'response',
    from: '2027-06-15',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; 84-1001(4)`,
  },
  {
    kind: 'response',
    from: '2020-06-16',
    due: '2020-06-22',
    reason: 'before Juneteenth became a holiday (2021): Fri 2020-06-19 counts',
    citation: RESPONSE,
  },
  {
    kind: 'appeal_response',
    from: '2026-03-06',
    due: '2026-03-23',
    reason: '15 calendar days end Sat Mar 21; 25-2221 rolls to Mon Mar 23',
    citation: AG,
  },
  {
    kind: 'appeal_response',
    from: '2027-12-09',
    due: '2027-12-27',
    reason: '15th day is Fri Dec 24, Christmas observed: rolls past the weekend to Mon Dec 27',
    citation: `${AG}; 84-1001(4)`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no time limit for a petition to the Attorney General',
    citation: 'Neb. Rev. Stat. 84-712.03(1)(b)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'earliest practicable date, no cap',
    citation: 'Neb. Rev. Stat. 84-712(4)(c)',
  },
]);

missingKinds('US-NE', ['acknowledgment']);

describe('US-NE calendar', () => {
  weekdayHolidays('US-NE', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-24',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NE', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-30',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
