import { describe } from 'vitest';
import { deadlineTable, weekdayHolidays } from '../table.js';

deadlineTable('US-AL', [
  {
    kind: 'acknowledgment',
    from: '2026-04-17',
    due: '2026-04-28',
    reason: '10th day is Confederate Memorial Day (Mon Apr 27): rolls to Tue',
    citation: 'Ala. Code 36-12-44(a)(3); 1-1-4',
  },
  {
    kind: 'acknowledgment',
    from: '2026-03-04',
    due: '2026-03-14',
    reason: '10th day on a Saturday stands (1-1-4 rolls past Sundays and holidays only)',
    citation: 'Ala. Code 36-12-44(a)(3); 1-1-4',
  },
  {
    kind: 'response',
    from: '2026-05-20',
    due: '2026-06-12',
    reason: "15 business days from the acknowledgment; skips Memorial Day and Jefferson Davis' Birthday (Jun 1)",
    citation: 'Ala. Code 36-12-44(a)(4)',
  },
  {
    kind: 'extended_response',
    from: '2026-05-20',
    due: '2026-07-06',
    reason: '30 business days (presumed denial); Independence Day observed Fri Jul 3',
    citation: 'Ala. Code 36-12-44(a)(5)',
  },
  {
    kind: 'response',
    from: '2024-09-30',
    due: null,
    reason: 'before October 1, 2024 no period was set',
    citation: 'Ala. Code 36-12-40',
  },
]);

describe('US-AL calendar', () => {
  weekdayHolidays('US-AL', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-27',
    '2026-05-25',
    '2026-06-01',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AL', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-26',
    '2027-05-31',
    '2027-06-07',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
