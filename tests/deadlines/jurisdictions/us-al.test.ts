import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const ACK = 'Ala. Code 36-12-44(a)(3); 1-1-4';
const RESPONSE = 'Ala. Code 36-12-44(a)(4)';
const HOLIDAYS = 'Ala. Code 1-3-8';

deadlineTable('US-AL', [
  {
    kind: 'acknowledgment',
    from: '2026-04-17',
    due: '2026-04-28',
    reason: '10th day is Confederate Memorial Day (Mon Apr 27): rolls to Tue',
    citation: `${ACK}; ${HOLIDAYS}`,
  },
  {
    kind: 'acknowledgment',
    from: '2026-03-04',
    due: '2026-03-16',
    reason: '10th day is Saturday Mar 14, a day public offices are closed: rolls to Mon',
    citation: ACK,
  },
  {
    kind: 'response',
    from: '2026-05-20',
    due: '2026-06-12',
    reason: "15 business days from the acknowledgment; skips Memorial Day and Jefferson Davis' Birthday (Mon Jun 1)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-05-20',
    due: '2026-07-06',
    reason:
      '30 business days (presumed denial); Juneteenth (Fri Jun 19) is not a 1-3-8 holiday; Independence Day observed Fri Jul 3',
    citation: 'Ala. Code 36-12-44(a)(5); 1-3-8',
  },
  {
    kind: 'response',
    from: '2024-10-01',
    due: '2024-10-23',
    reason: 'first day of the 2024 act: 15 business days from acknowledgment, skipping Columbus Day (Oct 14)',
    citation: `${RESPONSE} (S.B. 270, eff. 2024-10-01); ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2024-09-30',
    due: null,
    reason: 'the day before the 2024 act: no period was set',
    citation: 'Ala. Code 36-12-40 (before 2024-10-01)',
  },
]);

missingKinds('US-AL', ['appeal_filing', 'appeal_response']);

describe('US-AL calendar', () => {
  weekdayHolidays('US-AL', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-27',
    '2026-05-25',
    '2026-06-01',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AL', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-04-26',
    '2027-05-31',
    '2027-06-07',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
