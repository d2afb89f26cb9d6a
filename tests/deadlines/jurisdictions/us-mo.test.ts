import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'RSMo 610.023.3';
/** The Governor's closing orders bind executive-branch offices "under the purview of the Governor" only. */
const EO = (order: string) => `Executive Order ${order}`;

deadlineTable('US-MO', [
  {
    kind: 'response',
    from: '2026-02-10',
    due: '2026-02-17',
    reason: '3 business days skip Lincoln Day (Thu Feb 12) and Washington’s Birthday (Mon Feb 16)',
    citation: `${RESPONSE}; RSMo 9.010`,
  },
  {
    kind: 'response',
    from: '2026-10-08',
    due: '2026-10-14',
    reason: 'skips Columbus Day (Oct 12), a Missouri public holiday',
    citation: `${RESPONSE}; RSMo 9.010`,
  },
  {
    kind: 'response',
    from: '2027-05-05',
    due: '2027-05-11',
    reason: 'Truman Day falls on Saturday 2027 and is observed Fri May 7',
    citation: `${RESPONSE}; RSMo 9.010; 1 CSR 20-5.010`,
  },
  {
    kind: 'response',
    from: '2027-06-16',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; RSMo 9.010; 1 CSR 20-5.010`,
  },
  {
    kind: 'response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas on Saturday 2027 is observed Fri Dec 24',
    citation: `${RESPONSE}; RSMo 9.010; 1 CSR 20-5.010`,
  },
  {
    kind: 'response',
    from: '2021-06-16',
    due: '2021-06-21',
    reason: 'before the 2022 act Juneteenth was not a statutory holiday: Fri 2021-06-18 counts',
    citation: `${RESPONSE}; RSMo 9.010 (before 2022)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'production may exceed three days for reasonable cause, with no cap',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2018-11-21',
    due: '2018-11-28',
    reason:
      'received Wed Nov 21, 2018: skips Thanksgiving (Nov 22) and the closure of state offices on Fri Nov 23, 2018: Nov 26, 27, 28',
    citation: `${RESPONSE}; RSMo 9.010; executive order of 2018-11-01 (Missourinet, 2018-11-19)`,
  },
  {
    kind: 'response',
    from: '2018-11-21',
    due: '2018-11-27',
    agencyLevel: 'county',
    reason: 'a county: the closure of Fri Nov 23, 2018 binds executive-branch state offices only: Nov 23, 26, 27',
    citation: `${RESPONSE}; RSMo 9.010; executive order of 2018-11-01 (state offices only)`,
  },
  {
    kind: 'response',
    from: '2018-12-21',
    due: '2018-12-28',
    reason: 'received Fri Dec 21, 2018: skips the closure of Mon Dec 24 and Christmas (Tue Dec 25): Dec 26, 27, 28',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('18-11')}`,
  },
  {
    kind: 'response',
    from: '2019-11-27',
    due: '2019-12-04',
    reason: 'received Wed Nov 27, 2019: skips Thanksgiving (Nov 28) and the closure of Fri Nov 29, 2019: Dec 2, 3, 4',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('19-19')}`,
  },
  {
    kind: 'response',
    from: '2019-12-23',
    due: '2019-12-27',
    reason:
      'EO 19-21 closed state offices only from 1 p.m. on Tue Dec 24, 2019, so that day counts (a partial closing is not encoded): Dec 24, 26, 27, skipping Christmas',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('19-21')} (closing at 1 p.m.)`,
  },
  {
    kind: 'response',
    from: '2020-11-25',
    due: '2020-12-02',
    reason:
      'received Wed Nov 25, 2020: skips Thanksgiving (Nov 26) and the closure of Fri Nov 27, 2020: Nov 30, Dec 1, 2',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('20-18')}`,
  },
  {
    kind: 'response',
    from: '2020-12-23',
    due: '2020-12-30',
    reason: 'received Wed Dec 23, 2020: skips the closure of Thu Dec 24 and Christmas (Fri Dec 25): Dec 28, 29, 30',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('20-20')}`,
  },
  {
    kind: 'response',
    from: '2020-12-23',
    due: '2020-12-29',
    agencyLevel: 'municipal',
    reason: 'a city counts Thu Dec 24, 2020 (state offices only): Dec 24, 28, 29',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('20-20')} (state offices only)`,
  },
  {
    kind: 'response',
    from: '2021-11-24',
    due: '2021-12-01',
    reason:
      'received Wed Nov 24, 2021: skips Thanksgiving (Nov 25) and the closure of Fri Nov 26, 2021: Nov 29, 30, Dec 1',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('21-11')}`,
  },
  {
    kind: 'response',
    from: '2022-11-23',
    due: '2022-11-30',
    reason:
      'received Wed Nov 23, 2022: skips Thanksgiving (Nov 24) and the closure of Fri Nov 25, 2022: Nov 28, 29, 30',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('22-06')}`,
  },
  {
    kind: 'response',
    from: '2023-11-22',
    due: '2023-11-29',
    reason:
      'received Wed Nov 22, 2023: skips Thanksgiving (Nov 23) and the closure of Fri Nov 24, 2023: Nov 27, 28, 29',
    citation: `${RESPONSE}; RSMo 9.010; executive order of November 2023 (KWOS, 2023-11-16)`,
  },
  {
    kind: 'response',
    from: '2024-07-03',
    due: '2024-07-10',
    reason:
      'received Wed Jul 3, 2024: skips Independence Day (Thu Jul 4) and the Governor’s closure of state offices on Fri Jul 5, 2024',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('24-09')}`,
  },
  {
    kind: 'response',
    from: '2024-07-03',
    due: '2024-07-09',
    agencyLevel: 'municipal',
    reason: 'a city: the Governor’s closure of Fri Jul 5, 2024 binds only executive-branch state offices, so it counts',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('24-09')} (state offices only)`,
  },
  {
    kind: 'response',
    from: '2024-11-27',
    due: '2024-12-04',
    reason:
      'received Wed Nov 27, 2024: skips Thanksgiving (Thu Nov 28) and the Governor’s closure of state offices on Fri Nov 29, 2024',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('24-15')}`,
  },
  {
    kind: 'response',
    from: '2024-11-27',
    due: '2024-12-03',
    agencyLevel: 'municipal',
    reason: 'a city: the closure of Fri Nov 29, 2024 binds only executive-branch state offices, so it counts',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('24-15')} (state offices only)`,
  },
  {
    kind: 'response',
    from: '2025-11-26',
    due: '2025-12-03',
    reason:
      'received Wed Nov 26, 2025: skips Thanksgiving (Nov 27) and the Governor’s closure of state offices on the day after (Fri Nov 28)',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('25-33')}`,
  },
  {
    kind: 'response',
    from: '2025-12-23',
    due: '2025-12-31',
    reason:
      'received Tue Dec 23, 2025: skips the Governor’s closures of Wed Dec 24 and Fri Dec 26 and Christmas (Thu Dec 25)',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('25-37')}; ${EO('25-35')}`,
  },
  {
    kind: 'response',
    from: '2025-12-23',
    due: '2025-12-29',
    agencyLevel: 'municipal',
    reason:
      'a city: the closures of Dec 24 and Dec 26, 2025 bind only executive-branch state offices; only Christmas is skipped',
    citation: `${RESPONSE}; RSMo 9.010; ${EO('25-37')}; ${EO('25-35')} (state offices only)`,
  },
]);

missingKinds('US-MO', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-MO calendar', () => {
  // State offices: the 9.010 holidays and the Governor's closing orders (which stop the clock).
  weekdayHolidays('US-MO', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-12',
    '2024-02-19',
    '2024-05-08',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-07-05',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-25',
  ]);
  weekdayHolidays('US-MO', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-12',
    '2025-02-17',
    '2025-05-08',
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
  // Cities and counties: the 9.010 holidays only.
  weekdayHolidays(
    'US-MO',
    2025,
    [
      '2025-01-01',
      '2025-01-20',
      '2025-02-12',
      '2025-02-17',
      '2025-05-08',
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
  weekdayHolidays('US-MO', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-05-08',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MO', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-05-07',
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
