import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_OH: Jurisdiction = {
  code: 'US-OH',
  name: 'Ohio',
  lawName: 'Public Records Act',
  lawCitation: 'R.C. 149.43',
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
      'Other days appointed by the Governor or the President (R.C. 124.19(A)) are closures to add.',
    ],
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
          uncertain: 'Whether a delay was reasonable is decided case by case (mandamus or the R.C. 2743.75 complaint).',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'There is no administrative appeal. Since 2016 a requester may file a complaint in the Court of Claims (R.C. 2743.75), a court procedure with a special master, or seek mandamus; neither is encoded as an appeal.',
    'The Saturday-to-Friday and Sunday-to-Monday rule is taken from R.C. 124.19(A) as summarised in secondary sources and confirmed by the 2021 Juneteenth observance on Friday, June 18; R.C. 1.14 (computation of time) moves only a last day on Sunday or a legal holiday.',
    "Juneteenth became a state holiday on June 17, 2021 through R.C. 124.19(A)'s clause for days appointed by the President (Governor DeWine's statement of that day); the later amendment adding it to R.C. 1.14 was not dated.",
  ],
  sources: [
    'https://holidays.uslegal.com/state-holidays/ohio-legal-holidays/ (R.C. 124.19)',
    'https://search-prod.lis.state.oh.us/api/v2/general_assembly_136/legislation/sb335/00_IN/html (current R.C. 1.14 text)',
    'https://www.cleveland19.com/2021/06/17/dewine-ohio-observe-juneteenth-state-holiday/',
    '/work/shared/jurisdictions.md (US-OH: Ohio Court of Claims FAQ)',
  ],
};
