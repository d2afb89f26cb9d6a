import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'N.C. Gen. Stat. § 132-6(a)';
const HOLIDAYS = 'N.C. Gen. Stat. § 103-4';
const SCHEDULE = 'State holiday schedule of the State Human Resources Commission (G.S. 126-4(5); 25 NCAC 01E .0900)';

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
    from: '2024-12-20',
    due: null,
    reason:
      'no fixed period across the State closures of Dec 24 and Dec 26, 2024 (designations; in the 2024 calendar below) and Christmas',
    citation: `${RESPONSE}; ${SCHEDULE}`,
  },
  {
    kind: 'response',
    from: '2024-12-20',
    due: null,
    agencyLevel: 'municipal',
    reason: 'a city or county custodian has no fixed period either; the State closures do not bind it',
    citation: `${RESPONSE}; ${SCHEDULE}`,
  },
  {
    kind: 'response',
    from: '2025-11-24',
    due: null,
    reason: 'no fixed period across Thanksgiving and the State closure of Fri Nov 28, 2025',
    citation: `${RESPONSE}; ${SCHEDULE}`,
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
  // State closures on the State holiday schedule (designations, State offices only): 2024-11-29,
  // 2024-12-24, 2024-12-26, 2025-11-28; the 2025 Christmas days and 2026 were not found.
  weekdayHolidays('US-NC', 2024, [
    '2024-01-01',
    '2024-01-15', // Martin Luther King, Jr.'s Birthday (3rd Monday)
    '2024-01-19', // Robert E. Lee's Birthday (Fri)
    '2024-02-19',
    '2024-03-25', // Greek Independence Day (Mon)
    '2024-03-29', // Good Friday
    '2024-04-12', // Halifax Resolves (Fri)
    '2024-05-10', // Confederate Memorial Day (Fri)
    '2024-05-20',
    '2024-05-27',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-05', // general election day (even year)
    '2024-11-11',
    '2024-11-28',
    '2024-11-29', // State closure: day after Thanksgiving
    '2024-12-24', // State closure: Christmas Eve
    '2024-12-25',
    '2024-12-26', // State closure: day after Christmas
  ]);
  weekdayHolidays(
    'US-NC',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-01-19',
      '2024-02-19',
      '2024-03-25',
      '2024-03-29',
      '2024-04-12',
      '2024-05-10',
      '2024-05-20',
      '2024-05-27',
      '2024-07-04',
      '2024-09-02',
      '2024-10-14',
      '2024-11-05',
      '2024-11-11',
      '2024-11-28',
      '2024-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-NC', 2025, [
    '2025-01-01',
    '2025-01-20', // Martin Luther King, Jr.'s Birthday (3rd Monday)
    '2025-01-20', // Robert E. Lee's Birthday, Sun Jan 19 -> Mon
    '2025-02-17',
    '2025-03-25', // Greek Independence Day (Tue); Halifax Resolves (Sat Apr 12) and Confederate Memorial Day (Sat May 10) stay on Saturday
    '2025-04-18', // Good Friday
    '2025-05-20',
    '2025-05-26',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11', // no general election day in an odd year
    '2025-11-27',
    '2025-11-28', // State closure: day after Thanksgiving
    '2025-12-25',
  ]);
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
