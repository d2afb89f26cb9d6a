import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'N.C. Gen. Stat. § 132-6(a)';
const HOLIDAYS = 'N.C. Gen. Stat. § 103-4';

deadlineTable('US-NC', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: '"as promptly as possible": no fixed number of days',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-11-20',
    due: null,
    reason: 'no fixed period even across Thanksgiving',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: null,
    reason: 'no fixed period across the Saturday Juneteenth of 2027 (not a North Carolina holiday)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: null,
    reason: 'no fixed period across Christmas on Saturday 2027 (not moved under 103-4(b))',
    citation: `${RESPONSE}; ${HOLIDAYS}(b)`,
  },
  {
    kind: 'response',
    from: '2026-05-09',
    due: null,
    reason: 'request received on a Saturday: still no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2000-01-03',
    due: null,
    reason: 'earliest encoded date: the 1995 wording applies',
    citation: RESPONSE,
  },
]);

missingKinds('US-NC', ['acknowledgment', 'extended_response', 'appeal_filing', 'appeal_response']);

describe('US-NC calendar', () => {
  // G.S. 103-4(a) legal public holidays; Sunday -> Monday (103-4(b)); Saturday holidays stay on Saturday.
  // Yom Kippur is not encodable (Hebrew calendar) and is left out.
  weekdayHolidays('US-NC', 2026, [
    '2026-01-01',
    '2026-01-19', // Martin Luther King, Jr.'s Birthday (3rd Monday)
    '2026-01-19', // Robert E. Lee's Birthday (Jan 19) falls on the same Monday
    '2026-02-16',
    '2026-03-25',
    '2026-04-03', // Good Friday
    '2026-04-13', // Halifax Resolves, Sun Apr 12 -> Mon
    '2026-05-11', // Confederate Memorial Day, Sun May 10 -> Mon
    '2026-05-20',
    '2026-05-25',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03', // general election day (even year)
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NC', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-01-19',
    '2027-02-15',
    '2027-03-25',
    '2027-03-26', // Good Friday
    '2027-04-12',
    '2027-05-10',
    '2027-05-20',
    '2027-05-31',
    '2027-07-05', // Independence Day, Sun Jul 4 -> Mon
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
  ]);
});
