import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Tenn. Code Ann. § 10-7-503(a)(2)(B)';
const HOLIDAYS = 'Tenn. Code Ann. § 15-1-101';

deadlineTable('US-TN', [
  {
    kind: 'response',
    from: '2026-07-31',
    due: '2026-08-12',
    reason: 'skips the August election day (first Thursday of August, even year: Aug 6)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-10-30',
    due: '2026-11-12',
    reason: 'skips the November general election (Nov 3) and Veterans Day (Nov 11)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-03-30',
    due: '2026-04-09',
    reason: 'skips Good Friday (Apr 3)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-24',
    reason: 'Juneteenth on Sat 2027-06-19 is observed Fri Jun 18 and skipped',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2027-12-30',
    reason: 'Christmas on Sat 2027-12-25 is observed Fri Dec 24 and skipped',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2022-06-13',
    due: '2022-06-22',
    reason: 'before Juneteenth became a holiday (May 5, 2023): Mon Jun 20, 2022 is a business day',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2008-06-02',
    due: null,
    reason: 'before 2008 Pub. Acts ch. 1179 (July 1, 2008): no fixed response period',
    citation: 'Tenn. Code Ann. § 10-7-503(a) (before 2008)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'the response form states the time reasonably necessary; no cap',
    citation: `${RESPONSE}(iii)`,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'the Office of Open Records Counsel (ombudsman) can be asked at any time',
    citation: 'Tenn. Code Ann. § 8-4-601 et seq.',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'the ombudsman has no statutory time to answer',
    citation: 'Tenn. Code Ann. § 8-4-601 et seq.',
  },
]);

missingKinds('US-TN', ['acknowledgment']);

describe('US-TN calendar', () => {
  // § 15-1-101: Saturday -> Friday, Sunday -> Monday; election days of even years (August and November).
  weekdayHolidays('US-TN', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-03', // Good Friday
    '2026-05-25',
    '2026-06-19',
    '2026-07-03', // July 4 on Saturday -> Friday
    '2026-08-06', // August election (first Thursday, even year)
    '2026-09-07',
    '2026-10-12',
    '2026-11-03', // November general election (even year)
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-TN', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26', // Good Friday
    '2027-05-31',
    '2027-06-18', // Juneteenth, Sat -> Fri
    '2027-07-05', // Sun -> Mon
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24', // December 25 on Saturday -> Friday
    '2027-12-31', // January 1, 2028 on Saturday -> Friday
  ]);
});
