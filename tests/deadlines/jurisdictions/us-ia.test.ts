import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const DELAY = 'Iowa Code § 22.8(4)(d)';
const ROLL = 'Iowa Code § 4.1(34)';
const IPIB = 'Iowa Code § 23.7(1)';

deadlineTable('US-IA', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: 'chapter 22 sets no response period (good-faith, reasonable delay only)',
    citation: 'Iowa Code § 22.8(4)',
  },
  {
    kind: 'extended_response',
    from: '2026-11-20',
    due: '2026-12-10',
    reason: '20 calendar days run through Thanksgiving and the Friday after without skipping them',
    citation: DELAY,
  },
  {
    kind: 'extended_response',
    from: '2026-03-01',
    due: '2026-03-23',
    reason: '20th day is Saturday Mar 21: rolled to Monday Mar 23',
    citation: `${DELAY}; ${ROLL}`,
  },
  {
    kind: 'extended_response',
    from: '2027-12-04',
    due: '2027-12-27',
    reason:
      '20th day is Fri Dec 24, 2027, the observed Christmas holiday (Christmas on Saturday): rolled past the weekend to Monday',
    citation: `${DELAY}; ${ROLL}; Iowa Code § 1C.2(3)`,
  },
  {
    kind: 'extended_response',
    from: '2027-01-23',
    due: '2027-02-16',
    reason:
      "20th day is Lincoln's Birthday (Fri Feb 12, § 1C.1), then the weekend and Washington's Birthday (Mon Feb 15): rolled to Tuesday",
    citation: `${DELAY}; ${ROLL}; Iowa Code § 1C.1`,
  },
  {
    kind: 'extended_response',
    from: '2010-12-01',
    due: '2010-12-21',
    reason: 'before the Public Information Board existed (2013 rule set change): same 20-day cap',
    citation: DELAY,
  },
  {
    kind: 'appeal_filing',
    from: '2026-09-02',
    due: '2026-11-02',
    reason: '60th day is Sunday Nov 1: rolled to Monday Nov 2',
    citation: `${IPIB}; ${ROLL}`,
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'no time limit for the Board to decide a complaint on the merits',
    citation: 'Iowa Code §§ 23.8, 23.10',
  },
  {
    kind: 'extended_response',
    from: '2025-12-04',
    due: '2025-12-24',
    reason:
      "20th day is Wed Dec 24, 2025: not rolled, because no executive-council day off is encoded (the Governor's 2025 additional paid holidays were not confirmed for executive-branch offices)",
    citation: `${DELAY}; ${ROLL}; Iowa Code § 1C.2(2)(b)`,
  },
]);

missingKinds('US-IA', ['acknowledgment']);

describe('US-IA calendar', () => {
  weekdayHolidays('US-IA', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-IA', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
