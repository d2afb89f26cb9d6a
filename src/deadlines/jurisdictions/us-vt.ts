import { common, fixed, nth, TUE } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_VT: Jurisdiction = {
  code: 'US-VT',
  name: 'Vermont',
  lawName: 'Public Records Act',
  lawCitation: '1 V.S.A. §§ 315-320',
  timeZone: 'America/New_York',
  calendar: {
    citation: '1 V.S.A. § 371(a)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      '1 V.S.A. § 371(b): State departments, agencies and offices observe a legal holiday falling on a Saturday on the preceding Friday and one falling on a Sunday on the following Monday',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington("Presidents' Day (Washington's Birthday)"),
      nth('Town Meeting Day', 3, TUE, 1),
      common.memorial(),
      common.independence(),
      fixed('Bennington Battle Day', 8, 16),
      common.labor(),
      common.columbus("Indigenous Peoples' Day (Columbus Day until 2019)", {
        citation: '1 V.S.A. § 371(a)(9), renamed by 2019 Acts and Resolves No. 18 (S.68); same date',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
      common.juneteenth('Juneteenth', {
        from: '2024-07-01',
        citation: '1 V.S.A. § 371(a), as amended by 2024 S.206 (signed May 30, 2024)',
      }),
    ],
    notes: [
      '1 V.S.A. § 371(b) fixes the weekend rule for State offices; "all other conditions of employment related to legal holidays, including decisions such as the closing or opening of State offices" are bargained under 3 V.S.A. § 904. Whether a town or other municipal office closes on a legal holiday, or on the Friday before a Saturday one, is up to the municipality; the calendar follows the State rule.',
      'Juneteenth: the 2007 act named the third Saturday in June "Juneteenth National Freedom Day", a commemorative day only. 2024 S.206 made June 19 a legal holiday in § 371 without itself giving a day off; it is among the State employees\' paid holidays from 2025. The engine counts it from July 1, 2024 (first one: Thursday June 19, 2025) for every custodian; see the alternatives for the other readings.',
      "Designations: Vermont's legal holidays are fixed by § 371, which gives the Governor no power to add legal holidays; for 2024, 2025 and 2026 no Governor's order closing State offices was found (searched stored pages for Department of Human Resources holiday schedules, Governor's executive orders and news of State office closures).",
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://humanresources.vermont.gov/ (State holiday schedule under the collective bargaining agreements)',
      'https://governor.vermont.gov/ (executive orders and proclamations)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "business days" (§ 318(a)(1)) without defining them; a day on which the custodian\'s office is closed by order is not a business day of that office.',
      citation: '1 V.S.A. § 318(a)(1)',
    },
    alternatives: [
      {
        reading:
          'S.206 took effect on signing (May 30, 2024), so June 19, 2024 was already a legal holiday not counted as a business day (the engine takes the usual July 1 effective date)',
        citation: '2024 S.206 (signed May 30, 2024); 1 V.S.A. § 371(a)',
        addHolidays: [fixed('Juneteenth (2024)', 6, 19, { from: '2024-06-19', until: '2024-06-19' })],
      },
      {
        reading:
          'Juneteenth is a business day for a custodian whose office stays open on it: § 371(b) leaves "the closing or opening of State offices" to collective bargaining, the act gives no day off, many municipal offices stay open, and 2025 H.455 (to require State offices to close on Juneteenth) was only introduced and referred to committee',
        citation:
          '1 V.S.A. § 371(b); Vermont Senate debate on S.206, March 15, 2024 (the bill "does not automatically grant a paid day off for state employees"); 2025 H.455 (introduced February 28, 2025)',
        dropHolidays: ['Juneteenth'],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        '1 V.S.A. § 318 as in force before 2011 Acts and Resolves No. 59 (unchanged in these respects since before 2000)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 2, unit: 'business' }],
          text: 'Produce the record promptly; a custodian who considers it exempt must certify the denial in writing, with reasons, within 2 business days',
          citation: '1 V.S.A. § 318(a), (a)(2) (pre-2011 text)',
          quote:
            'Such certification shall be made within two business days, unless otherwise provided in subdivision (5) of this subsection.',
          quoteSource: 'http://vermont-archives.org/records/right-to-know/response.html',
          uncertain:
            'The pre-2011 text set a time only for the written denial (and a date within one calendar week for records in active use or storage, § 318(a)(1)); production itself had to be "prompt". The engine shows the 2-business-day limit.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 12, unit: 'business' }],
          text: 'In unusual circumstances the time limits may be extended by written notice giving the reasons, but not by more than 10 working days (2 + 10 = 12 business days after receipt)',
          citation: '1 V.S.A. § 318(a)(5) (pre-2011 text)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A requester may appeal an adverse determination to the head of the agency; the statute sets no time limit for filing the appeal',
          citation: '1 V.S.A. § 318(a)(2)-(3) (pre-2011 text)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'The head of the agency decides the appeal within 5 days, excepting Saturdays, Sundays and legal public holidays, after receiving it',
          citation: '1 V.S.A. § 318(a)(3) (pre-2011 text)',
          quote:
            'the head of the agency shall make a determination with respect to any appeal within five days, excepting Saturdays, Sundays, and legal public holidays, after the receipt of such appeal',
          quoteSource: 'http://vermont-archives.org/records/right-to-know/response.html',
        },
      },
    },
    {
      effectiveFrom: '2011-07-01',
      enactedBy: '2011 Acts and Resolves No. 59',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Produce the record, or certify in writing that it is exempt, in active use (with a date within one calendar week) or does not exist, "promptly": immediately and not more than 3 business days from receipt of the request',
          citation: '1 V.S.A. § 318(a)(1), (b)',
          quote:
            '"promptly" means immediately, with little or no delay, and, unless otherwise provided in this section, not more than three business days: (A) from receipt of a request under this subchapter',
          quoteSource: 'https://legislature.vermont.gov/statutes/section/01/005/00318',
          uncertain:
            'A custodian that misses the time limit is deemed to have denied the request when the limit expires (§ 318(a)(2)), which opens the appeal to the head of the agency.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 13, unit: 'business' }],
          text: 'In unusual circumstances the custodian may extend the time limits by written notice giving the reasons and the date a determination is expected, by no more than 10 business days (3 + 10 = 13 business days after receipt) unless the requester agrees otherwise',
          citation: '1 V.S.A. § 318(d)',
          uncertain:
            'Read as a 10-business-day extension added to the 3-day limit. If the cap were read as 10 business days from receipt in total, the date would be 3 business days earlier. The subsection letter and wording were taken from secondary sources; the current statute text of § 318(c)-(d) was not read in full.',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A person aggrieved by the denial may appeal to the head of the agency; the statute sets no time limit for filing the appeal',
          citation: '1 V.S.A. § 318(c)(1)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'The head of the agency decides the appeal within 5 business days after the day the appeal is received; if the denial is reversed, the records are due promptly (3 business days) after the decision',
          citation: '1 V.S.A. § 318(c)(1); § 318(a)(1)(B)',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched 1 V.S.A. §§ 317-318 and the Secretary of State and VLCT public-records guides.',
  uncertain: [
    'Juneteenth: S.206 (2024) is known from the Senate and House floor reports of March 15 and May 9, 2024, from Seven Days (May 31, 2024: the Governor signed S.206, which "makes Juneteenth a state holiday", on May 30, 2024) and from 2025 H.455, which calls June 19 "already designated as a legal holiday"; the act number, its effective date (taken as the usual July 1, 2024, so June 19, 2024 is not counted; if it took effect on signing, June 19, 2024 was a legal holiday with State offices open) and the amended text of § 371 were not read. That State offices close on it from 2025 rests on a FindLaw summary of the State employees\' holidays ("Starting in 2025, this list includes Juneteenth"). The weekend rule of § 371(b) is applied to it (June 19, 2027 observed Friday June 18). No Juneteenth holiday is marked officesOpen: State offices close on it from 2025, and June 19, 2024 falls before the assumed effective date.',
    'Current § 318(c) (appeal) and (d) (extension) were not read; the extension (pre-2011 § 318(a)(5)) was read only up to its reasons clause.',
    '2011 Acts and Resolves No. 59 is taken to apply to requests received on or after July 1, 2011 (the usual effective date; the act itself was not read).',
    '"Business day" in 1 V.S.A. § 318 is counted as Monday to Friday minus the legal holidays of 1 V.S.A. § 371 as observed by State offices; a municipal office closed on another day (its own schedule) has non-business days this statewide calendar does not list.',
    "Lincoln's Birthday (February 12) appears in older texts of § 371 but not in the current one; the date of its removal was not found, so it is not encoded for any year. Requests crossing a February 12 before its removal may be one business day short.",
  ],
  sources: [
    'https://legislature.vermont.gov/statutes/section/01/005/00318',
    'http://vermont-archives.org/records/right-to-know/response.html (pre-2011 text of 1 V.S.A. § 318)',
    'http://www.waitsfieldvt.us/about/government_1vsa318.cfm (pre-2011 text)',
    'https://vdocuments.us/vlct-model-public-records-policy-with-guidance-the-vermont-public-records-act-1.html (VLCT guidance quoting § 318(a)(1))',
    'https://www.lawserver.com/law/state/vermont/vt-statutes/vermont_statutes_title_1_371',
    'https://holidays.uslegal.com/state-holidays/vermont-legal-holidays/ (older text of § 371)',
    'https://vcnaa.vermont.gov/news/2024-indigenous-peoples-day-proclamation (Act 18 of 2019)',
    'https://citizenportal.ai/articles/2116510/Vermont/Vermont-Senate-votes-to-designate-Juneteenth-as-a-legal-state-holiday (S.206, Senate, March 15, 2024)',
    'https://citizenportal.ai/articles/2118353/Vermont/Vermont-House-advances-bill-to-designate-Juneteenth-as-a-legal-holiday (S.206, House, May 9, 2024)',
    'https://www.sevendaysvt.com/news/vermont-bill-to-make-big-oil-pay-for-climate-crisis-becomes-law-41029199 (S.206 signed May 30, 2024)',
    'https://vulcanbills.com/vt/2025/H0455 (2025 H.455: Juneteenth "already designated as a legal holiday")',
    'https://www.findlaw.com/state/vermont-law/vermont-legal-holidays-laws.html (State employee holidays, Juneteenth from 2025)',
    'https://www.wcax.com/2022/06/16/vermont-state-offices-open-monday-juneteenth-holiday/',
  ],
};
