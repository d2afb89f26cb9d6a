import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'G.L. c. 66, § 10(b); 950 CMR 32.06(2)(b)';

deadlineTable('US-MA', [
  {
    kind: 'response',
    from: '2026-04-13',
    due: '2026-04-28',
    reason: "skips Patriots' Day (Apr 20)",
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-11-26',
    due: '2026-12-11',
    reason: 'received on Thanksgiving: deemed received Fri Nov 27, count starts Mon Nov 30',
    citation: '950 CMR 32.06(2)(e); 32.03(3)',
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: '2026-03-23',
    reason: 'received on a Saturday: deemed received Monday Mar 9',
    citation: '950 CMR 32.06(2)(e)',
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-28',
    reason: 'Juneteenth falls on Saturday 2027 and is not moved: Fri Jun 18 is a business day',
    citation: 'G.L. c. 4, § 7, cl. 18',
  },
  {
    kind: 'response',
    from: '2026-03-10',
    due: '2026-03-24',
    reason: 'Evacuation Day (Mar 17) is not a statewide holiday',
    citation: 'G.L. c. 4, § 7, cl. 18',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-03-23',
    reason: '15 business days for an agency (no level given)',
    citation: 'G.L. c. 66, § 10(b)(vi)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-04-06',
    agencyLevel: 'municipal',
    reason: '25 business days for a municipality',
    citation: 'G.L. c. 66, § 10(b)(vi)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-05-31',
    reason: '90 calendar days, 90th day a Sunday, not rolled',
    citation: '950 CMR 32.08(1)(c)',
  },
  {
    kind: 'appeal_response',
    from: '2026-12-21',
    due: '2027-01-06',
    reason: 'skips Christmas and New Year',
    citation: '950 CMR 32.08(2)(a)',
  },
]);

missingKinds('US-MA', ['acknowledgment']);

describe('US-MA calendar', () => {
  weekdayHolidays('US-MA', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-20',
    '2026-05-25',
    '2026-06-19',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MA', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-19',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
  ]);
});
