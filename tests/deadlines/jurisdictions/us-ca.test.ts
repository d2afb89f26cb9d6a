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
      'Juneteenth falls on Saturday 2027-06-19 and no statute moves it: Friday Jun 18 is not a holiday (Judicial Council designation would be a closure)',
    citation: `${RESPONSE}; 135; Gov. Code 6701`,
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
    reason: 'Christmas on Saturday 2027 is not moved by statute: Friday Dec 24 stays a court day',
    citation: `${EXTENDED}; Gov. Code 6701`,
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
