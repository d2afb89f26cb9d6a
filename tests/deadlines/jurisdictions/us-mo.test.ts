import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'RSMo 610.023.3';

deadlineTable('US-MO', [
  {
    kind: 'response',
    from: '2026-02-10',
    due: '2026-02-17',
    reason: '3 business days skip Lincoln Day (Thu Feb 12) and Washington’s Birthday (Mon Feb 16)',
    citation: `${RESPONSE}; RSMo 9.010`,
  },
  {
    kind: 'response',
    from: '2026-10-08',
    due: '2026-10-14',
    reason: 'skips Columbus Day (Oct 12), a Missouri public holiday',
    citation: `${RESPONSE}; RSMo 9.010`,
  },
  {
    kind: 'response',
    from: '2027-05-05',
    due: '2027-05-11',
    reason: 'Truman Day falls on Saturday 2027 and is observed Fri May 7',
    citation: `${RESPONSE}; RSMo 9.010; 1 CSR 20-5.010`,
  },
  {
    kind: 'response',
    from: '2027-06-16',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; RSMo 9.010; 1 CSR 20-5.010`,
  },
  {
    kind: 'response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas on Saturday 2027 is observed Fri Dec 24',
    citation: `${RESPONSE}; RSMo 9.010; 1 CSR 20-5.010`,
  },
  {
    kind: 'response',
    from: '2021-06-16',
    due: '2021-06-21',
    reason: 'before the 2022 act Juneteenth was not a statutory holiday: Fri 2021-06-18 counts',
    citation: `${RESPONSE}; RSMo 9.010 (before 2022)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'production may exceed three days for reasonable cause, with no cap',
    citation: RESPONSE,
  },
]);

missingKinds('US-MO', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-MO calendar', () => {
  weekdayHolidays('US-MO', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-05-08',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MO', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-05-07',
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
