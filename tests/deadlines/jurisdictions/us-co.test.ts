import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

deadlineTable('US-CO', [
  {
    kind: 'response',
    from: '2026-10-01',
    due: '2026-10-07',
    reason: 'skips Frances Xavier Cabrini Day (1st Monday of October)',
    citation: 'C.R.S. 24-72-203(3)(b); 24-11-101',
  },
  {
    kind: 'response',
    from: '2019-10-10',
    due: '2019-10-16',
    reason: 'before 2020 Columbus Day (Oct 14 2019) was the October holiday',
    citation: 'C.R.S. 24-11-101 (pre-2020)',
  },
  {
    kind: 'response',
    from: '2026-06-17',
    due: '2026-06-23',
    reason: 'skips Juneteenth (Fri Jun 19)',
    citation: 'C.R.S. 24-72-203(3)(b)',
  },
  {
    kind: 'extended_response',
    from: '2026-11-20',
    due: '2026-12-07',
    reason: '3 + 7 working days; skips Thanksgiving (only the Thursday)',
    citation: 'C.R.S. 24-72-203(3)(b)',
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-06-29',
    reason: 'Juneteenth on Sat 2027 observed Fri Jun 18',
    citation: 'C.R.S. 24-72-203(3)(b)',
  },
]);

missingKinds('US-CO', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-CO calendar', () => {
  weekdayHolidays('US-CO', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-05',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-CO', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-04',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
