import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const REVIEW = 'N.D.C.C. 44-04-21.1(1)';
const ROLL = 'N.D.C.C. 1-03-05';
const APPOINTED = 'N.D.C.C. 1-03-01(12) (alternative reading: a presidential closure "appoints" a public holiday)';

deadlineTable('US-ND', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: '"reasonable time": no fixed number of days',
    citation: 'N.D.C.C. 44-04-18(2); N.D.A.G. 2021-O-09',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-04-01',
    reason: '30 calendar days, last day a Wednesday',
    citation: REVIEW,
  },
  {
    kind: 'appeal_filing',
    from: '2026-02-05',
    due: '2026-03-09',
    reason: '30th day is Saturday Mar 7: rolls to Monday',
    citation: `${REVIEW}; ${ROLL}`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-06-04',
    due: '2026-07-06',
    reason: '30th day is Saturday Jul 4 (observed Fri Jul 3): rolls past the weekend to Monday',
    citation: `${REVIEW}; ${ROLL}; N.D.C.C. 1-03-02.1`,
  },
  {
    kind: 'appeal_filing',
    from: '2027-11-24',
    due: '2027-12-27',
    reason: '30th day is Fri Dec 24, 2027, the observed Christmas (Sat Dec 25): rolls to Monday',
    citation: `${REVIEW}; ${ROLL}; N.D.C.C. 1-03-02.1`,
  },
  {
    kind: 'appeal_filing',
    from: '2005-12-01',
    due: '2006-01-03',
    reason: "30th day Sat Dec 31, 2005; Sun Jan 1 New Year's is observed Mon Jan 2: rolls to Tuesday",
    citation: `${REVIEW}; ${ROLL}; N.D.C.C. 1-03-02`,
  },
  {
    kind: 'appeal_filing',
    from: '2024-11-24',
    due: '2024-12-24',
    reason:
      '30th day is Tue Dec 24, 2024, a federal closure day and the State’s noon closure, not a holiday of 1-03-01 (reading chosen); the reading that the President’s order appointed a public holiday rolls past it and Christmas to Thu Dec 26',
    citation: `${REVIEW}; ${ROLL}; ${APPOINTED}; Executive Order of 2024-12-19`,
    alternatives: ['2024-12-26'],
  },
  {
    kind: 'appeal_filing',
    from: '2024-12-10',
    due: '2025-01-09',
    reason:
      '30th day is Thu Jan 9, 2025, the National Day of Mourning for President Carter: counted (reading chosen); the reading that it was appointed a public holiday rolls it to Fri Jan 10',
    citation: `${REVIEW}; ${ROLL}; ${APPOINTED}; Executive Order 14133`,
    alternatives: ['2025-01-10'],
  },
  {
    kind: 'appeal_filing',
    from: '2025-11-24',
    due: '2025-12-24',
    reason:
      '30th day is Wed Dec 24, 2025 (federal closure): counted (reading chosen); under the other reading Dec 24 and Dec 26 are appointed holidays, so it rolls past them, Christmas and the weekend to Mon Dec 29',
    citation: `${REVIEW}; ${ROLL}; ${APPOINTED}; Executive Order of December 2025`,
    alternatives: ['2025-12-29'],
  },
  {
    kind: 'appeal_filing',
    from: '2025-11-26',
    due: '2025-12-26',
    reason:
      '30th day is Fri Dec 26, 2025 (federal closure): counted (reading chosen); the other reading rolls it past the weekend to Mon Dec 29',
    citation: `${REVIEW}; ${ROLL}; ${APPOINTED}; Executive Order of December 2025`,
    alternatives: ['2025-12-29'],
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'the Attorney General has no statutory time to issue the opinion',
    citation: REVIEW,
  },
]);

missingKinds('US-ND', ['acknowledgment', 'extended_response']);

describe('US-ND calendar', () => {
  // N.D.C.C. 1-03-01; Jan 1, Jul 4, Nov 11, Dec 25: Saturday -> Friday, Sunday -> Monday (1-03-02, 1-03-02.1).
  // No designations 2024-2026: the federal closure days (2025-01-09, 2025-12-24, 2025-12-26) are
  // holidays only under the alternative reading, and the noon closure of Dec 24 (1-03-01.1) is not a day off.
  weekdayHolidays('US-ND', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-04-18', // Good Friday
    '2025-05-26',
    '2025-07-04',
    '2025-09-01',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
  ]);
  weekdayHolidays('US-ND', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-03', // Good Friday
    '2026-05-25',
    '2026-07-03', // Independence Day, Sat Jul 4 -> Fri
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-ND', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26', // Good Friday
    '2027-05-31',
    '2027-07-05', // Sun Jul 4 -> Mon
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24', // Christmas, Sat Dec 25 -> Fri
    '2027-12-31', // New Year's Day 2028, Sat Jan 1 -> Fri
  ]);
});
