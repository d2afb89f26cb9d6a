import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const CAL = 'D.C. Code 1-612.02';
/** Executive closures are counted (reading chosen); the other reading excludes them. */
const CLOSURES = 'D.C. Code 2-532(c)(1) ("days (except Saturdays, Sundays, and legal public holidays)")';
const BWC = 'D.C. Code 2-532(c)(2)(A), (d)(1) (D.C. Law 21-83, eff. 2016-03-09)';

deadlineTable('US-DC', [
  {
    kind: 'response',
    from: '2026-04-09',
    due: '2026-05-01',
    reason: 'skips District of Columbia Emancipation Day (Thu Apr 16)',
    citation: `D.C. Code 2-532(c)(1); ${CAL}(a)(11)`,
  },
  {
    kind: 'response',
    from: '2027-06-10',
    due: '2027-07-02',
    reason: 'Juneteenth on Saturday 2027 is observed Friday Jun 18, which is skipped',
    citation: `D.C. Code 2-532(c)(1); ${CAL}(b)(1)`,
  },
  {
    kind: 'response',
    from: '2021-01-19',
    due: '2021-02-10',
    reason: 'after the COVID tolling ended: skips Inauguration Day (Wed Jan 20, 2021)',
    citation: `D.C. Code 2-532(c)(1); ${CAL}(c)`,
  },
  {
    kind: 'response',
    from: '2020-06-01',
    due: null,
    reason: 'received during the COVID-19 tolling period (2020-03-11 to 2021-01-15)',
    citation: 'D.C. Law 23-130; D.C. Law 23-267',
  },
  {
    kind: 'response',
    from: '2019-12-20',
    due: '2020-01-14',
    reason: "before the tolling: 15 business days skipping Christmas and New Year's Day",
    citation: `D.C. Code 2-532(c)(1); ${CAL}(a)`,
  },
  {
    kind: 'extended_response',
    from: '2027-12-06',
    due: '2028-01-12',
    reason: "25 business days; Christmas and New Year's Day 2028 (Saturdays) observed Fri Dec 24 and Fri Dec 31",
    citation: `D.C. Code 2-532(c)(2); ${CAL}(b)(1)`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory time limit for petitioning the Mayor',
    citation: 'D.C. Code 2-537(a)',
  },
  {
    kind: 'appeal_response',
    from: '2026-11-20',
    due: '2026-12-07',
    reason: 'skips Thanksgiving; the day after Thanksgiving is not a District holiday',
    citation: `D.C. Code 2-537(a); ${CAL}(a)`,
  },
  {
    kind: 'response',
    from: '2021-11-19',
    due: '2021-12-13',
    reason:
      "skips Thanksgiving (Nov 25); the Mayor's administrative closing of Fri Nov 26, 2021 is not a Saturday, Sunday or legal public holiday and counts (reading chosen); the other reading excludes it and gives Tue Dec 14",
    citation: `${CLOSURES}; Mayor's release "Modified District Government Services for Thanksgiving Day" (2021-11-22)`,
    alternatives: ['2021-12-14'],
  },
  {
    kind: 'response',
    from: '2022-11-18',
    due: '2022-12-12',
    reason:
      'skips Thanksgiving (Nov 24); the District closing of Fri Nov 25, 2022 counts; the other reading excludes it and gives Tue Dec 13',
    citation: `${CLOSURES}; Mayor's release "Modified District Government Services for Thanksgiving Day 2022"`,
    alternatives: ['2022-12-13'],
  },
  {
    kind: 'response',
    from: '2023-11-17',
    due: '2023-12-11',
    reason:
      'skips Thanksgiving (Nov 23); the District closing of Fri Nov 24, 2023 counts; the other reading excludes it and gives Tue Dec 12',
    citation: `${CLOSURES}; Mayor's release "Modified District Government Services for Thanksgiving" (2023)`,
    alternatives: ['2023-12-12'],
  },
  {
    kind: 'response',
    from: '2024-11-22',
    due: '2024-12-16',
    reason:
      'skips Thanksgiving (Nov 28); the District closing of Fri Nov 29, 2024 counts; the other reading excludes it and gives Tue Dec 17',
    citation: `${CLOSURES}; District government Thanksgiving closure announcement (2024-11-28)`,
    alternatives: ['2024-12-17'],
  },
  {
    kind: 'response',
    from: '2024-11-22',
    due: '2024-12-16',
    agencyLevel: 'municipal',
    reason:
      'the Nov 29, 2024 closing is encoded for District agencies only, so for a local body neither reading skips it (no alternative)',
    citation: `${CLOSURES}; District government Thanksgiving closure announcement (2024-11-28)`,
  },
  {
    kind: 'response',
    from: '2019-11-22',
    due: '2019-12-16',
    reason:
      'the District government closing of Fri Nov 29, 2019 (DCHR issuance I-2019-13) counts (reading chosen): the 15 business days skip Thanksgiving (Nov 28) and end Mon Dec 16; the other reading excludes Nov 29 and gives Tue Dec 17',
    citation: `${CLOSURES}; https://edpm.dc.gov/issuances/district-government-closure-friday-november-29-2019/`,
    alternatives: ['2019-12-17'],
  },
  {
    kind: 'response',
    from: '2024-11-22',
    due: '2024-12-31',
    requestType: 'body_camera',
    reason:
      "MPD body-worn camera recording: 25 business days, skipping Thanksgiving (Nov 28) and Christmas (Wed Dec 25); the other reading also excludes the closing of Fri Nov 29 and, New Year's Day (Wed Jan 1) being a holiday, gives Thu Jan 2, 2025",
    citation: `${BWC}; ${CAL}(a)`,
    alternatives: ['2025-01-02'],
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-04-28',
    requestType: 'body_camera',
    reason:
      'body-worn camera recording extended in unusual circumstances: 25 + 15 = 40 business days, skipping Emancipation Day (Thu Apr 16)',
    citation: `${BWC}; ${CAL}(a)(11)`,
  },
  {
    kind: 'response',
    from: '2016-03-08',
    due: '2016-03-29',
    requestType: 'body_camera',
    reason:
      'received the day before D.C. Law 21-83 took effect: no body-worn camera period yet, so the general 15 business days apply',
    citation: 'D.C. Code 2-532(c) (as amended by D.C. Law 15-256)',
  },
  {
    kind: 'response',
    from: '2016-03-09',
    due: '2016-04-13',
    requestType: 'body_camera',
    reason: 'first day of the body-worn camera rule: 25 business days (no holiday in between)',
    citation: BWC,
  },
  {
    kind: 'response',
    from: '2003-11-20',
    due: '2003-12-05',
    reason: 'before D.C. Law 15-256: 10 business days, skipping Thanksgiving (Nov 27); the Friday after is counted',
    citation: 'D.C. Code 2-532(c) (D.C. Law 13-283, before D.C. Law 15-256)',
  },
  {
    kind: 'extended_response',
    from: '2003-11-20',
    due: '2003-12-19',
    reason: 'before D.C. Law 15-256: 10 + 10 = 20 business days, skipping Thanksgiving (Nov 27)',
    citation: 'D.C. Code 2-532(c), (d) (D.C. Law 13-283, before D.C. Law 15-256)',
  },
  {
    kind: 'response',
    from: '2005-03-17',
    due: '2005-04-07',
    reason: 'first day of D.C. Law 15-256: 15 business days (no holiday in between)',
    citation: 'D.C. Code 2-532(c) (as amended by D.C. Law 15-256, eff. 2005-03-17)',
  },
  {
    kind: 'response',
    from: '2005-03-16',
    due: '2005-04-06',
    reason:
      'D.C. Law 15-256 sec. 3 applies the 15 days to "any requests for records pending on the effective date" (2005-03-17); a request received Mar 16 was pending then, so it has 15 business days (Mar 17-18, 21-25, 28-31, Apr 1, 4-6: Wed Apr 6), not the 10 (Wed Mar 30) of the former law',
    citation: "D.C. Law 15-256, sec. 2(a), 3 (D.C. Code 2-532 editor's note)",
  },
  {
    kind: 'response',
    from: '2005-03-03',
    due: '2005-03-24',
    reason:
      'earliest receipt still pending on 2005-03-17: under the former 10 days its last day was Thu Mar 17 itself, so the 15 days apply (Mar 4, 7-11, 14-18, 21-24: Thu Mar 24)',
    citation: "D.C. Law 15-256, sec. 3 (D.C. Code 2-532 editor's note); D.C. Code 2-532(c), (e)",
  },
  {
    kind: 'response',
    from: '2005-03-02',
    due: '2005-03-16',
    reason:
      'received Mar 2, 2005: the former 10 days ran out on Wed Mar 16 (Mar 3-4, 7-11, 14-16), before D.C. Law 15-256 took effect; an unanswered request was then deemed denied (2-532(e)) and no longer pending, so the 10 days stand',
    citation: 'D.C. Code 2-532(c), (e) (before D.C. Law 15-256); D.C. Law 15-256, sec. 3',
  },
  {
    kind: 'extended_response',
    from: '2005-02-16',
    due: '2005-03-24',
    reason:
      "received Feb 16, 2005 and extended by notice: the former 20 days (skipping Washington's Birthday, Mon Feb 21) ended Thu Mar 17, so the request was pending on the effective date and gets 15 + 10 = 25 business days (Thu Mar 24)",
    citation: 'D.C. Law 15-256, sec. 3; D.C. Code 2-532(c), (d); 1-612.02(a)(3)',
  },
  {
    kind: 'response',
    from: '2005-02-16',
    due: '2005-03-03',
    reason:
      "the unextended response period of the same request: 10 business days skipping Washington's Birthday (Feb 21) ended Thu Mar 3, before the effective date, so it is not changed",
    citation: 'D.C. Code 2-532(c), (e) (before D.C. Law 15-256); D.C. Law 15-256, sec. 3',
  },
  {
    kind: 'extended_response',
    from: '2005-02-15',
    due: '2005-03-16',
    reason:
      'received Feb 15, 2005: the former 20 days (skipping Feb 21) ended Wed Mar 16, before the effective date: not pending, the 20 days stand',
    citation: 'D.C. Code 2-532(d) (before D.C. Law 15-256); D.C. Law 15-256, sec. 3',
  },
  {
    kind: 'response',
    from: '2021-06-11',
    due: '2021-07-02',
    reason:
      'the District government closing of Fri Jun 18, 2021 (Juneteenth observed before 1-612.02 listed it) counts (reading chosen): Jun 14-18, 21-25, 28-30, Jul 1-2 (Fri Jul 2); the other reading excludes Jun 18 and, Independence Day being observed Mon Jul 5, gives Tue Jul 6',
    citation: `${CLOSURES}; Mayor's release "Modified District Government Services for Juneteenth" (2021-06-17); ${CAL}(b)(1)`,
    alternatives: ['2021-07-06'],
  },
]);

missingKinds('US-DC', ['acknowledgment']);

describe('US-DC calendar', () => {
  // The administrative closing of Fri Nov 29, 2024 is counted (executive closures do not stop clocks).
  weekdayHolidays('US-DC', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-04-16',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays('US-DC', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-DC', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-16',
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
