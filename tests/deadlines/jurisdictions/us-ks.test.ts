import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'K.S.A. 45-218(d); K.S.A. 45-217';
const MEMO_2024 =
  "Governor's executive memorandum of 2023-10-10 on 2024 holidays (K.A.R. 1-9-2(b)(1)), as adopted by Kansas Supreme Court Administrative Order 2023-CC-072";
const MEMO_2025 = "Governor's executive memorandum on 2025 holidays (K.A.R. 1-9-2(b)(1))";
const MOURNING =
  "Governor's executive order of 2024-12-31 (Day of Mourning for President Carter, State offices closed Thu 2025-01-09)";

deadlineTable('US-KS', [
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-11-30',
    reason:
      "skips Thanksgiving; the Friday after (Nov 27, 2026) counts: the Governor's 2026 holiday memorandum was not found, so no 2026 day is designated (designationsThrough 2025)",
    citation: `${RESPONSE}; K.S.A. 35-107`,
  },
  {
    kind: 'response',
    from: '2026-03-07',
    due: '2026-03-11',
    reason: 'received on a Saturday: day 1 is Monday Mar 9',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-16',
    due: '2027-06-22',
    reason: 'Juneteenth (Saturday) observed Friday Jun 18 as a federal holiday designated by Congress',
    citation: `${RESPONSE}; 5 U.S.C. 6103; K.A.R. 1-9-2(a)`,
  },
  {
    kind: 'response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas (Saturday) observed Friday Dec 24, 2027',
    citation: `${RESPONSE}; K.A.R. 1-9-2(a)`,
  },
  {
    kind: 'response',
    from: '2027-12-29',
    due: '2028-01-04',
    reason: "New Year's Day 2028 (Saturday) observed Friday Dec 31, 2027",
    citation: `${RESPONSE}; K.A.R. 1-9-2(a)`,
  },
  {
    kind: 'response',
    from: '2004-02-10',
    due: '2004-02-17',
    reason:
      "before the 2006 rewrite of K.S.A. 35-107: skips Lincoln's Birthday (Thu Feb 12) and Washington's Birthday (Mon Feb 16)",
    citation: `${RESPONSE}; K.S.A. 35-107 (pre-2006)`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'further delay needs a detailed explanation and an earliest date, but the Act sets no maximum',
    citation: 'K.S.A. 45-218(d)',
  },
  {
    kind: 'response',
    from: '2024-11-26',
    due: '2024-12-03',
    reason: 'skips Thanksgiving and Fri Nov 29, 2024, designated a holiday by the Governor',
    citation: `${RESPONSE}; K.S.A. 35-107; ${MEMO_2024}`,
  },
  {
    // K.S.A. 45-217(a) excludes a "day designated as a holiday by ... the governor of this state" for
    // every public agency (only the political subdivision's own holidays are "respective"): the
    // Governor's holidays have scope 'all'.
    kind: 'response',
    from: '2024-11-26',
    due: '2024-12-03',
    agencyLevel: 'municipal',
    reason:
      'a day "designated as a holiday by ... the governor of this state" is not a business day for any public agency under KORA, so a city also skips Fri Nov 29, 2024: Nov 27, Dec 2, Dec 3',
    citation: `K.S.A. 45-217(a); K.S.A. 45-218(d); ${MEMO_2024}`,
  },
  {
    kind: 'response',
    from: '2025-01-07',
    due: '2025-01-13',
    reason:
      'skips Thu Jan 9, 2025, when the Governor closed State offices (treated as a Governor\'s designation); the alternative reading that only a day designated "as a holiday" is excluded counts it and gives Fri Jan 10',
    citation: `${RESPONSE}; ${MOURNING}`,
    alternatives: ['2025-01-10'],
  },
  {
    kind: 'response',
    from: '2025-01-07',
    due: '2025-01-10',
    agencyLevel: 'municipal',
    reason: 'the Jan 9, 2025 closure order closed State offices only: a city counts it under every reading',
    citation: `${RESPONSE}; ${MOURNING}`,
  },
  {
    kind: 'response',
    from: '2025-11-25',
    due: '2025-12-02',
    reason: 'skips Thanksgiving and Fri Nov 28, 2025, designated a holiday by the Governor',
    citation: `${RESPONSE}; K.S.A. 35-107; ${MEMO_2025}`,
  },
  {
    kind: 'response',
    from: '2025-11-25',
    due: '2025-12-02',
    agencyLevel: 'county',
    reason:
      'a county custodian also skips the Governor-designated holiday of Fri Nov 28, 2025 (K.S.A. 45-217: a day designated as a holiday by the governor is no business day of any public agency): Nov 26, Dec 1, Dec 2',
    citation: `K.S.A. 45-217(a); K.S.A. 45-218(d); ${MEMO_2025}`,
  },
]);

missingKinds('US-KS', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-KS calendar', () => {
  weekdayHolidays('US-KS', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-25',
  ]);
  // Local agencies: the Governor's holiday of Nov 29, 2024 applies to them too (scope all).
  weekdayHolidays(
    'US-KS',
    2024,
    [
      '2024-01-01',
      '2024-01-15',
      '2024-02-19',
      '2024-05-27',
      '2024-06-19',
      '2024-07-04',
      '2024-09-02',
      '2024-10-14',
      '2024-11-11',
      '2024-11-28',
      '2024-11-29',
      '2024-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-KS', 2025, [
    '2025-01-01',
    '2025-01-09',
    '2025-01-20',
    '2025-02-17',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-25',
  ]);
  weekdayHolidays('US-KS', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-KS', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
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
