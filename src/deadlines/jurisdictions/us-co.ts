import { common, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_CO: Jurisdiction = {
  code: 'US-CO',
  name: 'Colorado',
  lawName: 'Colorado Open Records Act',
  lawCitation: 'C.R.S. 24-72-200.1 to 24-72-206',
  calendar: {
    citation: 'C.R.S. 24-11-101(1)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'C.R.S. 24-11-101(2) (a holiday falling on a Sunday: the Monday following); a holiday falling on a Saturday is observed by state offices on the preceding Friday (state personnel practice, not statute)',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Dr. Martin Luther King, Jr.'),
      common.washington('Washington-Lincoln Day'),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2022-06-01',
        citation: 'C.R.S. 24-11-101(1), as amended by S.B. 22-139 (signed spring 2022)',
      }),
      common.independence(),
      common.labor(),
      common.columbus('Columbus Day', {
        until: '2019-12-31',
        citation: 'C.R.S. 24-11-101(1) before H.B. 20-1031',
      }),
      nth('Frances Xavier Cabrini Day', 10, MON, 1, {
        from: '2020-01-01',
        citation: 'C.R.S. 24-11-101(1), as amended by H.B. 20-1031 (replacing Columbus Day; first observed 2020-10-05)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Any day appointed by the Governor or the President as a day of fasting, prayer or thanksgiving is also a legal holiday (C.R.S. 24-11-101(1)); add such days, and Governor-ordered closures, as closures.',
      'Cesar Chavez Day (March 31) is a commemorative day that state employees may take in lieu of another holiday (C.R.S. 24-11-112); it does not close offices and is not counted.',
      'Counties, municipalities and public colleges set their own office calendars (many stayed open on Cabrini Day in 2020); a custodian open on a day counted here gets a due date one day later than its own count.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'C.R.S. 24-72-203(3)(b) (three working days plus up to seven additional working days; in force before 2000 and unchanged since; the 2025 attempt to lengthen it, S.B. 25-077, was vetoed)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Records must be made available within a reasonable time, presumed to be not more than three working days after the request',
          citation: 'C.R.S. 24-72-203(3)(b)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'If extenuating circumstances exist, the custodian may extend the period by up to seven additional working days (3 + 7 = 10 working days after receipt), notifying the requester in writing within the first three working days',
          citation: 'C.R.S. 24-72-203(3)(b)-(c)',
          uncertain:
            'A court-ordered or agreed longer period is not a unilateral extension and is not encoded. Whether H.B. 24-1296 (2024) was enacted and changed when the period starts (e.g. after the requester accepts fees) was not confirmed; the engine counts from receipt.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 3 + 7 working-day rule is taken as in force since before 2000 (it is the "current law" described in the 2024 fiscal note for H.B. 24-1296 and in summaries of the vetoed S.B. 25-077, which would have made it 5 + 10 for non-media requesters); the session-law history before 2000 was not read. One rule set from 2000-01-01.',
    'Saturday holidays: C.R.S. 24-11-101(2) moves only Sunday holidays (to Monday). State offices close on the preceding Friday (e.g. Friday 2026-07-03); the engine follows that practice. A custodian open on such a Friday counts it as a working day.',
    'Juneteenth: S.B. 22-139, signed in spring 2022 (sponsors spoke of the holiday applying "beginning today"); encoded from 2022-06-01, so Monday 2022-06-20 is counted; the exact signing and effective date were not confirmed.',
    'Cabrini Day replaced Columbus Day by H.B. 20-1031 (2020); encoded as a switch on 2020-01-01, which gives the same dates as any effective date between 2019-10-15 and 2020-10-04.',
    'No administrative appeal: a requester denied access applies to district court (C.R.S. 24-72-204(5)) after the notice of intent required there, so no appeal clocks.',
  ],
  sources: [
    'https://colorado.public.law/statutes/crs_24-72-203',
    'https://ccmd.specialdistrict.org/c-r-s-24-72-203',
    'https://app.legiplex.com/co/legislature/2024/2024-r/bills/hb1296/draft-773965 (fiscal note: current law 3 days, extension not to exceed 7)',
    'https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/administration/article-11-holidays/24-11-101-legal-holidays-effect',
    'https://app.legiplex.com/co/legislature/2022/2022-r/bills/sb139/drafts-latest',
    'https://colorado.gov/governor/news/7856-governor-polis-signs-historic-juneteenth-holiday-bill-law-signs-bills-create-safer-and',
    'https://www.coloradopolitics.com/news/confused-about-cabrini-day-youre-not-alone-here-are-some-fast-facts/article_0b578a78-0724-11eb-ab90-37e99cc5fb55.html',
  ],
};
