import { common, electionDay, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_VA: Jurisdiction = {
  code: 'US-VA',
  name: 'Virginia',
  lawName: 'Virginia Freedom of Information Act',
  lawCitation: 'Va. Code § 2.2-3700 et seq.',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'Va. Code § 2.2-3300',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Va. Code § 2.2-3300 (closing paragraph): whenever a listed day falls on Saturday, the Friday next preceding, and whenever it falls on Sunday, the Monday next following, is a legal holiday',
    holidays: [
      common.newYear(),
      nth('Lee-Jackson Day', 1, MON, 3, {
        offset: -3,
        from: '2000-07-01',
        until: '2020-06-30',
        citation:
          'Va. Code § 2.2-3300 (former § 2.1-21): the Friday preceding the third Monday in January, from the 2000 separation of Lee-Jackson-King Day until repealed by 2020 H.B. 108 / S.B. 601 (effective July 1, 2020)',
      }),
      common.mlk('Martin Luther King, Jr., Day (Lee-Jackson-King Day until 2000)'),
      common.washington('George Washington Day'),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2021-03-01',
        citation: 'Va. Code § 2.2-3300, as amended by 2020 Va. Acts Spec. Sess. I, ch. 5 (S.B. 5031)',
      }),
      common.independence(),
      common.labor(),
      common.columbus('Columbus Day and Yorktown Victory Day'),
      electionDay('Election Day', {
        from: '2020-07-01',
        citation: 'Va. Code § 2.2-3300, as amended by 2020 H.B. 108 / S.B. 601 (effective July 1, 2020)',
      }),
      common.veterans(),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Day after Thanksgiving (the Friday next following Thanksgiving Day)'),
      common.christmas(),
    ],
    notes: [
      'Any day appointed by the Governor or the President is also a legal holiday "as to the transaction of all business" (Va. Code § 2.2-3300); such days (e.g. Christmas Eve or the day after Christmas given to State employees) are designations of kind holiday, binding every public body.',
      'Local public bodies are subject to the same FOIA clock; a locality closed on another day (its own holiday schedule) has non-business days this statewide calendar does not list.',
      "Designations: the Governor's holiday appointments for 2024, 2025 and 2026 were looked for (Department of Human Resource Management holiday schedules, Governor's announcements and executive orders, news reports) and not found in the stored sources; none is encoded and designationsThrough is left unset, so these years are not known to be complete. Searched again in December 2026 (also university HR pages and county schedules that follow the Commonwealth calendar): still no Governor's act found.",
      "Governor-granted holiday time is often announced as hours of leave for State employees (e.g. 2008: eight hours split between Christmas Eve and New Year's Eve, credited as leave; 2023: half days granted by Governor Youngkin before Thanksgiving and Christmas) rather than as a day appointed under § 2.2-3300 on which offices close; a half day or a grant of leave hours is not encoded as a designation. Culpeper County's 2025 schedule, 'based on the 2025 Commonwealth of Virginia Holiday Calendar', lists noon closings on 2025-11-26 and 2025-12-24 and '8 hours additional' on 'Thursday, December 26, 2025' (that day was a Friday); a county page with an internal error is not the Governor's act, so 2025-12-26 is not encoded.",
    ],
    designations: [],
    designationSources: [
      'https://www.dhrm.virginia.gov/ (Department of Human Resource Management: State holiday schedule and Governor-granted days)',
      "https://www.governor.virginia.gov/newsroom/ (Governor's announcements and executive orders)",
      'https://web.culpepercounty.gov/node/8226 (a county schedule that follows the Commonwealth holiday calendar: a lead, not a source)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "working days" (§ 2.2-3704(B)) without defining them; a day on which the custodian\'s offices are closed by executive order (e.g. a weather closure that is not an appointed holiday) is not a working day of that office. A day the Governor appoints as a holiday is a legal holiday under § 2.2-3300 and stops the clock in any case.',
      citation: 'Va. Code §§ 2.2-3704(B), 2.2-3300',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        '1999 revision of the Virginia FOIA (former Va. Code § 2.1-342(B)), recodified as § 2.2-3704 effective October 1, 2001; the 5 + 7 working-day periods have not changed since',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Promptly, but in all cases within 5 working days of receiving the request, provide the records or respond in writing that they are withheld in whole or part, cannot be found or do not exist, or cannot be provided within the 5 working days',
          citation: 'Va. Code § 2.2-3704(B)',
          quote:
            'shall promptly, but in all cases within five working days of receiving a request, provide the requested records to the requester or make one of the following responses in writing',
          quoteSource: 'https://statutes.laws.com/virginia/title-2-2/chapter-37/2-2-3704',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 12, unit: 'business' }],
          text: 'If the public body answers within the 5 working days that it is not practically possible to respond in time, it has 7 additional working days (5 + 7 = 12 working days after receipt) to give one of the other responses',
          citation: 'Va. Code § 2.2-3704(B)(4)',
          quote:
            'If the response is made within five working days, the public body shall have an additional seven work days or, in the case of a request for criminal investigative files pursuant to § 2.2-3706.1, 60 work days in which to provide one of the four preceding responses.',
          quoteSource: 'https://visitlouisa.com/FAQ.aspx?QID=190 (Louisa County page restating § 2.2-3704(B)(4))',
          uncertain:
            'Requests for criminal investigative files under § 2.2-3706.1 (added 2021) get 60 additional work days instead of 7, and a court may grant more time for extraordinary volumes on petition of the public body (§ 2.2-3704(C)); neither is encoded. Longer periods agreed with the requester are not a unilateral extension.',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next working day; searched Va. Code § 2.2-3704 and FOIA Council and local FOIA guidance (which only say day one is the day after receipt).',
  uncertain: [
    'Designations: no schedule of Governor-appointed holidays for 2024-2026 was found; years with such days (Christmas Eve or December 26 are often given) will give dates too early until they are added.',
    'The current § 2.2-3704(B)(4) wording (7 additional work days; 60 for criminal investigative files) was read on a county page restating it, not on the Code site.',
    '"Working days" are counted as Monday to Friday minus the legal holidays of § 2.2-3300 as observed; the day of receipt is day 0 (FOIA Council and local guidance: "day one is the day after the request is received").',
    'Juneteenth: S.B. 5031 (2020 Special Session I, ch. 5, approved October 13, 2020) is taken to take effect on March 1, 2021 (first day of the fourth month after the special session adjourned); the first Juneteenth affected is June 19, 2021 (observed Friday June 18) on any reading.',
    'Lee-Jackson Day is encoded from July 1, 2000 (first observed January 12, 2001); the chapter number of the 2000 act that separated it from Martin Luther King, Jr., Day was not confirmed. The weekend paragraph of § 2.2-3300 was read in secondary sources, not on the Code site.',
    'There is no administrative appeal: a denied requester goes to court by petition for mandamus or injunction (Va. Code § 2.2-3713); the FOIA Council gives advisory opinions only. Hence no appeal clocks.',
  ],
  sources: [
    'https://law.justia.com/codes/virginia/2006/toc0202000/2.2-3704.html',
    'https://statutes.laws.com/virginia/title-2-2/chapter-37/2-2-3704',
    'https://visitlouisa.com/FAQ.aspx?QID=190 (current § 2.2-3704(B) text with § 2.2-3706.1 extension)',
    'https://roanokecountyva.gov/1964/Countys-Responsibility-Responding-to-You',
    'https://law.lis.virginia.gov/vacodefull/title2.2/chapter33',
    'https://www.legiscan.com/VA/text/SB5031/2020/X1',
    'https://www.wsls.com/news/local/2020/04/12/gov-northam-removes-lee-jackson-day-as-a-state-holiday-brings-early-voting-to-virginia/',
    'https://wtvr.com/2020/01/21/virginia-senate-votes-to-eliminate-lee-jackson-day-make-election-day-state-holiday',
  ],
};
