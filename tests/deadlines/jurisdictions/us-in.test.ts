import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'IC 5-14-3-9(c)';
const PAC_FILING = 'IC 5-14-5-7(a)';
const PAC_OPINION = 'IC 5-14-5-9';
const SCHEDULE_2024 = 'State of Indiana 2024 holiday schedule (IC 1-1-9-1)';

deadlineTable('US-IN', [
  {
    kind: 'response',
    from: '2026-11-20',
    due: '2026-11-27',
    reason: '7 calendar days run through Thanksgiving (Nov 26) without skipping it',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: '2026-03-14',
    reason: '7th calendar day is a Saturday: not rolled forward (no Indiana computation statute)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-17',
    due: '2027-12-24',
    reason:
      'ends on Fri Dec 24, 2027, the observed Christmas holiday (Christmas is a Saturday): calendar days, no roll',
    citation: `${RESPONSE}; IC 1-1-9-1`,
  },
  {
    kind: 'response',
    from: '2005-02-07',
    due: '2005-02-14',
    reason: "early date under the same rule; crosses Lincoln's Birthday (Sat Feb 12, 2005) without effect",
    citation: RESPONSE,
  },
  {
    kind: 'appeal_filing',
    from: '2026-05-01',
    due: '2026-05-31',
    reason: '30 calendar days after the denial; the 30th day is a Sunday and is not rolled',
    citation: PAC_FILING,
  },
  {
    kind: 'appeal_filing',
    from: '2026-12-01',
    due: '2026-12-31',
    reason: '30 calendar days across Christmas (Fri Dec 25), which is not skipped',
    citation: PAC_FILING,
  },
  {
    kind: 'appeal_response',
    from: '2027-06-01',
    due: '2027-07-01',
    reason: "Counselor's opinion 30 calendar days after the complaint is filed",
    citation: PAC_OPINION,
  },
  {
    kind: 'response',
    from: '2024-11-22',
    due: '2024-11-29',
    reason:
      "7th calendar day is Fri Nov 29, 2024, when State offices close for Lincoln's Birthday (observed): a closure does not stop or roll a plain-days count",
    citation: `${RESPONSE}; IC 5-14-3-9(b); ${SCHEDULE_2024}`,
  },
  {
    kind: 'response',
    from: '2024-12-17',
    due: '2024-12-24',
    reason:
      "7th calendar day is Tue Dec 24, 2024, when State offices close for Washington's Birthday (observed): counted, not rolled",
    citation: `${RESPONSE}; IC 5-14-3-9(b); ${SCHEDULE_2024}`,
  },
  {
    kind: 'response',
    from: '2024-12-17',
    due: '2024-12-24',
    agencyLevel: 'municipal',
    reason: 'the Dec 24, 2024 closure binds State offices only (and calendar days are not stopped anyway): same date',
    citation: `${RESPONSE}; ${SCHEDULE_2024}`,
  },
]);

missingKinds('US-IN', ['acknowledgment', 'extended_response']);

describe('US-IN calendar', () => {
  // The 2024 State-office closures (Nov 29, Dec 24) do not stop Indiana's clocks (executiveClosures)
  // and are not listed.
  weekdayHolidays('US-IN', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-12',
    '2024-02-19',
    '2024-03-29',
    '2024-05-07',
    '2024-05-27',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-05',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays('US-IN', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-04-03',
    '2026-05-05',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-IN', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-03-26',
    '2027-05-04',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-02',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
