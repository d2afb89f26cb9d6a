import { common, electionDay } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_DE: Jurisdiction = {
  code: 'US-DE',
  name: 'Delaware',
  lawName: 'Freedom of Information Act',
  lawCitation: '29 Del. C. 10001-10007',
  calendar: {
    citation: '1 Del. C. 501',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      '1 Del. C. 501 (a holiday on Saturday is observed the Friday before; on Sunday, the Monday after)',
    holidays: [
      common.newYear(),
      common.mlk(),
      common.washington("Presidents' Day"),
      common.goodFriday(),
      common.memorial(),
      common.juneteenth('Juneteenth', { from: '2022-01-01' }),
      common.independence(),
      common.labor(),
      electionDay('General Election Day', { years: 'even' }),
      common.veterans(),
      common.thanksgiving(),
      common.dayAfterThanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Return Day (the Thursday after a general election) closes offices in Sussex County only, from noon: add it as a closure there.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 15, unit: 'business' }],
          text: 'The public body responds within 15 business days after receipt: it provides access, denies it in whole or part, or says more time is needed (voluminous or archived records, legal advice) with a good-faith estimate',
          citation: '29 Del. C. 10003(h)(1)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'When more time is needed the public body gives a good-faith estimate of how much; the Act sets no maximum',
          citation: '29 Del. C. 10003(h)(1)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A requester may petition the Attorney General for a determination whether a violation occurred; no filing period was confirmed',
          citation: '29 Del. C. 10005(e)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 20, unit: 'calendar' }],
          text: 'The Attorney General renders a written determination within 20 days of receiving the petition',
          citation: '29 Del. C. 10005(e)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 15-business-day response is confirmed by Attorney General opinions (e.g. 20-IB15, 21-IB08, 25-IB62); the date the rule was added to 10003 was not confirmed, so it is applied from 2000.',
    "The Attorney General's 20 days and any time limit for the petition rest on secondary sources; the 20 days are counted as calendar days without roll-forward.",
    'Columbus Day is not counted: Delaware state offices do not close for it (assumed from current state calendars). The Juneteenth start year (2022) was not confirmed.',
  ],
  sources: [
    'https://attorneygeneral.delaware.gov/2020/04/08/20-ib15-4-8-2020-foia-opinion-letter-to-ms-julie-nay-re-foia-complaint-concerning-new-castle-county',
    'https://attorneygeneral.delaware.gov/2021/04/21/21-ib08-04-21-2021-foia-opinion-letter-to-ameera-shaheed-re-foia-complaint-concerning-city-of-wilmington/',
    'https://ezel.ai/ag-opinions/de/25-ib62-foia-opinion-letter-to-john-reiss-re-town-of-blades',
  ],
};
