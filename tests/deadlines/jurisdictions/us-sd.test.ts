import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'SDCL 1-27-37(1)';
const HOLIDAYS = 'SDCL 1-5-1';

deadlineTable('US-SD', [
  {
    kind: 'response',
    from: '2026-10-05',
    due: '2026-10-20',
    reason: "skips Native Americans' Day (2nd Monday of October, Oct 12)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-06-10',
    due: '2027-06-25',
    reason: 'Juneteenth on Sat 2027-06-19 is observed Fri Jun 18 and skipped',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2021-06-14',
    due: '2021-06-28',
    reason: 'before Juneteenth was added (July 1, 2022): Fri Jun 18, 2021 counts as a business day',
    citation: `${RESPONSE}; ${HOLIDAYS} (SL 2022, ch 1)`,
  },
  {
    kind: 'response',
    from: '2008-03-03',
    due: null,
    reason: 'before the 2009 open records law: no fixed response period',
    citation: 'SDCL 1-27-1 (before SL 2008, ch 14)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: "the officer's own estimate of the time reasonably required, no cap",
    citation: 'SDCL 1-27-37(1)(c), (2)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-05-31',
    reason: '90 calendar days; the 90th day is a Sunday and is not rolled (mail the notice by then)',
    citation: 'SDCL 1-27-38',
  },
  {
    kind: 'appeal_filing',
    from: '2026-01-07',
    due: '2026-04-07',
    reason: '90 calendar days ending on a Tuesday',
    citation: 'SDCL 1-27-38',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory time for the Office of Hearing Examiners to decide',
    citation: 'SDCL 1-27-38 to 1-27-40',
  },
]);

missingKinds('US-SD', ['acknowledgment']);

describe('US-SD calendar', () => {
  // SDCL 1-5-1; Jan 1, Jun 19, Jul 4, Nov 11, Dec 25: Saturday -> Friday, Sunday -> Monday.
  weekdayHolidays('US-SD', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03', // Independence Day, Sat Jul 4 -> Fri
    '2026-09-07',
    '2026-10-12', // Native Americans' Day
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-SD', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18', // Juneteenth, Sat Jun 19 -> Fri
    '2027-07-05', // Sun Jul 4 -> Mon
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24', // Christmas, Sat -> Fri
    '2027-12-31', // New Year's Day 2028, Sat -> Fri
  ]);
});
