import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'NRS 239.0107(1)';
const FEDERAL_CLOSURE_READING =
  'NRS 236.015(1) ("any day that may be appointed by the President of the United States ... as a legal holiday"); contra Op. Nev. Att’y Gen. (1979)';

deadlineTable('US-NV', [
  {
    kind: 'response',
    from: '2006-05-01',
    due: null,
    reason: 'before NRS 239.0107 (2007) no number of days was set',
    citation: 'NRS 239.010',
  },
  {
    kind: 'response',
    from: '2026-10-26',
    due: '2026-11-03',
    reason: '5 business days skip Nevada Day (last Friday in October, Oct 30)',
    citation: `${RESPONSE}; NRS 236.015`,
  },
  {
    kind: 'response',
    from: '2026-11-23',
    due: '2026-12-02',
    reason: 'skips Thanksgiving and Family Day (Nov 26-27)',
    citation: `${RESPONSE}; NRS 236.015`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; NRS 236.015(3)`,
  },
  {
    kind: 'response',
    from: '2027-12-27',
    due: '2028-01-04',
    reason: 'New Year’s Day 2028 (Saturday) is observed Fri Dec 31, 2027',
    citation: `${RESPONSE}; NRS 236.015(3)`,
  },
  {
    kind: 'response',
    from: '2022-06-14',
    due: '2022-06-21',
    reason: 'before A.B. 140 (2023) Juneteenth was not a holiday: Mon 2022-06-20 counts',
    citation: `${RESPONSE}; NRS 236.015 (before 2023)`,
  },
  {
    kind: 'response',
    from: '2024-12-20',
    due: '2024-12-30',
    reason:
      'the federal closure of Tue Dec 24, 2024 is not a Nevada holiday (State offices open; reading chosen): 5 business days skip only Christmas (Dec 25); the reading that the President’s order appointed a legal holiday also skips Dec 24 and gives Tue Dec 31',
    citation: `${RESPONSE}; ${FEDERAL_CLOSURE_READING}; Executive Order of 2024-12-19`,
    alternatives: ['2024-12-31'],
  },
  {
    kind: 'response',
    from: '2025-01-06',
    due: '2025-01-13',
    reason:
      'the National Day of Mourning for President Carter (Thu Jan 9, 2025) counts for State offices (reading chosen); the reading that it was appointed a legal holiday skips it and gives Tue Jan 14',
    citation: `${RESPONSE}; ${FEDERAL_CLOSURE_READING}; Executive Order 14133`,
    alternatives: ['2025-01-14'],
  },
  {
    kind: 'response',
    from: '2025-12-22',
    due: '2025-12-30',
    reason:
      'the federal closures of Wed Dec 24 and Fri Dec 26, 2025 count (reading chosen): skips only Christmas (Dec 25); the reading that they are appointed legal holidays skips Dec 24-26 and New Year’s Day and gives Fri Jan 2, 2026',
    citation: `${RESPONSE}; ${FEDERAL_CLOSURE_READING}; Executive Order of December 2025; NRS 236.015`,
    alternatives: ['2026-01-02'],
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'the entity names the earliest date it believes the record will be available; no cap',
    citation: 'NRS 239.0107(1)(c)',
  },
]);

missingKinds('US-NV', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-NV calendar', () => {
  // No designations for 2024-2026: the federal closure days (2025-01-09, 2025-12-24, 2025-12-26) are
  // holidays only under the alternative reading, so they are not in the list.
  weekdayHolidays('US-NV', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-31',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-25',
  ]);
  weekdayHolidays('US-NV', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-30',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NV', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-29',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
