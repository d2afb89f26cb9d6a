import { common, fixed } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const SRC_2_532 =
  'https://github.com/DCCouncil/law-xml-codified/blob/main/us/dc/council/code/titles/2/sections/2-532.xml (official D.C. Code XML, Council of the District of Columbia)';

const BWC_TEXT =
  'Body-worn camera recordings of the Metropolitan Police Department (request only to MPD): 25 days (except Saturdays, Sundays and legal public holidays), extendable in unusual circumstances by not more than 15 such days (40 in all); D.C. Code 2-532(c)(2), (d)(1), as added by D.C. Law 21-83 (eff. 2016-03-09)';

/** D.C. Law 15-256 (eff. 2005-03-17) to D.C. Law 21-83: 15 + 10 days, no body-worn camera rule. */
const RESPONSE_2005: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 15, unit: 'business' }],
  text: 'Within 15 days (except Saturdays, Sundays and legal public holidays) of receipt, make the record available or notify the requester of the denial and the reasons',
  citation: 'D.C. Code 2-532(c) (as amended by D.C. Law 15-256)',
  quote:
    'shall within 15 days (except Saturdays, Sundays, and legal public holidays) of the receipt of any such request either make the requested public record accessible or notify the person making such request of its determination not to make the requested public record or any part thereof accessible',
  quoteSource: SRC_2_532,
};

const EXTENDED_2005: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 25, unit: 'business' }],
  text: 'In unusual circumstances, by written notice, the time may be extended by not more than 10 days (except Saturdays, Sundays and legal public holidays): 25 business days after receipt',
  citation: 'D.C. Code 2-532(d)',
  quote:
    'Such extension shall not exceed 10 days (except Saturdays, Sundays, and legal public holidays) for records requested under subsection (c)(1) of this section',
  quoteSource: SRC_2_532,
};

/** Since D.C. Law 21-83 (eff. 2016-03-09): body-worn camera recordings get 25 + 15 days. */
const RESPONSE: ClockRule = {
  ...RESPONSE_2005,
  citation: 'D.C. Code 2-532(c)(1)',
  byRequestType: { body_camera: [{ days: 25, unit: 'business' }] },
  requestTypeText: BWC_TEXT,
};

const EXTENDED_RESPONSE: ClockRule = {
  ...EXTENDED_2005,
  citation: 'D.C. Code 2-532(d)(1)',
  byRequestType: { body_camera: [{ days: 40, unit: 'business' }] },
  requestTypeText: BWC_TEXT,
  quote:
    'Such extension shall not exceed 10 days (except Saturdays, Sundays, and legal public holidays) for records requested under subsection (c)(1) of this section and 15 days (except Saturdays, Sundays, and legal public holidays) for records requested under subsection (c)(2)',
};

/** D.C. Law 13-283 (eff. 2001-04-27) to D.C. Law 15-256: 10 + 10 days (see uncertain). */
const RESPONSE_2001: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Within 10 days (except Saturdays, Sundays and legal public holidays) of receipt, make the record available or notify the requester of the denial and the reasons',
  citation: 'D.C. Code 2-532(c) (before D.C. Law 15-256)',
  uncertain:
    'The 10-day period before 2005-03-17 is inferred: the official code notes that D.C. Law 15-256 (eff. 2005-03-17) changed the number of days in subsection (c) between 10 and 15 (its note reads: substituted 10 for 15, which cannot be literal since the text in force says 15), and older summaries give 10 working days. The pre-2005 text itself was not read. D.C. Law 15-256 sec. 3 applies the 15 days to requests pending on 2005-03-17, so this rule is used only for requests received before 2005-03-03 (see the rule sets from 2005-02-16 and 2005-03-03).',
};

const EXTENDED_2001: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 20, unit: 'business' }],
  text: 'In unusual circumstances the time could be extended by written notice by not more than 10 days (except Saturdays, Sundays and legal public holidays): 20 business days after receipt',
  citation: 'D.C. Code 2-532(d) (before D.C. Law 21-83)',
  uncertain: 'Inferred like the 10-day response period (see that clock); the pre-2005 text was not read.',
};

/**
 * Requests received 2005-02-16 to 2005-03-02 whose time was extended by written notice: the 20-day extended
 * period was still running on 2005-03-17, so they were pending when D.C. Law 15-256 took effect and get
 * 15 + 10 days (sec. 3).
 */
const EXTENDED_PENDING_2005: ClockRule = {
  ...EXTENDED_2005,
  text: 'Received before D.C. Law 15-256 but still pending on its effective date (2005-03-17) because the time was extended by written notice: the amended 15 days plus the extension of not more than 10 days (except Saturdays, Sundays and legal public holidays), 25 business days after receipt',
  citation: 'D.C. Code 2-532(c), (d); D.C. Law 15-256, sec. 3 (applicability to pending requests)',
  uncertain:
    'Sec. 3 applies the act to "any requests for records pending on the effective date of this act, whether or not the request was made prior to that date". A request is taken as pending on 2005-03-17 when the time the former law allowed had not run out before that day: under 2-532(e) a request not answered in time is deemed denied, so it is no longer pending. With an extension (20 days) that covers requests received from 2005-02-16; without one (10 days), from 2005-03-03.',
};

const APPEAL_FILING: ClockRule = {
  fixed: false,
  startsAt: 'adverse_determination',
  text: 'A person denied access may petition the Mayor to review the decision; the statute sets no time limit for the petition',
  citation: 'D.C. Code 2-537(a)',
  quote:
    'any person denied the right to inspect a public record of a public body may petition the Mayor to review the public record to determine whether it may be withheld from public inspection',
  quoteSource: 'https://code.dccouncil.us/us/dc/council/code/sections/2-537',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'The Mayor decides the petition in writing within 10 days (excluding Saturdays, Sundays and legal holidays) of its submission',
  citation: 'D.C. Code 2-537(a)',
  quote:
    'Such determination shall be made in writing with a statement of reasons therefor in writing within 10 days (excluding Saturdays, Sundays, and legal holidays) of the submission of the petition.',
  quoteSource: 'https://code.dccouncil.us/us/dc/council/code/sections/2-537',
  uncertain:
    "Denials by the Council and the Attorney General go straight to Superior Court (2-537(a-1), (a-2)); there is no Mayor's appeal for them.",
};

export const US_DC: Jurisdiction = {
  code: 'US-DC',
  name: 'District of Columbia',
  lawName: 'District of Columbia Freedom of Information Act',
  lawCitation: 'D.C. Code 2-531 to 2-540',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'D.C. Code 1-612.02(a) (legal public holidays)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'D.C. Code 1-612.02(b)(1): a legal holiday on Saturday is observed the Friday before, on Sunday the Monday after',
    holidays: [
      common.newYear(),
      common.mlk("Dr. Martin Luther King, Jr.'s Birthday"),
      common.washington(),
      fixed('District of Columbia Emancipation Day', 4, 16, {
        from: '2007-01-01',
        citation: 'D.C. Code 1-612.02(a)(11) ("Beginning in the year 2007")',
      }),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2022-01-01',
        citation: 'D.C. Code 1-612.02(a)(4A)',
      }),
      common.independence(),
      common.labor(),
      common.columbus("Indigenous Peoples' Day (formerly Columbus Day)"),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
      fixed('Inauguration Day', 1, 20, {
        years: 'inauguration',
        observance: 'sun_mon',
        citation: 'D.C. Code 1-612.02(c) (January 20 of each 4th year starting in 1981; if Sunday, the next day)',
      }),
    ],
    notes: [
      'Inauguration Day falls on a Saturday in 2029 and is not moved.',
      "Designations: the District government also closes on the Friday after Thanksgiving by the Mayor's decision (2019 and 2021-2024 read) (an administrative closing, e.g. edpm.dc.gov issuance I-2019-13; the Mayor's \"Modified District Government Services\" releases for 2021-2024). These are encoded as closures, and so is Friday 2021-06-18, when the District government observed the new federal Juneteenth holiday before 1-612.02(a)(4A) listed it (whether the Mayor designated it a legal holiday under 1-612.02(b) was not read, so it is a closure: counted under the reading chosen, excluded under the other). 2020 was not searched: every clock started from 2020-03-11 to 2021-01-15 was tolled, so no closure of 2020 can change a computed date. Searched for 2024-2026: Mayor's releases, DCHR electronic District Personnel Manual (edpm.dc.gov) issuances and news reports.",
      'Not encoded: early dismissals (2 p.m. on Tuesday 2024-12-24; 1 p.m. on 2019-12-24, issuance I-2019-20), late openings (10 a.m. on 2025-02-12, issuance I-2025-2) and weather days on which the District government worked in a "modified posture" with non-essential staff teleworking (2025-01-06, 2026-01-26): offices were not closed for the whole day. No District closure for the federal National Day of Mourning of 2025-01-09 was found.',
      'The 2025 and 2026 schedules (Friday after Thanksgiving, Christmas Eve) were not found in the stored sources; designations are complete through 2024 only.',
    ],
    designations: [
      {
        date: '2019-11-29',
        name: 'Friday after Thanksgiving (District government closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'DCHR issuance I-2019-13, "District Government Closure - Friday, November 29, 2019"',
        source: 'https://edpm.dc.gov/issuances/district-government-closure-friday-november-29-2019/',
      },
      {
        date: '2021-06-18',
        name: 'Juneteenth National Independence Day observed (District government closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Mayor\'s release "Modified District Government Services for Juneteenth" (2021-06-17: "On Friday, June 18, 2021, the District Government will observe Juneteenth National Independence Day")',
        source:
          'https://www.einpresswire.com/article/544105804/modified-district-government-services-for-juneteenth; https://wtop.com/local/2021/06/dc-md-to-close-government-offices-friday-in-observance-of-juneteenth/',
      },
      {
        date: '2021-11-26',
        name: 'Friday after Thanksgiving (District government closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'Mayor\'s release "Modified District Government Services for Thanksgiving Day" (2021-11-22)',
        source:
          'https://www.einpresswire.com/article/556941629/modified-district-government-services-for-thanksgiving-day',
      },
      {
        date: '2022-11-25',
        name: 'Friday after Thanksgiving (District government closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'Mayor\'s release "Modified District Government Services for Thanksgiving Day 2022"',
        source:
          'https://www.einpresswire.com/article/602713787/modified-district-government-services-for-thanksgiving-day-2022',
      },
      {
        date: '2023-11-24',
        name: 'Friday after Thanksgiving (District government closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'Mayor\'s release "Modified District Government Services for Thanksgiving" (2023)',
        source: 'https://www.einpresswire.com/article/671337787/modified-district-government-services-for-thanksgiving',
      },
      {
        date: '2024-11-29',
        name: 'Friday after Thanksgiving (District government closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'District government Thanksgiving closure announcement (2024-11-28)',
        source:
          'https://www.shorenewsnetwork.com/2024/11/28/thanksgiving-closures-and-service-changes-announced-in-washington-d-c',
      },
    ],
    designationsThrough: 2024,
    designationSources: [
      'https://edpm.dc.gov/ (DCHR issuances: legal public holidays, administrative closings)',
      'https://mayor.dc.gov/ and https://dc.gov/newsroom ("Modified District Government Services" releases)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The Act counts "days (except Saturdays, Sundays, and legal public holidays)" (2-532(c)-(d)); an administrative closing of District offices is none of these, so it is counted (reading chosen). A day the Mayor designates a legal holiday under 1-612.02(b) is the other case (kind holiday).',
      citation: 'D.C. Code 2-532(c)(1), (d)(1); 2-537(a); 1-612.02(b)',
    },
    alternatives: [
      {
        reading:
          'A day on which District offices are closed by the Mayor is not a day on which the request can be processed and is excluded like a holiday',
        citation: 'D.C. Code 2-532(c)(1) (the Act does not say whether an administrative closing counts)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2001-04-27',
      enactedBy: 'Freedom of Information Amendment Act of 2000, D.C. Law 13-283',
      clocks: {
        response: RESPONSE_2001,
        extended_response: EXTENDED_2001,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      // D.C. Law 15-256 sec. 3: pending requests. A request received from 2005-02-16 whose time was
      // extended by written notice was still within its 20 days on 2005-03-17; its 10-day response
      // period had already run out (deemed denial, 2-532(e), unless extended), so only the extended
      // clock changes here.
      effectiveFrom: '2005-02-16',
      enactedBy:
        'D.C. Law 15-256, sec. 3 (52 DCR 1158): the 15 days apply to requests pending on 2005-03-17 (extended requests received from 2005-02-16)',
      clocks: {
        response: RESPONSE_2001,
        extended_response: EXTENDED_PENDING_2005,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      // D.C. Law 15-256 took effect 2005-03-17; by sec. 3 it applies to requests pending on that day.
      // A request received on 2005-03-03 had its 10th day on 2005-03-17 and was still pending; one
      // received on 2005-03-02 had run out on 2005-03-16 (deemed denied under 2-532(e)).
      effectiveFrom: '2005-03-03',
      enactedBy:
        'D.C. Law 15-256 (52 DCR 1158, eff. 2005-03-17): 15 days in 2-532(c); by sec. 3 applied to requests pending on 2005-03-17, i.e. received from 2005-03-03',
      clocks: {
        response: RESPONSE_2005,
        extended_response: EXTENDED_2005,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2016-03-09',
      enactedBy: 'Body-Worn Camera Program Amendment Act of 2015, D.C. Law 21-83 (63 DCR 774): 2-532(c)(2), (d)(1)',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2020-03-11',
      enactedBy:
        'COVID-19 Response Emergency Amendment Act of 2020 (D.C. Act 23-247, signed 2020-03-17) and successor acts, incl. D.C. Law 23-130',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'For requests received from March 11, 2020 (start of the public health emergency) through January 15, 2021 the response deadlines were tolled; the FOIA Tolling Amendment Act of 2020 required them to be processed no later than 45 business days after January 15, 2021',
          citation:
            'D.C. Code 2-532 note (D.C. Law 23-130; FOIA Tolling Temporary Amendment Act of 2020, D.C. Law 23-267)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Tolled during the COVID-19 public health emergency (requests received March 11, 2020 to January 15, 2021)',
          citation: 'D.C. Law 23-130; D.C. Law 23-267',
        },
        appeal_filing: APPEAL_FILING,
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: "The 10-day limit for the Mayor's decision on appeals was suspended during the COVID-19 tolling period (to January 15, 2021)",
          citation: 'D.C. Code 2-537(a); D.C. Law 23-130; D.C. Law 23-267',
        },
      },
    },
    {
      effectiveFrom: '2021-01-16',
      enactedBy: 'FOIA Tolling Emergency and Temporary Amendment Acts of 2020 (D.C. Law 23-267): deadlines restored',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'verified',
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next business day; searched D.C. Code 2-531 to 2-540 and the FOIA rules of 1 DCMR ch. 4 (and agency chapters such as 15 DCMR 702, which deems a request received when the FOIA Officer receives it). Day 1 is the business day after receipt.',
  uncertain: [
    'Only the text in force since D.C. Law 13-283 (2001-04-27) is encoded; earlier requests get no rule. The 10 + 10 days encoded for 2001-04-27 to 2005-03-02 are inferred (see that rule set); the 15-day text in force since D.C. Law 15-256 and the body-worn camera periods of D.C. Law 21-83 were read in the official code.',
    'D.C. Law 15-256 (eff. 2005-03-17), sec. 3: "This act shall apply with respect to any requests for records pending on the effective date of this act, whether or not the request was made prior to that date" (editor\'s note to 2-532 in the official code). The engine reads "pending" as "the time the former law allowed had not run out before 2005-03-17" (a request not answered in time is deemed denied, 2-532(e)): the 15-day rule set starts with requests received 2005-03-03 (10th business day 2005-03-17), and extended requests get 25 days from 2005-02-16 (20th business day 2005-03-17). Another reading would treat any request still unanswered on 2005-03-17 as pending, whenever received; the engine cannot know whether a request was answered, so it does not take that reading.',
    'COVID-19: requests received 2020-03-11 to 2021-01-15 are shown with no fixed deadline; they had to be processed within 45 business days after January 15, 2021. After that date requests needing an on-site search during a public health emergency could be postponed until 45 days after it ended (D.C. Law 23-267, extended in 2021); that exception is not encoded.',
    'Juneteenth (1-612.02(a)(4A)) is counted from 2022; the date of the amendment adding it was not confirmed (District offices also closed on Friday, June 18, 2021; that day is encoded as a closure, see calendar notes).',
    'Emancipation Day (April 16) was a legal private holiday from 2001 and is a legal public holiday "beginning in the year 2007".',
  ],
  sources: [
    'https://development.code.dccouncil.gov/us/dc/council/code/sections/1-612.02',
    'https://code.dccouncil.us/us/dc/council/code/sections/2-537',
    'https://www.open-dc.gov/FOIA_COVID19_2021LAW; https://www.open-dc.gov/COVID19_Emergency_Act',
    'https://chairmanmendelson.com/2020/11/12/request-to-agendize-for-november-17-legislative-meeting-foia',
    'https://dcogc.org/blog/deadlines-are-reinstated-for-d-c-public-records-requests-but-some-agencies-didnt-get-the-memo-at-least-not-without-coalition-prodding/',
    'http://dccode.elaws.us/code?e=8&no=2-5%7CII (D.C. Law 13-283, effective Apr. 27, 2001)',
    '/work/shared/jurisdictions.md (US-DC: 2-532(c), 15 DCMR 702)',
    'https://github.com/DCCouncil/law-xml-codified/blob/main/us/dc/council/code/titles/2/sections/2-532.xml',
    'http://laws9.com/statutes/district-of-columbia/division-i/title-1/chapter-6/subchapter-xii/section-1-612-02',
    'https://edpm.dc.gov/issuances/district-government-closure-friday-november-29-2019/',
    'https://edpm.dc.gov/issuances/inclement-weather-delay-february-12-2025',
    'https://www.einpresswire.com/article/544105804/modified-district-government-services-for-juneteenth (2021-06-18)',
    'https://pubt.io/view/EEBF841476696EF77B1EBF0F74022BFA777E3EE0 (2025-01-06 modified posture)',
    'https://www.ramsinghlegal.com/post/district-of-columbia-police-footage (body-worn camera 25 + 15 business days)',
  ],
};
