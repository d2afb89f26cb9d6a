import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Idaho Code § 74-103(1)';
const EXTENDED = 'Idaho Code § 74-103(2)';
const MOURNING =
  'Idaho Code § 73-108 ("every day appointed by the President ... for a public fast, thanksgiving, or holiday"); Presidential proclamation of 2024-12-30';

deadlineTable('US-ID', [
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-11-30',
    reason: 'skips Thanksgiving (Thu Nov 26); the Friday after Thanksgiving is a working day',
    citation: `${RESPONSE}; Idaho Code § 73-108`,
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: '2026-03-11',
    reason: 'received on a Saturday: day 1 is Monday Mar 9 (no deemed-receipt rule)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas falls on Saturday 2027 and is observed Friday Dec 24',
    citation: `${RESPONSE}; Idaho Code § 73-108 (Saturday -> Friday)`,
  },
  {
    kind: 'response',
    from: '2027-12-29',
    due: '2028-01-04',
    reason: "New Year's Day 2028 (Saturday) is observed Friday Dec 31, 2027",
    citation: `${RESPONSE}; Idaho Code § 73-108`,
  },
  {
    kind: 'response',
    from: '2020-06-17',
    due: '2020-06-22',
    reason: 'before Juneteenth became a holiday (2021): Fri Jun 19, 2020 is a working day',
    citation: `${RESPONSE}; Pub. L. 117-17`,
  },
  {
    kind: 'response',
    from: '2005-07-01',
    due: '2005-07-07',
    reason: 'early date under the same rule (former § 9-339): skips Independence Day (Mon Jul 4, 2005)',
    citation: 'Idaho Code § 9-339(1) (2005)',
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-06-29',
    reason: 'Juneteenth falls on Saturday 2027 and is observed Friday Jun 18',
    citation: `${EXTENDED}; Idaho Code § 73-108`,
  },
  {
    kind: 'extended_response',
    from: '2026-12-18',
    due: '2027-01-05',
    reason: "10 working days across Christmas (Fri Dec 25) and New Year's Day (Fri Jan 1)",
    citation: EXTENDED,
  },
  {
    kind: 'response',
    from: '2025-01-07',
    due: '2025-01-10',
    reason:
      "the National Day of Mourning for President Carter (Thu Jan 9, 2025) is counted: state offices stayed open and no Idaho holiday was proclaimed (reading chosen); the reading that the President's proclamation appointed a holiday under § 73-108 skips it and gives Mon Jan 13",
    citation: `${RESPONSE}; ${MOURNING}`,
    alternatives: ['2025-01-13'],
  },
  {
    kind: 'extended_response',
    from: '2025-01-06',
    due: '2025-01-21',
    reason:
      'ten working days, counting Thu Jan 9, 2025 and skipping Martin Luther King, Jr.-Idaho Human Rights Day (Jan 20); the reading that Jan 9 was a § 73-108 holiday gives Wed Jan 22',
    citation: `${EXTENDED}; ${MOURNING}`,
    alternatives: ['2025-01-22'],
  },
]);

missingKinds('US-ID', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-ID calendar', () => {
  // 2025: no designation; Jan 9 (National Day of Mourning) is a holiday only under the alternative reading.
  weekdayHolidays('US-ID', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
  ]);
  weekdayHolidays('US-ID', 2026, [
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
  weekdayHolidays('US-ID', 2027, [
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
});
