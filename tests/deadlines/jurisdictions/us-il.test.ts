import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const CAL = 'Ill. Adm. Code tit. 80, 303.190';
const THANKSGIVING_FRIDAY = 'CMS State holiday schedule (Thanksgiving: Thursday and Friday); 80 Ill. Adm. Code 303.190';

deadlineTable('US-IL', [
  {
    kind: 'response',
    from: '2026-02-10',
    due: '2026-02-19',
    reason: "5 business days skipping Lincoln's Birthday (Thu Feb 12) and Presidents' Day (Mon Feb 16)",
    citation: `5 ILCS 140/3(d); ${CAL}`,
  },
  {
    kind: 'response',
    from: '2026-10-29',
    due: '2026-11-06',
    reason: 'skips General Election Day (Tue Nov 3, 2026), a State holiday in even years',
    citation: `5 ILCS 140/3(d); ${CAL}`,
  },
  {
    kind: 'extended_response',
    from: '2027-06-10',
    due: '2027-06-24',
    reason: 'Juneteenth on Saturday 2027-06-19 is not moved to Friday (5 ILCS 490/63): Fri Jun 18 counts',
    citation: '5 ILCS 140/3(e); 5 ILCS 490/63',
  },
  {
    kind: 'extended_response',
    from: '2027-12-17',
    due: '2028-01-04',
    reason: "Christmas and New Year's Day 2028 fall on Saturdays and are observed Fri Dec 24 and Fri Dec 31",
    citation: `5 ILCS 140/3(e); ${CAL}`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-07-07',
    due: '2026-09-08',
    reason: '60th day is Saturday Sep 5; Sunday and Labor Day (Mon Sep 7) are also excluded: Tue Sep 8',
    citation: '5 ILCS 140/9.5(a); 5 ILCS 70/1.11',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason:
      'Public Access Counselor: 60 days run from receipt of all documents, not from the filing; no computable date',
    citation: '5 ILCS 140/9.5(f)',
  },
  {
    kind: 'response',
    from: '2009-12-18',
    due: '2009-12-30',
    reason: 'before P.A. 96-542 (2010-01-01): 7 working days, skipping Christmas',
    citation: '5 ILCS 140/3(c) (former)',
  },
  {
    kind: 'extended_response',
    from: '2009-12-18',
    due: '2010-01-11',
    reason: "before 2010: 7 + 7 working days, skipping Christmas and New Year's Day",
    citation: '5 ILCS 140/3(d) (former)',
  },
  {
    kind: 'appeal_filing',
    from: '2009-11-05',
    due: null,
    reason: 'before 2010 the appeal to the head of the public body had no filing deadline',
    citation: '5 ILCS 140/10(a) (former)',
  },
  {
    kind: 'appeal_response',
    from: '2009-11-05',
    due: '2009-11-17',
    reason: 'before 2010: head of public body decides within 7 working days, skipping Veterans Day (Wed Nov 11, 2009)',
    citation: '5 ILCS 140/10(a) (former)',
  },
  {
    kind: 'response',
    from: '2024-11-25',
    due: '2024-12-04',
    reason:
      'skips Thanksgiving (Nov 28) and the closure of State offices on the day after Thanksgiving (Fri Nov 29, 2024), not a business day of a State agency (reading chosen); the reading that only statutory holidays are excluded counts Nov 29 and gives Tue Dec 3',
    citation: `5 ILCS 140/3(d); ${THANKSGIVING_FRIDAY}`,
    alternatives: ['2024-12-03'],
  },
  {
    kind: 'response',
    from: '2024-11-25',
    due: '2024-12-03',
    agencyLevel: 'municipal',
    reason:
      "the State offices' closure of Nov 29, 2024 does not bind a city, which follows its own schedule: only Thanksgiving is skipped and both readings agree",
    citation: `5 ILCS 140/3(d); ${THANKSGIVING_FRIDAY}`,
  },
  {
    kind: 'response',
    from: '2022-11-21',
    due: '2022-11-30',
    reason:
      'skips Thanksgiving (Nov 24) and the closure of State offices on the day after Thanksgiving (Fri Nov 25, 2022); the reading that only statutory holidays are excluded counts Nov 25 and gives Tue Nov 29',
    citation: `5 ILCS 140/3(d); ${THANKSGIVING_FRIDAY}`,
    alternatives: ['2022-11-29'],
  },
  {
    kind: 'response',
    from: '2022-11-21',
    due: '2022-11-29',
    agencyLevel: 'municipal',
    reason: "the State offices' closure of Nov 25, 2022 does not bind a city: only Thanksgiving is skipped",
    citation: `5 ILCS 140/3(d); ${THANKSGIVING_FRIDAY}`,
  },
  {
    kind: 'response',
    from: '2019-11-25',
    due: '2019-12-04',
    reason:
      'skips Thanksgiving (Thu Nov 28) and the closure of State offices on Fri Nov 29, 2019 (CMS 2019 schedule: "Thursday and Friday, November 28 and 29"): Nov 26, 27, Dec 2, 3, 4 are the 5 business days (Wed Dec 4); the reading that only statutory holidays are excluded counts Nov 29 and gives Tue Dec 3',
    citation: `5 ILCS 140/3(d); ${THANKSGIVING_FRIDAY} (2019-2020 page)`,
    alternatives: ['2019-12-03'],
  },
  {
    kind: 'response',
    from: '2020-11-23',
    due: '2020-12-02',
    reason:
      'skips Thanksgiving (Thu Nov 26) and the closure of State offices on Fri Nov 27, 2020 (CMS 2020 schedule: "Thursday and Friday, November 26 and 27"): Nov 24, 25, 30, Dec 1, 2 (Wed Dec 2); the other reading counts Nov 27 and gives Tue Dec 1',
    citation: `5 ILCS 140/3(d); ${THANKSGIVING_FRIDAY} (2019-2020 page)`,
    alternatives: ['2020-12-01'],
  },
  {
    kind: 'response',
    from: '2020-11-23',
    due: '2020-12-01',
    agencyLevel: 'municipal',
    reason:
      'the State closure of Fri Nov 27, 2020 does not bind a city: Nov 24, 25, 27, 30, Dec 1 (Tue Dec 1) under both readings',
    citation: `5 ILCS 140/3(d); ${THANKSGIVING_FRIDAY} (State offices only)`,
  },
  {
    kind: 'response',
    from: '2021-11-22',
    due: '2021-12-01',
    reason:
      'skips Thanksgiving (Thu Nov 25) and the closure of State offices on Fri Nov 26, 2021 (State Journal-Register, 2021-11-22: State of Illinois offices closed Thursday and Friday): Nov 23, 24, 29, 30, Dec 1 (Wed Dec 1); the other reading counts Nov 26 and gives Tue Nov 30',
    citation:
      '5 ILCS 140/3(d); 80 Ill. Adm. Code 303.190; https://www.sj-r.com/story/news/2021/11/22/whats-closed-open-thanksgiving-2021-springfield-il/8710273002/',
    alternatives: ['2021-11-30'],
  },
  {
    kind: 'response',
    from: '2024-11-12',
    due: '2024-12-13',
    requestType: 'commercial',
    reason:
      'commercial-purpose request: 21 working days, skipping Thanksgiving (Nov 28) and the State closure of Fri Nov 29, 2024; the other reading counts Nov 29 and gives Thu Dec 12',
    citation: `5 ILCS 140/3.1(a); ${THANKSGIVING_FRIDAY}`,
    alternatives: ['2024-12-12'],
  },
  {
    kind: 'extended_response',
    from: '2024-11-12',
    due: null,
    requestType: 'commercial',
    reason: 'the 3(e) extension does not apply to commercial-purpose requests: no further fixed period',
    citation: '5 ILCS 140/3.1',
  },
  {
    kind: 'response',
    from: '2009-12-01',
    due: '2009-12-10',
    requestType: 'commercial',
    reason: 'before P.A. 96-542 (2010-01-01) there was no commercial-purpose period: the former 7 working days apply',
    citation: '5 ILCS 140/3(c) (former)',
  },
  {
    kind: 'response',
    from: '2026-03-02',
    due: '2026-03-31',
    requestType: 'recurrent',
    reason:
      'recurrent requester: initial response within 21 business days; no State office holiday falls in March 2026',
    citation: '5 ILCS 140/3.2; 5 ILCS 140/2(g)',
  },
  {
    kind: 'response',
    from: '2011-08-26',
    due: '2011-09-27',
    requestType: 'recurrent',
    reason:
      'first day of the recurrent-requester rule as encoded (P.A. 97-579): 21 business days, skipping Labor Day (Sep 5, 2011)',
    citation: '5 ILCS 140/3.2 (P.A. 97-579)',
  },
  {
    kind: 'response',
    from: '2026-12-21',
    due: '2026-12-29',
    requestType: 'voluminous',
    reason:
      'voluminous request: the notice that it is treated as voluminous is due within 5 business days, skipping Christmas (Fri Dec 25)',
    citation: `5 ILCS 140/3.6; ${CAL}`,
  },
  {
    kind: 'extended_response',
    from: '2014-12-03',
    due: null,
    requestType: 'voluminous',
    reason:
      "from P.A. 98-1129 (2014-12-03) a voluminous request has no 3(e) extension: later steps run from the requester's reply",
    citation: '5 ILCS 140/3.6',
  },
  {
    kind: 'extended_response',
    from: '2014-12-02',
    due: '2014-12-16',
    requestType: 'voluminous',
    reason: 'the day before P.A. 98-1129: no voluminous-request rule yet, so the 5 + 5 business days of 3(e) apply',
    citation: '5 ILCS 140/3(e)',
  },
]);

missingKinds('US-IL', ['acknowledgment']);

describe('US-IL calendar', () => {
  // 2024: General Election Day Tue Nov 5; the day after Thanksgiving (Fri Nov 29) closes State offices.
  weekdayHolidays('US-IL', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-12',
    '2024-02-19',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-05',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-25',
  ]);
  weekdayHolidays(
    'US-IL',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-02-12',
      '2024-02-19',
      '2024-05-27',
      '2024-06-19',
      '2024-07-04',
      '2024-09-02',
      '2024-10-14',
      '2024-11-05',
      '2024-11-11',
      '2024-11-28',
      '2024-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-IL', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-IL', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
