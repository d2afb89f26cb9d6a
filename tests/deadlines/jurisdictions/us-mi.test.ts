import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'MCL 15.235(2); MCL 435.101';

deadlineTable('US-MI', [
  {
    kind: 'response',
    from: '2026-02-09',
    due: '2026-02-18',
    reason:
      "mailed request: skips Lincoln's Birthday (Thu Feb 12) and Washington's Birthday (Mon Feb 16), both legal holidays",
    citation: RESPONSE,
    channel: 'mail',
  },
  {
    kind: 'response',
    from: '2026-11-25',
    due: '2026-12-04',
    reason:
      'e-mailed Wed Nov 25: received 1 business day later, Fri Nov 27 (Thanksgiving skipped; the day after is not a legal holiday), then 5 business days',
    citation: `MCL 15.235(1); ${RESPONSE}`,
    channel: 'email',
  },
  {
    kind: 'response',
    from: '2026-10-09',
    due: '2026-10-20',
    reason: 'faxed Fri Oct 9: received the next business day, Tue Oct 13 (Columbus Day Mon Oct 12 is a legal holiday)',
    citation: `MCL 15.235(1); ${RESPONSE}`,
    channel: 'fax',
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: '2026-03-16',
    reason: 'submitted through a web portal on Saturday: received Mon Mar 9',
    citation: `MCL 15.235(1); ${RESPONSE}`,
    channel: 'portal',
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-07-06',
    reason:
      '5 + 10 business days; Juneteenth is not a legal holiday under MCL 435.101 (Fri Jun 18 counts); skips Mon Jul 5 (July 4 on Sunday)',
    citation: 'MCL 15.235(2)(d); MCL 435.101',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory deadline for the appeal to the head of the public body (court: 180 days)',
    citation: 'MCL 15.240(1)',
  },
  {
    kind: 'appeal_response',
    from: '2027-12-20',
    due: '2028-01-03',
    reason:
      "Christmas 2027 and New Year's Day 2028 fall on Saturdays and are not moved: Fri Dec 24 and Fri Dec 31 count",
    citation: 'MCL 15.240(2); MCL 435.101',
  },
]);

missingKinds('US-MI', ['acknowledgment']);

describe('US-MI calendar', () => {
  weekdayHolidays('US-MI', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-05-25',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MI', 2027, [
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
  ]);
});
