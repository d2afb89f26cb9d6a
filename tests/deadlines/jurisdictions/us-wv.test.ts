import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'W. Va. Code § 29B-1-3(d)';
const HOLIDAYS = 'W. Va. Code § 2-2-1';
const JUNETEENTH_2024 = "Governor's proclamation of June 7, 2024 (June 19, 2024 treated as an official holiday)";
const DECEMBER_2024 =
  "Governor's proclamations of December 2024 (full-day holidays on Christmas Eve and New Year's Eve)";
const JANUARY_2026 = "Governor's proclamation of December 2025 (State employees off Fri Jan 2, 2026)";
const CLOSURES = 'executiveClosures: proclaimed days off stop the clock for State agencies (§§ 29B-1-3(d), 2-2-1(a))';
const COUNTED = 'other reading: the day off is only time off without charge to leave (§ 2-2-1(c)) and is counted';

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
    kind: 'response',
    from: '2024-06-17',
    due: '2024-06-26',
    reason:
      "skips the Governor's Juneteenth day off (Wed 2024-06-19) and West Virginia Day (Thu Jun 20); counting Jun 19 as the other reading does gives Tue Jun 25",
    citation: `${RESPONSE}; ${JUNETEENTH_2024}; ${HOLIDAYS}(a)(5); ${CLOSURES}; ${COUNTED}`,
    alternatives: ['2024-06-25'],
  },
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-06-25',
    agencyLevel: 'municipal',
    reason:
      'the proclamation gave State employees the day: a municipal custodian counts Wed 2024-06-19 and skips only West Virginia Day (Jun 20), under either reading',
    citation: `${RESPONSE}; ${JUNETEENTH_2024} (State employees); ${HOLIDAYS}(a)(5)`,
  },
  {
    kind: 'response',
    from: '2024-12-20',
    due: '2025-01-02',
    reason:
      "skips the proclaimed Christmas Eve (Tue 2024-12-24) and New Year's Eve (Tue Dec 31) as well as Christmas and New Year's Day; counting both eves gives Mon Dec 30",
    citation: `${RESPONSE}; ${DECEMBER_2024}; ${HOLIDAYS}(a); ${CLOSURES}; ${COUNTED}`,
    alternatives: ['2024-12-30'],
  },
  {
    kind: 'response',
    from: '2024-12-20',
    due: '2024-12-30',
    agencyLevel: 'municipal',
    reason:
      "a municipal custodian counts the State employees' Christmas Eve (Dec 24) and skips only Christmas: Mon Dec 30, under either reading",
    citation: `${RESPONSE}; ${DECEMBER_2024} (State employees); ${HOLIDAYS}(a)`,
  },
  {
    kind: 'response',
    from: '2024-12-26',
    due: '2025-01-06',
    reason:
      "skips the proclaimed New Year's Eve (Tue 2024-12-31) and New Year's Day; counting Dec 31 as the other reading does gives Fri Jan 3",
    citation: `${RESPONSE}; ${DECEMBER_2024}; ${HOLIDAYS}(a); ${CLOSURES}; ${COUNTED}`,
    alternatives: ['2025-01-03'],
  },
  {
    kind: 'response',
    from: '2025-12-29',
    due: '2026-01-07',
    reason:
      "skips New Year's Day (Thu 2026-01-01) and the proclaimed day off (Fri Jan 2, 2026); counting Jan 2 as the other reading does gives Tue Jan 6",
    citation: `${RESPONSE}; ${JANUARY_2026}; ${HOLIDAYS}(a); ${CLOSURES}; ${COUNTED}`,
    alternatives: ['2026-01-06'],
  },
  {
    kind: 'response',
    from: '2025-12-29',
    due: '2026-01-06',
    agencyLevel: 'municipal',
    reason:
      "a municipal custodian counts the State employees' day off (Fri 2026-01-02) and skips only New Year's Day: Tue Jan 6, under either reading",
    citation: `${RESPONSE}; ${JANUARY_2026} (State employees); ${HOLIDAYS}(a)`,
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
  // Designations of 2024 (Governor's proclaimed days off, State agencies only) stop the clock.
  weekdayHolidays('US-WV', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-05-14', // primary election (second Tuesday of May, even year)
    '2024-05-27',
    '2024-06-19', // Juneteenth by proclamation
    '2024-06-20', // West Virginia Day
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-05', // general election
    '2024-11-11',
    '2024-11-28',
    '2024-11-29', // Lincoln's Day
    '2024-12-24', // Christmas Eve by proclamation
    '2024-12-25',
    '2024-12-31', // New Year's Eve by proclamation
  ]);
  weekdayHolidays(
    'US-WV',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-02-19',
      '2024-05-14',
      '2024-05-27',
      '2024-06-20',
      '2024-07-04',
      '2024-09-02',
      '2024-10-14',
      '2024-11-05',
      '2024-11-11',
      '2024-11-28',
      '2024-11-29',
      '2024-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-WV', 2026, [
    '2026-01-01',
    '2026-01-02', // day off by proclamation
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
