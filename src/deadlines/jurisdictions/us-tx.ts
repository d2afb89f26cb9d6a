import { common, fixed } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Produce the information promptly; if it cannot be produced within 10 business days after the request, certify that in writing with a date and hour it will be available; to withhold it, ask the Attorney General for a decision and tell the requestor not later than the 10th business day after receipt',
  citation: 'Gov. Code 552.221(a), (d); 552.301(b), (d); "business day" 552.0031',
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
      'Optional holidays (Rosh Hashanah, Yom Kippur, Good Friday; 662.003(c)) and Cesar Chavez Day (662.013) are non-business days only for a body whose officer for public information observes them (552.0031(c)); add them as closures for that body.',
      'A governmental body that observes a weekend holiday on the Friday before or the Monday after (552.0031(e)) and days it designates as non-business days (up to 10 a year, 552.0031(f)) must be added as closures.',
      'Institutions of higher education use the holidays set by their governing board (552.0031(d), 662.011).',
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
  uncertain: [
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
    '/work/shared/jurisdictions.md (US-TX: 552.221, 552.301)',
  ],
};
