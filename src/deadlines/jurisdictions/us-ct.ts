import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_CT: Jurisdiction = {
  code: 'US-CT',
  name: 'Connecticut',
  lawName: 'Freedom of Information Act',
  lawCitation: 'C.G.S. 1-200 to 1-242',
  calendar: {
    citation: 'C.G.S. 1-4',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'C.G.S. 1-4 (a holiday not designated to fall on a Monday: on Sunday the Monday after, on Saturday the Friday before)',
    holidays: [
      common.newYear(),
      common.mlk(),
      common.lincoln(),
      common.washington(),
      common.goodFriday('Good Friday', {
        citation:
          'C.G.S. 1-4 (a day appointed by the Governor for religious observance; proclaimed every year and on the state-employee holiday list)',
      }),
      common.memorial(),
      common.juneteenth('Juneteenth Independence Day', { from: '2023-01-01' }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving('Thanksgiving Day', {
        citation: 'C.G.S. 1-4 (the day of thanksgiving appointed by the Governor or the President)',
      }),
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
          segments: [{ days: 4, unit: 'business' }],
          text: 'A denial must be made in writing within four business days of the request; failure to comply within four business days is deemed a denial',
          citation: 'C.G.S. 1-206(a)',
          uncertain: 'Requests for personnel or medical files of employees (1-214) get ten business days; not encoded.',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'Notice of appeal to the Freedom of Information Commission within 30 days after the denial',
          citation: 'C.G.S. 1-206(b)(1)',
          uncertain: 'No roll-forward is applied to a 30th day on a weekend or holiday.',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Commission hears the appeal within one year of filing and decides within 60 days after the hearing; there is no fixed date from the appeal itself',
          citation: 'C.G.S. 1-206(b)(1)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The holiday list and weekend rule were read in the text of C.G.S. 1-4; C.G.S. 1-206 (four business days, 30-day appeal) is encoded from the widely reported text, not re-read this session.',
    'The Juneteenth start (2023, first on the state-employee holiday list) was not confirmed in the session law.',
  ],
  sources: [
    'https://lawserver.com/?p=29612004 (C.G.S. 1-4 text)',
    'https://authoring-stage.ct.egov.com/das/services-for-state-employees/holidays',
    'C.G.S. 1-206',
  ],
};
