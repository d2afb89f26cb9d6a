import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AZ: Jurisdiction = {
  code: 'US-AZ',
  name: 'Arizona',
  lawName: 'Public Records Law',
  lawCitation: 'A.R.S. 39-121 to 39-161',
  calendar: {
    citation: 'A.R.S. 1-301',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'A.R.S. 1-301(B) (a holiday on Sunday: the following Monday; on Saturday: the preceding Friday)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King Jr./Civil Rights Day'),
      common.washington("Lincoln/Washington Presidents' Day"),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Whether Juneteenth is a paid state holiday (rather than a day of observance) was not confirmed; add it as a closure if offices close.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The custodian must promptly furnish copies or make records available for inspection; the law sets no number of days (a failure to respond promptly is a denial)',
          citation: 'A.R.S. 39-121.01(D)(1), (E)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The holiday list and weekend rule follow the text of A.R.S. 1-301 (as shown in S.B. 1235, 2018); 39-121.01 ("promptly") is encoded from the widely reported text. There is no administrative appeal (special action in superior court, 39-121.02).',
  ],
  sources: ['https://www.azleg.gov/legtext/53leg/2r/bills/sb1235p.htm (A.R.S. 1-301 text)', 'A.R.S. 39-121.01'],
};
