import { common, fixed, nth, TUE } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_VT: Jurisdiction = {
  code: 'US-VT',
  name: 'Vermont',
  lawName: 'Public Records Act',
  lawCitation: '1 V.S.A. §§ 315-320',
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
    ],
    notes: [
      '1 V.S.A. § 371(b) fixes the weekend rule for State offices; whether a town or other municipal office closes on the Friday before a Saturday holiday is up to the municipality (and, for State offices, other conditions are bargained under 3 V.S.A. § 904). Add municipal closures as closures.',
      'Juneteenth (third Saturday in June) and other commemorative days in 1 V.S.A. ch. 7 are not legal holidays under § 371 and close no office.',
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
  uncertain: [
    '2011 Acts and Resolves No. 59 is taken to apply to requests received on or after July 1, 2011 (the usual effective date; the act itself was not read).',
    '"Business day" in 1 V.S.A. § 318 is counted as Monday to Friday minus the legal holidays of 1 V.S.A. § 371 as observed by State offices; if a municipal office is also closed on another day, add it as a closure.',
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
  ],
};
