import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Utah Code 63G-2-204(4)(b)';
const HOLIDAYS = 'Utah Code 63G-1-301';

deadlineTable('US-UT', [
  {
    kind: 'response',
    from: '2026-07-20',
    due: '2026-08-04',
    reason: 'skips Pioneer Day (Fri Jul 24, 2026) and two weekends',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-29',
    reason:
      'Juneteenth on Sat 2027-06-19 is observed the following Monday Jun 21 (Utah rule since 2025), so Fri Jun 18 is a business day',
    citation: `${RESPONSE}; ${HOLIDAYS}(2)(c)-(d)`,
  },
  {
    kind: 'response',
    from: '2027-07-19',
    due: '2027-08-03',
    reason: 'Pioneer Day on Sat 2027-07-24 is observed on Fri Jul 23',
    citation: `${RESPONSE}; ${HOLIDAYS}(2)(a)`,
  },
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-07-02',
    reason: 'Juneteenth under the 2022 rule: observed on the day itself, Wed 2024-06-19',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended by H.B. 238 (2022)`,
  },
  {
    kind: 'response',
    from: '2021-06-14',
    due: '2021-06-28',
    reason: 'before Juneteenth became a Utah holiday (2022): no holiday in the period',
    citation: `${RESPONSE}; ${HOLIDAYS} (2021 text)`,
  },
  {
    kind: 'response',
    from: '2027-03-22',
    due: '2027-04-06',
    reason: 'Good Friday (Mar 26, 2027) is a legal holiday under the 2026 amendment',
    citation: `${RESPONSE}; ${HOLIDAYS}(1)(b)(iii) (2026)`,
  },
  {
    kind: 'expedited_decision',
    from: '2026-07-20',
    due: '2026-07-28',
    reason:
      'notice that the response will not be expedited within 5 business days after receipt, skipping Pioneer Day (Fri Jul 24, 2026)',
    citation: `Utah Code 63G-2-204(4)(a); ${HOLIDAYS}`,
  },
  {
    kind: 'expedited_decision',
    from: '2026-11-23',
    due: '2026-12-01',
    reason: '5 business days, skipping Thanksgiving (Nov 26); the Friday after (Nov 27) is a business day in Utah',
    citation: `Utah Code 63G-2-204(4)(a); ${HOLIDAYS}`,
  },
  // Utah has no executive designations for 2024-2026 (calendar.designations is empty, researched through
  // 2026), so the alternative reading (an executive closure is not a business day) gives the engine's date
  // for every row: no row can show two dates until a closure is added.
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'extraordinary circumstances: date set by the entity, no statutory cap',
    citation: 'Utah Code 63G-2-204; 63G-2-401(1)(b)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-10-01',
    due: '2026-10-31',
    reason: '30 calendar days ending on a Saturday: no roll (Saturday is not a holiday under 68-3-7 / 63G-1-301)',
    citation: 'Utah Code 63G-2-401(1)(a); 68-3-7',
  },
  {
    kind: 'appeal_filing',
    from: '2026-10-02',
    due: '2026-11-02',
    reason: '30th day is Sun Nov 1: a Sunday is a holiday under 63G-1-301, so it rolls to Mon Nov 2',
    citation: 'Utah Code 63G-2-401(1)(a); 68-3-7; 63G-1-301',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-04',
    due: '2026-04-03',
    reason: '30 calendar days ending on a weekday',
    citation: 'Utah Code 63G-2-401(1)(a)',
  },
  {
    kind: 'appeal_response',
    from: '2016-11-21',
    due: '2016-11-29',
    reason: 'before the 2017 change: 5 business days, skips Thanksgiving (the Friday after is a business day)',
    citation: 'Utah Code 63G-2-401(5)(a) (pre-2017)',
  },
  {
    kind: 'appeal_response',
    from: '2026-12-21',
    due: '2027-01-06',
    reason: "10 business days since 2017, skips Christmas and New Year's Day",
    citation: 'Utah Code 63G-2-401(5), as amended by Laws of Utah 2017, ch. 435',
  },
]);

missingKinds('US-UT', ['acknowledgment']);

describe('US-UT calendar', () => {
  weekdayHolidays('US-UT', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-15',
    '2026-07-03',
    '2026-07-24',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-UT', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26',
    '2027-05-31',
    '2027-06-21',
    '2027-07-05',
    '2027-07-23',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
