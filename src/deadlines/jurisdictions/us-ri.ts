import { common, electionDay, fixed, MON, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Permit inspection or copying, or deny in writing with specific reasons, within 10 business days of the request; failure to comply is deemed a denial',
  citation: 'R.I. Gen. Laws § 38-2-3(e); § 38-2-7(a)-(b)',
  quote:
    'Any denial of the right to inspect or copy records ... shall be made ... in writing giving the specific reasons for the denial within ten (10) business days of the request ... Failure to comply with a request to inspect or copy the public record within the ten (10) business day period shall be deemed to be a denial.',
  quoteSource: 'http://webserver.rilegislature.gov/Statutes/TITLE38/38-2/38-2-7.htm',
};

const APPEAL_FILING: ClockRule = {
  fixed: false,
  startsAt: 'adverse_determination',
  text: 'A person denied access may petition the chief administrative officer of the public body for review, and may complain to the Attorney General; the statute sets no time limit for either',
  citation: 'R.I. Gen. Laws § 38-2-8(a)-(b)',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'The chief administrative officer makes a final determination within 10 business days after the review petition is submitted',
  citation: 'R.I. Gen. Laws § 38-2-8(a)',
  uncertain:
    "The Attorney General's investigation of a complaint (38-2-8(b)) has no statutory time; only the chief administrative officer's review is counted.",
};

export const US_RI: Jurisdiction = {
  code: 'US-RI',
  name: 'Rhode Island',
  lawName: 'Access to Public Records Act',
  lawCitation: 'R.I. Gen. Laws § 38-2-1 et seq.',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'R.I. Gen. Laws § 25-1-1',
    observance: 'sun_mon',
    observanceCitation:
      "R.I. Gen. Laws § 25-1-1 (a holiday on Sunday: the day following; New Year's Day, Juneteenth, Independence Day, Veterans' Day and Christmas on Saturday: the following Monday)",
    holidays: [
      common.newYear("New Year's Day", { observance: 'sat_mon_sun_mon' }),
      common.mlk("Dr. Martin Luther King, Jr.'s Birthday"),
      common.washington("Washington's Birthday", { officesOpen: true }),
      fixed('Rhode Island Independence Day', 5, 4, { officesOpen: true }),
      common.memorial(),
      common.juneteenth('Juneteenth National Freedom Day', {
        observance: 'sat_mon_sun_mon',
        from: '2024-01-01',
        citation: 'R.I. Gen. Laws § 25-1-1, as amended by P.L. 2023 (H 5380A, S 0444A), from 2024',
      }),
      common.independence('Independence Day', { observance: 'sat_mon_sun_mon' }),
      nth('Victory Day', 8, MON, 2),
      common.labor(),
      common.columbus(),
      electionDay('Election Day', { years: 'even' }),
      common.veterans("Veterans' Day", { observance: 'sat_mon_sun_mon' }),
      common.thanksgiving('Thanksgiving Day', {
        citation:
          'R.I. Gen. Laws § 25-1-1 (days of thanksgiving appointed by the President or the Governor; proclaimed every year for the fourth Thursday of November)',
      }),
      common.christmas('Christmas Day', { observance: 'sat_mon_sun_mon' }),
    ],
    notes: [
      "Washington's Birthday and Rhode Island Independence Day (May 4) are holidays under 25-1-1, but the Secretary of State's list of state holidays omits them and state offices stay open; they are marked officesOpen and count as business days (see openHolidays), with the other reading as an alternative.",
      'Designations: 25-1-1 makes holidays of "any other days as the governor or general assembly of this state or the president or the congress of the United States shall appoint as holidays"; no such holiday was found for 2024-2026. The Governor closed non-essential State offices by executive order for winter storms (in `designations`, as closures of state agencies). Searched: governor.ri.gov executive orders, Secretary of State holiday list, news, for 2024, 2025 and 2026; no closure was found for 2025. The presidential closures (2024-12-24, 2025-01-09, 2025-12-24, 2025-12-26) were not found to have closed State offices.',
    ],
    designations: [
      {
        date: '2024-02-13',
        name: 'Winter storm: non-essential State offices closed',
        kind: 'closure',
        scope: 'state',
        citation:
          'Executive Order 24-03, ¶ 3 ("All non-essential State offices and agencies shall be closed on Tuesday, February 13, 2024, from 8:30 a.m. until 4:30 p.m.")',
        source: 'https://governor.ri.gov/executive-orders/executive-order-24-03',
      },
      {
        date: '2026-02-23',
        name: 'Blizzard: State government closed',
        kind: 'closure',
        scope: 'state',
        citation:
          'Executive Order 26-02 (Declaration of Disaster Emergency, Winter Storm); Governor\'s release of 2026-02-21 ("State Government Closed on Monday")',
        source:
          'https://lprnews.org/governor-mckee-declares-state-of-emergency-issues-travel-ban-ahead-of-blizzard-conditions',
      },
      {
        date: '2026-02-24',
        name: 'Blizzard: non-essential State offices closed',
        kind: 'closure',
        scope: 'state',
        citation:
          'Executive Order 26-02.1 ("All non-essential State offices and agencies shall remain closed on Tuesday, February 24, 2026, until 4:30 p.m.")',
        source: 'https://governor.ri.gov/executive-orders/executive-order-26-021',
      },
    ],
    designationsThrough: 2026,
    designationSources: [
      'https://governor.ri.gov/executive-orders (closures of State offices; days appointed as holidays)',
      'https://www.sos.ri.gov/divisions/civics-and-education/reference-desk/ri-state-holidays',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "ten (10) business days" and does not define the term; a day on which the Governor has closed the State offices is not a business day of a State public body. Local public bodies are not covered by these orders.',
      citation: 'R.I. Gen. Laws § 38-2-3(e), § 38-2-7',
    },
    openHolidays: {
      stops: false,
      reason:
        "State offices are open on Washington's Birthday and May 4, which the Secretary of State's list of state holidays omits; the Act's \"business days\" are read as the days the public body is open.",
      citation: 'R.I. Gen. Laws § 25-1-1; § 38-2-7; Secretary of State, Rhode Island State Holidays',
    },
    alternatives: [
      {
        reading:
          "Every holiday named in 25-1-1 is a non-business day, including Washington's Birthday and Rhode Island Independence Day (May 4)",
        citation: 'R.I. Gen. Laws § 25-1-1 ("shall be holidays")',
        flipOpenHolidays: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'P.L. 1998, ch. 378',
      clocks: {
        response: { ...RESPONSE, citation: 'R.I. Gen. Laws § 38-2-7(a)-(b) (1998 text)' },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 40, unit: 'business' }],
          text: 'For good cause the 10-business-day limit could be extended "for a period not to exceed thirty (30) business days" (read as 10 + 30 = 40 business days after the request)',
          citation: 'R.I. Gen. Laws § 38-2-7(b) (1998 text)',
          quote:
            'Failure to comply with a request to inspect or copy the public record within the ten (10) business day period shall be deemed to be a denial. Except that for good cause, this limit may be extended for a period not to exceed thirty (30) business days.',
          quoteSource: 'http://statutes.laws-info.com/rhode-island/title-38/chapter-38-2/38-2-7',
          uncertain:
            'The 1998 text can also be read as a total limit of 30 business days; the engine takes the longer reading (the latest date the agency could claim).',
        },
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2012-09-01',
      enactedBy: 'P.L. 2012, ch. 448 and ch. 454',
      clocks: {
        response: RESPONSE,
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 30, unit: 'business' }],
          text: 'If it explains in writing within the 10 business days, the public body may have up to an additional 20 business days (30 business days after the request) when the volume of the request, pending requests or retrieval difficulty would otherwise impose an undue burden',
          citation: 'R.I. Gen. Laws § 38-2-3(e); § 38-2-7(b)',
          quote:
            'If the inspection or copying is not permitted within ten (10) business days the Board shall forthwith explain in writing the need for additional time ... may have up to an additional twenty (20) business days to comply with the request if it can demonstrate that the voluminous nature of the request, the number of requests for records pending, or the difficulty in searching for and retrieving or copying the requested records',
          quoteSource:
            'https://regulations.justia.com/states/rhode-island/title-445/chapter-00/subchapter-00/part-2/section-445-ricr-00-00-2-4 (agency rule restating § 38-2-3(e))',
          uncertain:
            'The text of § 38-2-3(e) itself was not read in full (the copies read stop at subsection (d)); the 20 additional business days are taken from agency rules that restate it (445-RICR-00-00-2.4, 280-RICR-10-00-1.6) and from § 38-2-7(b), which refers to it.',
        },
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Weekend rule: 25-1-1 moves New Year\'s Day, Juneteenth, Independence Day, Veterans\' Day and Christmas from a Saturday to the following Monday ("state employees will celebrate the holiday on the following Monday"), encoded with observance sat_mon_sun_mon; the other holidays move only from Sunday to Monday (text read at statutes.laws-info.com and the unicourt code copy).',
    'Verification stays partial: § 38-2-7 and § 25-1-1 were read in the statute text; § 38-2-3(e) (the 20 additional business days) only as restated in agency rules, and § 38-2-8 (the 10-business-day review) was not re-read.',
    'The date Rhode Island Independence Day (May 4) became a 25-1-1 holiday was not found; it is encoded for all years.',
    'Thanksgiving is not named in 25-1-1; it is a holiday as a "day of thanksgiving" appointed by the President and the Governor every year.',
    'The 2012 amendments are taken to apply to requests received on or after 2012-09-01 (their effective date per the ACLU of Rhode Island).',
  ],
  sources: [
    'http://webserver.rilegislature.gov/Statutes/TITLE38/38-2/38-2-7.htm',
    'http://webserver.rilin.state.ri.us/Statutes/TITLE38/38-2/38-2-8.HTM',
    'https://instalawyer.io/laws/rhode-island-general-laws/section-38-2-3-right-to',
    'http://statutes.laws-info.com/rhode-island/title-38/chapter-38-2/38-2-7',
    'http://webserver.rilegislature.gov/PublicLaws/law12/law12454.htm',
    'https://riaclu.org/en/news/aclu-releases-materials-revised-open-records-law',
    'https://unicourt.github.io/cic-code-ri/transforms/ri/ocri/r71/gov.ri.code.title.25.html',
    'http://webserver.rilin.state.ri.us/BillText23/HouseText23/H5380A.htm',
    'https://www.rilegislature.gov/pressrelease (2023-06-19, Juneteenth state holiday from 2024)',
    'https://www.sos.ri.gov/divisions/civics-and-education/reference-desk/ri-state-holidays',
    'http://statutes.laws-info.com/rhode-island/title-25/chapter-25-1/25-1-1',
    'https://governor.ri.gov/executive-orders/executive-order-24-03',
    'https://governor.ri.gov/executive-orders/executive-order-26-02',
    'https://governor.ri.gov/executive-orders/executive-order-26-021',
  ],
  receiptNote:
    'No statute or rule of general application deems a request received after business hours to be received the next business day: R.I. Gen. Laws §§ 38-2-3 and 38-2-7 and agency APRA rules (e.g. 280-RICR-10-00-1.6, 810-RICR-00-00-2.4, 445-RICR-00-00-2.4) were searched; those rules date a request by its receipt.',
};
