import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'C.R.S. 24-72-203(3)(b)';
const EXTENDED = 'C.R.S. 24-72-203(3)(b)-(c)';
const HOLIDAYS = 'C.R.S. 24-11-101';

deadlineTable('US-CO', [
  {
    kind: 'response',
    from: '2026-10-01',
    due: '2026-10-07',
    reason: 'skips Frances Xavier Cabrini Day (1st Monday of October, Oct 5)',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended by H.B. 20-1031`,
  },
  {
    kind: 'response',
    from: '2019-10-10',
    due: '2019-10-16',
    reason: 'before the 2020 change Columbus Day (Mon Oct 14, 2019) was the October holiday',
    citation: `${RESPONSE}; ${HOLIDAYS} (before H.B. 20-1031)`,
  },
  {
    kind: 'response',
    from: '2026-07-01',
    due: '2026-07-07',
    reason:
      'Independence Day on Saturday 2026 is observed Fri Jul 3 (State offices closed); the statute-only reading (24-11-101(2) moves only Sunday holidays) counts Fri Jul 3 and gives Mon Jul 6',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
    alternatives: ['2026-07-06'],
  },
  {
    kind: 'response',
    from: '2021-06-16',
    due: '2021-06-21',
    reason: 'before S.B. 22-139 Juneteenth was not a holiday: Fri 2021-06-18 counts',
    citation: `${RESPONSE}; ${HOLIDAYS} (before 2022)`,
  },
  {
    kind: 'extended_response',
    from: '2026-11-20',
    due: '2026-12-07',
    reason: '3 + 7 working days; skips Thanksgiving (Nov 26) only, the Friday after is a working day',
    citation: `${EXTENDED}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-06-29',
    reason:
      '3 + 7 working days; Juneteenth on Saturday 2027 is observed Fri Jun 18; counting that Friday (statute-only reading) gives Mon Jun 28',
    citation: `${EXTENDED}; ${HOLIDAYS} as amended by S.B. 22-139`,
    alternatives: ['2027-06-28'],
  },
  {
    kind: 'extended_response',
    from: '2027-12-20',
    due: '2028-01-05',
    reason:
      'Christmas (Sat) observed Fri Dec 24 and New Year 2028 (Sat) observed Fri Dec 31, 2027; counting both Fridays (statute-only reading) gives Mon Jan 3, 2028',
    citation: `${EXTENDED}; ${HOLIDAYS}`,
    alternatives: ['2028-01-03'],
  },
  {
    kind: 'response',
    from: '2023-11-08',
    due: '2023-11-14',
    reason:
      "Veterans' Day on Saturday 2023 is observed Fri Nov 10 (Division of Human Resources FY 2023-24 schedule); the statute-only reading counts Fri Nov 10 and gives Mon Nov 13",
    citation: `${RESPONSE}; ${HOLIDAYS}(2)`,
    alternatives: ['2023-11-13'],
  },
  {
    kind: 'response',
    from: '2023-06-29',
    due: '2023-07-06',
    reason:
      "skips Mon Jul 3, 2023, a Governor's holiday on which State offices closed (Governor's grant of administrative leave, FY 2023-24 holiday schedule), and Independence Day (Tue Jul 4)",
    citation: `${RESPONSE}; 24-11-110; Governor's Holiday, FY 2023-24 holiday schedule`,
  },
  {
    kind: 'response',
    from: '2023-06-29',
    due: '2023-07-05',
    agencyLevel: 'municipal',
    reason: "the Governor's holiday of Jul 3, 2023 closes State offices only: a city custodian counts it",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2023-11-21',
    due: '2023-11-28',
    reason:
      "skips Thanksgiving and Fri Nov 24, 2023, the day after Thanksgiving the Governor granted as a governor's holiday (Division of Human Resources FAQ 2023)",
    citation: `${RESPONSE}; 24-11-110; Governor's Holiday 2023`,
  },
  {
    kind: 'extended_response',
    from: '2023-11-20',
    due: '2023-12-05',
    agencyLevel: 'county',
    reason:
      "3 + 7 working days; a county office is open on the Governor's holiday of Nov 24, 2023: only Thanksgiving is skipped",
    citation: `${EXTENDED}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2024-07-02',
    due: '2024-07-09',
    reason:
      "skips Independence Day (Thu Jul 4) and Fri Jul 5, 2024, a Governor's holiday on which State offices closed (FY 2024-25 holiday schedule)",
    citation: `${RESPONSE}; 24-11-110; Governor's Holiday, FY 2024-25 holiday schedule`,
  },
  {
    kind: 'response',
    from: '2024-07-02',
    due: '2024-07-08',
    agencyLevel: 'municipal',
    reason: "the Governor's holiday of Jul 5, 2024 does not close municipal offices",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
]);

missingKinds('US-CO', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-CO calendar', () => {
  // 2023: 24-11-101 holidays (New Year's Day Sun -> Mon Jan 2; Veterans' Day Sat -> Fri Nov 10) and the
  // Governor's holidays of Mon Jul 3 and Fri Nov 24 (Division of Human Resources FY 2023-24 schedule).
  weekdayHolidays('US-CO', 2023, [
    '2023-01-02',
    '2023-01-16',
    '2023-02-20',
    '2023-05-29',
    '2023-06-19',
    '2023-07-03',
    '2023-07-04',
    '2023-09-04',
    '2023-10-02',
    '2023-11-10',
    '2023-11-23',
    '2023-11-24',
    '2023-12-25',
  ]);
  weekdayHolidays(
    'US-CO',
    2023,
    [
      '2023-01-02',
      '2023-01-16',
      '2023-02-20',
      '2023-05-29',
      '2023-06-19',
      '2023-07-04',
      '2023-09-04',
      '2023-10-02',
      '2023-11-10',
      '2023-11-23',
      '2023-12-25',
    ],
    'municipal',
  );
  // 2024: the Governor's holiday of Fri Jul 5 (FY 2024-25 schedule); the December 2024 administrative
  // leave days are not in the data (their State office dates were not found).
  weekdayHolidays('US-CO', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-07-05',
    '2024-09-02',
    '2024-10-07',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays('US-CO', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-05',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-CO', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-04',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
