import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const FOIA_APPEAL_RESPONSE = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 20, unit: 'business' }],
  text: 'Determination on an appeal within 20 days (excepting Saturdays, Sundays and legal public holidays) after its receipt',
  citation: '5 U.S.C. 552(a)(6)(A)(ii)',
} as const;

const FOIA_CLOCKS = {
  response: {
    fixed: true,
    startsAt: 'receipt',
    segments: [{ days: 20, unit: 'business' }],
    text: 'Determination within 20 days (excepting Saturdays, Sundays and legal public holidays) after receipt of the request',
    citation: '5 U.S.C. 552(a)(6)(A)(i)',
  },
  extended_response: {
    fixed: true,
    startsAt: 'receipt',
    segments: [{ days: 30, unit: 'business' }],
    text: 'In unusual circumstances, written notice may extend the 20 working days by no more than 10 working days (30 working days after receipt)',
    citation: '5 U.S.C. 552(a)(6)(A)(i), (a)(6)(B)(i)',
  },
  appeal_response: FOIA_APPEAL_RESPONSE,
} as const;

export const US: Jurisdiction = {
  code: 'US',
  name: 'United States (federal)',
  lawName: 'Freedom of Information Act',
  lawCitation: '5 U.S.C. 552',
  calendar: {
    citation: '5 U.S.C. 6103(a)',
    observance: 'sat_fri_sun_mon',
    observanceCitation: '5 U.S.C. 6103(b); Executive Order 11582',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Martin Luther King, Jr.'),
      common.washington(),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation: '5 U.S.C. 6103(a), as amended by Pub. L. 117-17 (June 17, 2021)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Inauguration Day (5 U.S.C. 6103(c)) is a holiday only for employees in the District of Columbia area; it is not counted for agencies in general. Add it as a closure for an agency that observes it.',
      'Executive-order closures (Christmas Eve, the day after Thanksgiving in some years) and shutdowns are not legal public holidays; add them as closures.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '1997-10-02',
      enactedBy: 'Electronic Freedom of Information Act Amendments of 1996, Pub. L. 104-231',
      clocks: {
        ...FOIA_CLOCKS,
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'Before the FOIA Improvement Act of 2016 the statute set no appeal period; each agency set its own by regulation',
          citation: '5 U.S.C. 552(a)(6)(A)(i) (1996 text)',
        },
      },
    },
    {
      effectiveFrom: '2016-06-30',
      enactedBy: 'FOIA Improvement Act of 2016, Pub. L. 114-185',
      clocks: {
        ...FOIA_CLOCKS,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 90, unit: 'calendar' }],
          text: 'The requester may appeal within a period of not less than 90 days after the date of the adverse determination',
          citation: '5 U.S.C. 552(a)(6)(A)(i)(III)(aa); 28 CFR 16.8(a)',
          uncertain:
            'The statute has no rule for a 90th day that falls on a weekend or holiday; the engine does not roll it forward (file by the earlier date).',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'Requests received on a weekend or holiday: the statute counts 20 working days after receipt; some agency regulations deem such receipt to be the next business day (one more day). The engine follows the statute.',
    'The 20 days start when the proper component receives the request, but no later than 10 working days after any designated component receives it (552(a)(6)(A)(ii)); enter the date the clock started.',
  ],
  sources: [
    'https://www.law.cornell.edu/uscode/text/5/552',
    'https://www.law.cornell.edu/uscode/text/5/6103',
    'https://www.justice.gov/oip/blog/calculating-foia-response-times-after-government-shutdown',
  ],
};
