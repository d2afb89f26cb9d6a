import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'W. Va. Code § 29B-1-3(d)';
const HOLIDAYS = 'W. Va. Code § 2-2-1';

deadlineTable('US-WV', [
  {
    kind: 'response',
    from: '2026-05-07',
    due: '2026-05-15',
    reason: 'skips the statewide primary election day (Tue May 12, 2026)',
    citation: `${RESPONSE}; ${HOLIDAYS}(a)(13)`,
  },
  {
    kind: 'response',
    from: '2026-06-16',
    due: '2026-06-24',
    reason: 'West Virginia Day on Sat 2026-06-20 is observed Fri Jun 19',
    citation: `${RESPONSE}; ${HOLIDAYS}(a)(5), (b)`,
  },
  {
    kind: 'response',
    from: '2027-12-21',
    due: '2027-12-29',
    reason: 'Christmas on Sat 2027-12-25 is observed Fri Dec 24',
    citation: `${RESPONSE}; ${HOLIDAYS}(b)`,
  },
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-03',
    reason: "skips Thanksgiving (Nov 26) and Lincoln's Day (Nov 27)",
    citation: `${RESPONSE}; ${HOLIDAYS}(a)(10)-(11)`,
  },
  {
    kind: 'response',
    from: '2027-11-01',
    due: '2027-11-08',
    reason: 'odd year: no general election, so Tue Nov 2, 2027 is a business day',
    citation: `${RESPONSE}; ${HOLIDAYS}(a)(13)-(14)`,
  },
  {
    kind: 'response',
    from: '2004-02-10',
    due: '2004-02-19',
    reason: "before the 2005 change: skips Lincoln's Birthday (Thu Feb 12) and Washington's Birthday (Feb 16)",
    citation: `${RESPONSE}; ${HOLIDAYS} (2004 text)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'the custodian may set a later time and place for inspection; no statutory cap',
    citation: 'W. Va. Code § 29B-1-3(d)(2)',
  },
]);

missingKinds('US-WV', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-WV calendar', () => {
  weekdayHolidays('US-WV', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-12',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-WV', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-21',
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
