import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

deadlineTable('US-PA', [
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-03',
    reason: 'skips Thanksgiving (Nov 26) and the day after (Nov 27)',
    citation: '65 P.S. 67.901',
  },
  {
    kind: 'response',
    from: '2021-06-15',
    due: '2021-06-23',
    reason: 'Juneteenth 2021 was observed Friday Jun 18 by Commonwealth offices',
    citation: '65 P.S. 67.901',
  },
  {
    kind: 'response',
    from: '2020-06-16',
    due: '2020-06-23',
    reason: 'before Juneteenth closures began: Fri Jun 19, 2020 is a business day',
    citation: '65 P.S. 67.901',
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-07-22',
    reason: '5 business days skipping Juneteenth observed (Fri Jun 18, 2027) to Jun 22, then 30 calendar days',
    citation: '65 P.S. 67.902(b)(2)',
  },
  {
    kind: 'extended_response',
    from: '2026-07-30',
    due: '2026-09-08',
    reason: '5 business days to Thu Aug 6; 30th calendar day Sat Sep 5 rolls past Sunday and Labor Day to Tue Sep 8',
    citation: '65 P.S. 67.902(b)(2); 1 Pa.C.S. 1908',
  },
  {
    kind: 'appeal_filing',
    from: '2026-12-21',
    due: '2027-01-13',
    reason: "15 business days skipping Christmas and New Year's Day",
    citation: '65 P.S. 67.1101(a)(1)',
  },
  {
    kind: 'appeal_response',
    from: '2026-06-05',
    due: '2026-07-06',
    reason: '30th day Sunday Jul 5 is omitted: Mon Jul 6',
    citation: '65 P.S. 67.1101(b)(1); 1 Pa.C.S. 1908',
  },
  {
    kind: 'appeal_response',
    from: '2026-10-12',
    due: '2026-11-12',
    reason: '30th day is Veterans Day (Wed Nov 11): Thu Nov 12',
    citation: '65 P.S. 67.1101(b)(1); 1 Pa.C.S. 1908',
  },
]);

missingKinds('US-PA', ['acknowledgment']);

describe('US-PA calendar', () => {
  weekdayHolidays('US-PA', 2026, [
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
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-PA', 2027, [
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
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
