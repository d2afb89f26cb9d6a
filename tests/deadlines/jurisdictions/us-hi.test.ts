import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

deadlineTable('US-HI', [
  {
    kind: 'response',
    from: '2026-03-20',
    due: '2026-04-07',
    reason: 'skips Kuhio Day (Thu Mar 26) and Good Friday (Apr 3)',
    citation: 'HAR 2-71-13; HRS 8-1',
  },
  {
    kind: 'response',
    from: '2026-06-05',
    due: '2026-06-22',
    reason: 'skips King Kamehameha I Day (Thu Jun 11); Juneteenth is not a holiday',
    citation: 'HAR 2-71-13; HRS 8-1',
  },
  {
    kind: 'response',
    from: '2026-10-26',
    due: '2026-11-10',
    reason: 'skips general election day (Tue Nov 3, even year)',
    citation: 'HAR 2-71-13; HRS 8-1',
  },
  {
    kind: 'extended_response',
    from: '2026-08-10',
    due: '2026-09-16',
    reason: '20 + 5 business days; skips Statehood Day (Fri Aug 21) and Labor Day',
    citation: 'HAR 2-71-13(c)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'filing period not confirmed',
    citation: 'HAR 2-73-12',
  },
]);

missingKinds('US-HI', ['acknowledgment']);

describe('US-HI calendar', () => {
  weekdayHolidays('US-HI', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-03-26',
    '2026-04-03',
    '2026-05-25',
    '2026-06-11',
    '2026-07-03',
    '2026-08-21',
    '2026-09-07',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-HI', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26',
    '2027-03-26',
    '2027-05-31',
    '2027-06-11',
    '2027-07-05',
    '2027-08-20',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
