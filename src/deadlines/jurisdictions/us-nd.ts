import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_ND: Jurisdiction = {
  code: 'US-ND',
  name: 'North Dakota',
  lawName: 'Open Records Law',
  lawCitation: 'N.D.C.C. 44-04-17.1 to 44-04-21.3',
  timeZone: 'America/Chicago',
  calendar: {
    citation: 'N.D.C.C. 1-03-01',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'N.D.C.C. 1-03-02 (January 1, July 4, November 11 or December 25 on a Sunday: the Monday following) and 1-03-02.1 (on a Saturday: the Friday before); the other holidays always fall on a weekday',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King Day'),
      common.washington("Washington's Birthday"),
      common.goodFriday(),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'State offices close at noon on December 24 (N.D.C.C. 1-03-01.1); the State HR page calls it "an office closure, not a holiday". Half a day is not a designation here: December 24 counts as a business day.',
      'Juneteenth (1-03-18, 2021) is a ceremonial day of recognition, not a paid holiday, and state offices stay open.',
      'Designations 2024-2026: none. The State HR holiday page lists "10 statutory holidays on which state offices are closed" and the noon closure on December 24; no Governor’s appointment of a public holiday under 1-03-01(12) and no statewide closure order was found for 2024, 2025 or 2026 (searched the OMB/HRMS holiday page, Governor’s announcements and press reports; weather closures such as Human Services offices on 2023-12-26 were ordered office by office, not statewide).',
      'Presidential orders closing federal offices (2024-12-24, 2025-01-09, 2025-12-24, 2025-12-26) are not treated as days "appointed by the President ... for a public holiday" (1-03-01(12)), because State offices stayed on their 10-holiday schedule; see calendar.alternatives.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://www.nd.gov/omb/agency/state-government-human-resource-management/state-hr-policies-rules-and-laws/holidays',
      'https://www.governor.nd.gov/news (Governor’s proclamations and closure announcements)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The response period is only a "reasonable time", and the one fixed period (30 days to ask for an Attorney General opinion) moves only past a Saturday or a holiday of 1-03-01 (1-03-05); a day closed by order that is not appointed "for a public holiday" under 1-03-01(12) is neither.',
      citation: 'N.D.C.C. 1-03-01, 1-03-05, 44-04-21.1(1)',
    },
    alternatives: [
      {
        reading:
          'A presidential order closing federal executive departments "appoints" a public holiday under N.D.C.C. 1-03-01(12) ("Every day appointed by the President of the United States or by the governor of this state for a public holiday"), so those days are holidays in North Dakota',
        citation:
          'N.D.C.C. 1-03-01(12); Executive Order 14133 (2025-01-09); Executive Order of 2024-12-19 (2024-12-24); Executive Order of December 2025 (2025-12-24, 2025-12-26)',
        addHolidays: [
          fixed('Federal closure (Christmas Eve 2024)', 12, 24, { from: '2024-12-24', until: '2024-12-24' }),
          fixed('Federal closure (National Day of Mourning for President Carter)', 1, 9, {
            from: '2025-01-09',
            until: '2025-01-09',
          }),
          fixed('Federal closure (Christmas Eve 2025)', 12, 24, { from: '2025-12-24', until: '2025-12-24' }),
          fixed('Federal closure (December 26, 2025)', 12, 26, { from: '2025-12-26', until: '2025-12-26' }),
        ],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'A public entity must furnish requested records within a reasonable time; the statute sets no number of days (the Attorney General judges reasonableness case by case and requires the entity to explain any delay)',
          citation: 'N.D.C.C. 44-04-18(2); N.D.A.G. 2021-O-09; N.D.A.G. 2023-O-06',
          quote:
            'Upon request for a copy of specific public records, any entity subject to subsection 1 shall furnish the requester one copy of the public records requested.',
          quoteSource: 'https://lexace.ai/us/statute/north-dakota/44-04-18',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [
            {
              days: 30,
              unit: 'calendar',
              roll: true,
              rollCitation: 'N.D.C.C. 1-03-05 (act due on a Saturday or holiday)',
            },
          ],
          text: 'A request for an Attorney General opinion reviewing a denial of records must be made within 30 days of the alleged violation',
          citation: 'N.D.C.C. 44-04-21.1(1)',
          quote: 'A request made under this section must be made within thirty days of the alleged violation',
          quoteSource: 'https://lexace.ai/us/statute/north-dakota/44-04-21.1',
          uncertain:
            'For an unreasonable delay the "alleged violation" has no single date; enter the date of the written denial or of the delay complained of. The last day rolls past a Saturday, Sunday or holiday under N.D.C.C. 1-03-05 (read by its heading only).',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Attorney General issues an opinion to the public entity (it may be a summary opinion); the statute sets no time for it',
          citation: 'N.D.C.C. 44-04-21.1(1)',
          quote:
            'The attorney general shall issue to the public entity involved an opinion on the alleged violation, which may be a summary opinion',
          quoteSource: 'https://lexace.ai/us/statute/north-dakota/44-04-21.1',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day: 44-04-18 sets no period that could start at receipt ("reasonable time"); searched N.D.C.C. 44-04-17.1 to 44-04-21.3 and chapter 1-03.',
  uncertain: [
    'Dates are taken in the time zone of the capital, Bismarck (Central); the southwest keeps Mountain Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'The "reasonable time" standard comes from the Attorney General\'s opinions construing N.D.C.C. 44-04-18 (e.g. 2023-O-06: 21 days reasonable over the holidays; 2021-O-09: three weeks for 334 pages unreasonable); the words "reasonable time" were not found in the parts of 44-04-18 read (subsections 1-2), so the quote is the duty to furnish a copy.',
    'N.D.C.C. 1-03-04 ("Business days") and 1-03-05 were read by their headings only; the 1-03-01 list and 1-03-01.1, 1-03-02 and 1-03-02.1 were read in full (statutes.laws.com copy).',
    'The 30-day limit of 44-04-21.1(1) was read in its current text; whether it was different between 2000 and its last amendment was not checked, so one rule set covers 2000 onward.',
    'No acknowledgment and no extension exist in the law; those kinds are left out.',
  ],
  sources: [
    'https://lexace.ai/us/statute/north-dakota/44-04-18',
    'https://lexace.ai/us/statute/north-dakota/44-04-21.1',
    'https://ndlegis.gov/cencode/t01c03.html',
    'https://statutes.laws.com/north-dakota/t01/t01c03 (1-03-01 to 1-03-02.1 text)',
    'https://regulations.justia.com/regulations/fedreg/2025/01/03/2024-31766.html (Executive Order 14133)',
    'https://cdn.meritalk.com/?p=194834 (federal closure 2024-12-24)',
    'https://www.nyecountynv.gov/CivicAlerts.asp?AID=1476&ARC=2591 (federal closures 2025-12-24 and 2025-12-26)',
    'https://www.kxnet.com/news/top-stories/storm-closings-delays-and-cancellations-2/ (2023-12-26 office-by-office weather closures)',
    'https://www.nd.gov/omb/agency/state-government-human-resource-management/state-hr-policies-rules-and-laws/holidays',
    'https://attorneygeneral.nd.gov/sites/ag/files/documents/Opinions/2021/OR-OM/2021-O-09.pdf',
    'https://bismarcktribune.com/north-dakota-to-observe-juneteenth-on-saturday/article_630d5bce-2aae-54ec-9658-27d35aa4d6bd.html',
  ],
};
