import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'RSA 91-A:4, IV';

deadlineTable('US-NH', [
  {
    kind: 'response',
    from: '2026-10-29',
    due: '2026-11-06',
    reason: '5 business days skip the biennial election day (Tue Nov 3, 2026)',
    citation: `${RESPONSE}; RSA 288:1`,
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
    due: '2026-12-01',
    reason: 'skips Thanksgiving; the day after is not a statutory holiday',
    citation: `${RESPONSE}; RSA 288:1`,
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
  weekdayHolidays('US-NH', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NH', 2027, [
    '2027-01-01',
    '2027-01-18',
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
