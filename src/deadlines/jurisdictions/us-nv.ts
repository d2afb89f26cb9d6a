import { common, FRI, last } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_NV: Jurisdiction = {
  code: 'US-NV',
  name: 'Nevada',
  lawName: 'Nevada Public Records Act',
  lawCitation: 'NRS chapter 239',
  calendar: {
    citation: 'NRS 236.015(1)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'NRS 236.015(3) (January 1, June 19, July 4, November 11 and December 25: on Sunday the Monday following, on Saturday the Friday preceding is observed; the other holidays fall on fixed weekdays)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington(),
      common.memorial(),
      common.juneteenth('Juneteenth Day', {
        from: '2023-06-19',
        citation: 'NRS 236.015, as amended by A.B. 140 (2023), effective on approval',
      }),
      common.independence(),
      common.labor(),
      last('Nevada Day (observed)', 10, FRI, {
        citation:
          'NRS 236.015(1) (Nevada Day is October 31 but is observed on the last Friday in October; S.B. 31, 1999)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Family Day'),
      common.christmas(),
    ],
    notes: [
      '236.015(1) also makes a holiday of "any day that may be appointed by the President of the United States for public fast, thanksgiving or as a legal holiday" (e.g. a presidential order closing federal offices on December 24): add such days as closures.',
      'Columbus Day (NRS 236.025) and Indigenous Peoples Day (236.037) are days of observance, not legal holidays.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'NRS 239.010 (before NRS 239.0107)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before NRS 239.0107 (2007) public records had to be open for inspection during office hours, but no number of days for a response was set',
          citation: 'NRS 239.010',
        },
      },
    },
    {
      effectiveFrom: '2007-10-01',
      enactedBy: 'S.B. 123 (2007), adding NRS 239.0107',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Not later than the end of the fifth business day after the custodian receives the request: allow inspection or provide the copy, say in writing that the entity does not hold the record, deny in writing with a citation, or give written notice of the earliest date and time the record will be available',
          citation: 'NRS 239.0107(1)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If the record cannot be made available within five business days the entity gives the earliest date and time it reasonably believes the record will be available (and, if that date passes, a written explanation and a new date); the statute sets no cap',
          citation: 'NRS 239.0107(1)(c)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'NRS 239.0107 is taken as added by S.B. 123 (2007) and effective 2007-10-01 (Nevada’s default date); neither the bill nor its effective date was read. Before it the engine reports no fixed deadline.',
    'Juneteenth: A.B. 140 (2023) took effect on approval before 2023-06-19 (law firm bulletin, 2023-06-15); encoded from 2023-06-19.',
    'Nevada Day on the last Friday of October is encoded for all years from 2000 (S.B. 31 of 1999).',
    'No administrative appeal: a requester may apply to the district court (NRS 239.011); appeal clocks are left out.',
  ],
  sources: [
    'https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for',
    'https://www.helplinelaw.com/usa-statutes/nevada/ (NRS 236.015 text, 1999 amendments)',
    'https://leg.state.nv.us/Division/Legal/LawLibrary/nrs/NRS-236.html',
    'https://archive.leg.state.nv.us/Session/70th1999/bills/SB/SB31_R1.html',
    'https://kzalaw.com/?p=3401 (A.B. 140, 2023)',
    'https://www.unr.edu/hr/benefits/time-off-and-leave/holidays',
  ],
};
