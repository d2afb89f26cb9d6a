import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Neb. Rev. Stat. 84-712(4)';
const AG = 'Neb. Rev. Stat. 84-712.03(1)(b); 25-2221';
/** A presidential order closing federal agencies is a paid State holiday: 84-1001(3); Op. Att'y Gen. No. 97063 (1997). */
const DESIGNATED = (order: string) => `Neb. Rev. Stat. 84-1001(3); Op. Att’y Gen. No. 97063 (1997); ${order}`;
const EO_14129 = 'Executive Order 14129 of 2024-12-19';
const EO_14133 = 'Executive Order 14133 of 2024-12-30';
const EO_2025 = 'Executive Order of 2025-12-18 (federal closing, December 24 and 26, 2025)';

deadlineTable('US-NE', [
  {
    kind: 'response',
    from: '2026-04-21',
    due: '2026-04-28',
    reason: '4 business days skip Arbor Day (last Friday in April, Apr 24)',
    citation: `${RESPONSE}; 25-2221`,
  },
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-02',
    reason: 'skips Thanksgiving and the day after (Nov 26-27)',
    citation: `${RESPONSE}; 25-2221`,
  },
  {
    kind: 'response',
    from: '2027-06-15',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; 84-1001(4)`,
  },
  {
    kind: 'response',
    from: '2020-06-16',
    due: '2020-06-22',
    reason: 'before Juneteenth became a holiday (2021): Fri 2020-06-19 counts',
    citation: RESPONSE,
  },
  {
    kind: 'appeal_response',
    from: '2026-03-06',
    due: '2026-03-23',
    reason: '15 calendar days end Sat Mar 21; 25-2221 rolls to Mon Mar 23',
    citation: AG,
  },
  {
    kind: 'appeal_response',
    from: '2027-12-09',
    due: '2027-12-27',
    reason: '15th day is Fri Dec 24, Christmas observed: rolls past the weekend to Mon Dec 27',
    citation: `${AG}; 84-1001(4)`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no time limit for a petition to the Attorney General',
    citation: 'Neb. Rev. Stat. 84-712.03(1)(b)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'earliest practicable date, no cap',
    citation: 'Neb. Rev. Stat. 84-712(4)(c)',
  },
  {
    kind: 'response',
    from: '2024-12-23',
    due: '2024-12-31',
    reason:
      'received Mon Dec 23, 2024: skips Christmas Eve (Tue Dec 24, a State holiday by the presidential closing order) and Christmas',
    citation: `${RESPONSE}; ${DESIGNATED(EO_14129)}`,
  },
  {
    kind: 'response',
    from: '2024-12-23',
    due: '2024-12-30',
    agencyLevel: 'municipal',
    reason: 'a city: the designated State holiday of Dec 24, 2024 binds State offices only; only Christmas is skipped',
    citation: `${RESPONSE}; ${DESIGNATED(EO_14129)} (State employees only)`,
  },
  {
    kind: 'response',
    from: '2025-01-07',
    due: '2025-01-14',
    reason: 'received Tue Jan 7, 2025: skips the National Day of Mourning for President Carter (Thu Jan 9)',
    citation: `${RESPONSE}; ${DESIGNATED(EO_14133)}`,
  },
  {
    kind: 'response',
    from: '2025-12-23',
    due: '2026-01-02',
    reason:
      "received Tue Dec 23, 2025: skips Dec 24 and Dec 26 (State holidays by the presidential closing order), Christmas and New Year's Day",
    citation: `${RESPONSE}; ${DESIGNATED(EO_2025)}`,
  },
  {
    kind: 'response',
    from: '2025-12-23',
    due: '2025-12-30',
    agencyLevel: 'county',
    reason:
      'a county: the designated State holidays of Dec 24 and 26, 2025 bind State offices only; only Christmas is skipped',
    citation: `${RESPONSE}; ${DESIGNATED(EO_2025)} (State employees only)`,
  },
]);

missingKinds('US-NE', ['acknowledgment']);

describe('US-NE calendar', () => {
  // State offices: the statutory holidays and the days designated under 84-1001(3).
  weekdayHolidays('US-NE', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-04-26',
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
  weekdayHolidays('US-NE', 2025, [
    '2025-01-01',
    '2025-01-09',
    '2025-01-20',
    '2025-02-17',
    '2025-04-25',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-24',
    '2025-12-25',
    '2025-12-26',
  ]);
  // Cities and counties: without the State designations.
  weekdayHolidays(
    'US-NE',
    2025,
    [
      '2025-01-01',
      '2025-01-20',
      '2025-02-17',
      '2025-04-25',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-10-13',
      '2025-11-11',
      '2025-11-27',
      '2025-11-28',
      '2025-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-NE', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-24',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NE', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-30',
    '2027-05-31',
    '2027-06-18',
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
