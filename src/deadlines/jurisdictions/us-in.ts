import { common, electionDay, TUE } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const CALENDAR_DAYS_NOTE =
  'APRA and IC 5-14-5 say plain "days" and Indiana has no general statute on computing statutory periods (Trial Rule 6(A) governs court deadlines only); the engine counts calendar days and does not roll a last day that falls on a weekend or holiday.';

export const US_IN: Jurisdiction = {
  code: 'US-IN',
  name: 'Indiana',
  lawName: 'Access to Public Records Act',
  lawCitation: 'IC 5-14-3; formal complaints IC 5-14-5',
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
      "The Governor moves the observance of some legal holidays for state employees each year (Lincoln's Birthday has been observed on the Friday after Thanksgiving and Washington's Birthday on December 24). The calendar keeps the statutory dates; add the State Personnel Department's moved dates as closures for state agencies.",
      'Juneteenth is not an Indiana legal holiday (bills to add it, e.g. 2024 HB 1018 and 2025 HB 1315, were not enacted when checked).',
      'Election Day covers primary, general and municipal elections, so both the May primary and the November election count every year (municipal elections in odd years). Special elections are not included.',
      "Every clock encoded for Indiana is counted in calendar days without roll-forward, so the calendar does not change any due date; it is kept for the agency's own business-day questions and for closures.",
    ],
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
          uncertain:
            'The statute says "seven (7) days"; the engine reads calendar days (some guides, e.g. MuckRock, say business days). The 24-hour rule for in-person and telephone requests cannot be selected by channel in the data format; for those requests the response is due the next day. E-mail is treated like mail and fax, as the Public Access Counselor does.',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'A formal complaint to the Public Access Counselor must be filed not later than 30 days after the denial (filing is optional before suing)',
          citation: 'IC 5-14-5-7(a); IC 5-14-5-4',
          uncertain: `A complaint is filed when received by the Counselor, or when postmarked if received after the 30th day (IC 5-14-5-7(b)). ${CALENDAR_DAYS_NOTE}`,
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'The Public Access Counselor issues an advisory opinion on a formal complaint not later than 30 days after it is filed (7 days for a priority complaint)',
          citation: 'IC 5-14-5-9; 62 IAC 1-1-2(d)',
          uncertain: `Priority complaints (62 IAC 1-1-3) get an opinion within 7 days; the engine gives the 30-day limit. ${CALENDAR_DAYS_NOTE}`,
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Day type for the 7-day response: calendar days (plain meaning; no statutory definition or general computation statute found). If the Public Access Counselor reads business days, the due date moves later.',
    'Weekend observance: IC 1-1-9-1 as reproduced in the sources read lists the holidays but the subsection on Saturday/Sunday observance was not read; the engine uses Saturday -> Friday, Sunday -> Monday, as state offices observe (e.g. Independence Day 2020 on Friday July 3). It does not change any encoded due date (all calendar-day clocks).',
    'IC 5-14-5-9 (30-day opinion) was taken from secondary sources; IC 5-14-5-7 and 62 IAC 1-1-2 were read.',
    'There is no extension mechanism: after the response the agency must produce within a "reasonable time" (IC 5-14-3-3(b)), so extended_response is not encoded. No acknowledgment clock exists.',
  ],
  sources: [
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
