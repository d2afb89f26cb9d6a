import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const ACK = 'Ala. Code 36-12-44(a)(3); 1-1-4';
const RESPONSE = 'Ala. Code 36-12-44(a)(4)';
const HOLIDAYS = 'Ala. Code 1-3-8';

deadlineTable('US-AL', [
  {
    kind: 'acknowledgment',
    from: '2026-04-17',
    due: '2026-04-28',
    reason: '10th day is Confederate Memorial Day (Mon Apr 27): rolls to Tue',
    citation: `${ACK}; ${HOLIDAYS}`,
  },
  {
    kind: 'acknowledgment',
    from: '2026-03-04',
    due: '2026-03-16',
    reason: '10th day is Saturday Mar 14, a day public offices are closed: rolls to Mon',
    citation: ACK,
  },
  {
    kind: 'response',
    from: '2026-05-20',
    due: '2026-06-12',
    reason: "15 business days from the acknowledgment; skips Memorial Day and Jefferson Davis' Birthday (Mon Jun 1)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-05-20',
    due: '2026-07-07',
    reason:
      "30 business days (presumed denial); skips Memorial Day, Jefferson Davis' Birthday (Mon Jun 1), Juneteenth (Fri Jun 19, a 1-3-8 holiday since H.B. 165 (2025)) and Independence Day observed Fri Jul 3",
    citation: 'Ala. Code 36-12-44(a)(5); 1-3-8 as amended by H.B. 165 (2025)',
  },
  {
    kind: 'response',
    from: '2025-06-10',
    due: '2025-07-02',
    reason:
      'first statutory Juneteenth (Thu Jun 19, 2025) is skipped: H.B. 165, signed May 8, 2025, in force June 1, 2025',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended by H.B. 165 (2025)`,
  },
  {
    kind: 'response',
    from: '2024-11-20',
    due: '2024-12-13',
    reason:
      "15 business days; skips Thanksgiving (Nov 28) and the day after Thanksgiving (Fri Nov 29), on which the Governor closed state offices (Governor Ivey's memorandum of May 20, 2024)",
    citation: `${RESPONSE}; 36-12-43(b)(1); Governor's memorandum of May 20, 2024`,
  },
  {
    kind: 'response',
    from: '2024-11-20',
    due: '2024-12-12',
    agencyLevel: 'municipal',
    reason:
      "the Governor's closure of Fri Nov 29, 2024 binds state offices only: a municipal office counts it (Thanksgiving, a 1-3-8 holiday, is still skipped)",
    citation: `${RESPONSE}; 36-12-43(b)(1); ${HOLIDAYS}`,
  },
  {
    kind: 'acknowledgment',
    from: '2024-11-19',
    due: '2024-12-02',
    reason:
      "10th day is Fri Nov 29, 2024, a day state offices are closed by the Governor's memorandum of May 20, 2024: rolls past the weekend to Mon Dec 2",
    citation: `${ACK}; Governor's memorandum of May 20, 2024`,
  },
  {
    kind: 'acknowledgment',
    from: '2024-11-19',
    due: '2024-11-29',
    agencyLevel: 'county',
    reason: "a county office is not closed by the Governor's memorandum: the 10th day, Fri Nov 29, 2024, stands",
    citation: ACK,
  },
  {
    kind: 'response',
    from: '2023-11-20',
    due: null,
    reason:
      "before the 2024 act no period was set, so the Governor's 2023 closures (Jun 19, Nov 24) change no date (they are checked in the 2023 calendar below)",
    citation: 'Ala. Code 36-12-40 (before 2024-10-01)',
  },
  {
    kind: 'response',
    from: '2024-10-01',
    due: '2024-10-23',
    reason: 'first day of the 2024 act: 15 business days from acknowledgment, skipping Columbus Day (Oct 14)',
    citation: `${RESPONSE} (S.B. 270, eff. 2024-10-01); ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2024-09-30',
    due: null,
    reason: 'the day before the 2024 act: no period was set',
    citation: 'Ala. Code 36-12-40 (before 2024-10-01)',
  },
]);

missingKinds('US-AL', ['appeal_filing', 'appeal_response']);

describe('US-AL calendar', () => {
  // 2023: 1-3-8 holidays plus the Governor's closures of Juneteenth (Mon Jun 19) and the day after
  // Thanksgiving (Fri Nov 24) (State of Alabama 2023 holiday schedule); New Year's Day (Sun) on Mon Jan 2,
  // Veterans' Day (Sat) on Fri Nov 10 (1-3-8(a)).
  weekdayHolidays('US-AL', 2023, [
    '2023-01-02',
    '2023-01-16',
    '2023-02-20',
    '2023-04-24',
    '2023-05-29',
    '2023-06-05',
    '2023-06-19',
    '2023-07-04',
    '2023-09-04',
    '2023-10-09',
    '2023-11-10',
    '2023-11-23',
    '2023-11-24',
    '2023-12-25',
  ]);
  // 2024: the Governor's memorandum of May 20, 2024 closes state offices on Wed Jun 19 and Fri Nov 29.
  weekdayHolidays('US-AL', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-04-22',
    '2024-05-27',
    '2024-06-03',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-25',
  ]);
  // The same year for a municipal office: the Governor's closures do not bind it.
  weekdayHolidays(
    'US-AL',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-02-19',
      '2024-04-22',
      '2024-05-27',
      '2024-06-03',
      '2024-07-04',
      '2024-09-02',
      '2024-10-14',
      '2024-11-11',
      '2024-11-28',
      '2024-12-25',
    ],
    'municipal',
  );
  // 2025: Juneteenth (Thu Jun 19) is a 1-3-8 holiday from June 1, 2025 (H.B. 165); no closure entered.
  weekdayHolidays('US-AL', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-04-28',
    '2025-05-26',
    '2025-06-02',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
  ]);
  weekdayHolidays('US-AL', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-27',
    '2026-05-25',
    '2026-06-01',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AL', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-26',
    '2027-05-31',
    '2027-06-07',
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
