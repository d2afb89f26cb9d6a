import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_ND: Jurisdiction = {
  code: 'US-ND',
  name: 'North Dakota',
  lawName: 'Open Records Law',
  lawCitation: 'N.D.C.C. 44-04-17.1 to 44-04-21.3',
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
      'State offices close at noon on December 24 (N.D.C.C. 1-03-01.1); it is an office closure, not a holiday, and counts as a business day here. Add it as a closure if an agency treats it as a non-business day.',
      'Days appointed as holidays by the President or the Governor (1-03-01(12)) are not listed; add them as closures. Juneteenth (1-03-18, 2021) is a ceremonial day of recognition, not a paid holiday, and state offices stay open.',
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
          uncertain:
            'For an unreasonable delay the "alleged violation" has no single date; enter the date of the written denial or of the delay complained of. The last day rolls past a Saturday, Sunday or holiday under N.D.C.C. 1-03-05 (read by its heading only).',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Attorney General issues an opinion to the public entity (it may be a summary opinion); the statute sets no time for it',
          citation: 'N.D.C.C. 44-04-21.1(1)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The "reasonable time" standard comes from the Attorney General\'s opinions construing N.D.C.C. 44-04-18; the subsection that states it was not pinpointed (44-04-18(2) is cited).',
    'The 30-day limit of 44-04-21.1(1) was read in its current text; whether it was different between 2000 and its last amendment was not checked, so one rule set covers 2000 onward.',
    'No acknowledgment and no extension exist in the law; those kinds are left out.',
  ],
  sources: [
    'https://lexace.ai/us/statute/north-dakota/44-04-18',
    'https://lexace.ai/us/statute/north-dakota/44-04-21.1',
    'https://ndlegis.gov/cencode/t01c03.html',
    'https://statutes.laws.com/north-dakota/t01/t01c03',
    'https://www.nd.gov/omb/agency/state-government-human-resource-management/state-hr-policies-rules-and-laws/holidays',
    'https://attorneygeneral.nd.gov/sites/ag/files/documents/Opinions/2021/OR-OM/2021-O-09.pdf',
    'https://bismarcktribune.com/north-dakota-to-observe-juneteenth-on-saturday/article_630d5bce-2aae-54ec-9658-27d35aa4d6bd.html',
  ],
};
