import { common, fixed, MON, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Approve or deny the request as soon as reasonably possible, but no later than 10 business days after receiving the written request (5 business days when the requester shows an expedited response benefits the public)',
  citation: 'Utah Code 63G-2-204(4)(b) (63G-2-204(3) in earlier numbering); "business day" 63G-2-103',
  quote: 'as soon as reasonably possible, but no later than 10 business days after receiving a written request',
  quoteSource: 'https://lexace.ai/us/statute/utah/63G-2-204 (Utah Code 63G-2-204(4)(b))',
  uncertain:
    'The engine counts the ordinary 10 business days. For a request granted expedited treatment (benefits the public rather than the requester) the limit is 5 business days; the format has no request type for it, so count that by hand (the 5-business-day notice that a request will not be expedited is the expedited_decision clock). An entity that does not respond in time is deemed to have denied the request (63G-2-204, deemed-denial subsection), which opens the appeal.',
};

const EXPEDITED_DECISION: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 5, unit: 'business' }],
  text: 'Review each request that seeks an expedited response and, within 5 business days after receiving it, notify a requester who has not shown that the request benefits the public rather than the requester that the response will not be expedited',
  citation: 'Utah Code 63G-2-204(4)(a) (63G-2-204(3)(a) in earlier numbering)',
  quote:
    'review each request that seeks an expedited response and notify, within five business days after receiving the request, each requester that has not demonstrated that their record request benefits the public rather than the person that their response will not be expedited',
  quoteSource: 'https://lexace.ai/us/statute/utah/63G-2-204',
  uncertain:
    'Read in the current text; the same 5-business-day notice is taken to have been in GRAMA throughout the period (the subsection was renumbered), which was not checked against each earlier version.',
};

const EXTENDED_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'In the extraordinary circumstances listed in the statute the entity must disclose what it has, estimate the time needed and finish "as soon as reasonably possible", specifying the date the records will be available; the statute sets no maximum. The requester may appeal the claim of extraordinary circumstances or the date set within 30 days',
  citation: 'Utah Code 63G-2-204 (extraordinary-circumstances subsections); 63G-2-401(1)(b)',
};

const APPEAL_FILING: ClockRule = {
  fixed: true,
  startsAt: 'adverse_determination',
  segments: [
    {
      days: 30,
      unit: 'calendar',
      roll: true,
      rollPast: 'sundays_and_holidays',
      rollCitation: 'Utah Code 68-3-7; 63G-1-301',
    },
  ],
  text: 'Notice of appeal to the chief administrative officer of the governmental entity within 30 days after the entity sends the notice of denial (or after the request is deemed denied)',
  citation: 'Utah Code 63G-2-401(1)(a)',
  quote:
    'by filing a notice of appeal with the chief administrative officer within 30 days after: (i) for an access denial: (A) the governmental entity sends a notice of denial under Section 63G-2-205',
  quoteSource: 'https://lexace.ai/us/statute/utah/63G-2-401',
  uncertain:
    'Utah Code 68-3-7 excludes a last day that is a "holiday"; under 63G-1-301 every Sunday and legal holiday is a holiday but Saturday is not, so a 30th day on a Sunday or holiday rolls forward and one on a Saturday stands. A request for mediation by the government records ombudsman suspends the time to appeal (63G-2-401 as amended 2023); enter it as a pause.',
};

export const US_UT: Jurisdiction = {
  code: 'US-UT',
  name: 'Utah',
  lawName: 'Government Records Access and Management Act (GRAMA)',
  lawCitation: 'Utah Code 63G-2-101 et seq.',
  timeZone: 'America/Denver',
  calendar: {
    citation: 'Utah Code 63G-1-301',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Utah Code 63G-1-301(2)(a)-(b) (formerly (1)(b)-(c)): a fixed-date holiday on Saturday is observed the preceding Friday, on Sunday the following Monday; Juneteenth has its own rule (63G-1-301(2)(c)-(d))',
    holidays: [
      common.newYear(),
      common.mlk('Dr. Martin Luther King, Jr. Day'),
      common.washington("Washington and Lincoln Day (Presidents' Day)"),
      common.goodFriday('Good Friday', {
        from: '2026-05-06',
        citation: 'Utah Code 63G-1-301(1)(b)(iii), as amended in the 2026 General Session (effective May 6, 2026)',
      }),
      common.memorial(),
      common.juneteenth('Juneteenth National Freedom Day', {
        from: '2022-05-04',
        until: '2025-05-06',
        observance: 'sun_mon',
        citation: 'Utah Code 63G-1-301, as amended by H.B. 238 (2022), Laws of Utah 2022, ch. 331',
      }),
      nth('Juneteenth National Freedom Day', 6, MON, 3, {
        from: '2025-05-07',
        citation:
          'Utah Code 63G-1-301(1)(b), (2)(c)-(d), as amended 2025 (June 19 on Tuesday-Friday: the preceding Monday; on Saturday or Sunday: the following Monday, i.e. always the third Monday of June)',
      }),
      common.independence(),
      fixed('Pioneer Day', 7, 24),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas('Christmas'),
    ],
    notes: [
      'Every Sunday and Easter Sunday are also legal holidays (63G-1-301(1)); they fall on weekends and change nothing.',
      "Days the President or the Governor proclaims as days of fasting or thanksgiving, and extra holidays the Governor declares by proclamation under 63G-1-301 for extraordinary conditions, are legal holidays (designations of kind holiday). For 2024, 2025 and 2026 no such proclamation and no executive closure of State offices was found (searched stored pages for the Division of Human Resource Management holiday schedule, Governor's proclamations and news of state office closures); the only schedules found were of private or university employers.",
      'Each state employee has a Personal Preference Day; offices stay open, so it is not a closure.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      "https://governor.utah.gov/ (Governor's proclamations and executive orders)",
      'https://dhrm.utah.gov/ (Division of Human Resource Management: state holiday schedule)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'GRAMA counts "business days" (63G-2-204), which 63G-2-103 defines by excluding Saturdays, Sundays and legal holidays; a closure the Governor wants to stop clocks must be made a legal holiday by proclamation under 63G-1-301 (then it is a designation of kind holiday). A mere order closing offices is still a business day.',
      citation: 'Utah Code 63G-2-103; 63G-2-204; 63G-1-301',
    },
    alternatives: [
      {
        reading:
          "A day on which the governmental entity's offices are closed by executive order is not a business day of that entity, even without a holiday proclamation",
        citation: 'Utah Code 63G-2-103 ("business day"); 63G-2-204',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'GRAMA as in force in 2000 (former Utah Code 63-2-204 and 63-2-401; renumbered 63G-2 by Laws of Utah 2008, ch. 382); the 10-business-day rule predates 2000',
      clocks: {
        response: RESPONSE,
        expedited_decision: EXPEDITED_DECISION,
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: APPEAL_FILING,
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'The chief administrative officer decides the appeal within 5 business days after receiving the notice of appeal (12 business days when a business-confidentiality claim is involved; longer by agreement of the parties)',
          citation: 'Utah Code 63G-2-401(5)(a) (text before Laws of Utah 2017, ch. 435)',
          uncertain:
            'Failure to decide in time is treated as an affirmance of the denial. The further appeal to the State Records Committee (63G-2-403: within 30 days after the chief administrative officer decides) is a second tier the format has no kind for.',
        },
      },
    },
    {
      effectiveFrom: '2017-05-09',
      enactedBy: 'S.B. 242 (2017 General Session), Laws of Utah 2017, ch. 435',
      clocks: {
        response: RESPONSE,
        expedited_decision: EXPEDITED_DECISION,
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: APPEAL_FILING,
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'The chief administrative officer decides the appeal within 10 business days after receiving the notice of appeal (5 business days if the appellant shows an expedited decision benefits the public; 12 business days when a business-confidentiality claim is involved; longer by agreement)',
          citation: 'Utah Code 63G-2-401(5)',
          uncertain:
            'The change from 5 to 10 business days is dated to S.B. 242 (2017), which "modifies the time a chief administrative officer has to make a decision on an appeal"; the enrolled text was not read, and 63G-2-401 was amended again effective May 7, 2025 (fee-appeal changes; the 10-day period is assumed unchanged). Expedited (5-day) appeals must be counted by hand. The further appeal to the State Records Committee (63G-2-403) is not a kind in the format.',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched GRAMA (63G-2-204, 63G-2-401) and agency GRAMA rules (e.g. Utah Admin. Code R13-2).',
  uncertain: [
    'The definition of "business day" in 63G-2-103 was not re-read here (relied on for the executive-closure decision); the appeal-response period of 63G-2-401(5) was not re-read either.',
    'Good Friday: the text of 63G-1-301 in force from May 6, 2026 lists Good Friday "subject to Subsection (6)"; subsection (6) was not read, and a further version of the section takes effect January 1, 2027 (content not seen; an Election Day holiday bill, H.B. 104 of 2026, would take effect that day but its passage was not confirmed, so Election Day is not encoded). The engine treats Good Friday as a legal holiday from 2027 (March 26, 2027).',
    'Juneteenth 2022-2025: H.B. 238 (2022) made June 19 a holiday with a Saturday/Sunday holiday moved to the following Monday (secondary summary); no Saturday June 19 fell in that period, so the engine uses June 19 with Sunday->Monday. From May 7, 2025 the holiday is the Monday of the week (third Monday of June).',
    'The CAO decision period before May 9, 2017 (5 business days) and after (10 business days) rest on the Utah State Archives GRAMA guides (2012 and current); the 2017 effective date is the general effective date of that session.',
    'Requests by a person confined in a correctional facility after conviction need not be answered (2017 amendment); the engine does not model this.',
  ],
  sources: [
    'https://lexace.ai/us/statute/utah/63G-2-204',
    'https://lexace.ai/us/statute/utah/63G-2-401',
    'http://le.utah.gov/~code/TITLE63G/htm/63G02_020400.htm',
    'https://archivesnews.utah.gov/2012/08/21/grama-request-and-appeal-time-limits/',
    'http://168.177.21.21/rim/CSS/grama-certification/m4s2.html (Utah State Archives, GRAMA Essentials 4.2)',
    'http://le.utah.gov/~2017/bills/sbillint/SB0242S01.htm',
    'https://le.utah.gov/~2019/bills/sbillenr/SB0108.htm',
    'https://codes.findlaw.com/ut/title-63g-general-government/ut-code-sect-63g-1-301.html',
    'https://le.utah.gov/~2022/bills/hbillenr/HB0238.htm',
    'https://writingpartners.net/documents/10600 (63G-1-301 as effective 5/7/2025)',
    'https://self-law.org/code/ut/title-63g/chapter-1/1 (63G-1-301 as effective 5/6/2026)',
  ],
};
