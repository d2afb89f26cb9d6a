import { common } from '../holiday-rules.js';
import type { Designation, Jurisdiction } from '../types.js';

const LEGAL = 'MCL 435.101';
const QUOTE_235 =
  'https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses';
const QUOTE_240 =
  'https://casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15240-options-by-requesting-person-appeal-actions-by-public-body-receipt-of-written-appeal-judicial-review-civil-action-venue-de-novo-proceeding-burden-of-proof-private-view-of-public-record-contempt-assignment-of-action-or-appeal-for-hearing-trial-or-argument-attorneys-fees-costs-and-disbursements-assessment-of-award-damages';
const SOS_PAGE = 'https://www.michigan.gov/sos/0,4670,7-127-5647_12539-88369--,00.html';

/** State-office closures on days that are not legal holidays of MCL 435.101 (Secretary of State schedule). */
function closure(date: string, name: string): Designation {
  return {
    date,
    name,
    kind: 'closure',
    scope: 'state',
    citation:
      'State of Michigan office holiday schedule (Secretary of State: offices closed on New Year’s Eve, the day after Thanksgiving and Christmas Eve; a Saturday holiday observed on the Friday)',
    source: SOS_PAGE,
  };
}

/** General election day in even years: a State employee holiday since a 2004 agreement with the unions. */
function electionClosure(date: string): Designation {
  return {
    date,
    name: 'General election day (State employee holiday)',
    kind: 'closure',
    scope: 'state',
    citation:
      'State employee holiday on general election day under the 2004 agreement with the State employee unions ("Most state government offices will be closed")',
    source: 'http://news.pioneergroup.com/manisteenews/2018/10/26/secretary-state-offices-closed-election-day/',
  };
}

export const US_MI: Jurisdiction = {
  code: 'US-MI',
  name: 'Michigan',
  lawName: 'Freedom of Information Act',
  lawCitation: 'MCL 15.231-15.246 (1976 PA 442)',
  timeZone: 'America/Detroit',
  calendar: {
    citation: 'MCL 435.101(1) (legal holidays)',
    observance: 'sun_mon',
    observanceCitation:
      '1865 PA 124 (MCL 435.101-435.102): a date-specific holiday that falls on Sunday is observed the following Monday; Saturday holidays are not moved (House Fiscal Agency analysis of S.B. 50, 2023)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.lincoln("Lincoln's Birthday", { officesOpen: true, citation: `${LEGAL}(1)(c); State offices stay open` }),
      common.washington(),
      common.memorial('Memorial or Decoration Day'),
      common.juneteenth('Juneteenth', {
        from: '2023-07-12',
        citation: `${LEGAL}(1)(f), added by 2023 PA 54 (S.B. 50, signed 2023-07-12)`,
      }),
      common.independence(),
      common.labor(),
      common.columbus('Columbus Day', { officesOpen: true, citation: `${LEGAL}(1)(i); State offices stay open` }),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      '"Business day" under the FOIA means a weekday other than a legal holiday, regardless of the days the public body is open (Attorney General Opinion 7172, 2005); legal holidays are those of MCL 435.101.',
      "State offices work on two legal holidays, Lincoln's Birthday and Columbus Day (marked officesOpen), and close on days that are not legal holidays: New Year's Eve, the day after Thanksgiving, Christmas Eve, the Friday before a Saturday holiday (Secretary of State office schedule) and general election day in even years. These are listed as designations (closures, State offices only); under Op. 7172 neither kind of day changes a FOIA count. The alternative reading counts the agency calendar instead.",
      'The designation dates for 2024-2026 are derived from standing schedules, not from a year-by-year list: the Secretary of State office schedule (an undated page that predates Juneteenth) for New Year’s Eve, the day after Thanksgiving, Christmas Eve and Friday observance, and, for general election day in even years (2024-11-05, 2026-11-03), the 2004 union agreement that closes most State offices on that day (reported in 2018). No Civil Service Commission holiday schedule for 2024-2026 was found in the stored sources, so the designations are not marked complete for any year.',
      'Every Saturday afternoon is a half-holiday (MCL 435.101(1)(m)); weekends are non-business days anyway.',
    ],
    designations: [
      electionClosure('2024-11-05'),
      closure('2024-11-29', 'Day after Thanksgiving'),
      closure('2024-12-24', 'Christmas Eve'),
      closure('2024-12-31', "New Year's Eve"),
      closure('2025-11-28', 'Day after Thanksgiving'),
      closure('2025-12-24', 'Christmas Eve'),
      closure('2025-12-31', "New Year's Eve"),
      closure('2026-07-03', 'Independence Day observed (July 4 is a Saturday)'),
      electionClosure('2026-11-03'),
      closure('2026-11-27', 'Day after Thanksgiving'),
      closure('2026-12-24', 'Christmas Eve'),
      closure('2026-12-31', "New Year's Eve"),
    ],
    designationSources: [
      `${SOS_PAGE} (Secretary of State office closures)`,
      'https://www.michigan.gov/mdcs (Civil Service Commission: State employee holidays)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The FOIA counts "business days", which the Attorney General reads as "five consecutive weekdays, other than Saturdays, Sundays, or legal holidays, and not five consecutive days on which the particular public body receiving the request is open for public business"; a day State offices close that is not a legal holiday is still a business day.',
      citation: 'MCL 15.235(2); Op. Att’y Gen. No. 7172 (2005)',
    },
    openHolidays: {
      stops: true,
      reason:
        "Lincoln's Birthday and Columbus Day are legal holidays of MCL 435.101, so they are not business days under Op. 7172 even though State offices are open on them.",
      citation: 'MCL 435.101(1)(c), (i); Op. Att’y Gen. No. 7172 (2005)',
    },
    alternatives: [
      {
        reading:
          "Business days are the days the public body is open: State-office closures (day after Thanksgiving, Christmas Eve, New Year's Eve, Friday before a Saturday holiday, even-year election day) stop the clock and Lincoln's Birthday and Columbus Day, when State offices work, do not. Attorney General opinions do not bind the courts, and no court has decided the point.",
        citation: 'MCL 15.235(2); contra Op. Att’y Gen. No. 7172 (2005); Secretary of State office schedule',
        flipExecutiveClosures: true,
        flipOpenHolidays: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: '1976 PA 442, MCL 15.235 and 15.240 (as amended, most recently by 2014 PA 563, effective 2015-07-01)',
      receipt: {
        electronicDelay: {
          channels: ['email', 'fax', 'portal'],
          businessDays: 1,
          citation:
            'MCL 15.235(1): a request by facsimile, e-mail or other electronic transmission is not received until 1 business day after the transmission',
        },
      },
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Within 5 business days after the public body receives the request, grant it, deny it, grant it in part, or extend the time by notice',
          citation: 'MCL 15.235(2)',
          quote:
            'a public body shall, subject to subsection (10), respond to a request for a public record within 5 business days after the public body receives the request',
          quoteSource: QUOTE_235,
          uncertain:
            "An e-mail delivered to a spam or junk folder is not received until 1 day after the public body becomes aware of it (15.235(1)); enter that date. Subsection (10) (a public body keeping a law enforcement records management system for subscribers refers a request for a subscriber's record) is not modelled.",
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 15, unit: 'business' }],
          text: 'One written notice may extend the response period by not more than 10 business days (15 business days after receipt)',
          citation: 'MCL 15.235(2)(d)',
          quote:
            'Issuing a notice extending for not more than 10 business days the period during which the public body shall respond to the request. A public body shall not issue more than 1 notice of extension for a particular request.',
          quoteSource: QUOTE_235,
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A written appeal to the head of the public body (stating the word "appeal") has no statutory deadline; a civil action must be filed within 180 days after the final determination to deny',
          citation: 'MCL 15.240(1)(a)-(b)',
          quote:
            "Commence a civil action in the circuit court, or if the decision of a state public body is at issue, the court of claims, to compel the public body's disclosure of the public records within 180 days after a public body's final determination to deny a request.",
          quoteSource: QUOTE_240,
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'Within 10 business days after receiving a written appeal the head of the public body must reverse, uphold, or partly reverse the denial, or in unusual circumstances extend once by not more than 10 business days',
          citation: 'MCL 15.240(2)',
          quote:
            'Within 10 business days after receiving a written appeal pursuant to subsection (1)(a), the head of a public body shall do 1 of the following',
          quoteSource: QUOTE_240,
          uncertain:
            'A board or commission that is the head of the public body receives the appeal only at its first regularly scheduled meeting after submission (15.240(3)); enter that meeting date. One extension of up to 10 business days is allowed (15.240(2)(d)).',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'Dates are taken in the time zone of the capital, Lansing (Eastern); four Upper Peninsula counties on the Wisconsin border keep Central Time: an agency in the other zone can have its own zone set.',
    "The calendar follows the legal holidays of MCL 435.101 (Attorney General Opinion 7172): Lincoln's Birthday and Columbus Day count as holidays although State offices are open, and State-office closures that are not legal holidays are business days. The alternative reading (agency calendar) is computed too.",
    'Juneteenth was added to MCL 435.101 by 2023 PA 54 (signed 2023-07-12); whether the act took immediate effect was not confirmed, but either way its first observed date is 2024-06-19. State offices also closed on Juneteenth in 2022 and 2023 by Civil Service Commission action; those closures are not encoded (they are not legal holidays and do not change a count under Op. 7172).',
    'Before 2014 PA 563 (effective 2015-07-01) the appeal provisions were worded differently; the engine applies the current 10-business-day rule to all dates. The 5 + 10 business-day response periods and the 1-business-day e-mail/fax receipt rule are quoted as in force in Op. 7172 (2005); earlier text was not read.',
    'State-office designations are derived from the Secretary of State standing closure schedule (undated) and, for even-year general election days, the 2004 union agreement as reported in 2018; no 2024-2026 schedule was read. They do not affect the main reading.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next business day; the FOIA instead delays receipt of every fax, e-mail or other electronic request by 1 business day (MCL 15.235(1)), which is encoded. Searched MCL 15.231-15.246 and Attorney General Opinion 7172.',
  sources: [
    'https://casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15240-options-by-requesting-person-appeal-actions-by-public-body-receipt-of-written-appeal-judicial-review-civil-action-venue-de-novo-proceeding-burden-of-proof-private-view-of-public-record-contempt-assignment-of-action-or-appeal-for-hearing-trial-or-argument-attorneys-fees-costs-and-disbursements-assessment-of-award-damages',
    QUOTE_235,
    'https://lawserver.com/law/state/texas/tx-codes/michigan_laws_435-101 (current MCL 435.101, with Juneteenth)',
    'https://fastdemocracy.com/bill-summary/?billsummary_state=mi&billsummary_id=MIB00021996&billsummary_session=2023-2024 (House Fiscal Agency analysis of S.B. 50, enacted as 2023 PA 54)',
    'https://www.mlive.com/politics/2023/07/juneteenth-is-now-michigans-newest-state-holiday.html',
    'http://www.ag.state.mi.us/opinion/datafiles/2000s/op10248.htm (Attorney General Opinion No. 7172, 2005)',
    SOS_PAGE,
    '/work/shared/jurisdictions.md (US-MI: MCL 15.235)',
  ],
};
