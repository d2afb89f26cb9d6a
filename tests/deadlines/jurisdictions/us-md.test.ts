import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Md. Code, Gen. Prov. § 4-203(a)(1)';
const NOTICE = 'Md. Code, Gen. Prov. § 4-203(b)(2)';
const ROLL = 'Md. Code, Gen. Prov. § 1-302';
const HOLIDAYS = 'Md. Code, Gen. Prov. § 1-111';

deadlineTable('US-MD', [
  {
    kind: 'acknowledgment',
    from: '2026-03-18',
    due: '2026-04-02',
    reason: 'skips Maryland Day (Wed Mar 25), a legal holiday',
    citation: `${NOTICE}; ${HOLIDAYS}(a)(5)`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-06-14',
    due: '2027-06-28',
    reason: 'Juneteenth falls on Saturday 2027 and is not moved by § 1-111(b): Fri Jun 18 is a working day',
    citation: `${NOTICE}; ${HOLIDAYS}(b)`,
  },
  {
    kind: 'response',
    from: '2026-06-04',
    due: '2026-07-06',
    reason: '30th day is Saturday Jul 4 (Independence Day, not moved): rolled past the weekend to Monday',
    citation: `${RESPONSE}; ${ROLL}`,
  },
  {
    kind: 'response',
    from: '2026-10-27',
    due: '2026-11-30',
    reason:
      '30th day is Thanksgiving; the next day is American Indian Heritage Day, then the weekend: rolled to Monday',
    citation: `${RESPONSE}; ${ROLL}; ${HOLIDAYS}(a)(14)-(15)`,
  },
  {
    kind: 'response',
    from: '2014-05-01',
    due: '2014-06-02',
    reason: 'before the 2015 amendments (no notice clock yet); 30th day Saturday May 31 rolled to Monday',
    citation: "Md. Code, State Gov't § 10-614(b) (2014); Md. Code, Art. 1, § 36",
  },
  {
    kind: 'appeal_filing',
    from: '2026-05-01',
    due: '2026-05-31',
    reason: '30 calendar days after the Ombudsman final determination; 30th day a Sunday, not rolled (conservative)',
    citation: 'Md. Code, Gen. Prov. § 4-1A-05(b)(5)',
  },
  {
    kind: 'appeal_response',
    from: '2026-08-01',
    due: '2026-11-30',
    reason: '120-day outer limit ends Sunday Nov 29: rolled to Monday',
    citation: `Md. Code, Gen. Prov. § 4-1A-07(c)(1)(ii); ${ROLL}`,
  },
]);

missingKinds('US-MD', ['extended_response']);

describe('US-MD calendar', () => {
  weekdayHolidays('US-MD', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-03-25',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MD', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-12',
    '2027-02-15',
    '2027-03-25',
    '2027-03-26',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-09-13',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
  ]);
});
