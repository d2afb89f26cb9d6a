import { common, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_MA: Jurisdiction = {
  code: 'US-MA',
  name: 'Massachusetts',
  lawName: 'Public Records Law',
  lawCitation: 'G.L. c. 66, § 10; 950 CMR 32.00',
  calendar: {
    citation: 'G.L. c. 4, § 7, cl. 18',
    observance: 'sun_mon',
    observanceCitation:
      'G.L. c. 4, § 7, cl. 18 (a holiday on Sunday is observed the next day; a Saturday holiday is not moved)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King Day'),
      common.washington(),
      nth("Patriots' Day", 4, MON, 3),
      common.memorial(),
      common.juneteenth('Juneteenth Independence Day', {
        from: '2021-01-01',
        citation: 'G.L. c. 4, § 7, cl. 18, as amended by St. 2020, c. 124',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Evacuation Day (March 17) and Bunker Hill Day (June 17) close public offices in Suffolk County only (G.L. c. 6, §§ 12K, 12L; c. 136, § 12); add them as closures for Suffolk County agencies.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2017-01-01',
      enactedBy: 'St. 2016, c. 121',
      receipt: {
        deemNextBusinessDay: { citation: '950 CMR 32.06(2)(e); 950 CMR 32.03(3)' },
      },
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'Permit inspection, furnish copies or respond in writing not later than 10 business days following receipt of the request',
          citation: 'G.L. c. 66, § 10(a)-(b); 950 CMR 32.06(2)(b)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 15, unit: 'business' }],
          byAgencyLevel: { municipal: [{ days: 25, unit: 'business' }] },
          text: 'The written response may set a production date not more than 15 business days (agency) or 25 business days (municipality) after the initial receipt of the request',
          citation: 'G.L. c. 66, § 10(b)(vi)',
          uncertain:
            "A further extension of 20 business days (agency) or 30 (municipality) may be granted by the Supervisor of Records on petition (G.L. c. 66, § 10(c)); it is not counted because it needs the Supervisor's order. Without agencyLevel the agency (15-day) cap applies.",
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 90, unit: 'calendar' }],
          text: 'A petition to the Supervisor of Records must be filed within 90 calendar days of the response (or of the request, when no timely response was given)',
          citation: '950 CMR 32.08(1)(c)-(d)',
          uncertain:
            'G.L. c. 4, § 9 lets an act due on a Sunday or legal holiday be done the next business day; the regulation sets the 90 days and does not roll, so the engine gives the 90th calendar day.',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'The Supervisor of Records issues a determination within 10 business days following receipt of the petition',
          citation: 'G.L. c. 66, § 10A(a); 950 CMR 32.08(2)(a)',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'Requests received before 2017-01-01 fell under the former G.L. c. 66, § 10 (10 calendar days); that version is not encoded.',
  ],
  sources: [
    'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-06',
    'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-08',
    'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleX/Chapter66/Section10',
    'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleI/Chapter4/Section7',
  ],
};
