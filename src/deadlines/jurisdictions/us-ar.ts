import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AR: Jurisdiction = {
  code: 'US-AR',
  name: 'Arkansas',
  lawName: 'Freedom of Information Act',
  lawCitation: 'Ark. Code 25-19-101 to 25-19-111',
  calendar: {
    citation: 'Ark. Code 1-5-101',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'State-employee practice: a Saturday holiday is observed the Friday before, a Sunday holiday the Monday after',
    holidays: [
      common.newYear(),
      common.mlk(),
      common.washington("George Washington's Birthday and Daisy Gatson Bates Day"),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans(),
      common.thanksgiving(),
      fixed('Christmas Eve', 12, 24),
      common.christmas(),
    ],
    notes: [
      'Columbus Day and Juneteenth: their status in 1-5-101 after the 2023 session could not be confirmed; they are not counted (add them as closures if offices close).',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Records that are available must be made available promptly (in practice at once); the Act sets no number of days except for records in active use or storage',
          citation: 'Ark. Code 25-19-105(a), (e)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'If a record is in active use or storage, the custodian certifies that in writing and sets a date and hour within three working days when it will be available',
          citation: 'Ark. Code 25-19-105(e)',
        },
      },
    },
  ],
  verification: 'unverified',
  uncertain: [
    'Encoded from memory of 25-19-105 and 1-5-101 without reading the current text this session. There is no administrative appeal (circuit court, 25-19-107); personnel-record requests have a 24-hour decision rule (25-19-105(c)(3)(B)) that is not encoded.',
  ],
  sources: ['Ark. Code 25-19-105', 'Ark. Code 1-5-101'],
};
