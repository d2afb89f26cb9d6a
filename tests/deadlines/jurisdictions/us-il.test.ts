import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const CAL = 'Ill. Adm. Code tit. 80, 303.190';

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
]);

missingKinds('US-IL', ['acknowledgment']);

describe('US-IL calendar', () => {
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
