import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'NRS 239.0107(1)';

deadlineTable('US-NV', [
  {
    kind: 'response',
    from: '2006-05-01',
    due: null,
    reason: 'before NRS 239.0107 (2007) no number of days was set',
    citation: 'NRS 239.010',
  },
  {
    kind: 'response',
    from: '2026-10-26',
    due: '2026-11-03',
    reason: '5 business days skip Nevada Day (last Friday in October, Oct 30)',
    citation: `${RESPONSE}; NRS 236.015`,
  },
  {
    kind: 'response',
    from: '2026-11-23',
    due: '2026-12-02',
    reason: 'skips Thanksgiving and Family Day (Nov 26-27)',
    citation: `${RESPONSE}; NRS 236.015`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; NRS 236.015(3)`,
  },
  {
    kind: 'response',
    from: '2027-12-27',
    due: '2028-01-04',
    reason: 'New Year’s Day 2028 (Saturday) is observed Fri Dec 31, 2027',
    citation: `${RESPONSE}; NRS 236.015(3)`,
  },
  {
    kind: 'response',
    from: '2022-06-14',
    due: '2022-06-21',
    reason: 'before A.B. 140 (2023) Juneteenth was not a holiday: Mon 2022-06-20 counts',
    citation: `${RESPONSE}; NRS 236.015 (before 2023)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'the entity names the earliest date it believes the record will be available; no cap',
    citation: 'NRS 239.0107(1)(c)',
  },
]);

missingKinds('US-NV', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-NV calendar', () => {
  weekdayHolidays('US-NV', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-30',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NV', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-29',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
