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
  timeZone: 'America/Chicago',
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
      common.juneteenth('Juneteenth', {
        from: '2025-06-01',
        citation:
          'Ala. Code 1-3-8, as amended by H.B. 165 (2025 Regular Session), signed May 8, 2025, effective June 1, 2025',
      }),
      common.independence('Fourth day of July'),
      common.labor(),
      common.columbus('Columbus Day and Fraternal Day / American Indian Heritage Day'),
      common.veterans("Veterans' Day"),
      common.thanksgiving('Thanksgiving Day (day designated by the Governor for public thanksgiving)'),
      common.christmas(),
    ],
    notes: [
      'Mardi Gras is a state holiday only in Baldwin and Mobile counties (Ala. Code 1-3-8); it is not counted statewide (an office there closes on it, which 36-12-43(b)(1) makes a non-business day for that office).',
      'Juneteenth was not in 1-3-8 until H.B. 165 (2025 Regular Session, signed May 8, 2025, effective June 1, 2025); before that the Governor closed state offices on it by yearly memorandum (2021 to 2024): those years are designations below.',
      'Mrs. Rosa L. Parks Day (December 1) is a day of commemoration only, on which state offices stay open (State of Alabama official holiday lists, 2021 and later); it is not counted.',
      "Designations: the Governor closes state offices by memorandum to department heads on days that are not 1-3-8 holidays (the day after Thanksgiving every year; Juneteenth before 2025; Christmas Eve in some years, e.g. 2019). Entered from the State of Alabama calendar (inform.alabama.gov) for 2023 and the Governor's memorandum of May 20, 2024 for 2024. No memorandum or published schedule for 2025 or 2026 was found in the sources searched (Governor's office, inform.alabama.gov, Alabama Reflector, AL.com, WSFA); the day after Thanksgiving (2025-11-28, 2026-11-27) is customary but not entered without its source.",
    ],
    designations: [
      {
        date: '2023-06-19',
        name: 'Juneteenth (state holiday by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Governor\'s memorandum to state department heads, 2023 (listed as "State Holiday" on the State of Alabama 2023 holiday schedule)',
        source: 'https://inform.alabama.gov/calendar.aspx',
      },
      {
        date: '2023-11-24',
        name: 'Day after Thanksgiving (state holiday by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Governor\'s memorandum to state department heads, 2023 (listed as "State Holiday" on the State of Alabama 2023 holiday schedule)',
        source: 'https://inform.alabama.gov/calendar.aspx',
      },
      {
        date: '2024-06-19',
        name: 'Juneteenth (state holiday by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Governor Ivey\'s memorandum to state department heads of May 20, 2024 ("All state offices will be closed on the above dates")',
        source:
          'https://newsbreak.com/news/3451010748963-gov-kay-ivey-makes-juneteenth-alabama-state-holiday-for-2024 (Alabama Reflector, 2024-05-20)',
      },
      {
        date: '2024-11-29',
        name: 'Day after Thanksgiving (state holiday by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Governor Ivey\'s memorandum to state department heads of May 20, 2024 (the Governor "added a couple of days, Juneteenth and the day after Thanksgiving")',
        source:
          'https://newsbreak.com/news/3451010748963-gov-kay-ivey-makes-juneteenth-alabama-state-holiday-for-2024 (Alabama Reflector, 2024-05-20)',
      },
    ],
    designationsThrough: 2024,
    designationSources: [
      "Governor's memoranda to state department heads (governor.alabama.gov newsroom), usually reported by the Alabama Reflector, AL.com and WSFA",
      'https://inform.alabama.gov/calendar.aspx (State of Alabama holiday schedule)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "business days", defined as "A day that the public officer\'s office is open to the public and conducting normal operations"; a day the office is closed by the Governor\'s order is not one. For the 10-day acknowledgment, 1-1-4 also excludes a last day "on which the office in which the act must be done shall close as permitted by any law of this state".',
      citation: 'Ala. Code 36-12-43(b)(1); 1-1-4',
    },
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
          quote: 'The public officer shall acknowledge a proper request within 10 days of receiving the request.',
          quoteSource:
            'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
          uncertain:
            'The codified text says "10 days" (counted here as calendar days under 1-1-4); the Governor\'s office and press summaries say "10 business days", which would give a later date. A Saturday last day is rolled to the next business day because public offices are closed on Saturdays (1-1-4, office-closed clause); read literally for Sundays and holidays only, a Saturday due date would stand.',
        },
        response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 15, unit: 'business' }],
          text: 'Substantive response fulfilling or denying a standard request within 15 business days of acknowledging receipt',
          citation: 'Ala. Code 36-12-44(a)(4)',
          quote:
            'The public officer shall provide a substantive response fulfilling or denying a proper request within 15 business days of acknowledging receipt.',
          quoteSource:
            'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
          uncertain:
            'Time-intensive requests (more than eight hours of staff time, 36-12-43(b)(4)) follow 36-12-46, whose text was not available in the sources searched (a bill summary reports notice within 15 business days and a 45-business-day response); no request-type period is encoded, so a time-intensive request gets the standard date.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 30, unit: 'business' }],
          text: 'The officer may extend the 15 business days in 15-business-day increments by written notice, but a standard request is presumed denied if no substantive response is given within the earlier of 30 business days or 60 calendar days after acknowledgment (30 business days always comes first)',
          citation: 'Ala. Code 36-12-44(a)(4)-(5)',
          quote:
            'There shall be a rebuttable presumption that a proper standard request has been denied by the public officer if: a. A substantive response is not provided to the standard request within the earlier of 30 business days or 60 calendar days following acknowledgment of receipt',
          quoteSource:
            'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
          uncertain:
            'Time-intensive requests (more than eight hours of staff time) follow 36-12-46 (reported: notice within 15 business days of acknowledgment and a 45-business-day response period); its text was not read, so it is not encoded.',
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
    'Clarification restarting the clock rests on a secondary summary; the text of 36-12-44 read (subsections (a)(1)-(5)) does not address clarification, and the rest of the section was not shown.',
    'Acknowledgment: "10 days" in 36-12-44(a)(3) (the text read) is counted as calendar days with the 1-1-4 roll-forward, including Saturdays (offices closed); the Governor\'s office and a bill summary speak of "10 business days", which would give a later date.',
    'Time-intensive requests (36-12-46): text not read; not encoded (see the response clock).',
    "Executive-branch agencies were also bound by the Governor's Executive Order 734 (acknowledgment within two business days, per the Reporters Committee guide, citing EO 734 (3)(a)(iii), (3)(b)(iii)); whether it still applies beside the 2024 act was not checked, so the statutory 10 days is used for every agency.",
    "The Act number of S.B. 270 (2024) and of H.B. 165 (2025) were not confirmed; H.B. 165's effective date (June 1, 2025) is from a bill tracker; any date from May 9 to June 19, 2025 gives the same holidays.",
    "Business days are Monday to Friday less the 1-3-8 holidays as observed and the Governor's closure days (state offices); a county or municipal office closed on other days (36-12-43(b)(1)) should add them as its own closures.",
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next business day: 36-12-45(b)(2) says receipt of a hand-delivered request occurs when it is received at the main office and of a mailed request on the date of actual receipt; 36-12-43 to 36-12-46 and 1-1-4 were searched.',
  sources: [
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
    'https://app.legiplex.com/al/legislature/2024/2024-r/bills/sb270/drafts-latest (S.B. 270 enrolled)',
    'https://www.einpresswire.com/article/709931683/governor-ivey-signs-public-records-reforms-continues-to-deliver-on-inaugural-promise-to-promote-transparency-and-accountability-in-government',
    'https://newsaegis.com/2024/10/03/new-open-records-law-sets-timelines-for-agencies-to-produce-public-records',
    'http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/1-1-4.htm',
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-43-policy-definitions',
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-45-written-procedures-for-requests-alternate-request-procedures',
    'https://www.alreporter.com/2025/05/09/alabama-formally-recognizes-juneteenth-as-state-holiday-with-new-law (H.B. 165 signed)',
    'https://www.billtrack50.com/billdetail/1818884 (H.B. 165, 2025: enacted 05/12/2025, effective June 1, 2025)',
    'https://inform.alabama.gov/calendar.aspx (2023 state holiday schedule)',
    'https://docslib.org/doc/12784060/state-holidays (State of Alabama official state holidays 2021-2022)',
    'https://www.rcfp.org/open-government-sections/b-how-long-to-wait/ (Executive Order 734)',
    'https://law.uslawyerdatabase.com/section-1-3-8-holidays-enumerated-personal-leave-days-state-holidays-observed-by-closing-of-state-offices-compensatory-leave-days',
    'https://www.alreporter.com/2021/06/18/gov-kay-ivey-state-offices-closed-june-18-in-honor-of-juneteenth/',
    'https://newsbreak.com/news/3451010748963-gov-kay-ivey-makes-juneteenth-alabama-state-holiday-for-2024',
  ],
};
