import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'RCW 42.56.520(1); RCW 1.16.050';

deadlineTable('US-WA', [
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-03',
    reason: 'skips Thanksgiving (Nov 26) and Native American Heritage Day (Nov 27)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-15',
    due: '2027-06-23',
    reason: 'Juneteenth on Saturday 2027 is observed Friday Jun 18, which is skipped',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-28',
    due: '2028-01-05',
    reason: "New Year's Day 2028 (Saturday) is observed Friday Dec 31, 2027",
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-10-08',
    due: '2026-10-15',
    reason:
      'Columbus Day (October 12, a Monday in 2026) is only a legislatively recognized day, not a legal holiday, and counts as a business day',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-10-07',
    due: '2027-10-14',
    reason:
      'neither the second Monday of October (Oct 11, 2027) nor Columbus Day as recognized in Washington (Tue Oct 12) is a legal holiday: both count',
    citation: RESPONSE,
  },
  // Washington has no executive designations for 2024-2026 (calendar.designations is empty, researched
  // through 2026), no alternative readings, no request-type periods and no after-hours receipt rule.
  {
    kind: 'response',
    from: '2021-06-15',
    due: '2021-06-22',
    reason:
      'before Laws of 2021, ch. 295 (eff. 2021-07-25) Juneteenth was not a legal holiday: Fri Jun 18, 2021 counts',
    citation: `${RESPONSE} (before 2021 c 295)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'reasonable estimate of additional time: no statutory maximum',
    citation: 'RCW 42.56.520(2)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory time to ask for agency review',
    citation: 'RCW 42.56.520(4)',
  },
  {
    kind: 'appeal_response',
    from: '2026-07-01',
    due: '2026-07-06',
    reason:
      'review deemed complete at the end of the 2nd business day after the denial; skips Fri Jul 3 (July 4 observed)',
    citation: 'RCW 42.56.520(4); RCW 1.16.050',
  },
]);

missingKinds('US-WA', ['acknowledgment']);

describe('US-WA calendar', () => {
  weekdayHolidays('US-WA', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-WA', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
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
