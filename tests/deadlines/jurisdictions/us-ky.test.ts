import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'KRS 61.880(1)';
const AG = 'KRS 61.880(2)(a)';
const JUNETEENTH =
  "Governor's executive order of 2024-05-23 (each June 19 a state Executive Branch holiday to give thanks); KRS 2.110";
const ALT_GOOD_FRIDAY =
  'alternative reading: the Good Friday half-day holiday is a legal holiday excepted from the count';

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
    reason:
      'Juneteenth is not a statutory holiday (executive order only, encoded as designations for 2024-2026); Jun 19, 2027 is a Saturday and no 2027 day is designated: Fri Jun 18, 2027 counts',
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
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-06-25',
    reason: 'skips Juneteenth (Wed Jun 19, 2024), a state Executive Branch holiday designated by the Governor',
    citation: `${RESPONSE}; ${JUNETEENTH}`,
  },
  {
    kind: 'response',
    from: '2024-06-17',
    due: '2024-06-24',
    agencyLevel: 'municipal',
    reason: "the Governor's Juneteenth holiday binds the Executive Branch only: a city counts Wed Jun 19, 2024",
    citation: `${RESPONSE}; ${JUNETEENTH}`,
  },
  {
    kind: 'response',
    from: '2025-06-16',
    due: '2025-06-24',
    reason: 'skips Juneteenth (Thu Jun 19, 2025), designated under the same executive order',
    citation: `${RESPONSE}; ${JUNETEENTH}`,
  },
  {
    kind: 'response',
    from: '2026-06-15',
    due: '2026-06-23',
    reason: 'skips Juneteenth (Fri Jun 19, 2026), designated under the same executive order',
    citation: `${RESPONSE}; ${JUNETEENTH}`,
  },
  {
    kind: 'response',
    from: '2026-06-15',
    due: '2026-06-22',
    agencyLevel: 'municipal',
    reason: "a city counts Fri Jun 19, 2026: the Governor's order covers state Executive Branch offices only",
    citation: `${RESPONSE}; ${JUNETEENTH}`,
  },
  {
    kind: 'response',
    from: '2026-03-31',
    due: '2026-04-07',
    reason: `Good Friday (Apr 3, 2026) is only a half-day holiday with offices open in the morning, so it counts as one of the five days; ${ALT_GOOD_FRIDAY} gives Wed Apr 8`,
    citation: `${RESPONSE}; KRS 18A.190(1)(c)`,
    alternatives: ['2026-04-08'],
  },
]);

missingKinds('US-KY', ['acknowledgment']);

describe('US-KY calendar', () => {
  // Good Friday (half day, offices open) does not stop the count and is not listed; the Governor's
  // Juneteenth holidays are, for state agencies only.
  weekdayHolidays('US-KY', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-11-05',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ]);
  weekdayHolidays('US-KY', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
  ]);
  weekdayHolidays(
    'US-KY',
    2026,
    ['2026-01-01', '2026-01-19', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-11', '2026-11-26', '2026-12-25'],
    'municipal',
  );
  weekdayHolidays('US-KY', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-05-25',
    '2026-06-19',
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
