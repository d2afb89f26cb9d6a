import { common, last, MON } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const PRA = 'Miss. Code Ann. 25-61-5';

const ETHICS_OPINION: Record<'appeal_filing' | 'appeal_response', ClockRule> = {
  appeal_filing: {
    fixed: false,
    startsAt: 'adverse_determination',
    text: 'Before suing in chancery court, a person denied access may ask the Mississippi Ethics Commission for an opinion on whether the public body must produce the records; the statute sets no time limit for the request',
    citation: 'Miss. Code Ann. 25-61-13 (as amended by S.B. 2983, 2008)',
  },
  appeal_response: {
    fixed: false,
    startsAt: 'appeal_receipt',
    text: 'The statute sets no number of days for the Ethics Commission’s public records opinion',
    citation: 'Miss. Code Ann. 25-61-13 (as amended by S.B. 2983, 2008)',
  },
};

const ETHICS_COMPLAINT: Record<'appeal_filing' | 'appeal_response', ClockRule> = {
  appeal_filing: {
    fixed: false,
    startsAt: 'adverse_determination',
    text: 'A person denied access may file a complaint with the Mississippi Ethics Commission (a non-exclusive administrative procedure; suit in chancery court remains available); the statute sets no time limit for the complaint',
    citation: 'Miss. Code Ann. 25-61-13 (as amended by S.B. 2507, 2014)',
  },
  appeal_response: {
    fixed: false,
    startsAt: 'appeal_receipt',
    text: 'The public body has 14 days from receipt of the complaint to respond; the Commission may then dismiss the complaint or set a hearing, but the statute sets no deadline for the Commission’s order',
    citation: 'Miss. Code Ann. 25-61-13 (as amended by S.B. 2507, 2014)',
  },
};

const RESPONSE_1983: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 14, unit: 'business' }],
  text: 'A public body’s procedures may not allow it to produce or deny a record later than 14 working days from the date of the request',
  citation: `${PRA}(1) (text in force until June 30, 2010)`,
  uncertain:
    'The 14 working days are the statutory maximum; a public body’s own written procedures may set a shorter time, and a body with no written procedures had to give access within 1 working day after a written request (25-61-5(1)). The engine counts the 14-day maximum.',
};

const RESPONSE_2010: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 7, unit: 'business' }],
  text: 'Produce or deny the record no later than 7 working days from the date of receipt of the request; if it cannot be produced by then, a written explanation stating that it will be produced and why it cannot be produced within 7 days is due',
  citation: `${PRA}(1)(a)-(b)`,
  quote:
    'No public body shall adopt procedures which will authorize the public body to produce or deny production of a public record later than seven (7) working days from the date of the receipt of the request for the production of the record.',
  quoteSource:
    'http://billstatus.ls.state.ms.us/documents/2009/html/SB/2900-2999/SB2921CS.htm (S.B. 2921, 2009, committee substitute: the text enacted in 2010 as read in the bill and in agency rules that copy it)',
  uncertain:
    'A public body without written procedures must give access within 1 working day after a written request (25-61-5(1)(a)); the engine counts the 7-working-day limit that applies to bodies with procedures. "Working day" is read as Monday-Friday other than a legal holiday of Miss. Code Ann. 3-3-7 or a day the agency is closed by the Governor’s proclamation (calendar.executiveClosures).',
};

const EXTENDED_2010: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 14, unit: 'business' }],
  text: 'Unless the parties agree otherwise, production may in no event be later than 14 working days from the public body’s receipt of the original request',
  citation: `${PRA}(1)(b)`,
  quote:
    "Unless there is mutual agreement of the parties, in no event shall the date for the public body's production of the requested records be any later than fourteen (14) working days from the receipt by the public body of the original request.",
  quoteSource:
    'https://www2.osa.ms.gov/forum/showthread.php?540 (State Auditor Q&A restating the 2010 amendment; the 2009 bill text read, S.B. 2921, has "In no event shall the date for the public body\'s production of the requested records be any later than" without the mutual-agreement clause, so the enacted wording was not read in the official code)',
};

export const US_MS: Jurisdiction = {
  code: 'US-MS',
  name: 'Mississippi',
  lawName: 'Mississippi Public Records Act of 1983',
  lawCitation: 'Miss. Code Ann. 25-61-1 to 25-61-19',
  timeZone: 'America/Chicago',
  calendar: {
    citation: 'Miss. Code Ann. 3-3-7(1)',
    observance: 'sun_mon',
    observanceCitation:
      'Miss. Code Ann. 3-3-7(1) (a holiday that falls on Sunday: the next following day is a legal holiday; the statute does not move a Saturday holiday)',
    holidays: [
      common.newYear(),
      common.mlk("Robert E. Lee's Birthday and Dr. Martin Luther King, Jr.'s Birthday"),
      common.washington(),
      last('Confederate Memorial Day', 4, MON),
      common.memorial("National Memorial Day and Jefferson Davis' Birthday"),
      common.independence(),
      common.labor(),
      common.veterans("Armistice or Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'A holiday on a Saturday is not moved by 3-3-7. A state agency head may use the following Monday instead (Miss. Code Ann. 25-1-97), county courthouses may close the preceding Friday (25-1-99), and the Governor usually proclaims the day observed: add the observed Friday or Monday as a closure for the agency concerned.',
      'Counties and municipalities may substitute Mardi Gras or another day for one holiday (3-3-7(2)); add such local days as closures.',
      'Extra days the Governor proclaims (e.g. around Christmas) are not statutory holidays; add them as closures.',
      'Juneteenth is not a Mississippi legal holiday (bills to add it, e.g. S.B. 2676 of 2023, were not enacted as far as found).',
      'Executive designations: each year the Governor proclaims the closing of all State offices on the legal holidays and, by the same proclamation, authorizes agency heads "in their discretion" to close on extra days (the day after Thanksgiving, Christmas Eve; e.g. Gov. Barbour’s proclamation of 2007-11-07; MDRS closed 2023-11-24 under the 2023 proclamation). These are agency-by-agency closures, not legal holidays. The proclamations for 2024, 2025 and 2026 were looked for (Governor’s press releases, agency notices, news) and not found in the stored sources, so no dates are encoded and the designations are not marked complete for any year. For an agency that closed, add the day as a closure; Saturday holidays (next: Independence Day, Saturday 2026-07-04) are handled the same way.',
    ],
    designations: [],
    designationSources: [
      'https://governorreeves.ms.gov/ (Governor’s holiday proclamations closing State offices)',
      'https://www.sos.ms.gov/ (Secretary of State notices to State employees of holiday closures)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "working days", which it does not define; a day on which the agency’s offices are closed by the Governor’s proclamation (or the agency head acting under it) is not a day on which that body works.',
      citation: 'Miss. Code Ann. 25-61-5(1)(a)-(b)',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Mississippi Public Records Act of 1983, as amended (text in force since before 2000)',
      clocks: { response: RESPONSE_1983 },
    },
    {
      effectiveFrom: '2008-07-01',
      enactedBy: 'S.B. 2983 (2008): Ethics Commission public records opinions',
      clocks: { response: RESPONSE_1983, ...ETHICS_OPINION },
    },
    {
      effectiveFrom: '2010-07-01',
      enactedBy: 'Laws 2010 (amendment of 25-61-5: 7 working days, at most 14)',
      clocks: { response: RESPONSE_2010, extended_response: EXTENDED_2010, ...ETHICS_OPINION },
    },
    {
      effectiveFrom: '2014-07-01',
      enactedBy: 'S.B. 2507 (2014): Ethics Commission complaint procedure',
      clocks: { response: RESPONSE_2010, extended_response: EXTENDED_2010, ...ETHICS_COMPLAINT },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 2010 amendment (7 working days, 14 at most) is taken as effective 2010-07-01 per the State Auditor’s Q&A; its text was read in the 2009 bill (S.B. 2921) and in agency rules that copy it, not in the official code.',
    'The 2008 (S.B. 2983) Ethics Commission opinion procedure is taken as effective 2008-07-01 and the 2014 complaint procedure (S.B. 2507, approved 2014-04-10) as effective 2014-07-01 (Mississippi’s usual July 1 date); neither effective date was confirmed. Neither procedure has a statutory filing or decision period, so both clocks are open.',
    'The mutual-agreement and ongoing-investigation exceptions to the 14-working-day cap are not modelled.',
    'Executive closures: no Governor’s proclamation for 2024-2026 was found, so no closures are encoded; extra days (day after Thanksgiving, Christmas Eve) are closed agency by agency under the proclamation and must be added per agency.',
    'Weekend rule: only the Sunday rule of 3-3-7 is statutory for all offices; Saturday holidays (e.g. Christmas 2027-12-25, New Year 2028-01-01) stay on Saturday, so the preceding Friday counts as a working day unless the agency closes (then add a closure).',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next working day; searched Miss. Code Ann. 25-61-1 to 25-61-19, 3-3-7 and agency public-records rules that copy 25-61-5.',
  sources: [
    'https://www2.osa.ms.gov/forum/showthread.php?540 (State Auditor Q&A on the 2010 amendment)',
    'https://www.mark-iv.com/news/archive/news/2007/nov/holidayproclamation.htm (Governor’s holiday proclamation of 2007: pattern of discretionary closures)',
    'http://billstatus.ls.state.ms.us/documents/2009/html/SB/2900-2999/SB2921CS.htm',
    'http://billstatus.ls.state.ms.us/documents/1999/html/SB/2200-2299/SB2272IN.htm (text of 25-61-5 before 2010)',
    'https://www.legiscan.com/MS/text/SB2507/2014',
    'https://codes.findlaw.com/ms/title-3-state-sovereignty-jurisdiction-and-holidays/ms-code-sect-3-3-7.html',
    'https://print.casetext.com/statute/mississippi-code-1972/title-25-public-officers-and-employees-public-records/chapter-1-public-officers-general-provisions/section-25-1-97-state-office-hours',
    'https://www.ethics.ms.gov',
  ],
};
