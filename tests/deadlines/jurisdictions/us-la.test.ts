import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'La. R.S. 44:33(B)(1); 44:32(D)';
const HOLIDAYS = 'La. R.S. 1:55(A)(1)';
const ELECTION = 'La. R.S. 1:55(B)(1)(a) (General Election Day every two years)';
const ALT_ELECTION =
  'alternative reading: General Election Day is not among the (A)(1) legal holidays, so not a "legal public holiday" of R.S. 44:33';
const JUNETEENTH_2024 =
  "Governor's proclamation and executive order of May 2024 (state agencies observe Juneteenth on 2024-06-19; R.S. 1:55(B))";

deadlineTable('US-LA', [
  {
    kind: 'response',
    from: '2026-02-13',
    due: '2026-02-20',
    reason: "skips Washington's Birthday (Mon Feb 16) and Mardi Gras (Tue Feb 17)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-11-30',
    reason: 'skips Thanksgiving; the Friday after is not a statutory legal holiday',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-10-29',
    due: '2026-11-04',
    reason: `All Saints' Day falls on Sunday Nov 1, 2026 and is not moved: Monday Nov 2 counts; General Election Day (Tue Nov 3, 2026) is skipped; ${ALT_ELECTION} gives Tue Nov 3`,
    citation: `${RESPONSE}; ${HOLIDAYS}; ${ELECTION}`,
    alternatives: ['2026-11-03'],
  },
  {
    kind: 'response',
    from: '2027-10-28',
    due: '2027-11-03',
    reason: "skips All Saints' Day (Mon Nov 1, 2027)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-06-16',
    due: '2027-06-21',
    reason: 'Juneteenth is not a Louisiana legal holiday: Fri Jun 18, 2027 counts',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas (Saturday) is observed Friday Dec 24, 2027',
    citation: `${RESPONSE}; La. R.S. 1:55 (weekend rule for Christmas)`,
  },
  {
    kind: 'response',
    from: '2022-01-14',
    due: '2022-01-21',
    reason: 'before 2022 HB 248 removed it: skips MLK Day (Jan 17) and Robert E. Lee Day (Wed Jan 19, 2022)',
    citation: `${RESPONSE}; R.S. 1:55(A)(1) (pre-August 2022)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'an estimate of the time needed may be given, with no statutory maximum',
    citation: 'La. R.S. 44:35(A)',
  },
  {
    kind: 'response',
    from: '2024-11-01',
    due: '2024-11-07',
    reason: `skips General Election Day (Tue Nov 5, 2024); ${ALT_ELECTION} gives Wed Nov 6`,
    citation: `${RESPONSE}; ${ELECTION}`,
    alternatives: ['2024-11-06'],
  },
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-06-21',
    reason: 'skips Wed Jun 19, 2024, proclaimed a holiday for state offices by the Governor (Juneteenth)',
    citation: `${RESPONSE}; ${JUNETEENTH_2024}`,
  },
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-06-20',
    agencyLevel: 'municipal',
    reason:
      "the Governor's 2024 Juneteenth proclamation binds state agencies only: a municipal custodian counts Jun 19",
    citation: `${RESPONSE}; ${JUNETEENTH_2024}`,
  },
]);

missingKinds('US-LA', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-LA calendar', () => {
  weekdayHolidays('US-LA', 2024, [
    '2024-01-01',
    '2024-01-08',
    '2024-01-15',
    '2024-02-13',
    '2024-02-19',
    '2024-03-29',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-08-30',
    '2024-09-02',
    '2024-10-14',
    '2024-11-01',
    '2024-11-05',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays(
    'US-LA',
    2024,
    [
      '2024-01-01',
      '2024-01-08',
      '2024-01-15',
      '2024-02-13',
      '2024-02-19',
      '2024-03-29',
      '2024-05-27',
      '2024-07-04',
      '2024-08-30',
      '2024-09-02',
      '2024-10-14',
      '2024-11-01',
      '2024-11-05',
      '2024-11-11',
      '2024-11-28',
      '2024-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-LA', 2026, [
    '2026-01-01',
    '2026-01-08',
    '2026-01-19',
    '2026-02-16',
    '2026-02-17',
    '2026-04-03',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-LA', 2027, [
    '2027-01-01',
    '2027-01-08',
    '2027-01-18',
    '2027-02-09',
    '2027-02-15',
    '2027-03-26',
    '2027-05-31',
    '2027-07-05',
    '2027-08-30',
    '2027-09-06',
    '2027-10-11',
    '2027-11-01',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
