import { common, FRI, fixed, last } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_NV: Jurisdiction = {
  code: 'US-NV',
  name: 'Nevada',
  lawName: 'Nevada Public Records Act',
  lawCitation: 'NRS chapter 239',
  timeZone: 'America/Los_Angeles',
  calendar: {
    citation: 'NRS 236.015(1)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'NRS 236.015(3) (January 1, June 19, July 4, November 11 and December 25: on Sunday the Monday following, on Saturday the Friday preceding is observed; the other holidays fall on fixed weekdays)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington(),
      common.memorial(),
      common.juneteenth('Juneteenth Day', {
        from: '2023-06-19',
        citation: 'NRS 236.015, as amended by A.B. 140 (2023), approved and effective 2023-06-08',
      }),
      common.independence(),
      common.labor(),
      last('Nevada Day (observed)', 10, FRI, {
        citation:
          'NRS 236.015(1) (Nevada Day is October 31 but is observed on the last Friday in October; S.B. 31, 1999)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Family Day'),
      common.christmas(),
    ],
    notes: [
      'Columbus Day (NRS 236.025) and Indigenous Peoples Day (236.037) are days of observance, not legal holidays.',
      'Designations 2024-2026: none for the State. NRS 236.015 fixes the holidays; the Governor’s power to declare a State holiday was removed in 1987 (Nevada Appeal, 2008-12-20; Record-Courier, 2004-06-07), and State offices stayed open on presidential closure days (2008 precedent, 1979 Attorney General opinion). Searched: UNR/State holiday schedule, Governor’s announcements, Nye County and press notices for 2024-12-24, 2025-01-09, 2025-12-24 and 2025-12-26.',
      'The Governor closed State executive-branch offices in the northern counties only (Carson City, Churchill, Douglas, Lyon, Mineral, Pershing, Storey, Washoe) for snow on 2024-01-11 (reported by bnnbreaking.com, 2024-01-11; not read in an official release). A regional closure cannot be entered as a statewide designation; for an agency in those counties, treat 2024-01-11 as a non-business day.',
      'Some local governments (Nye County) treated the federal closure days 2024-12-24, 2025-01-09, 2025-12-24 and 2025-12-26 as holidays for their own offices; see calendar.alternatives.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://gov.nv.gov/ (Governor’s press releases: weather closures of State offices)',
      'https://hr.nv.gov/ (Division of Human Resource Management: State holiday schedule)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'NRS 239.0107 counts to "the end of the fifth business day"; a day on which the governmental entity’s offices are closed by order is not a business day of that entity.',
      citation: 'NRS 239.0107(1)',
    },
    alternatives: [
      {
        reading:
          'A presidential order closing federal offices "appoints" a legal holiday under NRS 236.015(1) ("any day that may be appointed by the President of the United States ... as a legal holiday"), so every Nevada public office must close (as Nye County did); the 1979 Attorney General opinion and the Governor’s counsel (2008) read it the other way',
        citation:
          'NRS 236.015(1)-(2); Executive Order 14133 (2025-01-09); Executive Order of 2024-12-19 (2024-12-24); Executive Order of December 2025 (2025-12-24, 2025-12-26); Nye County notices; contra Op. Nev. Att’y Gen. (1979) as reported in Nevada Appeal, 2008-12-20',
        addHolidays: [
          fixed('Federal closure (Christmas Eve 2024)', 12, 24, { from: '2024-12-24', until: '2024-12-24' }),
          fixed('Federal closure (National Day of Mourning for President Carter)', 1, 9, {
            from: '2025-01-09',
            until: '2025-01-09',
          }),
          fixed('Federal closure (Christmas Eve 2025)', 12, 24, { from: '2025-12-24', until: '2025-12-24' }),
          fixed('Federal closure (December 26, 2025)', 12, 26, { from: '2025-12-26', until: '2025-12-26' }),
        ],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'NRS 239.010 (before NRS 239.0107)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before NRS 239.0107 (2007) public records had to be open for inspection during office hours, but no number of days for a response was set',
          citation: 'NRS 239.010',
        },
      },
    },
    {
      effectiveFrom: '2007-10-01',
      enactedBy: 'S.B. 123 (2007), adding NRS 239.0107',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Not later than the end of the fifth business day after the custodian receives the request: allow inspection or provide the copy, say in writing that the entity does not hold the record, deny in writing with a citation, or give written notice of the earliest date and time the record will be available',
          citation: 'NRS 239.0107(1)',
          quote:
            'Not later than the end of the fifth business day after the date on which the person who has legal custody or control of a public book or record of a governmental entity receives a written or oral request ... a governmental entity shall do one of the following',
          quoteSource:
            'https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If the record cannot be made available within five business days the entity gives the earliest date and time it reasonably believes the record will be available (and, if that date passes, a written explanation and a new date); the statute sets no cap',
          citation: 'NRS 239.0107(1)(c)',
          quote:
            'if the governmental entity is unable to make the public book or record available by the end of the fifth business day ... the earliest date and time after which the governmental entity reasonably believes the public book or record will be available',
          quoteSource:
            'https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for',
        },
      },
    },
  ],
  verification: 'verified',
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day: NRS 239.0107 counts from the day the custodian "receives" the request, and NAC 239.863-239.866 (executive-agency request form and inspection rules) set no receipt time; searched NRS chapter 239 and NAC chapter 239.',
  uncertain: [
    'NRS 239.0107 is taken as added by S.B. 123 (2007) and effective 2007-10-01 (Nevada’s default date); neither the bill nor its effective date was read. Before it the engine reports no fixed deadline.',
    'Juneteenth: A.B. 140 (2023) was signed on 2023-06-08 and took effect on approval (KTNV, Governor’s statement; KZA bulletin); the amended text of NRS 236.015 itself was read only in these reports and the bill digest (Nevada Indian Commission), not in the NRS. Encoded from 2023-06-19, its first observance.',
    'Nevada Day on the last Friday of October is encoded for all years from 2000 (S.B. 31 of 1999).',
    'No administrative appeal: a requester may apply to the district court (NRS 239.011); appeal clocks are left out.',
  ],
  sources: [
    'https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for',
    'https://www.helplinelaw.com/usa-statutes/nevada/ (NRS 236.015 text, 1999 amendments)',
    'https://leg.state.nv.us/Division/Legal/LawLibrary/nrs/NRS-236.html',
    'https://archive.leg.state.nv.us/Session/70th1999/bills/SB/SB31_R1.html',
    'https://kzalaw.com/?p=3401 (A.B. 140, 2023)',
    'https://ktnv.com/news/gov-lombardo-signs-bill-making-juneteenth-a-state-holiday-in-nevada (A.B. 140 signed 2023-06-08)',
    'https://archive.leg.state.nv.us/Session/70th1999/bills/SB/SB31_R1.html (NRS 236.015(1)-(3) text)',
    'https://nevadaappeal.com/news/2008/dec/20/dec-26-wont-be-a-state-holiday-this-year (1979 AG opinion; Governor cannot declare a holiday since 1987)',
    'https://recordcourier.com/news/2004/jun/07/no-mail-but-city-and-state-offices-open-friday',
    'https://www.nyecountynv.gov/CivicAlerts.asp?AID=1396&ARC=2472 (2025-01-09 closure)',
    'https://www.nyecountynv.gov/CivicAlerts.asp?AID=1476&ARC=2591 (2025-12-24 and 2025-12-26 closures)',
    'https://regulations.justia.com/regulations/fedreg/2025/01/03/2024-31766.html (Executive Order 14133)',
    'https://cdn.meritalk.com/?p=194834 (Executive Order closing federal agencies on 2024-12-24)',
    'https://bnnbreaking.com/world/us/nevada-governor-orders-office-closures-amid-severe-weather/ (2024-01-11 northern Nevada closure)',
    'https://www.unr.edu/hr/benefits/time-off-and-leave/holidays',
  ],
};
