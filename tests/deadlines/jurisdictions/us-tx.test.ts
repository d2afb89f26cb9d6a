import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Gov. Code 552.221(d), 552.301(b); 552.0031; 662.003';

deadlineTable('US-TX', [
  {
    kind: 'response',
    from: '2026-02-25',
    due: '2026-03-12',
    reason: 'skips Texas Independence Day (Mon Mar 2), a state holiday',
    citation: `${RESPONSE}(b)(2)`,
  },
  {
    kind: 'response',
    from: '2026-04-14',
    due: '2026-04-29',
    reason: 'skips San Jacinto Day (Tue Apr 21)',
    citation: `${RESPONSE}(b)(3)`,
  },
  {
    kind: 'response',
    from: '2027-01-15',
    due: '2027-02-02',
    reason: 'skips MLK Day (Mon Jan 18) and Confederate Heroes Day (Tue Jan 19)',
    citation: `${RESPONSE}(a)(2), (b)(1)`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-28',
    reason: 'Emancipation Day on Saturday 2027-06-19 is not moved (observance none): Friday Jun 18 is a business day',
    citation: `${RESPONSE}(b)(4); 552.0031(e)`,
  },
  {
    kind: 'response',
    from: '2026-12-18',
    due: '2027-01-06',
    reason: "skips Dec 24, Christmas and New Year's Day (Dec 26 is a Saturday)",
    citation: `${RESPONSE}(a)(1), (a)(9), (b)(7)`,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2028-01-04',
    reason:
      "skips Fri Dec 24 only: Christmas (Sat), Dec 26 (Sun) and New Year's Day 2028 (Sat) are not moved, so Dec 31 counts",
    citation: `${RESPONSE}(b)(7); 552.0031(e)`,
  },
  {
    kind: 'response',
    from: '2009-11-20',
    due: '2009-12-08',
    reason: 'before City of Dallas v. Abbott (2010): same 10 business days, skipping Thanksgiving and the Friday after',
    citation: `${RESPONSE}(a)(8), (b)(6)`,
  },
  {
    kind: 'response',
    from: '2026-02-25',
    due: '2026-03-26',
    requestType: 'voluminous',
    reason:
      'voluminous request for body worn camera recordings: 20 business days instead of 10, skipping Texas Independence Day (Mon Mar 2)',
    citation: `Code Crim. Proc. art. 2B.0114(b) (formerly Occ. Code 1701.663); ${RESPONSE}(b)(2)`,
  },
  // Texas has no executive designations for 2024-2026 (calendar.designations is empty, researched through
  // 2026), so the alternative reading (Governor's closures are not business days, 552.0031(f)) gives the
  // same date as the engine's reading for every row: no row can show two dates until a closure is added.
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'the certified later date must only be "within a reasonable time": no fixed maximum',
    citation: 'Gov. Code 552.221(d)',
  },
]);

missingKinds('US-TX', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-TX calendar', () => {
  weekdayHolidays('US-TX', 2026, [
    '2026-01-01',
    '2026-01-19', // Martin Luther King, Jr., Day
    '2026-01-19', // Confederate Heroes Day, the same Monday
    '2026-02-16',
    '2026-03-02',
    '2026-04-21',
    '2026-05-25',
    '2026-06-19',
    '2026-08-27',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-24',
    '2026-12-25',
  ]);
  weekdayHolidays('US-TX', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-01-19',
    '2027-02-15',
    '2027-03-02',
    '2027-04-21',
    '2027-05-31',
    '2027-08-27',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
  ]);
});
