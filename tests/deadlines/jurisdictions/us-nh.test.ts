import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'RSA 91-A:4, IV';
const SCHEDULE = 'State of New Hampshire holiday schedule (Division of Personnel; N.H. Admin. R. Per 1302)';
const OPEN = 'RSA 91-A:4, I and IV(b); RSA 288:1 (State offices open: calendar.openHolidays)';

deadlineTable('US-NH', [
  {
    kind: 'response',
    from: '2026-10-29',
    due: '2026-11-05',
    reason:
      'the biennial election day (Tue Nov 3, 2026) is a legal holiday under RSA 288:1 but State offices are open, so it is a business day (reading chosen); the reading that every RSA 288:1 holiday is a non-business day skips it and gives Fri Nov 6',
    citation: `${RESPONSE}; ${OPEN}`,
    alternatives: ['2026-11-06'],
  },
  {
    kind: 'response',
    from: '2027-10-28',
    due: '2027-11-04',
    reason: 'no biennial election in 2027: Tue Nov 2 counts',
    citation: `${RESPONSE}; RSA 288:1`,
  },
  {
    kind: 'response',
    from: '2026-11-23',
    due: '2026-12-02',
    reason:
      'skips Thanksgiving (Nov 26) and the day after (Fri Nov 27, 2026), not a statutory holiday but a day State offices are closed on the State holiday schedule',
    citation: `${RESPONSE}; RSA 288:1; ${SCHEDULE}`,
  },
  {
    kind: 'response',
    from: '2026-11-23',
    due: '2026-12-01',
    agencyLevel: 'municipal',
    reason:
      'the State schedule’s closure of Fri Nov 27, 2026 binds State offices only: a town office counts it and skips only Thanksgiving (Nov 26)',
    citation: `${RESPONSE}; RSA 288:1; ${SCHEDULE}`,
  },
  {
    kind: 'response',
    from: '2024-11-25',
    due: '2024-12-04',
    reason: 'skips Thanksgiving (Nov 28) and the State closure on the day after Thanksgiving, Fri Nov 29, 2024',
    citation: `${RESPONSE}; RSA 288:1; ${SCHEDULE}`,
  },
  {
    kind: 'response',
    from: '2025-11-24',
    due: '2025-12-03',
    reason: 'skips Thanksgiving (Nov 27) and the State closure on the day after Thanksgiving, Fri Nov 28, 2025',
    citation: `${RESPONSE}; RSA 288:1; ${SCHEDULE}`,
  },
  {
    kind: 'response',
    from: '2026-10-07',
    due: '2026-10-14',
    reason:
      'Columbus Day (Mon Oct 12, 2026) is a legal holiday under RSA 288:1 but State offices are open, so it counts (reading chosen); the reading that it is a non-business day skips it and gives Thu Oct 15',
    citation: `${RESPONSE}; ${OPEN}`,
    alternatives: ['2026-10-15'],
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2027-12-28',
    reason: 'Christmas on Saturday 2027: state offices observe Fri Dec 24',
    citation: `${RESPONSE}; Per 1302.01`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-21',
    reason: 'Juneteenth is not a legal holiday in New Hampshire: Fri Jun 18, 2027 counts',
    citation: `${RESPONSE}; RSA 288:1`,
  },
  {
    kind: 'response',
    from: '2021-12-20',
    due: '2021-12-28',
    reason: 'before the 2022 Ombudsman law (response rule unchanged); Christmas 2021 (Saturday) observed Fri Dec 24',
    citation: `${RESPONSE}; Per 1302.01`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: '"time reasonably necessary", no cap',
    citation: RESPONSE,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no time limit for a complaint to the Right-to-Know Ombudsman',
    citation: 'RSA 91-A:7-b, I',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'the ruling period runs from the parties’ responses, not from the complaint',
    citation: 'RSA 91-A:7-b',
  },
]);

missingKinds('US-NH', ['acknowledgment']);

describe('US-NH calendar', () => {
  // Columbus Day and the biennial election day are left out (offices open: calendar.openHolidays);
  // the day after Thanksgiving is in through 2026 as a State closure (designations, State offices only).
  weekdayHolidays('US-NH', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-05-26',
    '2025-07-04',
    '2025-09-01',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-25',
  ]);
  weekdayHolidays('US-NH', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays(
    'US-NH',
    2026,
    [
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-07-03',
      '2026-09-07',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-NH', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
