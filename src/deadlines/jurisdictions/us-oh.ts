import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_OH: Jurisdiction = {
  code: 'US-OH',
  name: 'Ohio',
  lawName: 'Public Records Act',
  lawCitation: 'R.C. 149.43',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'R.C. 124.19(A) (state holidays)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'R.C. 124.19(A): a holiday on Saturday is observed the Friday before, on Sunday the Monday after',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King Day'),
      common.washington('Washington-Lincoln Day'),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2021-06-17',
        citation:
          'R.C. 124.19(A) ("any day appointed and recommended by ... the president of the United States": Pub. L. 117-17, June 17, 2021); R.C. 1.14 as later amended',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Ohio sets no fixed response period, so the calendar only documents the days state offices close.',
      'Designations: R.C. 124.19(A) makes "any day appointed and recommended by the governor of this state or the president of the United States" a state holiday, so a day the Governor appoints would be a `holiday`. Searched (Governor\'s and DAS announcements, news of Christmas Eve, day-after-Christmas and the 2025-01-09 national day of mourning, OAC 123:1-44) for 2024, 2025 and 2026: no day appointed by Governor DeWine and no closure of state offices beyond the listed holidays was found. The last one found is Juneteenth, Fri 2021-06-18 (now a listed holiday).',
      'Presidential closures of federal offices (Tue 2024-12-24, Thu 2025-01-09, Wed 2025-12-24, Fri 2025-12-26) are not encoded: no source was found showing that Ohio treated them as days "appointed and recommended by ... the president" under R.C. 124.19(A) or closed state offices on them.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      "https://governor.ohio.gov/media/news-and-media (Governor's statements appointing a state holiday under R.C. 124.19(A))",
      'https://das.ohio.gov (Department of Administrative Services, state employee holiday schedule)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'Ohio sets no fixed response period, so no count is affected; for acts due from the requester, R.C. 1.14 lets an act due on a day when "a public office in which an act, required by law, is to be performed is closed to the public for the entire day" be done "on the next succeeding day that is not a Sunday or a legal holiday".',
      citation: 'R.C. 1.14; R.C. 124.19(A)',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'R.C. 149.43(B)(1) (no fixed response period before or since 2000)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Public records must be "promptly prepared and made available for inspection" and copies made available "within a reasonable period of time"; the statute sets no number of days',
          citation: 'R.C. 149.43(B)(1)',
          quote:
            'all public records responsive to the request shall be promptly prepared and made available for inspection to any person at all reasonable times during regular business hours. ... a public office or person responsible for public records shall make copies of the requested public Record available at cost and within a reasonable period of time',
          quoteSource:
            'https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/',
          uncertain: 'Whether a delay was reasonable is decided case by case (mandamus or the R.C. 2743.75 complaint).',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'There is no administrative appeal. Since 2016 a requester may file a complaint in the Court of Claims (R.C. 2743.75), a court procedure with a special master, or seek mandamus; neither is encoded as an appeal.',
    'The Saturday-to-Friday and Sunday-to-Monday rule is taken from state practice (the 2021 Juneteenth observance on Friday, June 18; Veterans Day 2012 observed Monday). The R.C. 124.19 text read (holidays.uslegal.com) has no weekend rule, and OAC 123:1-44-01(C) says "Section 124.19 of the Revised Code does not provide for shifting the day on which a holiday is observed to any other day"; the current text of 124.19 was not read. No count depends on it, as Ohio sets no fixed period. R.C. 1.14 (computation of time) moves only a last day on Sunday or a legal holiday.',
    'Presidential closure days (2024-12-24, 2025-01-09, 2025-12-24, 2025-12-26) could be state holidays under the "appointed and recommended by ... the president" clause of R.C. 124.19(A); no source showed state offices closing on them, so they are not encoded.',
    "Juneteenth became a state holiday on June 17, 2021 through R.C. 124.19(A)'s clause for days appointed by the President (Governor DeWine's statement of that day); the later amendment adding it to R.C. 1.14 was not dated.",
  ],
  sources: [
    'https://holidays.uslegal.com/state-holidays/ohio-legal-holidays/ (R.C. 124.19)',
    'https://search-prod.lis.state.oh.us/api/v2/general_assembly_136/legislation/sb335/00_IN/html (current R.C. 1.14 text)',
    'https://www.cleveland19.com/2021/06/17/dewine-ohio-observe-juneteenth-state-holiday/',
    '/work/shared/jurisdictions.md (US-OH: Ohio Court of Claims FAQ)',
    'https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/ (R.C. 149.43(B)(1))',
    'https://codes.ohio.gov/ohio-administrative-code/rule-123:1-44-01',
    'https://www.cleveland.com/open/2021/06/state-of-ohio-employees-get-friday-off-in-observance-of-new-juneteenth-federal-holiday.html',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next business day: R.C. 149.43 sets no fixed period and R.C. 149.43(B) and OAC 123:1 were searched for such a rule.',
};
