import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const ROLL = '1 Pa.C.S. 1908 (a last day on a Saturday, Sunday or legal holiday is omitted from the computation)';

export const US_PA: Jurisdiction = {
  code: 'US-PA',
  name: 'Pennsylvania',
  lawName: 'Right-to-Know Law',
  lawCitation: '65 P.S. 67.101-67.3104 (Act 3 of 2008)',
  calendar: {
    citation:
      'Commonwealth state-employee holiday schedule (Governor\'s Office of Administration); the Right-to-Know Law does not define "business day"',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Commonwealth holiday schedule: a holiday on Saturday is observed the Friday before, on Sunday the Monday after (44 P.S. 11 itself moves only Sunday holidays)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington("Presidents' Day"),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2021-06-18',
        citation: 'Commonwealth holiday schedule (state offices first closed Friday, June 18, 2021)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.dayAfterThanksgiving(),
      common.christmas(),
    ],
    notes: [
      'The statutory legal holidays (44 P.S. 11) also include Good Friday, Flag Day (June 14) and general election day, on which Commonwealth offices stay open; they are not counted as business-day holidays. 1 Pa.C.S. 1908 would still omit such a day when it is the last day of a calendar-day period (add it as a closure for that count if needed).',
      'Local agencies (counties, municipalities, school districts) set their own holidays: add their closures.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2009-01-01',
      enactedBy: 'Act of Feb. 14, 2008, P.L. 6, No. 3',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Respond as promptly as possible, not later than five business days from the date the written request is received by the open-records officer; no response in time is a deemed denial',
          citation: '65 P.S. 67.901',
          uncertain:
            "The five business days run from receipt by the agency's open-records officer (Governor's Office v. Office of Open Records, Pa. 2014); a request sent to another employee starts later (67.703).",
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [
            { days: 5, unit: 'business' },
            { days: 30, unit: 'calendar', roll: true, rollCitation: ROLL },
          ],
          text: 'With written notice within the five business days (redaction, remote records, staffing, legal review, policy or fee issues, extent of request), the response date may not be more than 30 days after the five business days, or the request is deemed denied unless the requester agrees in writing',
          citation: '65 P.S. 67.902(a)-(b); 1 Pa.C.S. 1908',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 15, unit: 'business' }],
          text: "Appeal to the Office of Open Records (or the appeals officer for legislative, judicial, district-attorney or state-related bodies) within 15 business days of the mailing date of the agency's response or of the deemed denial",
          citation: '65 P.S. 67.1101(a)(1)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 30, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: 'Unless the requester agrees otherwise, the appeals officer makes a final determination within 30 days of receipt of the appeal; otherwise the appeal is deemed denied',
          citation: '65 P.S. 67.1101(b)(1); 1 Pa.C.S. 1908',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Requests made before 2009-01-01 fell under the former Right-to-Know Act (65 P.S. 66.1-66.9, as amended by Act 100 of 2002); sources disagree on its response period (5 or 10 business days), so it is not encoded and the engine answers that no rule applies.',
    'The calendar is the Commonwealth employee holiday schedule (day after Thanksgiving and Juneteenth by executive practice and collective-bargaining agreements), not a statute; local agencies differ.',
    '1 Pa.C.S. 1908 omits a last day that is a legal holiday under Pennsylvania or federal law; the engine rolls past the days in this calendar only (not Good Friday, Flag Day or election day).',
  ],
  sources: [
    'https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67901-general-rule',
    'https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time',
    'https://cetient.com/case/2718708/governors-office-v-office-of-open-records-aplt',
    'http://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Pennsylvania (44 P.S. 11; state-employee holidays)',
    'https://www.heraldstandard.com/news/2021/jun/18/juneteenth-is-officially-a-federal-holiday/ (state offices closed June 18, 2021)',
    '/work/shared/jurisdictions.md (US-PA: 67.1101, 1 Pa.C.S. 1908)',
  ],
};
