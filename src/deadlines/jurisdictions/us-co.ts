import { common, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_CO: Jurisdiction = {
  code: 'US-CO',
  name: 'Colorado',
  lawName: 'Colorado Open Records Act',
  lawCitation: 'C.R.S. 24-72-200.1 to 24-72-206',
  calendar: {
    citation: 'C.R.S. 24-11-101',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'State personnel practice: a Saturday holiday is observed the Friday before, a Sunday holiday the Monday after',
    holidays: [
      common.newYear(),
      common.mlk(),
      common.washington('Washington-Lincoln Day'),
      common.memorial(),
      common.juneteenth('Juneteenth', { from: '2022-06-01', citation: 'C.R.S. 24-11-101, as amended in 2022' }),
      common.independence(),
      common.labor(),
      common.columbus('Columbus Day', { until: '2019-12-31' }),
      nth('Frances Xavier Cabrini Day', 10, MON, 1, {
        from: '2020-01-01',
        citation: 'C.R.S. 24-11-101, as amended by H.B. 20-1031 (replacing Columbus Day)',
      }),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Records are made available within a reasonable time, not to exceed three working days',
          citation: 'C.R.S. 24-72-203(3)(b)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'Where extenuating circumstances exist, the custodian may extend the period by up to seven additional working days, notifying the requester in writing within the first three',
          citation: 'C.R.S. 24-72-203(3)(b)-(c)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The three-plus-seven working-day rule is taken as in force since before 2000; the date of the three-day wording was not confirmed.',
    'The weekend rule for holidays is state personnel practice, not read in C.R.S. 24-11-101; the Juneteenth start (2022) and the Cabrini Day change (2020) come from secondary summaries.',
    'There is no administrative appeal: a denied requester goes to district court (24-72-204), after a 14-day notice of intent to sue, so no appeal clocks.',
  ],
  sources: [
    'C.R.S. 24-72-203 (Colorado Open Records Act) as quoted by the Colorado Freedom of Information Coalition',
    'C.R.S. 24-11-101',
  ],
};
