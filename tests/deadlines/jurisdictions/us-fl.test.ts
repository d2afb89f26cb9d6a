import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Fla. Stat. 119.07(1)(a), (c)';
const CLOSED_2023 = "Governor's announcement of 2023-11-03 (state offices closed Nov 22, Dec 26, Dec 29 and Jan 2)";
const CLOSED_2024 = "Governor's announcement of 2024-12-10 (state offices closed December 23, 24 and 31)";
const CLOSED_2025 =
  "Governor's announcement of 2025-11-20 (state offices closed November 26, December 26 and January 2)";

deadlineTable('US-FL', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: 'no fixed period: prompt, good-faith response',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: null,
    reason: 'received on a Saturday: still no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-11-26',
    due: null,
    reason: 'received on Thanksgiving: still no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-18',
    due: null,
    reason: 'received the Friday before Saturday Juneteenth 2027: no fixed period',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-24',
    due: null,
    reason: 'received on Christmas observed (Fri Dec 24, 2027): no fixed period',
    citation: `${RESPONSE}; 110.117(1)`,
  },
  {
    kind: 'response',
    from: '2000-01-03',
    due: null,
    reason: 'the rule has not changed since 2000',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2023-11-22',
    due: null,
    reason:
      "received on the Governor's closure of state offices (Wed Nov 22, 2023): the day is not a business day for a state agency, but there is still no fixed period to count",
    citation: `${RESPONSE}; ${CLOSED_2023}`,
  },
  {
    kind: 'response',
    from: '2024-12-23',
    due: null,
    reason: "received on the Governor's closure of Mon Dec 23, 2024: no fixed period",
    citation: `${RESPONSE}; ${CLOSED_2024}`,
  },
  {
    kind: 'response',
    from: '2025-12-26',
    due: null,
    reason: "received on the Governor's closure of Fri Dec 26, 2025: no fixed period",
    citation: `${RESPONSE}; ${CLOSED_2025}`,
  },
  {
    kind: 'response',
    from: '2026-01-02',
    due: null,
    reason: "received on the Governor's closure of Fri Jan 2, 2026: no fixed period",
    citation: `${RESPONSE}; ${CLOSED_2025}`,
  },
  {
    kind: 'response',
    from: '2024-12-23',
    due: null,
    agencyLevel: 'municipal',
    reason:
      'a city is open on the state closure of Dec 23, 2024 (see the municipal 2024 calendar); no fixed period either way',
    citation: `${RESPONSE}; ${CLOSED_2024}`,
  },
]);

missingKinds('US-FL', ['acknowledgment', 'extended_response', 'appeal_filing', 'appeal_response']);

describe('US-FL calendar', () => {
  // 2023: New Year's Day (Sun) observed Mon Jan 2 and Veterans' Day (Sat) Fri Nov 10; Governor's closures Nov 22, Dec 26, Dec 29.
  weekdayHolidays('US-FL', 2023, [
    '2023-01-02',
    '2023-01-16',
    '2023-05-29',
    '2023-07-04',
    '2023-09-04',
    '2023-11-10',
    '2023-11-22',
    '2023-11-23',
    '2023-11-24',
    '2023-12-25',
    '2023-12-26',
    '2023-12-29',
  ]);
  // 2024: Governor's closures Jan 2 (2023 announcement) and Dec 23, 24, 31.
  weekdayHolidays('US-FL', 2024, [
    '2024-01-01',
    '2024-01-02',
    '2024-01-15',
    '2024-05-27',
    '2024-07-04',
    '2024-09-02',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-23',
    '2024-12-24',
    '2024-12-25',
    '2024-12-31',
  ]);
  // The Governor's closures bind state offices only: a city's 2024 calendar has the 110.117 holidays alone.
  weekdayHolidays(
    'US-FL',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-05-27',
      '2024-07-04',
      '2024-09-02',
      '2024-11-11',
      '2024-11-28',
      '2024-11-29',
      '2024-12-25',
    ],
    'municipal',
  );
  // 2025: Governor's closures Nov 26 and Dec 26.
  weekdayHolidays('US-FL', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-05-26',
    '2025-07-04',
    '2025-09-01',
    '2025-11-11',
    '2025-11-26',
    '2025-11-27',
    '2025-11-28',
    '2025-12-25',
    '2025-12-26',
  ]);
  // 2026: the Governor's closure of Fri Jan 2 (announced 2025-11-20) is added.
  weekdayHolidays('US-FL', 2026, [
    '2026-01-01',
    '2026-01-02',
    '2026-01-19',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-FL', 2027, [
    '2027-01-01',
    '2027-01-18',
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
