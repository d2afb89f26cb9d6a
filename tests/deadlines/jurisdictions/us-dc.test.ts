import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const CAL = 'D.C. Code 1-612.02';

deadlineTable('US-DC', [
  {
    kind: 'response',
    from: '2026-04-09',
    due: '2026-05-01',
    reason: 'skips District of Columbia Emancipation Day (Thu Apr 16)',
    citation: `D.C. Code 2-532(c)(1); ${CAL}(a)(11)`,
  },
  {
    kind: 'response',
    from: '2027-06-10',
    due: '2027-07-02',
    reason: 'Juneteenth on Saturday 2027 is observed Friday Jun 18, which is skipped',
    citation: `D.C. Code 2-532(c)(1); ${CAL}(b)(1)`,
  },
  {
    kind: 'response',
    from: '2021-01-19',
    due: '2021-02-10',
    reason: 'after the COVID tolling ended: skips Inauguration Day (Wed Jan 20, 2021)',
    citation: `D.C. Code 2-532(c)(1); ${CAL}(c)`,
  },
  {
    kind: 'response',
    from: '2020-06-01',
    due: null,
    reason: 'received during the COVID-19 tolling period (2020-03-11 to 2021-01-15)',
    citation: 'D.C. Law 23-130; D.C. Law 23-267',
  },
  {
    kind: 'response',
    from: '2019-12-20',
    due: '2020-01-14',
    reason: "before the tolling: 15 business days skipping Christmas and New Year's Day",
    citation: `D.C. Code 2-532(c)(1); ${CAL}(a)`,
  },
  {
    kind: 'extended_response',
    from: '2027-12-06',
    due: '2028-01-12',
    reason: "25 business days; Christmas and New Year's Day 2028 (Saturdays) observed Fri Dec 24 and Fri Dec 31",
    citation: `D.C. Code 2-532(c)(2); ${CAL}(b)(1)`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory time limit for petitioning the Mayor',
    citation: 'D.C. Code 2-537(a)',
  },
  {
    kind: 'appeal_response',
    from: '2026-11-20',
    due: '2026-12-07',
    reason: 'skips Thanksgiving; the day after Thanksgiving is not a District holiday',
    citation: `D.C. Code 2-537(a); ${CAL}(a)`,
  },
]);

missingKinds('US-DC', ['acknowledgment']);

describe('US-DC calendar', () => {
  weekdayHolidays('US-DC', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-DC', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-16',
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
