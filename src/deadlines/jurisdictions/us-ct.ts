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
    observanceCitation: 'C.G.S. 1-4 (a holiday on Sunday: the Monday after; on Saturday: the Friday before)',
    holidays: [
      common.newYear(),
      common.mlk(),
      common.lincoln(),
      common.washington(),
      common.goodFriday(),
      common.memorial(),
      common.juneteenth('Juneteenth Independence Day', { from: '2023-01-01' }),
      common.independence(),
      common.labor(),
      common.columbus(),
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
  verification: 'unverified',
  uncertain: [
    'Encoded from memory of C.G.S. 1-206 and 1-4 without reading the current text this session; the four-business-day rule is the widely reported one.',
    'The Saturday-to-Friday observance and the Juneteenth start (2023) were not confirmed.',
  ],
  sources: ['C.G.S. 1-206 (Freedom of Information Commission guidance)', 'C.G.S. 1-4'],
};
