import { describe } from 'vitest';
import { deadlineTable, weekdayHolidays } from '../table.js';

const OPEN_READING =
  'General Construction Law 24; Public Officers Law 62(2) (calendar.openHolidays); other reading: Department of Civil Service floating-holiday memoranda, 1985 Op. State Compt. 85-33';

deadlineTable('US-NY', [
  {
    kind: 'acknowledgment',
    from: '2026-02-09',
    due: '2026-02-18',
    reason:
      "skips Lincoln's Birthday (Thu Feb 12; offices open but a public holiday, counted as Sunday by Public Officers Law 62(2): reading chosen) and Washington's Birthday (Mon Feb 16); the reading that Lincoln's Birthday is a business day gives Tue Feb 17",
    citation: `Public Officers Law 89(3)(a); ${OPEN_READING}`,
    alternatives: ['2026-02-17'],
  },
  {
    kind: 'acknowledgment',
    from: '2025-10-30',
    due: '2025-11-07',
    reason:
      'skips General Election Day (Tue Nov 4, 2025; offices open, a public holiday under General Construction Law 24: reading chosen); the reading that it is a business day gives Thu Nov 6',
    citation: `Public Officers Law 89(3)(a); ${OPEN_READING}`,
    alternatives: ['2025-11-06'],
  },
  {
    kind: 'acknowledgment',
    from: '2027-12-20',
    due: '2027-12-27',
    reason: 'Christmas on Saturday 2027 is not moved: Friday Dec 24 is a business day',
    citation: 'Public Officers Law 89(3)(a); General Construction Law 24',
  },
  {
    kind: 'response',
    from: '2027-06-07',
    due: '2027-07-06',
    reason:
      '20 business days from the acknowledgment; Juneteenth on Saturday is not moved (Fri Jun 18 counts); skips Mon Jul 5 (July 4 on Sunday)',
    citation: 'Public Officers Law 89(3)(a); General Construction Law 24',
  },
  {
    kind: 'response',
    from: '2004-06-01',
    due: null,
    reason: 'before L.2005, c.22 the acknowledgment gave only an approximate date with no statutory limit',
    citation: 'Public Officers Law 89(3) (before L.2005, c.22)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'date certain beyond 20 business days: no statutory maximum',
    citation: 'Public Officers Law 89(3)(a)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-06-04',
    due: '2026-07-06',
    reason: '30th day is Saturday Jul 4 (holiday not moved): runs to the next business day, Mon Jul 6',
    citation: 'Public Officers Law 89(4)(a); General Construction Law 25-a',
  },
  {
    kind: 'appeal_filing',
    from: '2026-10-04',
    due: '2026-11-04',
    reason:
      '30th day is General Election Day (Tue Nov 3), a public holiday every year: runs to Wed Nov 4. No other date: 25-a rolls a period ending on a "public holiday", which Election Day is under General Construction Law 24 on either reading of whether it is a FOIL business day',
    citation: 'Public Officers Law 89(4)(a); General Construction Law 24, 25-a',
    alternatives: [],
  },
  {
    kind: 'appeal_response',
    from: '2026-10-28',
    due: '2026-11-13',
    reason:
      "10 business days skipping Election Day (Nov 3; reading chosen) and Veterans' Day (Nov 11); the reading that Election Day is a business day gives Thu Nov 12",
    citation: `Public Officers Law 89(4)(a); ${OPEN_READING}`,
    alternatives: ['2026-11-12'],
  },
]);

describe('US-NY calendar', () => {
  weekdayHolidays('US-NY', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NY', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-02',
    '2027-11-11',
    '2027-11-25',
  ]);
});
