import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Wyo. Stat. § 16-4-202(c)(iii)';
const ROLL = 'Wyo. Stat. § 8-1-107';

deadlineTable('US-WY', [
  {
    kind: 'response',
    from: '2026-06-01',
    due: '2026-07-01',
    reason: '30 calendar days from acknowledged receipt, ending on a weekday',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-09-01',
    due: '2026-10-01',
    reason: '30 calendar days ending on a weekday',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-09-03',
    due: '2026-10-03',
    reason: '30th day is a plain Saturday: 8-1-107 rolls only past Sundays and legal holidays, so it stands',
    citation: `${RESPONSE}; ${ROLL}`,
  },
  {
    kind: 'response',
    from: '2026-06-04',
    due: '2026-07-06',
    reason: '30th day is Independence Day (Sat Jul 4, not moved in Wyoming), then Sunday: rolls to Mon Jul 6',
    citation: `${RESPONSE}; ${ROLL}; Wyo. Stat. § 8-4-101`,
  },
  {
    kind: 'response',
    from: '2027-06-05',
    due: '2027-07-06',
    reason: '30th day is Mon Jul 5, 2027, the legal holiday for Independence Day on a Sunday: rolls to Tue Jul 6',
    citation: `${RESPONSE}; ${ROLL}; Wyo. Stat. § 8-4-101(b)`,
  },
  {
    kind: 'response',
    from: '2027-11-25',
    due: '2027-12-27',
    reason:
      'Christmas on Sat 2027-12-25 is not moved to Friday in Wyoming; 30th day rolls past it and Sunday to Mon Dec 27',
    citation: `${RESPONSE}; ${ROLL}; Wyo. Stat. § 8-4-101(b)`,
  },
  {
    kind: 'response',
    from: '2018-03-01',
    due: null,
    reason: 'before the 2019 amendments: no fixed response time',
    citation: 'Wyo. Stat. § 16-4-202 (pre-2019)',
  },
  // No executive designation was found for 2024-2026 (calendar.designations is empty), so the alternative
  // reading (a 30th day on which offices are closed by order moves to the next open day) gives the engine's
  // date for every row: no row can show two dates until a closure is added.
  {
    kind: 'extended_response',
    from: '2026-06-01',
    due: null,
    reason: 'good-cause delay with an estimated release date; no statutory cap',
    citation: 'Wyo. Stat. § 16-4-202(c)(iii)-(iv)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-06-01',
    due: null,
    reason: 'no deadline to ask the public records ombudsman to mediate',
    citation: 'Wyo. Stat. § 16-4-201(b)',
  },
  {
    kind: 'appeal_response',
    from: '2026-06-01',
    due: null,
    reason: 'no time set for the ombudsman',
    citation: 'Wyo. Stat. § 16-4-201(b)',
  },
]);

missingKinds('US-WY', ['acknowledgment']);

describe('US-WY calendar', () => {
  weekdayHolidays('US-WY', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-WY', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
  ]);
});
