import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Tenn. Code Ann. § 10-7-503(a)(2)(B)';
const HOLIDAYS = 'Tenn. Code Ann. § 15-1-101';
const CLOSURES = 'executiveClosures: closures stop the clock for State offices (§ 10-7-503(a)(2)(B), "business days")';
const SCHEDULE_2025 = 'Tennessee State Government 2025 Holiday Office Closures (tn.gov/about-tn/state-holidays)';
const COLUMBUS_ALT = 'Tenn. Code Ann. § 15-1-101; Acts 1984, ch. 979, §§ 2-3';

deadlineTable('US-TN', [
  {
    kind: 'response',
    from: '2026-07-31',
    due: '2026-08-12',
    reason: 'skips the August election day (first Thursday of August, even year: Aug 6)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-10-30',
    due: '2026-11-12',
    reason: 'skips the November general election (Nov 3) and Veterans Day (Nov 11)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-03-30',
    due: '2026-04-09',
    reason: 'skips Good Friday (Apr 3)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-24',
    reason: 'Juneteenth on Sat 2027-06-19 is observed Fri Jun 18 and skipped',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2027-12-30',
    reason: 'Christmas on Sat 2027-12-25 is observed Fri Dec 24 and skipped',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2022-06-13',
    due: '2022-06-22',
    reason: 'before Juneteenth became a holiday (May 5, 2023): Mon Jun 20, 2022 is a business day',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2024-01-16',
    due: '2024-01-26',
    reason: "the Governor's winter-weather closure of State offices on Wed 2024-01-17 is skipped",
    citation: `${RESPONSE}; Governor's declaration of state office closures, January 16, 2024; ${CLOSURES}`,
  },
  {
    kind: 'response',
    from: '2024-01-16',
    due: '2024-01-25',
    agencyLevel: 'municipal',
    reason: 'the State-office weather closure of Wed 2024-01-17 does not bind a municipal custodian: it counts',
    citation: `${RESPONSE}; Governor's declaration of state office closures, January 16, 2024 (State offices only)`,
  },
  {
    kind: 'response',
    from: '2025-01-08',
    due: '2025-01-21',
    reason:
      "skips the Governor's winter-storm closure of State offices (Fri 2025-01-10) and Martin Luther King, Jr. Day (Jan 20)",
    citation: `${RESPONSE}; Governor's declaration of state office closures, January 9, 2025; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2025-01-08',
    due: '2025-01-17',
    agencyLevel: 'municipal',
    reason: 'a municipal custodian counts the State-office closure of Fri 2025-01-10 (State offices only)',
    citation: `${RESPONSE}; Governor's declaration of state office closures, January 9, 2025`,
  },
  {
    kind: 'response',
    from: '2025-11-24',
    due: '2025-12-05',
    reason:
      'skips Thanksgiving (Nov 27) and the State-office closure of Fri 2025-11-28 (the Governor substitutes it for Columbus Day)',
    citation: `${RESPONSE}; ${HOLIDAYS}; ${SCHEDULE_2025}`,
  },
  {
    kind: 'response',
    from: '2025-11-24',
    due: '2025-12-04',
    agencyLevel: 'municipal',
    reason: 'a municipal custodian skips Thanksgiving only: the Friday after (2025-11-28) is a State-office closure',
    citation: `${RESPONSE}; ${HOLIDAYS}; ${SCHEDULE_2025} (State offices only)`,
  },
  {
    kind: 'response',
    from: '2025-12-22',
    due: '2026-01-06',
    reason:
      "skips the State-office closures of Christmas Eve (Wed 2025-12-24) and Fri 2026-01-02 as well as Christmas and New Year's Day",
    citation: `${RESPONSE}; ${HOLIDAYS}; ${SCHEDULE_2025}`,
  },
  {
    kind: 'response',
    from: '2025-12-22',
    due: '2026-01-02',
    agencyLevel: 'municipal',
    reason:
      "a municipal custodian skips only Christmas and New Year's Day; Dec 24 and Fri Jan 2, 2026 are State-office closures",
    citation: `${RESPONSE}; ${HOLIDAYS}; ${SCHEDULE_2025} (State offices only)`,
  },
  {
    kind: 'response',
    from: '2026-10-08',
    due: '2026-10-20',
    reason:
      'Columbus Day (Mon 2026-10-12) is a legal holiday on which public offices may close, counted as a non-business day; the other reading (State offices work on it, the holiday being moved to the Friday after Thanksgiving) counts it and gives Mon Oct 19',
    citation: `${RESPONSE}; ${COLUMBUS_ALT}`,
    alternatives: ['2026-10-19'],
  },
  {
    kind: 'response',
    from: '2008-06-02',
    due: null,
    reason: 'before 2008 Pub. Acts ch. 1179 (July 1, 2008): no fixed response period',
    citation: 'Tenn. Code Ann. § 10-7-503(a) (before 2008)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'the response form states the time reasonably necessary; no cap',
    citation: `${RESPONSE}(iii)`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'the Office of Open Records Counsel (ombudsman) can be asked at any time',
    citation: 'Tenn. Code Ann. § 8-4-601 et seq.',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'the ombudsman has no statutory time to answer',
    citation: 'Tenn. Code Ann. § 8-4-601 et seq.',
  },
]);

missingKinds('US-TN', ['acknowledgment']);

describe('US-TN calendar', () => {
  // § 15-1-101: Saturday -> Friday, Sunday -> Monday; election days of even years (August and November).
  // Columbus Day (officesOpen) is listed: the engine's reading counts it as a non-business day.
  // Designations (State-office closures, which stop the clock) are listed for State offices only.
  weekdayHolidays('US-TN', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-01-17', // Governor's weather closure of State offices
    '2024-02-19',
    '2024-03-29', // Good Friday
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-08-01', // August election (first Thursday, even year)
    '2024-09-02',
    '2024-10-14',
    '2024-11-05', // November general election (even year)
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays('US-TN', 2025, [
    '2025-01-01',
    '2025-01-10', // Governor's winter-storm closure of State offices
    '2025-01-20',
    '2025-02-17',
    '2025-04-18', // Good Friday
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28', // State closure substituted for Columbus Day (2025 schedule)
    '2025-12-24', // Christmas Eve State closure (2025 schedule)
    '2025-12-25',
  ]);
  weekdayHolidays(
    'US-TN',
    2025,
    [
      '2025-01-01',
      '2025-01-20',
      '2025-02-17',
      '2025-04-18',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-10-13',
      '2025-11-11',
      '2025-11-27',
      '2025-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-TN', 2026, [
    '2026-01-01',
    '2026-01-02', // State closure, Friday after New Year's Day (2025 schedule)
    '2026-01-19',
    '2026-02-16',
    '2026-04-03', // Good Friday
    '2026-05-25',
    '2026-06-19',
    '2026-07-03', // July 4 on Saturday -> Friday
    '2026-08-06', // August election (first Thursday, even year)
    '2026-09-07',
    '2026-10-12',
    '2026-11-03', // November general election (even year)
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-TN', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26', // Good Friday
    '2027-05-31',
    '2027-06-18', // Juneteenth, Sat -> Fri
    '2027-07-05', // Sun -> Mon
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24', // December 25 on Saturday -> Friday
    '2027-12-31', // January 1, 2028 on Saturday -> Friday
  ]);
  weekdayHolidays(
    'US-TN',
    2026,
    [
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-04-03',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-08-06',
      '2026-09-07',
      '2026-10-12',
      '2026-11-03',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ],
    'municipal',
  );
});
