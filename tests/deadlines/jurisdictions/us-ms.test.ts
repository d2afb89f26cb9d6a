import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Miss. Code Ann. 25-61-5(1)(a)';
const CAP = 'Miss. Code Ann. 25-61-5(1)(b)';

deadlineTable('US-MS', [
  {
    kind: 'response',
    from: '2026-04-20',
    due: '2026-04-30',
    reason: '7 working days skip Confederate Memorial Day (Mon Apr 27)',
    citation: `${RESPONSE}; 3-3-7`,
  },
  {
    kind: 'extended_response',
    from: '2026-04-20',
    due: '2026-05-11',
    reason: '14 working days from receipt, skipping Confederate Memorial Day',
    citation: `${CAP}; 3-3-7`,
  },
  {
    kind: 'response',
    from: '2026-06-29',
    due: '2026-07-08',
    reason: 'Independence Day falls on Saturday 2026 and is not moved: Fri Jul 3 is a working day',
    citation: `${RESPONSE}; 3-3-7(1)`,
  },
  {
    kind: 'response',
    from: '2027-06-28',
    due: '2027-07-08',
    reason: 'Independence Day on Sunday 2027 is observed Mon Jul 5',
    citation: `${RESPONSE}; 3-3-7(1)`,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2027-12-29',
    reason:
      'Christmas on Saturday 2027 is not moved by statute: Fri Dec 24 counts (as does Fri Dec 31 for New Year 2028)',
    citation: `${RESPONSE}; 3-3-7(1)`,
  },
  {
    kind: 'response',
    from: '2009-04-13',
    due: '2009-05-04',
    reason: 'before the 2010 amendment: 14 working days, skipping Confederate Memorial Day (Apr 27, 2009)',
    citation: 'Miss. Code Ann. 25-61-5(1) (text before July 1, 2010)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory period for a complaint to the Ethics Commission',
    citation: 'Miss. Code Ann. 25-61-13',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory deadline for the Ethics Commission’s order',
    citation: 'Miss. Code Ann. 25-61-13',
  },
]);

missingKinds('US-MS', ['acknowledgment']);

describe('US-MS calendar', () => {
  weekdayHolidays('US-MS', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-27',
    '2026-05-25',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MS', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-26',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
  ]);
});
