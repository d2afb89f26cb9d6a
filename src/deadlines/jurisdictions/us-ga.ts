import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_GA: Jurisdiction = {
  code: 'US-GA',
  name: 'Georgia',
  lawName: 'Open Records Act',
  lawCitation: 'O.C.G.A. 50-18-70 et seq.',
  timeZone: 'America/New_York',
  calendar: {
    citation:
      'O.C.G.A. 1-4-1(a)(1) (the public and legal holidays designated by the federal government as of January 1, 1984; as of January 1, 2022 from 2022-04-04)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      "Federal observance adopted with the federal holidays (5 U.S.C. 6103(b)); the Governor's annual closure schedule under O.C.G.A. 1-4-1(b) follows it",
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington("Washington's Birthday", { officesOpen: true }),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2022-04-04',
        citation: 'O.C.G.A. 1-4-1(a)(1), as amended by HB 1335 (Ga. L. 2022, p. 73), effective 2022-04-04',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'The Governor closes state offices on 13 days a year (12 before 2022) and names them each year (O.C.G.A. 1-4-1(a)(2), (b)); the days beyond the federal holidays of 1-4-1(a)(1) are encoded as designations of kind holiday: an April "State Holiday" (Good Friday in 2024 and 2025), the Friday after Thanksgiving, and the day in late December on which Washington\'s Birthday is observed.',
      "Washington's Birthday (third Monday of February) remains a legal holiday under 1-4-1(a)(1) but state offices are open that day, because the Governor moves its observance to December: it is marked officesOpen (see openHolidays and the alternative reading).",
      "Designations were read from the Governor's schedules published by the State (Team Georgia and georgia.gov) for 2024 and 2025; the 2026 schedule was not found in the stored sources (searched again in December 2026: georgia.gov, Team Georgia, news), so designations are complete through 2025 only. University System of Georgia closures (e.g. Georgia College, 2025-12-24 and 2026-01-02) are set by the institutions, not by the Governor, and are not designations. No closure of state offices for the National Day of Mourning of 2025-01-09 was found; weather and emergency closures were not searched exhaustively.",
      "Local governments set their own holidays and may stay open on the Governor's days (designations have scope state); add their own closures per agency.",
    ],
    designations: [
      {
        date: '2024-03-29',
        name: 'State Holiday (Good Friday; April holiday under 1-4-1(a)(2))',
        kind: 'holiday',
        scope: 'state',
        citation: "Governor's 2024 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)",
        source:
          'https://stage.team.georgia.gov/devel/load-with-references/node/296 (Team Georgia "State of Georgia Holiday Schedule", 2024 and 2025)',
      },
      {
        date: '2024-11-29',
        name: 'State Holiday (Friday after Thanksgiving)',
        kind: 'holiday',
        scope: 'state',
        citation: "Governor's 2024 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)",
        source:
          'https://stage.team.georgia.gov/devel/load-with-references/node/296 (Team Georgia "State of Georgia Holiday Schedule", 2024 and 2025)',
      },
      {
        date: '2024-12-24',
        name: "Washington's Birthday (observed; state offices closed)",
        kind: 'holiday',
        scope: 'state',
        citation: "Governor's 2024 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)",
        source:
          'https://stage.team.georgia.gov/devel/load-with-references/node/296 (Team Georgia "State of Georgia Holiday Schedule", 2024 and 2025)',
      },
      {
        date: '2025-04-18',
        name: 'State Holiday (Good Friday; April holiday under 1-4-1(a)(2))',
        kind: 'holiday',
        scope: 'state',
        citation: "Governor's 2025 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)",
        source: 'https://georgia.gov/georgia-state-holidays-2025',
      },
      {
        date: '2025-11-28',
        name: 'State Holiday (Friday after Thanksgiving)',
        kind: 'holiday',
        scope: 'state',
        citation: "Governor's 2025 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)",
        source: 'https://georgia.gov/georgia-state-holidays-2025',
      },
      {
        date: '2025-12-26',
        name: "Washington's Birthday (observed; state offices closed)",
        kind: 'holiday',
        scope: 'state',
        citation: "Governor's 2025 state holiday schedule under O.C.G.A. 1-4-1(a)(2), (b)",
        source: 'https://georgia.gov/georgia-state-holidays-2025',
      },
    ],
    designationsThrough: 2025,
    designationSources: [
      'https://georgia.gov/ ("Georgia State Holidays <year>", the Governor\'s list under O.C.G.A. 1-4-1)',
      'https://team.georgia.gov/ ("State of Georgia Holiday Schedule")',
    ],
    openHolidays: {
      stops: false,
      reason:
        'The Act counts "business days" (50-18-71(b)(1)(A)) and does not define them; on the February date of Washington\'s Birthday state offices are open and transact business, the Governor having moved its observance to a December day on which offices close (reading chosen).',
      citation: 'O.C.G.A. 50-18-71(b)(1)(A); O.C.G.A. 1-4-1(a)(1), (b)',
    },
    executiveClosures: {
      stops: true,
      reason:
        'A day on which the Governor closes state offices (e.g. weather) is not a "business day" of the agency (50-18-71(b)(1)(A); the term is undefined).',
      citation: 'O.C.G.A. 50-18-71(b)(1)(A)',
    },
    alternatives: [
      {
        reading:
          "Washington's Birthday is a public and legal holiday under O.C.G.A. 1-4-1(a)(1) even though state offices are open, so it is not a business day",
        citation: 'O.C.G.A. 1-4-1(a)(1); O.C.G.A. 1-3-1(d)(3) (public and legal holidays excluded when computing time)',
        flipOpenHolidays: true,
      },
      {
        reading:
          'A day on which state offices are closed by order but which is not a legal holiday still counts as a business day',
        citation: 'O.C.G.A. 50-18-71(b)(1)(A) ("business days", undefined)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'former O.C.G.A. 50-18-70(f) (three business days, before 2000); O.C.G.A. 50-18-71(b)(1)(A) as rewritten by HB 397 (Ga. L. 2012), effective 2012-04-17',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Produce the records within a reasonable amount of time not to exceed three business days of receipt of the request; if records exist but are not available within that time, give a description of them and a timetable for their inspection and copying within the three business days',
          citation: 'O.C.G.A. 50-18-71(b)(1)(A) (former 50-18-70(f))',
          quote:
            'Agencies shall produce for inspection all records responsive to a request within a reasonable amount of time not to exceed three business days of receipt of a request',
          quoteSource:
            'https://www.muckrock.com/place/united-states-of-america/georgia/exemption/constructive-denial-31/ (quoting O.C.G.A. 50-18-71(b)(1)(A)); https://www.rcfp.org/open-government-sections/5-availability-of-expedited-processing/',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'When records cannot be made available within three business days the agency must give a timetable and provide them "as soon as practicable"; the statute sets no maximum',
          citation: 'O.C.G.A. 50-18-71(b)(1)(A)',
          quote:
            'where responsive records exist but are not available within three business days of the request, a written description of such records, together with a timetable for their inspection or copying, shall be provided within that period',
          quoteSource: 'https://forsythpl.org/open-records (quoting O.C.G.A. 50-18-71(b)(1)(A))',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "The Open Records Act does not define \"business day\". The calendar is the statutory set of O.C.G.A. 1-4-1(a)(1) (the federal holidays) plus the Governor's yearly designations (April State Holiday, Friday after Thanksgiving, the December day for Washington's Birthday); the February Washington's Birthday is counted as a business day (offices open) with the opposite reading as an alternative.",
    'The statute text of 50-18-71(b)(1)(A) was read only as quoted by MuckRock, RCFP and an agency page (the official code is not stored), hence partial.',
    'Saturday and Sunday observance follows the federal rule; 1-4-1 itself does not say.',
    'There is no administrative appeal; enforcement is by civil action or an Attorney General complaint (50-18-73), with no statutory timetable.',
    'The three-business-day rule predates 2000 (former 50-18-70(f)); the 2012 rewrite kept it. The pre-2012 text was not re-read.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next business day; searched O.C.G.A. 50-18-70 to 50-18-77 and the Attorney General guidance quoted by RCFP. Day 1 is the business day after receipt.',
  sources: [
    'https://holidays.uslegal.com/state-holidays/georgia-legal-holidays/ (O.C.G.A. 1-4-1)',
    'https://georgia.gov/georgia-state-holidays-2025',
    'https://stage.team.georgia.gov/devel/load-with-references/node/296 (2024 and 2025 schedules)',
    'https://www.muckrock.com/place/united-states-of-america/georgia/exemption/constructive-denial-31/',
    'https://www.rcfp.org/open-government-sections/5-availability-of-expedited-processing/',
    'https://instalawyer.io/laws/georgia-code/1-4-1-public-and-legal (2022 amendment, HB 1335)',
    '/work/shared/jurisdictions.md (US-GA: RCFP Open Government Guide; MuckRock Georgia guide)',
  ],
};
