import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

deadlineTable('US-CT', [
  {
    kind: 'response',
    from: '2026-02-10',
    due: '2026-02-18',
    reason: "skips Lincoln's Birthday (Feb 12) and Washington's Birthday (Feb 16)",
    citation: 'C.G.S. 1-206(a); 1-4',
  },
  {
    kind: 'response',
    from: '2026-03-31',
    due: '2026-04-07',
    reason: 'skips Good Friday (Apr 3)',
    citation: 'C.G.S. 1-206(a); 1-4',
  },
  {
    kind: 'response',
    from: '2027-06-15',
    due: '2027-06-22',
    reason: 'Juneteenth on Sat 2027 observed Fri Jun 18',
    citation: 'C.G.S. 1-206(a); 1-4',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-04-01',
    reason: '30 days after the denial',
    citation: 'C.G.S. 1-206(b)(1)',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'hearing within a year, no fixed decision date',
    citation: 'C.G.S. 1-206(b)(1)',
  },
]);

missingKinds('US-CT', ['acknowledgment', 'extended_response']);

describe('US-CT calendar', () => {
  weekdayHolidays('US-CT', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-CT', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-03-26',
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
});
