import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'O.C.G.A. 50-18-71(b)(1)(A); 1-4-1(a)(1)';

deadlineTable('US-GA', [
  {
    kind: 'response',
    from: '2026-05-21',
    due: '2026-05-27',
    reason: 'skips Memorial Day (May 25)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-16',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Friday Jun 18, which is skipped',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-29',
    due: '2028-01-04',
    reason: "New Year's Day 2028 (Saturday) observed Friday Dec 31, 2027",
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-02-12',
    due: '2026-02-18',
    reason:
      "Washington's Birthday (Mon Feb 16) is a legal holiday under 1-4-1(a)(1) although the Governor moves the office closure",
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-10-08',
    due: '2026-10-14',
    reason: 'skips Columbus Day (Mon Oct 12)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2021-06-16',
    due: '2021-06-21',
    reason: 'before HB 1335 (2022-04-04) Juneteenth was not a Georgia legal holiday: Fri Jun 18, 2021 counts',
    citation: `${RESPONSE} (before the 2022 amendment)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'timetable for records not available in three business days: no statutory maximum',
    citation: 'O.C.G.A. 50-18-71(b)(1)(A)',
  },
]);

missingKinds('US-GA', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-GA calendar', () => {
  weekdayHolidays('US-GA', 2026, [
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
    '2026-12-25',
  ]);
  weekdayHolidays('US-GA', 2027, [
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
    '2027-12-24',
    '2027-12-31',
  ]);
});
