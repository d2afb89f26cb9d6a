import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = '51 O.S. § 24A.5(5)';
const HOLIDAYS = '25 O.S. § 82.1(A)';

deadlineTable('US-OK', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: '"prompt, reasonable access": no fixed number of days',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-11-20',
    due: null,
    reason: 'no fixed period even across Thanksgiving and the day after',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: null,
    reason: 'no fixed period across the Saturday Juneteenth of 2027 (not an Oklahoma holiday)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: null,
    reason: 'no fixed period across Christmas on Saturday 2027',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-12-23',
    due: null,
    reason:
      'received on Thu Dec 23, 2027, the Thursday before a Saturday Christmas (a holiday by statute, in designations): still no fixed period',
    citation: `${RESPONSE}; ${HOLIDAYS} ("the Thursday and Friday before Christmas if Christmas is on a Saturday")`,
  },
  {
    kind: 'response',
    from: '2026-07-04',
    due: null,
    reason: 'request received on a Saturday holiday: still no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2000-01-03',
    due: null,
    reason: 'earliest encoded date: the wording predates 2000 (1999 OK AG 58)',
    citation: RESPONSE,
  },
]);

missingKinds('US-OK', ['acknowledgment', 'extended_response', 'appeal_filing', 'appeal_response']);

describe('US-OK calendar', () => {
  // 25 O.S. § 82.1(A); Saturday -> Friday, Sunday -> Monday. The extra Christmas day chosen each year by the
  // Governor's executive order (day before or after a weekday Christmas) is not a calendar rule.
  weekdayHolidays('US-OK', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03', // Independence Day, Sat Jul 4 -> Fri
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27', // day after Thanksgiving
    '2026-12-25',
  ]);
  weekdayHolidays('US-OK', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-23', // Christmas on Saturday: "the Thursday and Friday before Christmas" (designation, 82.1(A))
    '2027-12-24', // Christmas on Saturday: the Friday before
    '2027-12-31', // New Year's Day 2028, Sat -> Fri
  ]);
  // The Thursday before a Saturday Christmas is a holiday by 82.1(A) itself, so it binds counties and cities too
  // (designation scope 'all').
  weekdayHolidays(
    'US-OK',
    2027,
    [
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-07-05',
      '2027-09-06',
      '2027-11-11',
      '2027-11-25',
      '2027-11-26',
      '2027-12-23',
      '2027-12-24',
      '2027-12-31',
    ],
    'municipal',
  );
});
