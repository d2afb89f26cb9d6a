import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_SC: Jurisdiction = {
  code: 'US-SC',
  name: 'South Carolina',
  lawName: 'Freedom of Information Act',
  lawCitation: 'S.C. Code § 30-4-10 et seq.',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'S.C. Code § 53-5-10',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'S.C. Code Regs. 19-708.03(B) (a holiday on Saturday is observed the preceding Friday, on Sunday the following Monday)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day', {
        from: '2000-05-01',
        citation: 'S.C. Code § 53-5-10, as amended by 2000 Act No. 246 (eff. May 1, 2000)',
      }),
      fixed("Robert E. Lee's Birthday", 1, 19, {
        until: '2000-04-30',
        citation: 'S.C. Code § 53-5-10 (1996 text), removed by 2000 Act No. 246',
      }),
      common.washington("George Washington's Birthday/President's Day"),
      fixed('Confederate Memorial Day', 5, 10, {
        from: '2000-05-01',
        citation: 'S.C. Code § 53-5-10, as amended by 2000 Act No. 246 (eff. May 1, 2000)',
      }),
      common.memorial('National Memorial Day'),
      common.independence(),
      common.labor(),
      common.veterans(),
      common.thanksgiving('National Thanksgiving Day'),
      common.dayAfterThanksgiving('Day after Thanksgiving'),
      fixed('Christmas Eve', 12, 24, {
        from: '2009-06-02',
        citation: 'S.C. Code § 53-5-10, as amended by 2009 Act No. 33 (eff. June 2, 2009)',
      }),
      common.christmas(),
      fixed('Day after Christmas', 12, 26),
    ],
    notes: [
      'When December 24, 25 or 26 (or January 1) falls on a weekend, the Friday/Monday rule can land on a day that is already a holiday (2026: Dec 26 on Saturday -> Fri Dec 25; 2027: Dec 25 on Saturday -> Fri Dec 24). The Division of State Human Resources then sets another day: for 2026 it observes the Day after Christmas on Mon 2026-12-28 (in `designations`). The 2027 schedule (Dec 24 Fri, Dec 25 Sat, Dec 26 Sun) was not found; the engine gives Fri Dec 24 and Mon Dec 27 only.',
      'Before May 1, 2000 state employees also chose one optional holiday (Jan 15, Jan 19, May 10 or June 3) and every general election day was a holiday; none of these falls on a weekday between 2000-01-01 and 2000-04-30 except Jan 19, 2000, which is encoded.',
      "Designations: searched the Division of State Human Resources holiday pages (2024-2026 schedules), the Governor's executive orders and news for 2024, 2025 and 2026; no extra statewide closure was found. Weather closures of state offices follow the county government where the office is located (and, from Executive Order 2025-17, the Governor for Richland and Lexington counties); they are county by county and not encoded.",
    ],
    designations: [
      {
        date: '2026-12-28',
        name: 'Day after Christmas (observed; Dec 26 is a Saturday)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Division of State Human Resources 2026 holiday schedule under S.C. Code § 53-5-10 and Regs. 19-708.02, 19-708.03 (Dec 26 on Saturday; the preceding Friday is already Christmas Day)',
        source:
          'https://hyring.com/blog/holiday-lists/usa/south-carolina (2026 State HR schedule as reported; official page https://admin.sc.gov/services/state-human-resources/benefits-and-leave/holiday-leave)',
      },
    ],
    designationsThrough: 2026,
    designationSources: [
      'https://admin.sc.gov/services/state-human-resources/benefits-and-leave/holiday-leave',
      'https://governor.sc.gov/executive-orders',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'Since 2017 the Act counts "business days" for the determination, which it does not define; a day on which the state agency\'s offices are closed under the State holiday schedule or a closure order is not a business day of that agency.',
      citation: 'S.C. Code § 30-4-30(C)',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 15, unit: 'business' }],
          text: 'Within 15 days (excepting Saturdays, Sundays and legal public holidays) of receipt of a written request, notify the requester of the determination and the reasons; if no notice is given in time, the request is considered approved',
          citation: 'S.C. Code § 30-4-30(c) (before 2017 Act No. 67)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before 2017 the Act set no deadline for producing records after the determination',
          citation: 'S.C. Code § 30-4-30 (before 2017 Act No. 67)',
        },
      },
    },
    {
      effectiveFrom: '2017-05-19',
      enactedBy: '2017 Act No. 67 (H. 3352), eff. on approval May 19, 2017',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'Within 10 business days of receipt of a written request, notify the requester of the determination whether the records are public (20 business days if the records are more than 24 months old)',
          citation: 'S.C. Code § 30-4-30(C)',
          uncertain:
            'Records more than 24 months old at the date of the request get 20 business days; the format has no record-age switch, so count those by hand (or read this as the earliest possible date).',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [
            { days: 10, unit: 'business' },
            { days: 30, unit: 'calendar' },
          ],
          text: 'Records must be furnished no later than 30 calendar days after the determination (35 if more than 24 months old); the latest lawful date is 30 calendar days after the last day for the determination',
          citation: 'S.C. Code § 30-4-30(C)-(D)',
          uncertain:
            'If the agency gives its determination earlier, the 30 days run from that earlier date (enter it as a pause or count by hand); if a deposit is required, they run from its payment; the parties may agree to a longer time. For records over 24 months old the maximum is 20 business days plus 35 calendar days. No South Carolina statute rolls a last day that falls on a weekend or holiday, so none is applied.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The current text of § 30-4-30(C)-(D) was read only through the Municipal Association of S.C. summaries and the bill history; the 2014 text (15 days excepting Saturdays, Sundays and legal public holidays) was read in the code.',
    "There is no administrative appeal: a requester sues in circuit court (§ 30-4-100); the Administrative Law Court's Office of FOIA Review (2017) hears only public bodies' petitions against unduly burdensome requests. Acknowledgment and appeal kinds are left out.",
    'Weekend rule: taken from the State HR regulation 19-708.03(B) ("When a holiday falls on a Saturday or Sunday, it shall be observed on the preceding Friday or the following Monday, respectively") and the Division of State Human Resources holiday page; § 53-5-10 itself has no weekend rule.',
    'Verification stays partial: the current words of § 30-4-30(C)-(D) (10/20 business days, 30/35 calendar days) were not read in the code; they rest on the Municipal Association of S.C., the 2017 fiscal impact statement of H. 3352 and the S.C. Press Association guide. The 2026 designation rests on a secondary report of the State HR schedule.',
    "Lee's Birthday (Jan 19, 2000) as a legal holiday before Act 246 rests on the bill markup of S. 60 (1999-2000), not on the 1996 code text.",
  ],
  sources: [
    'https://law.justia.com/codes/south-carolina/2014/title-30/chapter-4/section-30-4-30',
    'https://www.masc.sc/uptown/11-2017/how-foia-changed-2017',
    'https://masc.sc/node/1169',
    'https://masc.sc/uptown/04-2025/some-public-documents-require-immediate-release-under-foia',
    'http://www.scstatehouse.gov/sess122_2017-2018/bills/3352.htm',
    'http://scstatehouse.gov/code/t53c005.php',
    'https://scstatehouse.gov/sess113_1999-2000/prever/60_20000405.htm',
    'https://regulations.justia.com/states/south-carolina/chapter-19/article-7/subarticle-1/section-19-708-03/',
    'http://www.ohr.sc.gov/OHR/employer/OHR-holiday-faqs.phtm',
    'https://admin.sc.gov/services/state-human-resources/benefits-and-leave/holiday-leave (2025 schedule)',
    'https://scstatehouse.gov/sess122_2017-2018/prever/3352_20170503.htm (fiscal impact statement: 10 working days / 30 days; 20 / 35 for records over 24 months)',
    'https://governor.sc.gov/news/2025-05/gov-henry-mcmaster-revises-weather-closure-policy-state-government-offices-richland',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next business day: S.C. Code § 30-4-30 counts from "receipt of the request"; the Act and the State HR regulations were searched.',
};
