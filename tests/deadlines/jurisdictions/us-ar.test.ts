import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const STORAGE = 'Ark. Code 25-19-105(e)';
const HOLIDAYS = 'Ark. Code 1-5-101';

deadlineTable('US-AR', [
  {
    kind: 'extended_response',
    from: '2026-12-22',
    due: '2026-12-29',
    reason: 'skips Christmas Eve (Thu) and Christmas (Fri)',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-11-24',
    due: '2026-11-30',
    reason: 'skips Thanksgiving; the Friday after is a working day',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-10-08',
    due: '2026-10-13',
    reason: 'Columbus Day (Oct 12) is a memorial day, not a holiday',
    citation: `${STORAGE}; Ark. Code 1-5-106`,
  },
  {
    kind: 'extended_response',
    from: '2026-06-17',
    due: '2026-06-22',
    reason: 'Juneteenth (Fri Jun 19) is not an Arkansas holiday',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-01-15',
    due: '2026-01-21',
    reason: "skips Dr. Martin Luther King, Jr.'s Birthday (Jan 19)",
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas (Sat) observed Fri Dec 24, the same day as Christmas Eve (counted once)',
    citation: `${STORAGE}; ${HOLIDAYS}(b)`,
  },
  {
    kind: 'extended_response',
    from: '2003-07-02',
    due: '2003-07-08',
    reason: 'rule in force since before 2000: skips Independence Day (Fri Jul 4, 2003)',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2023-11-21',
    due: '2023-11-28',
    reason:
      "skips Thanksgiving and Fri Nov 24, 2023, on which the Governor's proclamation of October 31, 2023 closed state offices; the reading that counts proclamation closures gives Mon Nov 27",
    citation: `${STORAGE}; Ark. Code 1-5-103; Governor's proclamation of October 31, 2023`,
    alternatives: ['2023-11-27'],
  },
  {
    kind: 'extended_response',
    from: '2025-01-08',
    due: '2025-01-15',
    reason:
      'skips Thu Jan 9 and Fri Jan 10, 2025, when the Governor closed state office buildings for winter weather; counting them (closures are not 1-5-101 holidays) gives Mon Jan 13',
    citation: `${STORAGE}; Ark. Code 1-5-103; Governor's closure order of January 2025`,
    alternatives: ['2025-01-13'],
  },
  {
    kind: 'extended_response',
    from: '2025-01-08',
    due: '2025-01-13',
    agencyLevel: 'municipal',
    reason:
      "the Governor's closure of January 9-10, 2025 closes state offices only (1-5-103): a city custodian counts both days, under either reading",
    citation: `${STORAGE}; Ark. Code 1-5-103`,
  },
  {
    kind: 'extended_response',
    from: '2025-11-25',
    due: '2025-12-02',
    reason:
      "skips Thanksgiving and Fri Nov 28, 2025, closed by the Governor's Thanksgiving proclamation; counting the closure gives Mon Dec 1",
    citation: `${STORAGE}; Ark. Code 1-5-103; Governor's Thanksgiving proclamation of November 2025`,
    alternatives: ['2025-12-01'],
  },
  {
    kind: 'extended_response',
    from: '2025-11-25',
    due: '2025-12-01',
    agencyLevel: 'county',
    reason: 'a county office is not closed by the proclamation: only Thanksgiving (1-5-101) is skipped',
    citation: `${STORAGE}; ${HOLIDAYS}; 1-5-103`,
  },
  {
    kind: 'extended_response',
    from: '2025-12-22',
    due: '2025-12-30',
    reason:
      "skips Christmas Eve (Wed), Christmas (Thu) and Fri Dec 26, 2025, closed by the Governor's proclamation of December 16, 2025; counting the closure gives Mon Dec 29",
    citation: `${STORAGE}; ${HOLIDAYS}; 1-5-103; Governor's proclamation of December 16, 2025`,
    alternatives: ['2025-12-29'],
  },
  // The Governor's weather closures of State office buildings "except for critical operations" (the same
  // kind of order as January 9-10, 2025), encoded as 1-5-103 closures of State offices.
  {
    kind: 'extended_response',
    from: '2022-02-02',
    due: '2022-02-08',
    reason:
      'skips Thu Feb 3, 2022, when the Governor closed state office buildings for poor road conditions: Fri Feb 4, Mon Feb 7, Tue Feb 8 are the three working days; counting the closure gives Mon Feb 7',
    citation: `${STORAGE}; Ark. Code 1-5-103; Governor's closure order of February 2022 (THV11 report)`,
    alternatives: ['2022-02-07'],
  },
  {
    kind: 'extended_response',
    from: '2022-11-23',
    due: '2022-11-30',
    reason:
      'skips Thanksgiving (Thu Nov 24) and Fri Nov 25, 2022, on which all state offices were closed: Mon Nov 28, Tue Nov 29, Wed Nov 30; counting the closure gives Tue Nov 29',
    citation: `${STORAGE}; ${HOLIDAYS}; Ark. Code 1-5-103; closure of state offices on the Friday after Thanksgiving 2022 (Times Dispatch report)`,
    alternatives: ['2022-11-29'],
  },
  {
    kind: 'extended_response',
    from: '2022-11-23',
    due: '2022-11-29',
    agencyLevel: 'municipal',
    reason: 'a city office: the closure of Fri Nov 25, 2022 binds State offices only, so only Thanksgiving is skipped',
    citation: `${STORAGE}; ${HOLIDAYS}; Ark. Code 1-5-103 (state offices only)`,
  },
  {
    kind: 'extended_response',
    from: '2023-01-30',
    due: '2023-02-06',
    reason:
      'skips Tue Jan 31 and Wed Feb 1, 2023, when the Governor closed state office buildings for winter weather (Arkansas Democrat-Gazette, 2023-02-01: closed "for the second consecutive day"): Thu Feb 2, Fri Feb 3, Mon Feb 6; counting them gives Thu Feb 2',
    citation: `${STORAGE}; Ark. Code 1-5-103; Governor's closure orders of January 30 and 31, 2023`,
    alternatives: ['2023-02-02'],
  },
  {
    kind: 'extended_response',
    from: '2024-01-12',
    due: '2024-01-22',
    reason:
      "skips Martin Luther King, Jr.'s Birthday (Jan 15) and Tue Jan 16 and Wed Jan 17, 2024, when the Governor closed state office buildings for winter weather (Arkansas Democrat-Gazette, 2024-01-15 and 2024-01-16); counting the closures gives Thu Jan 18",
    citation: `${STORAGE}; ${HOLIDAYS}; 1-5-103; Governor's closure orders of January 15 and 16, 2024`,
    alternatives: ['2024-01-18'],
  },
  {
    kind: 'extended_response',
    from: '2024-01-12',
    due: '2024-01-18',
    agencyLevel: 'county',
    reason:
      "a county custodian: the Governor's closures of January 16-17, 2024 bind State offices only, so only Dr. Martin Luther King, Jr.'s Birthday (Jan 15) is skipped: Jan 16, 17, 18",
    citation: `${STORAGE}; ${HOLIDAYS}; 1-5-103`,
  },
  {
    kind: 'extended_response',
    from: '2026-01-23',
    due: '2026-01-30',
    reason:
      'skips Mon Jan 26 and Tue Jan 27, 2026, when the Governor closed state office buildings for the winter storm (Governor\'s release "Arkansas State Offices to Remain Closed Tuesday"): Wed Jan 28, Thu Jan 29, Fri Jan 30; counting the closures gives Wed Jan 28',
    citation: `${STORAGE}; Ark. Code 1-5-103; Governor's closure announcements of January 2026`,
    alternatives: ['2026-01-28'],
  },
  {
    kind: 'extended_response',
    from: '2026-01-23',
    due: '2026-01-28',
    agencyLevel: 'municipal',
    reason: 'a city custodian counts the State-office closures of January 26-27, 2026: Jan 26, 27, 28',
    citation: `${STORAGE}; Ark. Code 1-5-103 (State offices only)`,
  },
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: 'no fixed number of days for records that are available',
    citation: 'Ark. Code 25-19-105(a)',
  },
]);

missingKinds('US-AR', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-AR calendar', () => {
  // 2025: 1-5-101 holidays plus the Governor's closures of Jan 9-10, Nov 28 and Dec 26 (1-5-103).
  weekdayHolidays('US-AR', 2025, [
    '2025-01-01',
    '2025-01-09',
    '2025-01-10',
    '2025-01-20',
    '2025-02-17',
    '2025-05-26',
    '2025-07-04',
    '2025-09-01',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-24',
    '2025-12-25',
    '2025-12-26',
  ]);
  // The same year for a municipal custodian: the closures of State offices do not apply.
  weekdayHolidays(
    'US-AR',
    2025,
    [
      '2025-01-01',
      '2025-01-20',
      '2025-02-17',
      '2025-05-26',
      '2025-07-04',
      '2025-09-01',
      '2025-11-11',
      '2025-11-27',
      '2025-12-24',
      '2025-12-25',
    ],
    'municipal',
  );
  // 2026: the Governor's winter-storm closures of Jan 26-27 (1-5-103) are State-office designations.
  weekdayHolidays('US-AR', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-01-26',
    '2026-01-27',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-12-24',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AR', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-24',
    '2027-12-31',
  ]);
});
