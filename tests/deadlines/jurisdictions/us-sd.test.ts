import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'SDCL 1-27-37(1)';
const HOLIDAYS = 'SDCL 1-5-1';
const GOV2021 = "Governor's announcement of 2021-06-17 of a holiday for State workers on Fri Jun 18, 2021";

deadlineTable('US-SD', [
  {
    kind: 'response',
    from: '2026-10-05',
    due: '2026-10-20',
    reason: "skips Native Americans' Day (2nd Monday of October, Oct 12)",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2027-06-10',
    due: '2027-06-25',
    reason: 'Juneteenth on Sat 2027-06-19 is observed Fri Jun 18 and skipped',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2021-06-14',
    due: '2021-06-29',
    reason:
      'before Juneteenth was added by statute (July 1, 2022), but the Governor appointed Fri Jun 18, 2021 a holiday (a day appointed by the Governor for a holiday is a legal holiday): it is skipped',
    citation: `${RESPONSE}; ${HOLIDAYS} ("every day appointed ... by the Governor ... for a ... holiday"); ${GOV2021}`,
  },
  {
    kind: 'response',
    from: '2021-06-14',
    due: '2021-06-29',
    agencyLevel: 'municipal',
    reason:
      'the appointed day is a legal holiday under 1-5-1 (designation scope all), so a city skips Fri Jun 18, 2021 too',
    citation: `${RESPONSE}; ${HOLIDAYS}; ${GOV2021}`,
  },
  {
    kind: 'response',
    from: '2020-06-15',
    due: '2020-06-29',
    reason:
      'Fri Jun 19, 2020 counts (Jun 16-19, 22-26, 29 are the 10 business days): the Governor\'s proclamation of June 16, 2020 named it "Juneteenth Day" to commemorate the anniversary, appointing no day off, and no source shows State offices closed (the first Juneteenth day off for State workers was Fri Jun 18, 2021)',
    citation: `${RESPONSE}; ${HOLIDAYS}; Governor's proclamation of "Juneteenth Day", signed 2020-06-16 (http://dakotawarcollege.com/gov-noem-proclaims-june-19th-juneteenth-day-in-south-dakota/)`,
  },
  {
    kind: 'response',
    from: '2008-03-03',
    due: null,
    reason: 'before the 2009 open records law: no fixed response period',
    citation: 'SDCL 1-27-1 (before SL 2008, ch 14)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: "the officer's own estimate of the time reasonably required, no cap",
    citation: 'SDCL 1-27-37(1)(c), (2)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: '2026-05-31',
    reason: '90 calendar days; the 90th day is a Sunday and is not rolled (mail the notice by then)',
    citation: 'SDCL 1-27-38',
  },
  {
    kind: 'appeal_filing',
    from: '2026-01-07',
    due: '2026-04-07',
    reason: '90 calendar days ending on a Tuesday',
    citation: 'SDCL 1-27-38',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'no statutory time for the Office of Hearing Examiners to decide',
    citation: 'SDCL 1-27-38 to 1-27-40',
  },
]);

missingKinds('US-SD', ['acknowledgment']);

describe('US-SD calendar', () => {
  // SDCL 1-5-1; Jan 1, Jun 19, Jul 4, Nov 11, Dec 25: Saturday -> Friday, Sunday -> Monday.
  weekdayHolidays('US-SD', 2021, [
    '2021-01-01',
    '2021-01-18',
    '2021-02-15',
    '2021-05-31',
    '2021-06-18', // Juneteenth observed, appointed by the Governor (designation; not yet in 1-5-1)
    '2021-07-05', // Sun Jul 4 -> Mon
    '2021-09-06',
    '2021-10-11',
    '2021-11-11',
    '2021-11-25',
    '2021-12-24', // Christmas, Sat -> Fri
    '2021-12-31', // New Year's Day 2022, Sat -> Fri
  ]);
  weekdayHolidays('US-SD', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03', // Independence Day, Sat Jul 4 -> Fri
    '2026-09-07',
    '2026-10-12', // Native Americans' Day
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-SD', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18', // Juneteenth, Sat Jun 19 -> Fri
    '2027-07-05', // Sun Jul 4 -> Mon
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24', // Christmas, Sat -> Fri
    '2027-12-31', // New Year's Day 2028, Sat -> Fri
  ]);
});
