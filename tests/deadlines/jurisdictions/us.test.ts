import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = '5 U.S.C. 552(a)(6)(A)(i)';

deadlineTable('US', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: '2026-03-30',
    reason: 'plain 20 working days, weekends only',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-11-20',
    due: '2026-12-21',
    reason: 'skips Thanksgiving (Nov 26)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-06-15',
    due: '2026-07-15',
    reason: 'skips Juneteenth (Fri Jun 19) and Independence Day observed Fri Jul 3',
    citation: `${RESPONSE}; 5 U.S.C. 6103(b)`,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2028-01-20',
    reason: 'skips Christmas observed Fri Dec 24 2027, New Year observed Fri Dec 31 2027 and MLK Day Jan 17 2028',
    citation: `${RESPONSE}; 5 U.S.C. 6103(b)`,
  },
  {
    kind: 'response',
    from: '2020-06-15',
    due: '2020-07-14',
    reason: 'before Juneteenth became a legal public holiday (2021): Jun 19 2020 counted; Jul 3 2020 observed',
    citation: '5 U.S.C. 6103(a); Pub. L. 117-17',
  },
  {
    kind: 'response',
    from: '2026-11-28',
    due: '2026-12-28',
    reason: 'received on a Saturday: day 1 is Monday (statute counts from receipt); skips Christmas',
    citation: RESPONSE,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-04-13',
    reason: '20 + 10 working days (unusual circumstances)',
    citation: '5 U.S.C. 552(a)(6)(B)(i)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-01-05',
    due: '2026-04-05',
    reason: '90 calendar days; the 90th day is a Sunday and is not rolled',
    citation: '5 U.S.C. 552(a)(6)(A)(i)(III)(aa)',
  },
  {
    kind: 'appeal_filing',
    from: '2015-03-02',
    due: null,
    reason: 'before the FOIA Improvement Act of 2016 the appeal period was set by agency regulation',
    citation: 'Pub. L. 114-185',
  },
  {
    kind: 'appeal_response',
    from: '2026-05-18',
    due: '2026-06-16',
    reason: '20 working days, skips Memorial Day (May 25)',
    citation: '5 U.S.C. 552(a)(6)(A)(ii)',
  },
]);

missingKinds('US', ['acknowledgment']);

describe('US calendar', () => {
  weekdayHolidays('US', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
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
  weekdayHolidays('US', 2000, [
    '2000-01-17',
    '2000-02-21',
    '2000-05-29',
    '2000-07-04',
    '2000-09-04',
    '2000-10-09',
    '2000-11-10',
    '2000-11-23',
    '2000-12-25',
  ]);
});
