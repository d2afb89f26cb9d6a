import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const ACK = '1 M.R.S. § 408-A(3)';
const DENIAL = '1 M.R.S. § 408-A(4)';
const HOLIDAYS = '4 M.R.S. § 1051';
const BHR = 'Bureau of Human Resources Policy and Practices Manual, Holidays';
const THANKSGIVING_FRIDAY = `${BHR} ("Thanksgiving Friday": State offices closed)`;
const SATURDAY_RULE = `${BHR} ("Any legal holiday falling on a Saturday is observed on the preceding Friday")`;
const ALT_CLOSURES =
  'alternative reading: "working days" exclude only the § 1051 legal holidays, so a State-office closure by policy counts';

deadlineTable('US-ME', [
  {
    kind: 'response',
    from: '2026-04-15',
    due: '2026-04-23',
    reason: "skips Patriot's Day (Mon Apr 20)",
    citation: `${DENIAL}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-06-15',
    due: '2026-06-23',
    reason: 'skips Juneteenth (Fri Jun 19, 2026)',
    citation: `${DENIAL}; ${HOLIDAYS}; 5 M.R.S. § 59`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-06-14',
    due: '2027-06-21',
    reason:
      "Juneteenth falls on Saturday 2027 and is not moved: Fri Jun 18 is a working day (the State offices' Friday observance for 2027 is not designated yet)",
    citation: `${ACK}; ${HOLIDAYS}`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-12-20',
    due: '2027-12-27',
    reason:
      "Christmas falls on Saturday 2027 and is not moved: Fri Dec 24 is a working day (the State offices' Friday observance for 2027 is not designated yet)",
    citation: `${ACK}; ${HOLIDAYS}`,
  },
  {
    kind: 'acknowledgment',
    from: '2010-03-01',
    due: null,
    reason: 'before PL 2011, c. 662: acknowledgment "within a reasonable period of time", no fixed days',
    citation: '1 M.R.S. § 408(1) (2007)',
  },
  {
    kind: 'response',
    from: '2011-02-18',
    due: '2011-02-28',
    reason: "before § 408-A (former § 409(1) denial rule): skips Washington's Birthday (Mon Feb 21, 2011)",
    citation: '1 M.R.S. § 409(1) (2011)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'good-faith, nonbinding estimate; no statutory maximum',
    citation: ACK,
  },
  {
    kind: 'response',
    from: '2024-11-26',
    due: '2024-12-05',
    reason: `skips Thanksgiving and Thanksgiving Friday (Nov 29, 2024), when State offices are closed; ${ALT_CLOSURES} and gives Wed Dec 4`,
    citation: `${DENIAL}; ${HOLIDAYS}; ${THANKSGIVING_FRIDAY}`,
    alternatives: ['2024-12-04'],
  },
  {
    kind: 'response',
    from: '2024-11-26',
    due: '2024-12-04',
    agencyLevel: 'municipal',
    reason:
      'the Thanksgiving Friday closure is of State offices only: a municipality counts Nov 29, 2024 (under every reading)',
    citation: `${DENIAL}; ${HOLIDAYS}; ${THANKSGIVING_FRIDAY}`,
  },
  {
    kind: 'acknowledgment',
    from: '2025-11-25',
    due: '2025-12-04',
    reason: `skips Thanksgiving and Thanksgiving Friday (Nov 28, 2025, State offices closed); ${ALT_CLOSURES} and gives Wed Dec 3`,
    citation: `${ACK}; ${HOLIDAYS}; ${THANKSGIVING_FRIDAY}`,
    alternatives: ['2025-12-03'],
  },
  {
    kind: 'acknowledgment',
    from: '2026-06-30',
    due: '2026-07-08',
    reason: `skips Fri Jul 3, 2026, the State offices' observance of the 4th of July (a Saturday, not moved by § 1051); ${ALT_CLOSURES} and gives Tue Jul 7`,
    citation: `${ACK}; ${HOLIDAYS}; ${SATURDAY_RULE}`,
    alternatives: ['2026-07-07'],
  },
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-03',
    reason: `skips Thanksgiving and Thanksgiving Friday (Nov 27, 2026, State offices closed); ${ALT_CLOSURES} and gives Wed Dec 2`,
    citation: `${DENIAL}; ${HOLIDAYS}; ${THANKSGIVING_FRIDAY}`,
    alternatives: ['2026-12-02'],
  },
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-02',
    agencyLevel: 'municipal',
    reason:
      "a municipality keeps its own schedule: the State offices' Thanksgiving Friday closure (Nov 27, 2026) does not apply",
    citation: `${DENIAL}; ${HOLIDAYS}; ${THANKSGIVING_FRIDAY}`,
  },
]);

missingKinds('US-ME', ['appeal_filing', 'appeal_response']);

describe('US-ME calendar', () => {
  // State-office closures (Thanksgiving Friday, the Friday before a Saturday holiday) stop the
  // clocks of State agencies (executiveClosures) and are listed.
  weekdayHolidays('US-ME', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-04-15',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-25',
  ]);
  weekdayHolidays('US-ME', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-04-21',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-25',
  ]);
  weekdayHolidays(
    'US-ME',
    2026,
    [
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
    ],
    'municipal',
  );
  weekdayHolidays('US-ME', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-20',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-ME', 2027, [
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
