import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'C.G.S. 1-206(a)';
const APPEAL = 'C.G.S. 1-206(b)(1)';
const HOLIDAYS = 'C.G.S. 1-4';

deadlineTable('US-CT', [
  {
    kind: 'response',
    from: '2026-02-10',
    due: '2026-02-18',
    reason: "skips Lincoln Day (Thu Feb 12) and Washington's Birthday (Mon Feb 16)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-03-31',
    due: '2026-04-07',
    reason: 'skips Good Friday (Apr 3)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2022-06-14',
    due: '2022-06-20',
    reason: 'before P.A. 22-128 took effect Juneteenth was not a holiday: Mon Jun 20, 2022 counts',
    citation: `${RESPONSE}; ${HOLIDAYS} (before October 1, 2022)`,
  },
  {
    kind: 'response',
    from: '2023-06-15',
    due: '2023-06-22',
    reason: 'first statutory Juneteenth (Mon Jun 19, 2023) is skipped',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended by P.A. 22-128`,
  },
  {
    kind: 'response',
    from: '2027-06-15',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2023-02-24',
    due: '2023-03-03',
    reason:
      "skips Tue Feb 28, 2023, when the Governor closed executive branch state office buildings to the public for a winter storm (Governor's directive of February 27, 2023); counting the closure gives Thu Mar 2",
    citation: `${RESPONSE}; 1-210(a); Governor's storm closure directive of February 27, 2023`,
    alternatives: ['2023-03-02'],
  },
  {
    kind: 'response',
    from: '2023-03-13',
    due: '2023-03-20',
    reason:
      "skips Tue Mar 14, 2023, a storm closure of executive branch state office buildings to the public (Governor's directive of March 2023); counting it gives Fri Mar 17",
    citation: `${RESPONSE}; 1-210(a); Governor's storm closure directive of March 2023`,
    alternatives: ['2023-03-17'],
  },
  {
    kind: 'response',
    from: '2024-02-09',
    due: '2024-02-20',
    reason:
      "skips Lincoln Day (Mon Feb 12), Tue Feb 13, 2024 (storm closure of executive branch state office buildings, Governor's directive of February 2024) and Washington's Birthday (Mon Feb 19); counting the closure gives Fri Feb 16",
    citation: `${RESPONSE}; ${HOLIDAYS}; Governor's storm closure directive of February 2024`,
    alternatives: ['2024-02-16'],
  },
  {
    kind: 'response',
    from: '2026-01-23',
    due: '2026-01-30',
    reason:
      "skips Mon Jan 26, 2026, when the Governor closed executive branch office buildings to the public for the winter storm (Governor's directive of January 2026); counting it gives Thu Jan 29",
    citation: `${RESPONSE}; 1-210(a); Governor's storm closure directive of January 2026`,
    alternatives: ['2026-01-29'],
  },
  {
    kind: 'response',
    from: '2026-01-23',
    due: '2026-01-29',
    agencyLevel: 'municipal',
    reason:
      "the Governor's storm closure of Jan 26, 2026 applies to executive branch state offices only: a town's four business days run through it, under either reading",
    citation: `${RESPONSE}; Governor's storm closure directive of January 2026`,
  },
  {
    kind: 'response',
    from: '2026-02-20',
    due: '2026-02-27',
    reason:
      "skips Mon Feb 23, 2026, a storm closure of executive branch state office buildings to the public (Governor's directive of February 2026); counting it gives Thu Feb 26",
    citation: `${RESPONSE}; 1-210(a); Governor's storm closure directive of February 2026`,
    alternatives: ['2026-02-26'],
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-04-01',
    reason: '30 calendar days after the denial',
    citation: APPEAL,
  },
  {
    kind: 'appeal_filing',
    from: '2026-10-02',
    due: '2026-11-01',
    reason: 'the 30th day is a Sunday and is not moved (no roll-forward statute)',
    citation: APPEAL,
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: '2027-03-02',
    reason: 'hear and decide within one year after the notice of appeal is filed',
    citation: APPEAL,
  },
]);

missingKinds('US-CT', ['acknowledgment', 'extended_response']);

describe('US-CT calendar', () => {
  // 2023: C.G.S. 1-4 holidays (New Year's Day and Lincoln Day on Sundays -> Mondays; Veterans' Day Sat ->
  // Fri Nov 10; Good Friday Apr 7; first Juneteenth Mon Jun 19) and the storm closures of Feb 28 and Mar 14.
  weekdayHolidays('US-CT', 2023, [
    '2023-01-02',
    '2023-01-16',
    '2023-02-13',
    '2023-02-20',
    '2023-02-28',
    '2023-03-14',
    '2023-04-07',
    '2023-05-29',
    '2023-06-19',
    '2023-07-04',
    '2023-09-04',
    '2023-10-09',
    '2023-11-10',
    '2023-11-23',
    '2023-12-25',
  ]);
  // 2024: the storm closure of Tue Feb 13; Good Friday Mar 29.
  weekdayHolidays('US-CT', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-12',
    '2024-02-13',
    '2024-02-19',
    '2024-03-29',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  // 2026: with the storm closures of Mon Jan 26 and Mon Feb 23 (Governor's directives).
  weekdayHolidays('US-CT', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-01-26',
    '2026-02-12',
    '2026-02-16',
    '2026-02-23',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  // The same year for a municipal office: the State storm closures do not apply.
  weekdayHolidays(
    'US-CT',
    2026,
    [
      '2026-01-01',
      '2026-01-19',
      '2026-02-12',
      '2026-02-16',
      '2026-04-03',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-CT', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-03-26',
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
