import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'C.G.S. 1-206(a)';
const APPEAL = 'C.G.S. 1-206(b)(1)';
const HOLIDAYS = 'C.G.S. 1-4';

deadlineTable('US-CT', [
  {
    kind: 'response',
    from: '2026-02-10',
    due: '2026-02-18',
    reason: "skips Lincoln Day (Thu Feb 12) and Washington's Birthday (Mon Feb 16)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-03-31',
    due: '2026-04-07',
    reason: 'skips Good Friday (Apr 3)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2022-06-14',
    due: '2022-06-20',
    reason: 'before P.A. 22-128 took effect Juneteenth was not a holiday: Mon Jun 20, 2022 counts',
    citation: `${RESPONSE}; ${HOLIDAYS} (before October 1, 2022)`,
  },
  {
    kind: 'response',
    from: '2023-06-15',
    due: '2023-06-22',
    reason: 'first statutory Juneteenth (Mon Jun 19, 2023) is skipped',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended by P.A. 22-128`,
  },
  {
    kind: 'response',
    from: '2027-06-15',
    due: '2027-06-22',
    reason: 'Juneteenth on Saturday 2027 is observed Fri Jun 18',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-04-01',
    reason: '30 calendar days after the denial',
    citation: APPEAL,
  },
  {
    kind: 'appeal_filing',
    from: '2026-10-02',
    due: '2026-11-01',
    reason: 'the 30th day is a Sunday and is not moved (no roll-forward statute)',
    citation: APPEAL,
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: '2027-03-02',
    reason: 'hear and decide within one year after the notice of appeal is filed',
    citation: APPEAL,
  },
]);

missingKinds('US-CT', ['acknowledgment', 'extended_response']);

describe('US-CT calendar', () => {
  weekdayHolidays('US-CT', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-CT', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-03-26',
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
