import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_CT: Jurisdiction = {
  code: 'US-CT',
  name: 'Connecticut',
  lawName: 'Freedom of Information Act',
  lawCitation: 'C.G.S. 1-200 to 1-242',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'C.G.S. 1-4',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'C.G.S. 1-4: whenever a listed day not designated to occur on a Monday falls on a Sunday, the Monday next following is a legal holiday, and whenever it falls on a Saturday, the Friday immediately preceding',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day (first Monday on or after January 15)'),
      common.lincoln('Lincoln Day'),
      common.washington(),
      common.goodFriday('Good Friday', {
        citation:
          'C.G.S. 1-4 (a day appointed by the Governor as a day of religious observance; proclaimed every year and on the state-employee holiday list)',
      }),
      common.memorial('Memorial Day or Decoration Day'),
      common.juneteenth('Juneteenth Independence Day', {
        from: '2022-10-01',
        citation: 'C.G.S. 1-4, as amended by P.A. 22-128 (effective October 1, 2022; first observed June 19, 2023)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans("Veterans' Day"),
      common.thanksgiving('Thanksgiving Day', {
        citation: 'C.G.S. 1-4 (the day of thanksgiving appointed by the Governor or the President)',
      }),
      common.christmas('Christmas'),
    ],
    notes: [
      'Other days "appointed or recommended by the Governor of this state or the President of the United States as a day of thanksgiving, fasting or religious observance" are also legal holidays under C.G.S. 1-4 and would be designations of kind holiday. Good Friday and Thanksgiving Day are proclaimed every year and are encoded as rules; no other such day closing State offices was found for 2023 to 2026 (DAS holiday lists). The yearly presidential National Day of Prayer (36 U.S.C. 119) could be read as such a day, but State offices stay open and it is not counted; a day of mourning (e.g. 2025-01-09) is not a day of thanksgiving, fasting or religious observance.',
      'Municipal offices may keep a different calendar (some stay open on Lincoln Day or Good Friday); such an agency counts those days as business days.',
      "Designations: the Governor closes executive branch state office buildings to the public for winter storms (Level 2 employees stay home or telework); the Governor's press releases for 2023 to February 2026 are entered. None was found for 2025. The Governor granted no extra holiday (Christmas Eve, day after Thanksgiving) in these years that was found: the DAS state holiday list for 2024 shows only the 1-4 holidays.",
    ],
    designations: [
      {
        date: '2023-02-28',
        name: 'Winter storm: executive branch state office buildings closed to the public',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's storm closure directive of February 27, 2023",
        source:
          "https://www.einpresswire.com/article/619405874/governor-lamont-directs-state-office-buildings-closed-to-the-public-tuesday-due-to-winter-storm (Governor's press release)",
      },
      {
        date: '2023-03-14',
        name: 'Winter storm: executive branch state office buildings closed to the public',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's storm closure directive of March 2023",
        source:
          'https://www.nbcconnecticut.com/news/local/lamont-closes-executive-branch-buildings-to-public-orders-some-state-workers-to-stay-home/2993731/',
      },
      {
        date: '2024-02-13',
        name: 'Winter storm: executive branch state office buildings closed to the public',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's storm closure directive of February 2024",
        source:
          "https://capitalworkforce.org/governor-lamont-orders-executive-branch-state-office-buildings-closed-to-the-public-tuesday-due-to-winter-storm/ (Governor's press release)",
      },
      {
        date: '2026-01-26',
        name: 'Winter storm: executive branch state office buildings closed to the public',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's storm closure directive of January 2026",
        source:
          'https://portal.ct.gov/governor/news/press-releases/2026/01-2026/governor-lamont-orders-executive-branch-state-office-buildings-closed-to-the-public-monday',
      },
      {
        date: '2026-02-23',
        name: 'Winter storm: executive branch state office buildings closed to the public',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's storm closure directive of February 2026",
        source:
          'https://portal.ct.gov/governor/news/press-releases/2026/02-2026/governor-lamont-orders-executive-branch-state-office-buildings-closed-to-the-public-monday',
      },
    ],
    designationsThrough: 2025,
    designationSources: [
      'https://portal.ct.gov/governor/news/press-releases (storm closures and proclamations)',
      'https://portal.ct.gov/das/services-for-state-employees/holidays (DAS state holiday lists)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "business days" without defining them; on a day the Governor closes the agency\'s offices to the public a requester cannot exercise the right to inspect "promptly during regular office or business hours" (C.G.S. 1-210(a)), so it is not a business day of that agency.',
      citation: 'C.G.S. 1-206(a); 1-210(a)',
    },
    alternatives: [
      {
        reading:
          'Only Saturdays, Sundays and the C.G.S. 1-4 legal holidays are not business days; a storm closure to the public, during which Level 2 employees telework, still counts as a business day.',
        citation: 'C.G.S. 1-4; 1-206(a) ("business days" undefined)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'C.G.S. 1-206 (formerly 1-21i, transferred 1999); the four-business-day and thirty-day periods are taken as unchanged since before 2000',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 4, unit: 'business' }],
          text: 'A denial must be made in writing within four business days of the request; failure to comply with the request within four business days is deemed a denial',
          citation: 'C.G.S. 1-206(a)',
          quote:
            'in writing, within four business days of such request, except when the request is determined to be subject to subsections (b) and (c) of section 1-214, in which case such denial shall be made, in writing, within ten business days of such request',
          quoteSource:
            'https://portal.ct.gov/FOI/Regulations/The-FOI-Act/Section-1206-Formerly-Sec-121i--Denial-of-access-to-public-records-or-meetings--Appeals--Notice--Ord',
          uncertain:
            'Requests for records in personnel, medical or similar files that require notice to the employee (C.G.S. 1-214(b)-(c)) get ten business days; not encoded. Production itself must be prompt (C.G.S. 1-210(a), 1-212) but has no fixed period.',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'Notice of appeal to the Freedom of Information Commission not later than 30 days after the denial (deemed filed when received, or on its postmark date if received later)',
          citation: 'C.G.S. 1-206(b)(1)',
          quote: 'A notice of appeal shall be filed not later than thirty days after such denial',
          quoteSource:
            'https://portal.ct.gov/FOI/Regulations/The-FOI-Act/Section-1206-Formerly-Sec-121i--Denial-of-access-to-public-records-or-meetings--Appeals--Notice--Ord',
          uncertain:
            'No statute found that moves a 30th day falling on a weekend or holiday, so none is applied. For a deemed denial (no answer in four business days), start the clock at the fourth business day.',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 12, unit: 'month' }],
          text: 'The Commission must, after due notice to the parties, hear and decide the appeal within one year after the notice of appeal is filed',
          citation: 'C.G.S. 1-206(b)(1)',
          uncertain:
            'The one-year sentence of 1-206(b)(1) was not shown in the excerpts read this session (the first sentences of (b)(1) were); it is encoded from the statute as known. Privileged appeals under the Commission’s regulations must be heard within 30 days and decided within 60 days after the hearing; not encoded.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'C.G.S. 1-206(a) and the 30-day filing period of 1-206(b)(1) were read on the Commission’s and secondary statute sites; the one-year decision period was not (see the clock).',
    'One rule set from 2000-01-01: the history of 1-206 since 2000 (e.g. the vexatious-requester and electronic-service amendments) was not checked for changes to these periods.',
    'The weekend rule and holiday list of C.G.S. 1-4 were read in the text reproduced in the 2021 Juneteenth bill (H.B. 6209) and earlier lawserver text; Good Friday and Thanksgiving are holidays only by annual proclamation, assumed every year.',
    'Juneteenth: P.A. 22-128, signed May 27, 2022, effective October 1, 2022; the first observed date is Monday June 19, 2023.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next business day: C.G.S. 1-206(a) counts "four business days of such request" and the Commission\'s regulations set no receipt hour (searched C.G.S. 1-200 to 1-217 and Conn. Agencies Regs. 1-21j).',
  sources: [
    'https://portal.ct.gov/governor/news/press-releases/2026/02-2026/governor-lamont-orders-executive-branch-state-office-buildings-closed-to-the-public-monday',
    'https://portal.ct.gov/FOI/Regulations/The-FOI-Act/Section-1206-Formerly-Sec-121i--Denial-of-access-to-public-records-or-meetings--Appeals--Notice--Ord',
    'http://laws9.com/statutes/connecticut/title1/chap014/Sec1-206',
    'https://portal.ct.gov/FOI/Quick-Links/Citizens-Guide',
    'https://app.legiplex.com/ct/legislature/2021/2021-r/bills/hb06209/drafts-latest (C.G.S. 1-4 text)',
    'https://lawserver.com/?p=29612004 (C.G.S. 1-4 text)',
    'https://www.eane.org/?p=54384 (P.A. 22-128 effective date)',
    'https://www.nbcconnecticut.com/news/local/connecticut-to-observe-juneteenth-as-a-legal-holiday-this-year/3049842/',
    'https://authoring-stage.ct.egov.com/das/services-for-state-employees/holidays',
  ],
};
