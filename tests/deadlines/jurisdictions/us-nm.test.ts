import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const ACK = 'NMSA 1978, 14-2-8(D)';
const RESPONSE = 'NMSA 1978, 14-2-8(D); 14-2-11; 12-2A-7(F)';

deadlineTable('US-NM', [
  {
    kind: 'acknowledgment',
    from: '2026-11-24',
    due: '2026-11-30',
    reason:
      '3 business days skip Thanksgiving; the day after (Fri Nov 27) is not a statutory holiday, and no State closure designation is entered for it (SPO schedules not read), so the alternative reading that closures stop the clock changes nothing',
    citation: `${ACK}; 12-5-2`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-12-22',
    due: '2027-12-27',
    reason: 'Christmas on Saturday 2027 is not moved by 12-5-3: Fri Dec 24 counts',
    citation: `${ACK}; 12-5-3`,
  },
  {
    kind: 'acknowledgment',
    from: '2003-07-02',
    due: '2003-07-08',
    reason: 'early date under the unchanged 1993 text; skips Independence Day (Fri Jul 4, 2003)',
    citation: `${ACK}; 12-5-2`,
  },
  {
    kind: 'response',
    from: '2026-03-02',
    due: '2026-03-17',
    reason: '15 calendar days, ending on a business day',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-06-19',
    due: '2026-07-06',
    reason: '15th day is Sat Jul 4 (Independence Day, not moved to Friday): rolls to Mon Jul 6',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-10',
    due: '2027-12-27',
    reason: '15th day is Sat Dec 25, 2027: rolls to Mon Dec 27',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-05-10',
    due: '2026-05-26',
    reason: '15th day is Memorial Day (Mon May 25): rolls to Tue May 26',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-11-12',
    due: '2026-11-27',
    reason:
      '15th day is Fri Nov 27, the day after Thanksgiving: not a legal holiday under 12-5-2, so 12-2A-7(F) does not move it (executive closures do not stop the fifteen days; none is entered anyway)',
    citation: `${RESPONSE}; 12-5-2`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'excessively burdensome or broad request: "additional reasonable period", no cap',
    citation: 'NMSA 1978, 14-2-10',
  },
]);

missingKinds('US-NM', ['appeal_filing', 'appeal_response']);

describe('US-NM calendar', () => {
  weekdayHolidays('US-NM', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NM', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
  ]);
});
