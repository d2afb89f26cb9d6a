import { common, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_SD: Jurisdiction = {
  code: 'US-SD',
  name: 'South Dakota',
  lawName: 'Public Records and Files (open records law)',
  lawCitation: 'SDCL ch. 1-27',
  calendar: {
    citation: 'SDCL 1-5-1',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'SDCL 1-5-1, second paragraph (January 1, June 19, July 4, November 11 or December 25 on a Sunday: the Monday following; on a Saturday: the preceding Friday); the other holidays always fall on a weekday',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington('Birthdays of Lincoln and Washington'),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2022-07-01',
        citation: 'SDCL 1-5-1, as amended by SL 2022, ch 1, § 1 (HB 1025), in force July 1, 2022',
      }),
      common.independence(),
      common.labor(),
      nth("Native Americans' Day", 10, MON, 2),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Days appointed by the President or the Governor as holidays (SDCL 1-5-1) are not listed; add them as closures. The Governor closed state offices on Fri 2021-06-18 for Juneteenth by proclamation.',
      'South Dakota Statehood Day (Nov 2, SDCL 1-5-1.3) and the other days of chapter 1-5 are working holidays: offices stay open.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before the 2009 open records law the statute gave a right to examine public records during office hours but set no time to respond',
          citation: 'SDCL 1-27-1 (before SL 2008, ch 14)',
        },
      },
    },
    {
      effectiveFrom: '2009-07-01',
      enactedBy: 'SL 2008, ch 14 (in force July 1, 2009)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'The public record officer must respond to a written request promptly and no later than 10 business days from its receipt: by providing the record, denying the request, or acknowledging it with an estimate of the time reasonably required',
          citation: 'SDCL 1-27-37(1)',
          uncertain:
            'The clock applies to the written request to the public record officer that follows an informal request (1-27-37). A request for clarification the requester does not answer within 10 business days withdraws the request (1-27-37(3)).',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: "Additional time follows the officer's own estimate of the time reasonably required (to clarify, locate and assemble records, notify third parties or review exemptions); the law sets no cap, but an unreasonable estimate may be taken to review",
          citation: 'SDCL 1-27-37(1)(c), (2); 1-27-38',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 90, unit: 'calendar' }],
          text: 'Within 90 days of the denial (or of an objectionable fee or time estimate), the requester may sue or mail a written notice of review by registered or certified mail to the Office of Hearing Examiners',
          citation: 'SDCL 1-27-38',
          uncertain:
            'SDCL 1-5-4 lets an act due on a holiday (Sundays included) be done the next business day, but a Saturday is not a holiday in South Dakota; the engine does not roll the 90th day, so mail the notice by that date.',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Office of Hearing Examiners decides the review; no statutory time for its decision was found',
          citation: 'SDCL 1-27-38 to 1-27-40',
          uncertain:
            "SDCL 1-27-39 and 1-27-40 (procedure after the notice of review) were not read; if they set a time for the public record officer's answer or the decision, this clock should become fixed.",
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Effective date: the sections cite SL 2008, ch 14, but the Reporters Committee guide says the overhaul took effect July 1, 2009; the engine applies the 10-business-day rule from 2009-07-01. If it took effect July 1, 2008, requests from 2008-07-01 to 2009-06-30 are shown with no fixed deadline.',
    'Juneteenth: encoded from July 1, 2022 (effective date of HB 1025). Some read the "days appointed by the President" clause of 1-5-1 as making it a state holiday from June 17, 2021; the 2021 closure was by proclamation and is not in the calendar.',
    'No acknowledgment step separate from the 10-day response exists (the acknowledgment with an estimate is one of the three permitted responses).',
  ],
  sources: [
    'https://instalawyer.io/laws/south-dakota-codified-laws/section-1-27-37-written-request',
    'https://sdlegislature.gov/api/Statutes/1-27-37.html?all=true',
    'http://laws9.com/statutes/south-dakota/title-1/chapter-27/statute-1-27-38',
    'https://boa.sd.gov/ohe/resolution-process.aspx',
    'https://www.rcfp.org/south-dakota-open-government-guide/foreword',
    'https://sdlegislature.gov/Statutes/1-5',
    'https://www.lawserver.com/law/state/south-dakota/sd-laws/south_dakota_laws_1-5-1',
    'https://www.argusleader.com/story/news/education/2022/02/10/kristi-noem-juneteenth-becomes-official-south-dakota-holiday/6741398001/',
    'https://www.keloland.com/news/capitol-news-bureau/juneteenth-didnt-need-to-be-added-as-a-state-holiday/',
  ],
};
