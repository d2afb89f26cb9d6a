import { common, electionDay, TUE } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const CALENDAR_DAYS_NOTE =
  'APRA and IC 5-14-5 say plain "days" and Indiana has no general statute on computing statutory periods (Trial Rule 6(A) governs court deadlines only); the engine counts calendar days and does not roll a last day that falls on a weekend or holiday.';

export const US_IN: Jurisdiction = {
  code: 'US-IN',
  name: 'Indiana',
  lawName: 'Access to Public Records Act',
  lawCitation: 'IC 5-14-3; formal complaints IC 5-14-5',
  timeZone: 'America/Indiana/Indianapolis',
  calendar: {
    citation: 'IC 1-1-9-1',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'IC 1-1-9-1 as applied to state offices (a holiday on Saturday is observed the preceding Friday, one on Sunday the following Monday)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.lincoln("Abraham Lincoln's Birthday"),
      common.washington("George Washington's Birthday"),
      common.goodFriday(),
      {
        name: 'Primary Election Day',
        date: { type: 'weekdayOnOrAfter', month: 5, day: 2, weekday: TUE },
        citation: 'IC 1-1-9-1(a) (Election Day, the day of any general, municipal, or primary election); IC 3-10-1-3',
      },
      common.memorial(),
      common.independence(),
      common.labor(),
      common.columbus(),
      electionDay('General or Municipal Election Day', {
        citation: 'IC 1-1-9-1(a) (Election Day, the day of any general, municipal, or primary election)',
      }),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      "The Governor moves the observance of some legal holidays for state employees each year (Lincoln's Birthday to the Friday after Thanksgiving, Washington's Birthday to December 24 or another day near Christmas); the State offices are then open on February 12 and the third Monday of February. The calendar keeps the statutory dates; the moved dates found are in `designations` as State-office closures.",
      "Designations were looked for in the State Personnel Department holiday schedules (in.gov/spd) and the Indiana State Library holiday page; only the 2024 schedule could be read (2024: Lincoln's Birthday observed Fri 2024-11-29, Washington's Birthday observed Tue 2024-12-24). The 2025 and 2026 schedules were not found in the sources available, so `designationsThrough` is 2024; add later years from the State Personnel Department page.",
      'Juneteenth is not an Indiana legal holiday (bills to add it, e.g. 2024 HB 1018 and 2025 HB 1315, were not enacted when checked).',
      'Election Day covers primary, general and municipal elections, so both the May primary and the November election count every year (municipal elections in odd years). Special elections are not included.',
      "Every clock encoded for Indiana is counted in calendar days without roll-forward, so neither the holidays nor the designations change any due date; they are kept for the agency's own business-day questions.",
    ],
    designations: [
      {
        date: '2024-11-29',
        name: "Lincoln's Birthday (observed; State offices closed)",
        kind: 'closure',
        scope: 'state',
        citation:
          "IC 1-1-9-1; State of Indiana 2024 holiday schedule (Lincoln's Birthday observed Friday, November 29, 2024)",
        source: 'https://digital.statelib.lib.in.us/infoexpress/holidays.aspx',
      },
      {
        date: '2024-12-24',
        name: "Washington's Birthday (observed; State offices closed)",
        kind: 'closure',
        scope: 'state',
        citation:
          "IC 1-1-9-1; State of Indiana 2024 holiday schedule (Washington's Birthday observed Tuesday, December 24, 2024)",
        source: 'https://digital.statelib.lib.in.us/infoexpress/holidays.aspx',
      },
    ],
    designationsThrough: 2024,
    designationSources: [
      'https://www.in.gov/spd/benefits/state-holidays/ (State Personnel Department: state holidays and the dates on which they are observed)',
      'https://digital.statelib.lib.in.us/infoexpress/holidays.aspx (Indiana State Library: State Holidays by year)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'APRA and IC 5-14-5 count plain "days" ("within seven (7) days after it receives the request"; "not later than thirty (30) days"), i.e. calendar days, with no exclusion of holidays or closed days and no roll-forward statute; a day the State offices are closed by the Governor is counted like any other day.',
      citation: 'IC 5-14-3-9(b); IC 5-14-5-7(a); IC 5-14-5-9',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'P.L. 19-1983 (APRA); P.L. 70-1999 and P.L. 191-1999 (public access counselor, formal complaints)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 7, unit: 'calendar' }],
          text: 'For a request by mail, fax or e-mail, a denial occurs if the agency has not responded within 7 days after it receives the request (a request made in person or by telephone is denied if not answered within 24 hours)',
          citation: 'IC 5-14-3-9(b)-(c)',
          quote:
            'If a person requests by mail or by facsimile a copy or copies of a public record, a denial of disclosure does not occur until seven (7) days have elapsed from the date the public agency receives the request.',
          quoteSource: 'https://lawserver.com/law/state/indiana/in-code/indiana_code_5-14-3-9',
          uncertain:
            'The statute says "seven (7) days"; the engine reads calendar days (some guides, e.g. MuckRock, say business days). The 24-hour rule for in-person and telephone requests cannot be selected by channel in the data format; for those requests the response is due the next day. E-mail is treated like mail and fax, as the Public Access Counselor does.',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'A formal complaint to the Public Access Counselor must be filed not later than 30 days after the denial (filing is optional before suing)',
          citation: 'IC 5-14-5-7(a); IC 5-14-5-4',
          quote:
            'A person or a public agency that chooses to file a formal complaint with the counselor must file the complaint not later than thirty (30) days after: (1) the denial',
          quoteSource: 'https://instalawyer.io/laws/indiana-code/5-14-5-7-time-for-filing-complaint',
          uncertain: `A complaint is filed when received by the Counselor, or when postmarked if received after the 30th day (IC 5-14-5-7(b)). ${CALENDAR_DAYS_NOTE}`,
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'The Public Access Counselor issues an advisory opinion on a formal complaint not later than 30 days after it is filed (7 days for a priority complaint)',
          citation: 'IC 5-14-5-9; 62 IAC 1-1-2(d)',
          quote:
            'If a formal complaint meets any of the criteria for priority listed under section 3 of this rule, the public access counselor shall issue a written advisory opinion within seven (7) days of receipt of that complaint.',
          quoteSource:
            'https://regulations.justia.com/states/indiana/title-62/article-1/rule-1/section-2 (62 IAC 1-1-2(d); the 30-day text of IC 5-14-5-9 was not read)',
          uncertain: `Priority complaints (62 IAC 1-1-3) get an opinion within 7 days; the engine gives the 30-day limit. ${CALENDAR_DAYS_NOTE}`,
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "Executive designations for 2025 and 2026 (the moved observance of Lincoln's and Washington's Birthdays) could not be read; only 2024 is encoded. Because all Indiana clocks are calendar-day clocks without roll-forward, this changes no due date.",
    'Dates are taken in the time zone of the capital, Indianapolis (Eastern); counties in the northwest and southwest keep Central Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'Day type for the 7-day response: calendar days (plain meaning; no statutory definition or general computation statute found). If the Public Access Counselor reads business days, the due date moves later.',
    'Weekend observance: IC 1-1-9-1 as reproduced in the sources read lists the holidays but the subsection on Saturday/Sunday observance was not read; the engine uses Saturday -> Friday, Sunday -> Monday, as state offices observe (e.g. Independence Day 2020 on Friday July 3). It does not change any encoded due date (all calendar-day clocks).',
    'IC 5-14-5-9 (30-day opinion) was taken from secondary sources and its text could not be found to quote; IC 5-14-5-7, IC 5-14-3-9 and 62 IAC 1-1-2 were read. This is why verification stays partial.',
    'There is no extension mechanism: after the response the agency must produce within a "reasonable time" (IC 5-14-3-3(b)), so extended_response is not encoded. No acknowledgment clock exists.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next day; IC 5-14-3-9 runs the 7 days "from the date the public agency receives the request". Searched IC 5-14-3, IC 5-14-5 and 62 IAC 1.',
  sources: [
    'https://instalawyer.io/laws/indiana-code/5-14-5-7-time-for-filing-complaint',
    'https://digital.statelib.lib.in.us/infoexpress/holidays.aspx (2024 State holiday schedule)',
    'https://lawserver.com/law/state/indiana/in-code/indiana_code_5-14-3-9',
    'https://codes.findlaw.com/in/title-5-state-and-local-administration/in-code-sect-5-14-5-7/',
    'http://laws9.com/statutes/indiana/title5/ar14/ch5 (IC 5-14-5)',
    'https://regulations.justia.com/states/indiana/title-62/article-1/rule-1/section-2 (62 IAC 1-1-2)',
    'https://archive.iga.in.gov/2000/bills/HE/HE1024.1.html (text of IC 1-1-9-1(a))',
    'https://app.legiplex.com/in/legislature/2025/2025-r/bills/hb1315/draft-1423312 (current IC 1-1-9-1 list; Juneteenth bill)',
    'https://webharvest.gov/congress115th/20190108210055im_/https://www.in.gov/spd/2555.htm (2019 state holiday schedule)',
    'https://content.govdelivery.com/accounts/INARA/bulletins/30abe7c (Public Access Counselor on 24 hours / 7 days)',
    'https://www.muckrock.com/place/united-states-of-america/indiana/exemption/constructive-denial-35/',
  ],
};
