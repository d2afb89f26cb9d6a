import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'O.C.G.A. 50-18-71(b)(1)(A); 1-4-1(a)(1)';
const SCHEDULE_2024 = "Governor's 2024 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)";
const SCHEDULE_2025 = "Governor's 2025 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)";

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
    due: '2026-02-17',
    reason:
      "Washington's Birthday (Mon Feb 16) is a legal holiday under 1-4-1(a)(1), but state offices are open that day because the Governor moves its observance to December, so it counts as a business day (reading chosen); the other reading, that the legal holiday is not a business day, skips it and gives Wed Feb 18",
    citation: `${RESPONSE}, (b)`,
    alternatives: ['2026-02-18'],
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
  {
    kind: 'response',
    from: '2025-02-13',
    due: '2025-02-18',
    reason:
      "Washington's Birthday (Mon Feb 17, 2025; offices open, observed Fri Dec 26) counts (reading chosen); the reading that the February legal holiday is not a business day gives Wed Feb 19",
    citation: `${RESPONSE}, (b); ${SCHEDULE_2025}`,
    alternatives: ['2025-02-19'],
  },
  {
    kind: 'response',
    from: '2024-03-27',
    due: '2024-04-02',
    reason: 'skips the State Holiday the Governor designated for Good Friday, Mar 29, 2024',
    citation: `${RESPONSE}; ${SCHEDULE_2024}`,
  },
  {
    kind: 'response',
    from: '2024-11-26',
    due: '2024-12-03',
    reason: 'skips Thanksgiving (Nov 28) and the State Holiday designated for Fri Nov 29, 2024',
    citation: `${RESPONSE}; ${SCHEDULE_2024}`,
  },
  {
    kind: 'response',
    from: '2024-12-20',
    due: '2024-12-27',
    reason:
      "skips Washington's Birthday as observed by the Governor's designation on Tue Dec 24, 2024, and Christmas (Dec 25)",
    citation: `${RESPONSE}; ${SCHEDULE_2024}`,
  },
  {
    kind: 'response',
    from: '2024-12-20',
    due: '2024-12-26',
    agencyLevel: 'municipal',
    reason:
      "the Governor's designation of Dec 24, 2024 closes state offices only: a city counts it and skips only Christmas (Dec 25)",
    citation: `${RESPONSE}; ${SCHEDULE_2024}`,
  },
  {
    kind: 'response',
    from: '2025-04-16',
    due: '2025-04-22',
    reason: 'skips the State Holiday designated for Good Friday, Apr 18, 2025',
    citation: `${RESPONSE}; ${SCHEDULE_2025}`,
  },
  {
    kind: 'response',
    from: '2025-11-25',
    due: '2025-12-02',
    reason: 'skips Thanksgiving (Nov 27) and the State Holiday designated for Fri Nov 28, 2025',
    citation: `${RESPONSE}; ${SCHEDULE_2025}`,
  },
  {
    kind: 'response',
    from: '2025-12-23',
    due: '2025-12-30',
    reason:
      "skips Christmas (Dec 25) and Washington's Birthday as observed by the Governor's designation on Fri Dec 26, 2025",
    citation: `${RESPONSE}; ${SCHEDULE_2025}`,
  },
]);

missingKinds('US-GA', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-GA calendar', () => {
  // Washington's Birthday is not listed in February (offices open, openHolidays); the Governor's
  // designations (Apr State Holiday, Friday after Thanksgiving, December day for Washington's Birthday) are.
  weekdayHolidays('US-GA', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-03-29',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-24',
    '2024-12-25',
  ]);
  weekdayHolidays(
    'US-GA',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-05-27',
      '2024-06-19',
      '2024-07-04',
      '2024-09-02',
      '2024-10-14',
      '2024-11-11',
      '2024-11-28',
      '2024-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-GA', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-04-18',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-25',
    '2025-12-26',
  ]);
  // 2026 and 2027: the Governor's schedules are not encoded yet (designations through 2025).
  weekdayHolidays('US-GA', 2026, [
    '2026-01-01',
    '2026-01-19',
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
