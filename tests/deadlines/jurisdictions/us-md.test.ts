import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Md. Code, Gen. Prov. § 4-203(a)(1)';
const NOTICE = 'Md. Code, Gen. Prov. § 4-203(b)(2)';
const ROLL = 'Md. Code, Gen. Prov. § 1-302';
const HOLIDAYS = 'Md. Code, Gen. Prov. § 1-111';
const EXTENSION = "Md. Code, Gen. Prov. § 4-203(d) (extension with the applicant's consent)";
const XMAS_EVE_2024 = "Governor's declaration of 2024-12-22 (Christmas Eve, State agencies and offices closed)";
const XMAS_EVE_2025 = "Governor's declaration of 2025-12-22 (Christmas Eve, State agencies and offices closed)";
const JULY_3_2026 =
  'State Personnel and Pensions § 9-204 (Saturday State holiday observed the Friday before: State offices closed Fri 2026-07-03)';
const ALT_GOOD_FRIDAY = 'alternative reading: Good Friday is a working day (State offices open)';
const ALT_OPEN =
  "alternative reading: every offices-open legal holiday (Lincoln's, Maryland Day, Good Friday, Defenders') is a working day";
const ALT_MOURNING =
  'alternative reading: the National Day of Mourning, Thu 2025-01-09, is a legal holiday (GP § 1-111(a)(18))';

deadlineTable('US-MD', [
  {
    kind: 'acknowledgment',
    from: '2026-03-18',
    due: '2026-04-02',
    reason: `skips Maryland Day (Wed Mar 25), a legal holiday although State offices are open; ${ALT_OPEN} gives Wed Apr 1`,
    citation: `${NOTICE}; ${HOLIDAYS}(a)(5)`,
    alternatives: ['2026-04-01'],
  },
  {
    kind: 'acknowledgment',
    from: '2027-06-14',
    due: '2027-06-28',
    reason:
      'Juneteenth falls on Saturday 2027 and is not moved by § 1-111(b): Fri Jun 18 is a working day (the State-office Friday closure for 2027 is not designated yet)',
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
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-05-01',
    reason: 'extended by consent: 30 + 30 = 60 calendar days after receipt; the 60th day is Fri May 1, a working day',
    citation: `${EXTENSION}; ${RESPONSE}`,
  },
  {
    kind: 'extended_response',
    from: '2026-02-02',
    due: '2026-04-06',
    reason: `60th day is Good Friday (Apr 3, a legal holiday with offices open): rolled past the weekend to Monday; ${ALT_GOOD_FRIDAY} and ${ALT_OPEN} both give Fri Apr 3`,
    citation: `${EXTENSION}; ${ROLL}; ${HOLIDAYS}(a)(6)`,
    alternatives: ['2026-04-03', '2026-04-03'],
  },
  {
    kind: 'acknowledgment',
    from: '2026-03-27',
    due: '2026-04-13',
    reason: `skips Good Friday (Apr 3); ${ALT_GOOD_FRIDAY} and ${ALT_OPEN} both count it and give Fri Apr 10`,
    citation: `${NOTICE}; ${HOLIDAYS}(a)(6)`,
    alternatives: ['2026-04-10', '2026-04-10'],
  },
  {
    kind: 'acknowledgment',
    from: '2025-01-02',
    due: '2025-01-16',
    reason: `the Governor kept State offices open on Thu Jan 9, 2025 (National Day of Mourning), so it counts; ${ALT_MOURNING} skips it and gives Fri Jan 17`,
    citation: `${NOTICE}; ${HOLIDAYS}(a)(18)`,
    alternatives: ['2025-01-17'],
  },
  {
    kind: 'acknowledgment',
    from: '2024-12-20',
    due: '2025-01-08',
    reason:
      "the Governor's 2024 Christmas Eve closure (Tue Dec 24), not a working day of a State custodian, is skipped, with Christmas and New Year's Day",
    citation: `${NOTICE}; ${XMAS_EVE_2024}`,
  },
  {
    kind: 'acknowledgment',
    from: '2024-12-20',
    due: '2025-01-07',
    agencyLevel: 'municipal',
    reason: "the Governor's Christmas Eve 2024 closure binds State agencies only: a municipal custodian counts Dec 24",
    citation: `${NOTICE}; ${XMAS_EVE_2024}`,
  },
  {
    kind: 'acknowledgment',
    from: '2025-12-19',
    due: '2026-01-07',
    reason:
      "the Governor's 2025 Christmas Eve closure (Wed Dec 24) is skipped, with Christmas and New Year's Day; Fri Dec 26 (liberal leave only) counts",
    citation: `${NOTICE}; ${XMAS_EVE_2025}`,
  },
  {
    kind: 'acknowledgment',
    from: '2026-06-29',
    due: '2026-07-14',
    reason:
      'the State-office closure of Fri Jul 3, 2026 (Independence Day on Saturday observed the Friday before) is skipped',
    citation: `${NOTICE}; ${JULY_3_2026}`,
  },
  {
    kind: 'acknowledgment',
    from: '2026-06-29',
    due: '2026-07-13',
    agencyLevel: 'municipal',
    reason:
      'the Fri Jul 3, 2026 closure is a State-office closure only (not a legal holiday under § 1-111(b)): a municipal custodian counts it',
    citation: `${NOTICE}; ${JULY_3_2026}; ${HOLIDAYS}(b)`,
  },
  {
    kind: 'response',
    from: '2026-06-03',
    due: '2026-07-06',
    reason:
      '30th day is Fri Jul 3, 2026, a day State offices are closed: rolled past Saturday Jul 4 (Independence Day) and Sunday to Monday',
    citation: `${RESPONSE}; ${ROLL}; ${JULY_3_2026}`,
  },
  {
    kind: 'response',
    from: '2026-06-03',
    due: '2026-07-03',
    agencyLevel: 'municipal',
    reason: 'the Jul 3, 2026 closure does not bind a municipal custodian: the 30th day, Fri Jul 3, stands',
    citation: `${RESPONSE}; ${JULY_3_2026}`,
  },
]);

missingKinds('US-MD', ['expedited_decision']);

describe('US-MD calendar', () => {
  // The offices-open legal holidays (Lincoln's, Maryland Day, Good Friday, Defenders') stop the
  // clocks (openHolidays) and are listed; so are the State-office closures (executiveClosures).
  weekdayHolidays('US-MD', 2024, [
    '2024-01-01',
    '2024-01-15',
    '2024-02-12',
    '2024-02-19',
    '2024-03-25',
    '2024-03-29',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-09-12',
    '2024-10-14',
    '2024-11-05',
    '2024-11-11',
    '2024-11-28',
    '2024-11-29',
    '2024-12-24',
    '2024-12-25',
  ]);
  weekdayHolidays('US-MD', 2025, [
    '2025-01-01',
    '2025-01-20',
    '2025-02-12',
    '2025-02-17',
    '2025-03-25',
    '2025-04-18',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-09-12',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-24',
    '2025-12-25',
  ]);
  weekdayHolidays(
    'US-MD',
    2026,
    [
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
    ],
    'municipal',
  );
  weekdayHolidays('US-MD', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-12',
    '2026-02-16',
    '2026-03-25',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
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
