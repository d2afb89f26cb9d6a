import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

deadlineTable('US-AK', [
  {
    kind: 'response',
    from: '2026-03-23',
    due: '2026-04-07',
    reason: "skips Seward's Day (last Monday of March, Mar 30)",
    citation: '2 AAC 96.325(a); AS 44.12.010',
  },
  {
    kind: 'response',
    from: '2026-10-12',
    due: '2026-10-27',
    reason: 'Alaska Day on Sun Oct 18 is observed Mon Oct 19; Columbus Day is not a holiday',
    citation: '2 AAC 96.325(a); AS 44.12.020',
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2028-01-05',
    reason: 'Christmas (Sat) observed Fri Dec 24; New Year 2028 (Sat) observed Fri Dec 31 2027',
    citation: '2 AAC 96.325(a); AS 44.12.020',
  },
  {
    kind: 'extended_response',
    from: '2026-06-22',
    due: '2026-07-21',
    reason: '10 + 10 working days; Independence Day (Sat) observed Fri Jul 3',
    citation: '2 AAC 96.325(d)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-05-01',
    reason: '60 calendar days after the denial',
    citation: '2 AAC 96.340',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'period not confirmed: no date',
    citation: '2 AAC 96.340',
  },
]);

missingKinds('US-AK', ['acknowledgment']);

describe('US-AK calendar', () => {
  weekdayHolidays('US-AK', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-03-30',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-10-19',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AK', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-29',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-18',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
