import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_MI: Jurisdiction = {
  code: 'US-MI',
  name: 'Michigan',
  lawName: 'Freedom of Information Act',
  lawCitation: 'MCL 15.231-15.246 (1976 PA 442)',
  calendar: {
    citation: 'MCL 435.101 (legal holidays)',
    observance: 'sun_mon',
    observanceCitation:
      'MCL 435.101: when a legal holiday falls on Sunday, the Monday following is the legal holiday; Saturday holidays are not moved',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.lincoln(),
      common.washington(),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      '"Business day" under the FOIA means a weekday other than a legal holiday, regardless of the days the public body is open (Attorney General Opinion 7172, 2005); legal holidays are those of MCL 435.101.',
      "State offices also close under Civil Service Commission rules on days that are not legal holidays (the day after Thanksgiving, Christmas Eve, New Year's Eve, Juneteenth, general election day in even years) and observe Saturday holidays on the Friday before; they are business days under Op. 7172. Add them as closures if you want the agency-calendar reading.",
      'Every Saturday afternoon is a half-holiday (MCL 435.101); weekends are non-business days anyway.',
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
          uncertain:
            'An e-mail delivered to a spam or junk folder is not received until 1 day after the public body becomes aware of it (15.235(1)); enter that date.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 15, unit: 'business' }],
          text: 'One written notice may extend the response period by not more than 10 business days (15 business days after receipt)',
          citation: 'MCL 15.235(2)(d)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A written appeal to the head of the public body (stating the word "appeal") has no statutory deadline; a civil action must be filed within 180 days after the final determination to deny',
          citation: 'MCL 15.240(1)(a)-(b)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'Within 10 business days after receiving a written appeal the head of the public body must reverse, uphold, or partly reverse the denial, or in unusual circumstances extend once by not more than 10 business days',
          citation: 'MCL 15.240(2)',
          uncertain:
            'A board or commission that is the head of the public body receives the appeal only at its first regularly scheduled meeting after submission (15.240(3)); enter that meeting date. One extension of up to 10 business days is allowed (15.240(2)(d)).',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "The calendar follows the legal holidays of MCL 435.101 (Attorney General Opinion 7172). It therefore counts Lincoln's Birthday and Columbus Day as holidays and the State-office closures that are not legal holidays (day after Thanksgiving, Juneteenth, Christmas Eve, New Year's Eve, even-year election day, Friday observance of Saturday holidays) as business days. The shared notes used the State-employee calendar instead; add those closures for an agency that observes them.",
    'MCL 435.101 was checked only through secondary summaries; whether Juneteenth has been added to it was not confirmed (not counted).',
    'Before 2014 PA 563 (effective 2015-07-01) the appeal provisions were worded differently; the engine applies the current 10-business-day rule and the 1-business-day e-mail/fax receipt rule to all dates (the 5 + 10 business-day response periods predate 2000).',
  ],
  sources: [
    'https://casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15240-options-by-requesting-person-appeal-actions-by-public-body-receipt-of-written-appeal-judicial-review-civil-action-venue-de-novo-proceeding-burden-of-proof-private-view-of-public-record-contempt-assignment-of-action-or-appeal-for-hearing-trial-or-argument-attorneys-fees-costs-and-disbursements-assessment-of-award-damages',
    'https://www.employmentlawhandbook.com/employment-and-labor-laws/states/michigan/leave-laws/holidays/ (MCL 435.101 list)',
    'Michigan Attorney General Opinion No. 7172 (2005) (via /work/shared/jurisdictions.md)',
    '/work/shared/jurisdictions.md (US-MI: MCL 15.235)',
  ],
};
