import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

deadlineTable('US-DE', [
  {
    kind: 'response',
    from: '2026-03-23',
    due: '2026-04-14',
    reason: 'skips Good Friday (Apr 3)',
    citation: '29 Del. C. 10003(h)(1); 1 Del. C. 501',
  },
  {
    kind: 'response',
    from: '2026-10-26',
    due: '2026-11-18',
    reason: 'skips general election day (Nov 3, even year) and Veterans Day',
    citation: '29 Del. C. 10003(h)(1); 1 Del. C. 501',
  },
  {
    kind: 'extended_response',
    from: '2026-03-23',
    due: null,
    reason: 'good-faith estimate, no statutory cap',
    citation: '29 Del. C. 10003(h)(1)',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: '2026-03-22',
    reason: '20 days after the petition, not rolled (a Sunday)',
    citation: '29 Del. C. 10005(e)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no filing period confirmed',
    citation: '29 Del. C. 10005(e)',
  },
]);

missingKinds('US-DE', ['acknowledgment']);

describe('US-DE calendar', () => {
  weekdayHolidays('US-DE', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-DE', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
