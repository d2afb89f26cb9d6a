import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = '29 Del. C. 10003(h)(1)';
const PETITION = '29 Del. C. 10005(e)';
const HOLIDAYS = '1 Del. C. 501';
const GIFT_DAY_2022 = "Governor's announcement of 2022-12-22 (State offices closed Fri 2022-12-23)";
const WEATHER_2025 = 'State of Delaware Severe Weather Conditions & Emergencies Alert of 2025-01-05';

deadlineTable('US-DE', [
  {
    kind: 'response',
    from: '2026-03-23',
    due: '2026-04-14',
    reason: '15 business days; skips Good Friday (Apr 3)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-10-26',
    due: '2026-11-18',
    reason: 'skips General Election Day (Tue Nov 3, even year) and Veterans Day (Wed Nov 11)',
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-02-09',
    due: '2026-03-02',
    reason: "Presidents' Day (Feb 16) is not a Delaware legal holiday and counts",
    citation: `${RESPONSE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2022-06-06',
    due: '2022-06-28',
    reason: 'Juneteenth 2022 (Sunday) is observed Mon Jun 20 under H.B. 119 (2021)',
    citation: `${RESPONSE}; ${HOLIDAYS} as amended 2021`,
  },
  {
    kind: 'response',
    from: '2011-07-01',
    due: '2011-07-25',
    reason: 'first day of the 15-business-day rule as encoded; skips Independence Day (Mon Jul 4, 2011)',
    citation: `${RESPONSE} (H.B. 5, 2011)`,
  },
  {
    kind: 'response',
    from: '2010-03-01',
    due: null,
    reason: 'before the 2011 amendments the Act set no response deadline',
    citation: '29 Del. C. 10003 (pre-2011)',
  },
  {
    kind: 'extended_response',
    from: '2026-03-23',
    due: null,
    reason: 'good-faith estimate of additional time, no statutory cap',
    citation: RESPONSE,
  },
  {
    kind: 'appeal_filing',
    from: '2026-03-02',
    due: null,
    reason: 'no period for a petition to the Attorney General',
    citation: PETITION,
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: '2026-03-22',
    reason: '20 days after the petition; the 20th day is a Sunday and is not moved',
    citation: PETITION,
  },
  {
    kind: 'response',
    from: '2022-12-20',
    due: '2023-01-13',
    reason:
      "skips the Governor's closure of State offices on Fri Dec 23, 2022 (executive closures stop the clock, reading chosen), Christmas observed Mon Dec 26 and New Year's Day observed Mon Jan 2; the other reading, that a closure day is still a business day, counts Dec 23 and gives Thu Jan 12",
    citation: `${RESPONSE}; ${HOLIDAYS}; ${GIFT_DAY_2022}`,
    alternatives: ['2023-01-12'],
  },
  {
    kind: 'response',
    from: '2025-01-02',
    due: '2025-01-27',
    reason:
      'skips the statewide severe-weather closure of State offices on Mon Jan 6, 2025 and MLK Day (Jan 20); the other reading counts Jan 6 and gives Fri Jan 24',
    citation: `${RESPONSE}; ${HOLIDAYS}; ${WEATHER_2025}`,
    alternatives: ['2025-01-24'],
  },
  {
    kind: 'response',
    from: '2025-01-02',
    due: '2025-01-24',
    agencyLevel: 'municipal',
    reason:
      'the Jan 6, 2025 closure covered State offices only, so a town still counts it (only MLK Day, Jan 20, is skipped); both readings agree',
    citation: `${RESPONSE}; ${HOLIDAYS}; ${WEATHER_2025}`,
  },
]);

missingKinds('US-DE', ['acknowledgment']);

describe('US-DE calendar', () => {
  // 2022: New Year's Day (Sat) was observed Fri 2021-12-31; the Governor's closure of Fri Dec 23 stops State clocks.
  weekdayHolidays('US-DE', 2022, [
    '2022-01-17',
    '2022-04-15',
    '2022-05-30',
    '2022-06-20',
    '2022-07-04',
    '2022-09-05',
    '2022-11-08',
    '2022-11-11',
    '2022-11-24',
    '2022-11-25',
    '2022-12-23',
    '2022-12-26',
  ]);
  // 2025: the weather closure of Mon Jan 6 (State offices only) stops State clocks; odd year, no Election Day.
  weekdayHolidays('US-DE', 2025, [
    '2025-01-01',
    '2025-01-06',
    '2025-01-20',
    '2025-04-18',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-11-11',
    '2025-11-27',
    '2025-11-28',
    '2025-12-25',
  ]);
  weekdayHolidays(
    'US-DE',
    2025,
    [
      '2025-01-01',
      '2025-01-20',
      '2025-04-18',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-11-11',
      '2025-11-27',
      '2025-11-28',
      '2025-12-25',
    ],
    'municipal',
  );
  weekdayHolidays('US-DE', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-DE', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-03-26',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
