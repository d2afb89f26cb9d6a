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
      "Columbus Day, Good Friday and Lincoln's Birthday are memorial days, not holidays (1-5-106). Each employee's birthday holiday (1-5-101(a)(11)) closes no office. Days the Governor closes offices by proclamation (1-5-103) are closures to add.",
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
  verification: 'partial',
  uncertain: [
    'The holiday list and weekend rule were read in the text of 1-5-101 (and 1-5-106); 25-19-105 is encoded from the widely reported text (records in use or storage: a date within three working days), not re-read this session.',
    'There is no administrative appeal (circuit court, 25-19-107); personnel-record requests have a 24-hour decision rule (25-19-105(c)(3)(B)) that is not encoded.',
  ],
  sources: [
    'https://www.legalfix.com/statutes/state-codes/arkansas/title-1/chapter-5/section-1-5-101',
    'https://policyrisk.com/states/arkansas/statutes/1-5-106',
    'Ark. Code 25-19-105',
  ],
};
