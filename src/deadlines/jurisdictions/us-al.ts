import { common, MON, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const NO_DEADLINE: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'Before October 1, 2024 the Open Records Act set no time for a response; courts required a reasonable time',
  citation: 'Ala. Code 36-12-40 (before Act 2024-?)',
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
      'State-employee practice: a Saturday holiday is observed the Friday before, a Sunday holiday the Monday after',
    holidays: [
      common.newYear(),
      common.mlk("Robert E. Lee / Martin Luther King, Jr.'s Birthday"),
      common.washington('George Washington / Thomas Jefferson Birthday'),
      nth('Confederate Memorial Day', 4, MON, 4),
      common.memorial('National Memorial Day'),
      nth("Jefferson Davis' Birthday", 6, MON, 1),
      common.independence(),
      common.labor(),
      common.columbus('Columbus Day / American Indian Heritage Day'),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Mardi Gras is a holiday in Baldwin and Mobile counties only; Juneteenth has been a state holiday only by yearly proclamation: add them as closures.',
      'A "business day" is a day the public officer\'s office is open (36-12-43(b)(1)); an office that closes on other days should add them as closures.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: { response: NO_DEADLINE },
    },
    {
      effectiveFrom: '2024-10-01',
      enactedBy: 'Act 2024 (S.B. 85), adding Ala. Code 36-12-43 to 36-12-46',
      clocks: {
        acknowledgment: {
          fixed: true,
          startsAt: 'receipt',
          segments: [
            {
              days: 10,
              unit: 'calendar',
              roll: true,
              rollPast: 'sundays_and_holidays',
              rollCitation: 'Ala. Code 1-1-4',
            },
          ],
          text: 'Acknowledge a proper request within 10 days of receiving it',
          citation: 'Ala. Code 36-12-44(a)(3)',
          uncertain:
            'The statute says "10 days" (calendar days here); summaries that say 10 business days would give a later date.',
        },
        response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 15, unit: 'business' }],
          text: 'A substantive response fulfilling or denying a standard request within 15 business days of acknowledging it',
          citation: 'Ala. Code 36-12-44(a)(4)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 30, unit: 'business' }],
          text: 'The officer may extend in 15-business-day increments, but a request is presumed denied without a substantive response within the earlier of 30 business days or 60 calendar days after the acknowledgment',
          citation: 'Ala. Code 36-12-44(a)(4)-(5)',
          uncertain:
            'Time-intensive requests (over eight hours of staff time) follow 36-12-45/46 (45 business days); not encoded.',
        },
      },
      clarification: {
        effect: 'restart',
        citation: 'Ala. Code 36-12-44 (as summarised: timelines restart once the requester clarifies)',
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 2024 timelines were read in the text of 36-12-43 and 36-12-44; the act number and the time-intensive track were not.',
    'The holiday list of 1-3-8 and its weekend rule are from memory of the statute, not re-read.',
    'That a request for clarification restarts the clock comes from a secondary summary of the 2024 act, not the text.',
  ],
  sources: [
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-43-policy-definitions',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=ALB00017074&billsummary_session=2024rs&billsummary_state=al',
  ],
};
