import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const OPINION = 'Minn. Stat. 13.072, subd. 1(c); 645.15';

deadlineTable('US-MN', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: 'public data: "appropriate and prompt manner", no fixed number of days',
    citation: 'Minn. Stat. 13.03, subd. 2(a), subd. 3(a)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no time limit to ask the Commissioner of Administration for an opinion',
    citation: 'Minn. Stat. 13.072, subd. 1(a)',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: '2026-03-23',
    reason: '20 calendar days end Sun Mar 22; 645.15 rolls to Mon Mar 23',
    citation: OPINION,
  },
  {
    kind: 'appeal_response',
    from: '2026-06-10',
    due: '2026-06-30',
    reason: 'calendar days run through Juneteenth (Fri Jun 19); 20th day Tue Jun 30 is a business day',
    citation: OPINION,
  },
  {
    kind: 'appeal_response',
    from: '2026-11-06',
    due: '2026-11-30',
    reason:
      '20th day is Thanksgiving (Nov 26); Fri Nov 27 is an executive-branch holiday, then the weekend: Mon Nov 30',
    citation: `${OPINION}; 645.44, subd. 5`,
  },
  {
    kind: 'appeal_response',
    from: '2027-05-29',
    due: '2027-06-21',
    reason: '20th day Fri Jun 18 is Juneteenth observed (Jun 19 is a Saturday): rolls past the weekend to Mon Jun 21',
    citation: `${OPINION}; 645.44, subd. 5`,
  },
  {
    kind: 'appeal_response',
    from: '2027-12-04',
    due: '2027-12-27',
    reason: '20th day Fri Dec 24 is Christmas observed (Dec 25 is a Saturday): Mon Dec 27',
    citation: `${OPINION}; 645.44, subd. 5`,
  },
  {
    kind: 'appeal_response',
    from: '2020-05-30',
    due: '2020-06-19',
    reason: 'before Juneteenth became a holiday (2023): Fri 2020-06-19 is a business day',
    citation: `${OPINION}; H.F. 48 (2023)`,
  },
]);

missingKinds('US-MN', ['acknowledgment', 'extended_response']);

describe('US-MN calendar', () => {
  weekdayHolidays('US-MN', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MN', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
