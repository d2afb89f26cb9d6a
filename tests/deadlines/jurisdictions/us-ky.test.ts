import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'KRS 61.880(1)';
const AG = 'KRS 61.880(2)(a)';

deadlineTable('US-KY', [
  {
    kind: 'response',
    from: '2021-03-01',
    due: '2021-03-04',
    reason: 'before HB 312 (effective 2021-06-29): 3 days excepting weekends and holidays',
    citation: 'KRS 61.880(1) (pre-2021 text)',
  },
  {
    kind: 'response',
    from: '2021-06-28',
    due: '2021-07-01',
    reason: 'received the day before the 2021 amendment took effect: still 3 days',
    citation: 'KRS 61.880(1) (pre-2021 text)',
  },
  {
    kind: 'response',
    from: '2021-06-29',
    due: '2021-07-07',
    reason: 'first day of the 5-day rule; skips Independence Day observed Mon Jul 5, 2021 (Jul 4 a Sunday)',
    citation: `${RESPONSE}; KRS 18A.190(2)`,
  },
  {
    kind: 'response',
    from: '2026-11-20',
    due: '2026-11-30',
    reason: "skips Thanksgiving; the Governor's extra Thanksgiving day is not in the calendar (closure)",
    citation: `${RESPONSE}; KRS 18A.190(1)(i)`,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2027-12-28',
    reason: 'Christmas (Saturday) observed Friday Dec 24, 2027',
    citation: `${RESPONSE}; KRS 18A.190(2)`,
  },
  {
    kind: 'response',
    from: '2027-06-14',
    due: '2027-06-21',
    reason: 'Juneteenth is not a statutory holiday (executive order only): Fri Jun 18, 2027 counts',
    citation: `${RESPONSE}; KRS 18A.190(1)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'delay with a detailed explanation and earliest date, no statutory maximum',
    citation: 'KRS 61.872(5)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory deadline to ask the Attorney General for review',
    citation: AG,
  },
  {
    kind: 'appeal_response',
    from: '2026-12-01',
    due: '2026-12-30',
    reason: 'Attorney General decision in 20 days excepting weekends and holidays; skips Christmas',
    citation: AG,
  },
  {
    kind: 'appeal_response',
    from: '2028-10-20',
    due: '2028-11-21',
    reason: 'skips Presidential Election Day (Tue Nov 7, 2028) and Veterans Day (Saturday Nov 11, observed Fri Nov 10)',
    citation: `${AG}; KRS 2.190; KRS 18A.190(1)(g)-(h)`,
  },
]);

missingKinds('US-KY', ['acknowledgment']);

describe('US-KY calendar', () => {
  weekdayHolidays('US-KY', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-KY', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
