import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = '2 AAC 96.325(a)';
const HOLIDAYS = 'AS 44.12.010';

deadlineTable('US-AK', [
  {
    kind: 'response',
    from: '2026-03-23',
    due: '2026-04-07',
    reason: "skips Seward's Day (last Monday of March, Mar 30)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-10-12',
    due: '2026-10-27',
    reason: 'Alaska Day on Sun Oct 18 is also held Mon Oct 19; Columbus Day is not a holiday',
    citation: `${RESPONSE}; AS 44.12.020`,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2028-01-05',
    reason: 'Christmas (Sat) observed Fri Dec 24; New Year 2028 (Sat) observed Fri Dec 31 2027',
    citation: `${RESPONSE}; 2 AAC 07.810`,
  },
  {
    kind: 'response',
    from: '2026-06-15',
    due: '2026-06-30',
    reason: 'skips Juneteenth Day (Fri Jun 19), a legal holiday since S.B. 22 (2024)',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended 2024`,
  },
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-07-01',
    reason: 'before S.B. 22 took effect, Wed Jun 19, 2024 is a working day',
    citation: `${RESPONSE}; ${HOLIDAYS} (before 2024 amendment)`,
  },
  {
    kind: 'response',
    from: '2025-01-06',
    due: '2025-01-21',
    reason:
      "Thu Jan 9, 2025 (federal offices closed by executive order, national day of mourning) is a working day: no proclamation made it a legal holiday (AS 44.12.010(a)(13)) and an executive closure does not stop the count; skips Martin Luther King, Jr.'s Birthday (Jan 20)",
    citation: `${RESPONSE}; 2 AAC 96.900(10); AS 44.12.010(a)(13)`,
  },
  {
    kind: 'extended_response',
    from: '2026-06-22',
    due: '2026-07-21',
    reason: '10 + 10 working days; Independence Day (Sat) observed Fri Jul 3',
    citation: '2 AAC 96.325(d)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-05-01',
    reason: '60 calendar days after the denial',
    citation: '2 AAC 96.340',
  },
  {
    kind: 'appeal_filing',
    from: '2026-02-18',
    due: '2026-04-20',
    reason: '60th day is Sunday Apr 19, a legal holiday: rolls to Mon',
    citation: '2 AAC 96.340; AS 01.10.080; AS 44.12.010(a)',
  },
  {
    kind: 'response',
    from: '2026-03-23',
    due: '2026-04-07',
    agencyLevel: 'state',
    reason: "a State executive-branch agency: the regulation's 10 working days, skipping Seward's Day (Mar 30)",
    citation: `${RESPONSE}; 2 AAC 96.900(7)`,
  },
  {
    kind: 'response',
    from: '2026-03-23',
    due: null,
    agencyLevel: 'county',
    reason:
      'a borough: 2 AAC 96 binds only State executive-branch agencies ("public agency" is limited to the executive branch of the state) and AS 40.25 sets no period',
    citation: '2 AAC 96.900(7); AS 40.25.110',
  },
  {
    kind: 'response',
    from: '2026-03-23',
    due: null,
    agencyLevel: 'municipal',
    reason: 'a city follows its own ordinance (e.g. Anchorage AMC 3.90.060); the regulation sets it no date',
    citation: '2 AAC 96.900(7); AS 40.25.110',
  },
  {
    kind: 'extended_response',
    from: '2026-06-22',
    due: null,
    agencyLevel: 'municipal',
    reason: 'the 10 additional working days of 2 AAC 96.325(d) are not a municipal period either',
    citation: '2 AAC 96.325(d); 2 AAC 96.900(7)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    agencyLevel: 'county',
    reason: 'a borough sets its own appeal procedure: no State 60-day period',
    citation: '2 AAC 96.340; 2 AAC 96.900(7)',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'decision period not confirmed: no date',
    citation: '2 AAC 96.340',
  },
]);

missingKinds('US-AK', ['acknowledgment']);

describe('US-AK calendar', () => {
  // 2025: the first Juneteenth Day (Thu Jun 19, S.B. 22); Alaska Day (Sat Oct 18) observed Fri Oct 17;
  // no designation and no closure that stops the count (2 AAC 96.900(10)).
  weekdayHolidays('US-AK', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-03-31',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-17',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
  ]);
  weekdayHolidays('US-AK', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-03-30',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-19',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AK', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-29',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-18',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
