import { common, MON, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const NO_DEADLINE: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'Before October 1, 2024 the Open Records Act gave a right to inspect and copy public records but set no time for answering a request; agencies were held to a reasonable time',
  citation: 'Ala. Code 36-12-40 (before the 2024 amendment by S.B. 270)',
};

export const US_AL: Jurisdiction = {
  code: 'US-AL',
  name: 'Alabama',
  lawName: 'Open Records Act',
  lawCitation: 'Ala. Code 36-12-40 to 36-12-46',
  calendar: {
    citation: 'Ala. Code 1-3-8',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Ala. Code 1-3-8(a): if any holiday falls on Sunday, the following day is the holiday; if any holiday falls on Saturday, the preceding day is the holiday',
    holidays: [
      common.newYear(),
      common.mlk("Robert E. Lee's Birthday / Martin Luther King, Jr.'s Birthday"),
      common.washington("George Washington's Birthday / Thomas Jefferson's Birthday"),
      nth('Confederate Memorial Day', 4, MON, 4),
      common.memorial('National Memorial Day'),
      nth("Jefferson Davis' Birthday", 6, MON, 1),
      common.independence('Fourth day of July'),
      common.labor(),
      common.columbus('Columbus Day and Fraternal Day / American Indian Heritage Day'),
      common.veterans("Veterans' Day"),
      common.thanksgiving('Thanksgiving Day (day designated by the Governor for public thanksgiving)'),
      common.christmas(),
    ],
    notes: [
      'Mardi Gras is a state holiday only in Baldwin and Mobile counties (Ala. Code 1-3-8); add it as a closure for offices there.',
      'Juneteenth is not in 1-3-8: the Governor has made it a state-employee holiday by yearly memorandum since 2021 (June 18, 2021 and later years); bills to codify it (e.g. 2024 R.S.) did not pass. Add the day as a closure in years the Governor closes offices.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Ala. Code 36-12-40 as in force before October 1, 2024 (no time limits)',
      clocks: { response: NO_DEADLINE },
    },
    {
      effectiveFrom: '2024-10-01',
      enactedBy:
        'Act of the 2024 Regular Session, S.B. 270 (Sen. Orr), signed May 8, 2024, effective October 1, 2024; amends 36-12-40 and 36-12-41 and adds 36-12-43 to 36-12-46',
      clocks: {
        acknowledgment: {
          fixed: true,
          startsAt: 'receipt',
          segments: [
            {
              days: 10,
              unit: 'calendar',
              roll: true,
              rollCitation:
                'Ala. Code 1-1-4 (a last day that is a Sunday, a 1-3-8 legal holiday or a day the office is closed as permitted by law is excluded)',
            },
          ],
          text: 'The public officer shall acknowledge a proper request within 10 days of receiving it',
          citation: 'Ala. Code 36-12-44(a)(3)',
          uncertain:
            'The codified text says "10 days" (counted here as calendar days under 1-1-4); the Governor\'s office and press summaries say "10 business days", which would give a later date. A Saturday last day is rolled to the next business day because public offices are closed on Saturdays (1-1-4, office-closed clause); read literally for Sundays and holidays only, a Saturday due date would stand.',
        },
        response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 15, unit: 'business' }],
          text: 'Substantive response fulfilling or denying a standard request within 15 business days of acknowledging receipt',
          citation: 'Ala. Code 36-12-44(a)(4)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 30, unit: 'business' }],
          text: 'The officer may extend the 15 business days in 15-business-day increments by written notice, but a standard request is presumed denied if no substantive response is given within the earlier of 30 business days or 60 calendar days after acknowledgment (30 business days always comes first)',
          citation: 'Ala. Code 36-12-44(a)(4)-(5)',
          uncertain:
            'Time-intensive requests (more than eight hours of staff time) follow 36-12-45 and 36-12-46 (notice within 15 business days of acknowledgment; reported 45-business-day response period); not encoded.',
        },
      },
      clarification: {
        effect: 'restart',
        citation:
          'Ala. Code 36-12-44 (as summarised in secondary sources: the timelines run again once the requester clarifies)',
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The statute is the 2024 act (S.B. 270, 2024 Regular Session, effective October 1, 2024), not a 2025 act; its Act number was not confirmed.',
    'Acknowledgment: "10 days" in 36-12-44(a)(3) read as calendar days with the 1-1-4 roll-forward (including Saturdays, as office-closed days); a business-day reading would be later.',
    'Clarification restarting the clock rests on a secondary summary, not the statute text.',
    'Business days are Monday to Friday less the 1-3-8 holidays as observed; an office closed on other days (36-12-43 "business day") should add them as closures.',
  ],
  sources: [
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
    'https://app.legiplex.com/al/legislature/2024/2024-r/bills/sb270/drafts-latest (S.B. 270 enrolled)',
    'https://www.einpresswire.com/article/709931683/governor-ivey-signs-public-records-reforms-continues-to-deliver-on-inaugural-promise-to-promote-transparency-and-accountability-in-government',
    'https://newsaegis.com/2024/10/03/new-open-records-law-sets-timelines-for-agencies-to-produce-public-records',
    'http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/1-1-4.htm',
    'https://law.uslawyerdatabase.com/section-1-3-8-holidays-enumerated-personal-leave-days-state-holidays-observed-by-closing-of-state-offices-compensatory-leave-days',
    'https://www.alreporter.com/2021/06/18/gov-kay-ivey-state-offices-closed-june-18-in-honor-of-juneteenth/',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=ALB00016270&billsummary_session=2024rs&billsummary_state=al (Juneteenth bill, 2024)',
  ],
};
