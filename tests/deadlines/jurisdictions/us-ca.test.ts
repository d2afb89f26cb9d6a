import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Gov. Code 7922.535(a); Code Civ. Proc. 12, 12a';
const EXTENDED = 'Gov. Code 7922.535(b); Code Civ. Proc. 12, 12a';

deadlineTable('US-CA', [
  {
    kind: 'response',
    from: '2026-03-21',
    due: '2026-04-01',
    reason: '10th calendar day is Cesar Chavez Day (Tue Mar 31), a judicial holiday: rolls to Wed Apr 1',
    citation: `${RESPONSE}; 135`,
  },
  {
    kind: 'response',
    from: '2026-05-13',
    due: '2026-05-26',
    reason: 'calendar-day period ending on Saturday May 23 rolls past Sunday and Memorial Day (May 25)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-08',
    due: '2027-06-18',
    reason:
      'Juneteenth falls on Saturday 2027-06-19 and no statute moves it: Friday Jun 18 is not a holiday for the agency; under the rule 1.11 reading the courts observe Juneteenth on Fri Jun 18, so the 10th day rolls past the weekend to Mon Jun 21',
    citation: `${RESPONSE}; 135; Gov. Code 6701; Cal. Rules of Court, rule 1.11`,
    alternatives: ['2027-06-21'],
  },
  {
    kind: 'response',
    from: '2021-09-29',
    due: '2021-10-12',
    reason:
      'before AB 855: 10th day Sat Oct 9, 2021 rolls past Sunday and Columbus Day (Mon Oct 11), then a judicial holiday',
    citation: `${RESPONSE}; 135 (before Stats. 2021, ch. 283)`,
  },
  {
    kind: 'response',
    from: '2026-10-02',
    due: '2026-10-12',
    reason: 'after AB 855: Columbus Day (Mon Oct 12, 2026) is no longer a judicial holiday, so no roll',
    citation: `${RESPONSE}; 135 as amended by Stats. 2021, ch. 283`,
  },
  {
    kind: 'response',
    from: '2026-09-15',
    due: '2026-09-28',
    reason:
      'Native American Day (4th Friday of September, Sep 25) is a judicial holiday since 2022: rolls to Mon Sep 28',
    citation: `${RESPONSE}; 135 as amended by Stats. 2021, ch. 283`,
  },
  {
    kind: 'response',
    from: '2027-02-02',
    due: '2027-02-16',
    reason: 'Lincoln Day (Fri Feb 12) rolls past the weekend and Presidents Day (Mon Feb 15)',
    citation: `${RESPONSE}; Gov. Code 6700`,
  },
  {
    kind: 'extended_response',
    from: '2026-11-03',
    due: '2026-11-30',
    reason:
      '24th day is the day after Thanksgiving (Fri Nov 27), a judicial holiday: rolls past the weekend to Mon Nov 30',
    citation: `${EXTENDED}; 135`,
  },
  {
    kind: 'extended_response',
    from: '2027-11-30',
    due: '2027-12-24',
    reason:
      'Christmas on Saturday 2027 is not moved by statute: Friday Dec 24 stays a day the act can be done; under the rule 1.11 reading (courts observe Christmas on Fri Dec 24) the 24th day rolls to Mon Dec 27',
    citation: `${EXTENDED}; Gov. Code 6701; Cal. Rules of Court, rule 1.11`,
    alternatives: ['2027-12-27'],
  },
  {
    kind: 'response',
    from: '2026-06-23',
    due: '2026-07-03',
    reason:
      'Independence Day falls on Saturday 2026-07-04 and Gov. Code 6701 moves it only from a Sunday: Fri Jul 3 is the 10th day; under the rule 1.11 reading the courts observe it on Fri Jul 3, which rolls past the weekend to Mon Jul 6',
    citation: `${RESPONSE}; Gov. Code 6701; Cal. Rules of Court, rule 1.11`,
    alternatives: ['2026-07-06'],
  },
  {
    kind: 'extended_response',
    from: '2027-12-07',
    due: '2027-12-31',
    reason:
      "New Year's Day 2028 falls on a Saturday and is not moved by statute: Fri Dec 31, 2027, the 24th day, stands; the rule 1.11 reading (courts observe it on Fri Dec 31) rolls it to Mon Jan 3, 2028",
    citation: `${EXTENDED}; Gov. Code 6701; Cal. Rules of Court, rule 1.11`,
    alternatives: ['2028-01-03'],
  },
  {
    kind: 'response',
    from: '2028-02-01',
    due: '2028-02-11',
    reason:
      'Lincoln Day falls on Saturday 2028-02-12 (not moved by 6701): Fri Feb 11 stands; the rule 1.11 reading makes Fri Feb 11 the court holiday and rolls to Mon Feb 14 (Presidents Day is Feb 21)',
    citation: `${RESPONSE}; Gov. Code 6701; Cal. Rules of Court, rule 1.11`,
    alternatives: ['2028-02-14'],
  },
  {
    kind: 'response',
    from: '2033-06-10',
    due: '2033-06-20',
    reason:
      'Juneteenth falls on Sunday 2033-06-19 and 6701 has no Sunday rule for it: Mon Jun 20 stands; under rule 1.11 the courts observe it on Mon Jun 20, which rolls to Tue Jun 21',
    citation: `${RESPONSE}; Gov. Code 6701; Cal. Rules of Court, rule 1.11`,
    alternatives: ['2033-06-21'],
  },
]);

missingKinds('US-CA', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-CA calendar', () => {
  weekdayHolidays('US-CA', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-03-31',
    '2026-05-25',
    '2026-06-19',
    '2026-09-07',
    '2026-09-25',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-CA', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-03-31',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-09-24',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
  ]);
});
