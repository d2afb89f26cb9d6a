import { common, fixed } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Produce the information promptly; if it cannot be produced within 10 business days after the request, certify that in writing with a date and hour it will be available; to withhold it, ask the Attorney General for a decision and tell the requestor not later than the 10th business day after receipt',
  citation: 'Gov. Code 552.221(a), (d); 552.301(b), (d); "business day" 552.0031',
  quote:
    "The governmental body must ask for the attorney general's decision and state the exceptions that apply within a reasonable time but not later than the 10th business day after the date of receiving the written request.",
  quoteSource: 'https://instalawyer.io/laws/texas-statutes/section-552301-request-for-attorney (Gov. Code 552.301(b))',
  byRequestType: { voluminous: [{ days: 20, unit: 'business' }] },
  requestTypeText:
    'A voluminous request for body worn camera recordings (recordings from more than five separate incidents; more than five separate requests from the same person in 24 hours; or more than five hours of footage requested in 24 hours): the officer for public information complies if it takes the actions required by 552.221 not later than the 20th business day after receipt (Code Crim. Proc. art. 2B.0114, formerly Occ. Code 1701.663). Other voluminous requests and ordinary body-camera requests keep the 10 business days.',
  uncertain:
    'The 552.221(d) wording ("within 10 business days", certify a date and hour) was not re-read here; the 10-business-day deadline is quoted from 552.301(b), which sets the same day for asking the Attorney General and notifying the requestor (552.301(d)). The 20-business-day rule for voluminous body-camera requests is quoted from Code Crim. Proc. art. 2B.0114 (recodified from Occ. Code 1701.663, in force since the 2015 body-camera act, S.B. 158); the engine applies it to every "voluminous" request date, so use it only for such body-camera requests.',
};

const EXTENDED_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'When the information cannot be produced within 10 business days the officer sets "a date and hour within a reasonable time" (no maximum). When an Attorney General decision is requested, the body submits its arguments and the information by the 15th business day and the Attorney General rules within 45 business days of receiving the request (extendable by 10), after which the body must comply',
  citation: 'Gov. Code 552.221(d); 552.301(e); 552.306(a)',
};

export const US_TX: Jurisdiction = {
  code: 'US-TX',
  name: 'Texas',
  lawName: 'Public Information Act',
  lawCitation: 'Gov. Code ch. 552',
  timeZone: 'America/Chicago',
  calendar: {
    citation:
      'Gov. Code 552.0031(a) (Saturdays, Sundays, national holidays under 662.003(a) and state holidays under 662.003(b))',
    observance: 'none',
    observanceCitation:
      'Gov. Code 552.0031(e): the Friday before or Monday after a weekend holiday is a non-business day only if the governmental body observes the holiday on that day',
    holidays: [
      common.newYear("New Year's Day", { citation: 'Gov. Code 662.003(a)(1)' }),
      common.mlk('Martin Luther King, Jr., Day', { citation: 'Gov. Code 662.003(a)(2)' }),
      fixed('Confederate Heroes Day', 1, 19, { citation: 'Gov. Code 662.003(b)(1)' }),
      common.washington("Presidents' Day", { citation: 'Gov. Code 662.003(a)(3)' }),
      fixed('Texas Independence Day', 3, 2, { citation: 'Gov. Code 662.003(b)(2)' }),
      fixed('San Jacinto Day', 4, 21, { citation: 'Gov. Code 662.003(b)(3)' }),
      common.memorial('Memorial Day', { citation: 'Gov. Code 662.003(a)(4)' }),
      fixed('Emancipation Day in Texas', 6, 19, { citation: 'Gov. Code 662.003(b)(4)' }),
      common.independence('Independence Day', { citation: 'Gov. Code 662.003(a)(5)' }),
      fixed('Lyndon Baines Johnson Day', 8, 27, { citation: 'Gov. Code 662.003(b)(5)' }),
      common.labor('Labor Day', { citation: 'Gov. Code 662.003(a)(6)' }),
      common.veterans('Veterans Day', { citation: 'Gov. Code 662.003(a)(7)' }),
      common.thanksgiving('Thanksgiving Day', { citation: 'Gov. Code 662.003(a)(8)' }),
      common.dayAfterThanksgiving('Friday after Thanksgiving Day', { citation: 'Gov. Code 662.003(b)(6)' }),
      fixed('December 24', 12, 24, { citation: 'Gov. Code 662.003(b)(7)' }),
      common.christmas('Christmas Day', { citation: 'Gov. Code 662.003(a)(9)' }),
      fixed('December 26', 12, 26, { citation: 'Gov. Code 662.003(b)(8)' }),
    ],
    notes: [
      'Columbus Day and the federal Juneteenth holiday are not Texas national holidays under 662.003(a); June 19 counts as Emancipation Day in Texas (662.003(b)(4)).',
      'Optional holidays (Rosh Hashanah, Yom Kippur, Good Friday; 662.003(c)) and Cesar Chavez Day (662.013) are non-business days only for a body whose officer for public information observes them (552.0031(c)); this statewide calendar does not count them.',
      'A governmental body that observes a weekend holiday on the Friday before or the Monday after (552.0031(e)), and days it designates as nonbusiness days (up to 10 a year, 552.0031(f)), have non-business days of their own that this statewide calendar does not list; count them for that body.',
      'Institutions of higher education use the holidays set by their governing board (552.0031(d), 662.011).',
      "Designations: Texas legal holidays are fixed by statute (662.003) and the Governor does not designate holidays; for 2024, 2025 and 2026 no Governor's proclamation closing state agencies was found (searched stored copies of Governor's proclamations, Texas Register pages and news of day-of-mourning closures; the last one found is December 5, 2018, for President George H. W. Bush). A governmental body's own nonbusiness days under 552.0031(f) are not executive designations and must be entered for that body.",
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      "https://gov.texas.gov/news (Governor's proclamations; published in the Texas Register)",
      'https://comptroller.texas.gov/ (state holiday schedule, for the 662.003 dates)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'Section 552.0031(a) defines "business day" as a day other than a Saturday or Sunday, a national holiday under 662.003(a) or a state holiday under 662.003(b); the only other exclusions are a day the governmental body itself designates as a nonbusiness day (552.0031(f), by its executive director or other chief administrative officer, at most 10 a year), and working from an alternative site "does not affect whether a day is considered a business day" (552.0031(b)). A closure ordered by the Governor is therefore a business day unless the body designates it under (f).',
      citation: 'Gov. Code 552.0031(a), (b), (f)',
    },
    alternatives: [
      {
        reading:
          "A day on which state agencies are closed by the Governor's proclamation is not a business day of those agencies (the agencies' offices are closed, and each may designate the day under 552.0031(f))",
        citation: 'Gov. Code 552.0031(f)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Gov. Code 552.221, 552.301 as amended by Acts 1999, 76th Leg. (10 business days)',
      clocks: { response: RESPONSE, extended_response: EXTENDED_RESPONSE },
    },
    {
      effectiveFrom: '2010-02-19',
      enactedBy: 'City of Dallas v. Abbott, 304 S.W.3d 380 (Tex. 2010), construing Gov. Code 552.222(b)',
      clocks: { response: RESPONSE, extended_response: EXTENDED_RESPONSE },
      clarification: {
        effect: 'restart',
        citation:
          'Gov. Code 552.222(b); City of Dallas v. Abbott, 304 S.W.3d 380 (Tex. 2010): after a good-faith request for clarification, the 10 business days run from the date the clarification is received',
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched Gov. Code ch. 552 (552.0031, 552.234, 552.301) and the Attorney General rules of 1 Tex. Admin. Code ch. 63. Only the mail rule of 552.301(a-1) (receipt on the 3rd business day after the postmark when the actual date cannot be established) exists.',
  uncertain: [
    "Dates are taken in the time zone of the capital, Austin (Central); El Paso and Hudspeth counties keep Mountain Time; an agency there is dated in the capital's zone too, up to an hour off near midnight.",
    'The 10-business-day periods of 552.221(d) and 552.301(b) are encoded from 2000; the 1999 amendments that set business days (76th Leg.) were not re-read.',
    '"Business day" was first defined by statute in 552.0031 (HB 3033, 88th Leg., effective 2023-09-01). Before that the Attorney General counted the governmental body\'s business days; the engine uses the 552.0031 calendar for all dates.',
    "Clarification: the Attorney General treated a clarification request as tolling (pausing) the 10 days until City of Dallas v. Abbott (Tex. Feb. 19, 2010) held the period restarts; the engine pauses before that date and restarts from it. Section 552.222(d) (cited in the format's comment) is the 61-day withdrawal rule, not the restart rule.",
    'A request sent by mail whose receipt date cannot be shown is received on the 3rd business day after the postmark (552.301(a-1)); enter that date as the receipt date. The format cannot express this conditional rule.',
    'The requestor has no administrative appeal: the Attorney General ruling is requested by the governmental body (552.301), and a complaint about a failure to respond (552.328) has no deadline for the requestor.',
  ],
  sources: [
    'https://capitol.texas.gov/tlodocs/88R/amendments/html/HB03033H21.HTM (Gov. Code 552.0031)',
    'https://codes.findlaw.com/tx/government-code/gov-t-sect-662-003.html (Gov. Code 662.003)',
    'http://www.legis.state.tx.us/tlodocs/80R/billtext/html/HB01497F.HTM (552.222(d)-(f))',
    'https://www.texastribune.org/2010/02/22/scotx-public-information-ruling-raising-concerns/ (City of Dallas v. Abbott)',
    'https://lexace.ai/us/statute/texas/552.328',
    'https://instalawyer.io/laws/texas-statutes/section-552301-request-for-attorney (Gov. Code 552.301)',
    'https://codes.findlaw.com/tx/code-of-criminal-procedure/crim-ptx-crim-pro-art-2b-0114/ (voluminous body-camera requests)',
    'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir=&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=1&pt=2&ch=6&rl=9 (TAC rule applying 552.0031)',
    'https://www.texastribune.org/2018/12/03/texas-agencies-closed-wednesday-day-mourning-george-hw-bush/ (last Governor closure found)',
    '/work/shared/jurisdictions.md (US-TX: 552.221, 552.301)',
  ],
};
