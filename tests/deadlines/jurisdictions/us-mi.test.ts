import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'MCL 15.235(2); MCL 435.101';
/** Op. 7172 reads "business day" as a weekday other than a legal holiday, whatever days the body is open. */
const OP_7172 = 'Op. Att’y Gen. No. 7172 (2005)';
/** The designations' citations (src/deadlines/jurisdictions/us-mi.ts). */
const SOS_SCHEDULE = 'State of Michigan office holiday schedule (Secretary of State)';
const ELECTION_DAY = 'State employee holiday on general election day (2004 agreement with the State employee unions)';

deadlineTable('US-MI', [
  {
    kind: 'response',
    from: '2026-02-09',
    due: '2026-02-18',
    reason:
      "mailed request: skips Lincoln's Birthday (Thu Feb 12, a legal holiday although State offices are open) and Washington's Birthday (Mon Feb 16); the agency-calendar reading counts Feb 12 and gives Tue Feb 17",
    citation: `${RESPONSE}(1)(c); ${OP_7172}`,
    channel: 'mail',
    alternatives: ['2026-02-17'],
  },
  {
    kind: 'response',
    from: '2026-11-25',
    due: '2026-12-04',
    reason:
      'e-mailed Wed Nov 25: received 1 business day later, Fri Nov 27 (Thanksgiving skipped; the State-office closure of the day after Thanksgiving 2026 is not a legal holiday and counts under Op. 7172), then 5 business days; the agency-calendar reading skips Nov 27 (received Mon Nov 30) and gives Mon Dec 7',
    citation: `MCL 15.235(1); ${RESPONSE}; ${OP_7172}; ${SOS_SCHEDULE}`,
    channel: 'email',
    alternatives: ['2026-12-07'],
  },
  {
    kind: 'response',
    from: '2026-10-09',
    due: '2026-10-20',
    reason:
      'faxed Fri Oct 9: received the next business day, Tue Oct 13 (Columbus Day Mon Oct 12 is a legal holiday although State offices are open); the agency-calendar reading counts Oct 12 (received then) and gives Mon Oct 19',
    citation: `MCL 15.235(1); ${RESPONSE}(1)(i); ${OP_7172}`,
    channel: 'fax',
    alternatives: ['2026-10-19'],
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
      '5 + 10 business days; Juneteenth (a legal holiday since 2023 PA 54) falls on Saturday Jun 19, 2027 and is not moved (Fri Jun 18 counts; no 2027 State-office closures are encoded); skips Mon Jul 5 (July 4 on Sunday)',
    citation: 'MCL 15.235(2)(d); MCL 435.101(1)(f)',
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
  {
    kind: 'response',
    from: '2023-06-16',
    due: '2023-06-23',
    reason:
      'mailed Fri Jun 16, 2023: Juneteenth (Mon Jun 19) was not yet a legal holiday (2023 PA 54 was signed Jul 12) and counts',
    citation: `${RESPONSE}(1)(f), added by 2023 PA 54`,
    channel: 'mail',
  },
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-06-25',
    reason: 'mailed Mon Jun 17, 2024: skips Juneteenth (Wed Jun 19), its first observance as a legal holiday',
    citation: `${RESPONSE}(1)(f), added by 2023 PA 54`,
    channel: 'mail',
  },
  {
    kind: 'response',
    from: '2024-11-04',
    due: '2024-11-12',
    reason:
      'mailed Mon Nov 4, 2024: the State-office closure on general election day (Tue Nov 5) counts under Op. 7172; skips Veterans Day (Mon Nov 11); the agency-calendar reading skips Nov 5 and gives Wed Nov 13',
    citation: `${RESPONSE}; ${OP_7172}; ${ELECTION_DAY}`,
    channel: 'mail',
    alternatives: ['2024-11-13'],
  },
  {
    kind: 'response',
    from: '2024-12-23',
    due: '2024-12-31',
    reason:
      "mailed Mon Dec 23, 2024: skips Christmas; the State-office closures of Christmas Eve (Dec 24) and New Year's Eve (Dec 31) count; the agency-calendar reading skips both and New Year's Day and gives Fri Jan 3, 2025",
    citation: `${RESPONSE}; ${OP_7172}; ${SOS_SCHEDULE}`,
    channel: 'mail',
    alternatives: ['2025-01-03'],
  },
  {
    kind: 'response',
    from: '2025-11-24',
    due: '2025-12-02',
    reason:
      'mailed Mon Nov 24, 2025: skips Thanksgiving (Nov 27); the State-office closure of the day after Thanksgiving (Fri Nov 28) counts; the agency-calendar reading skips it and gives Wed Dec 3',
    citation: `${RESPONSE}; ${OP_7172}; ${SOS_SCHEDULE}`,
    channel: 'mail',
    alternatives: ['2025-12-03'],
  },
  {
    kind: 'response',
    from: '2025-11-24',
    due: '2025-12-02',
    agencyLevel: 'municipal',
    reason:
      'a city: the State-office closure of Fri Nov 28, 2025 does not bind local bodies, so even the agency-calendar reading counts it (no other reading differs)',
    citation: `${RESPONSE}; ${SOS_SCHEDULE} (State offices only)`,
    channel: 'mail',
  },
  {
    kind: 'response',
    from: '2025-12-22',
    due: '2025-12-30',
    reason:
      "mailed Mon Dec 22, 2025: skips Christmas; the State-office closure of Christmas Eve (Dec 24) counts; the agency-calendar reading skips it, New Year's Eve and New Year's Day and gives Fri Jan 2, 2026",
    citation: `${RESPONSE}; ${OP_7172}; ${SOS_SCHEDULE}`,
    channel: 'mail',
    alternatives: ['2026-01-02'],
  },
  {
    kind: 'response',
    from: '2026-06-30',
    due: '2026-07-07',
    reason:
      'mailed Tue Jun 30, 2026: Independence Day falls on Saturday and is not moved; the State-office closure of Fri Jul 3 counts; the agency-calendar reading skips it and gives Wed Jul 8',
    citation: `${RESPONSE}; ${OP_7172}; ${SOS_SCHEDULE}`,
    channel: 'mail',
    alternatives: ['2026-07-08'],
  },
  {
    kind: 'response',
    from: '2026-11-02',
    due: '2026-11-09',
    reason:
      'mailed Mon Nov 2, 2026: the State-office closure on general election day (Tue Nov 3) counts; the agency-calendar reading skips it and gives Tue Nov 10',
    citation: `${RESPONSE}; ${OP_7172}; ${ELECTION_DAY}`,
    channel: 'mail',
    alternatives: ['2026-11-10'],
  },
  {
    kind: 'response',
    from: '2026-12-21',
    due: '2026-12-29',
    reason:
      'mailed Mon Dec 21, 2026: skips Christmas (Fri Dec 25); the State-office closure of Christmas Eve (Thu Dec 24) counts; the agency-calendar reading skips it and gives Wed Dec 30',
    citation: `${RESPONSE}; ${OP_7172}; ${SOS_SCHEDULE}`,
    channel: 'mail',
    alternatives: ['2026-12-30'],
  },
]);

missingKinds('US-MI', ['acknowledgment']);

describe('US-MI calendar', () => {
  // Legal holidays of MCL 435.101 only: under Op. 7172 the State-office closures do not stop a count.
  weekdayHolidays('US-MI', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
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
