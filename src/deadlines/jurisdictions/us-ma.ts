import { common, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_MA: Jurisdiction = {
  code: 'US-MA',
  name: 'Massachusetts',
  lawName: 'Public Records Law',
  lawCitation: 'G.L. c. 66, § 10; 950 CMR 32.00',
  timeZone: 'America/New_York',
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
      'Executive designations: G.L. c. 4, § 7, cl. 18 fixes the legal holidays and gives the Governor no power to add days. Searched (2024-2026) for Governor’s orders or Human Resources Division holiday memos closing state offices on other days (Christmas Eve, the day after Thanksgiving, days of mourning) and found none; the Governor’s winter-weather directives (e.g. 2023-02-28, 2023-03-14) tell non-emergency Executive Branch employees not to report but keep telework and are not office closures. When a Saturday holiday is observed, state offices stay open on the preceding Friday (c. 4, § 7, cl. 18; HRD legal holiday memo).',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://www.mass.gov/info-details/legal-holidays (Human Resources Division legal holiday memo)',
      'https://www.mass.gov/news (Governor’s press releases)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The law counts "business days", and the regulation treats "a day the custodian\'s office is closed" like a Saturday, Sunday or legal holiday (a request received on it is deemed received the next business day): a day the office is closed by order is not a business day.',
      citation: 'G.L. c. 66, § 10(b); 950 CMR 32.06(2)(e); 950 CMR 32.03(3)',
    },
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
          quote:
            'a records access officer shall provide a written response under M.G.L. c. 66, § 10(b) to a request for public records no later than the tenth business day following the receipt of a request',
          quoteSource: 'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-06',
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
          quote:
            'petitions for appeal of a response by a records access officer must be made within 90 calendar days of the date of the response by a records access officer.',
          quoteSource: 'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-08',
          uncertain:
            'G.L. c. 4, § 9 lets an act due on a Sunday or legal holiday be done the next business day; the regulation sets the 90 days and does not roll, so the engine gives the 90th calendar day.',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'The Supervisor of Records issues a determination within 10 business days following receipt of the petition',
          citation: 'G.L. c. 66, § 10A(a); 950 CMR 32.08(2)(a)',
          quote:
            'the Supervisor shall issue a written determination regarding any petition submitted in accordance with 950 CMR 32.08(1) not later than ten business days following receipt of the petition.',
          quoteSource: 'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-08',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'Requests received before 2017-01-01 fell under the former G.L. c. 66, § 10 (10 calendar days); that version is not encoded.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next business day: 950 CMR 32.06(2)(e) moves only requests received on a Saturday, Sunday, legal holiday or day the office is closed, and the former 4 p.m. rule for petitions to the Supervisor (950 CMR 32.08(1)(j)) was struck in the 2021 amendments. Searched 950 CMR 32.00 and G.L. c. 66, § 10.',
  sources: [
    'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-06',
    'https://www.harringtonheep.com/post/summary-of-changes-to-the-regulations-under-the-public-records-act (2021 amendments: 32.03(3), 32.06(2)(e), 32.08(1)(j) struck)',
    'http://www.mass.gov/anf/employment-equal-access-disability/oversight-agencies/hrd/legal-holiday-calendar.html (HRD legal holiday memo: Saturday holidays, Suffolk County days)',
    'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-08',
    'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleX/Chapter66/Section10',
    'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleI/Chapter4/Section7',
  ],
};
