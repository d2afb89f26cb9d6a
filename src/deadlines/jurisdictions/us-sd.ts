import { common, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_SD: Jurisdiction = {
  code: 'US-SD',
  name: 'South Dakota',
  lawName: 'Public Records and Files (open records law)',
  lawCitation: 'SDCL ch. 1-27',
  timeZone: 'America/Chicago',
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
      'SDCL 1-5-1 makes "every day appointed by the President of the United States, or by the Governor of this state for a public fast, thanksgiving, or holiday" a legal holiday. Before Juneteenth was enacted (SL 2022, ch 1) the Governor gave State workers a holiday for it on Fri 2021-06-18 (announced 2021-06-17, after the federal act); that day is in `designations`. Fri 2020-06-19 is not: the Governor\'s proclamation signed 2020-06-16 named it "Juneteenth Day" to "commemorate" the anniversary (Governor\'s release as reported by Dakota War College and the Black Hills Pioneer), a commemorative proclamation that appointed no day off, and the 2021 reports say the Governor had "previously proclaimed" Juneteenth Day while South Dakota was "the only state to not officially recognize it as a holiday". One Rapid City Journal report of 2020-06-18 calls the 2020 proclamation a "state holiday", but no source says State offices closed that day, so it is counted as a business day. For 2024, 2025 and 2026 no day appointed by the Governor was found (searched: Governor\'s news releases, Bureau of Human Resources, news; the federal closures of 2024-12-24, 2025-01-09, 2025-12-24 and 2025-12-26 were not found to have closed state offices).',
      'Weather closures of executive-branch offices are ordered county by county (e.g. December 2022, February and March 2023) with employees working remotely; none statewide was found for 2024-2026, and county closures are not encoded.',
      'South Dakota Statehood Day (Nov 2, SDCL 1-5-1.3) and the other days of chapter 1-5 are working holidays: offices stay open.',
    ],
    designations: [
      {
        date: '2021-06-18',
        name: 'Juneteenth observed (proclaimed by the Governor; June 19 was a Saturday)',
        kind: 'holiday',
        scope: 'all',
        citation:
          "Governor's announcement of 2021-06-17 of a holiday for State workers on Friday, June 18, 2021 in honor of Juneteenth (a day appointed by the Governor for a holiday, SDCL 1-5-1)",
        source:
          'https://rapidcityjournal.com/news/state-and-regional/noem-proclaims-juneteenth-a-holiday-for-state-workers/article_eb344f5e-6583-50da-b5ba-1d4789831dd7.html; https://ktiv.com/2021/06/17/south-dakota-governor-announces-holiday-for-state-workers-friday-to-honor-juneteenth/; https://www.keloland.com/news/capitol-news-bureau/juneteenth-didnt-need-to-be-added-as-a-state-holiday/',
      },
    ],
    designationsThrough: 2026,
    designationSources: [
      "https://news.sd.gov (Governor's proclamations and office closure announcements)",
      'https://bhra.sd.gov (Bureau of Human Resources and Administration, state holidays)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'SDCL 1-27-37 counts "ten business days", undefined in chapter 1-27; records are open "during the hours the respective offices are open for the ordinary transaction of business" (SDCL 1-27-1), so a day the office is closed by order is not a business day.',
      citation: 'SDCL 1-27-1; SDCL 1-27-37',
    },
    alternatives: [
      {
        reading:
          "A closure with employees working remotely (as the Governor's weather closures direct) leaves the day a business day for the public record officer",
        citation: 'SDCL 1-27-37; Governor\'s closure announcements ("employees will be working remotely")',
        flipExecutiveClosures: true,
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
          quote:
            'The public record officer shall promptly respond to the written request but in no event later than ten business days from receipt of the request.',
          quoteSource: 'https://instalawyer.io/laws/south-dakota-codified-laws/section-1-27-37-written-request',
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
    'Dates are taken in the time zone of the capital, Pierre (Central); the western half keeps Mountain Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'Effective date: the sections cite SL 2008, ch 14, but the Reporters Committee guide says the overhaul took effect July 1, 2009; the engine applies the 10-business-day rule from 2009-07-01. If it took effect July 1, 2008, requests from 2008-07-01 to 2009-06-30 are shown with no fixed deadline.',
    'Juneteenth: encoded from July 1, 2022 (effective date of HB 1025). Some read the "days appointed by the President" clause of 1-5-1 as making it a state holiday from June 17, 2021; the Governor\'s holiday for State workers of Fri 2021-06-18 is in `designations` (it rests on news reports of the Governor\'s announcement, not on the text of an order). The 2020 "Juneteenth Day" proclamation was commemorative and closed no office, so 2020-06-19 is a business day; if an order closing offices that day turns up, add it.',
    'Verification stays partial: the 10 business days (1-27-37) and the holiday list and weekend rule (1-5-1, current text with Juneteenth at sdlegislature.gov) were read in the statute; the 90 days of 1-27-38 and the effective date of the 2009 law were not re-read.',
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
    'https://kornradio.com/latestnews/juneteenth-finally-official-state-holiday-in-south-dakota',
    'http://dakotawarcollege.com/gov-noem-proclaims-june-19th-juneteenth-day-in-south-dakota/ (2020 proclamation: commemorative)',
    'https://rapidcityjournal.com/news/state-and-regional/noem-proclaims-juneteenth-a-holiday-for-state-workers/article_eb344f5e-6583-50da-b5ba-1d4789831dd7.html (2021 holiday for State workers)',
    'https://www.dakotanewsnow.com/2022/12/21/gov-noem-closes-state-government-offices-statewide-winter-storm/',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next business day: SDCL 1-27-37 counts "from receipt of the request"; chapter 1-27 and the Office of Hearing Examiners\' public records procedure were searched.',
};
