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
      "A.R.S. 1-301(B) (a listed holiday on Sunday: the following Monday, except Sundays, Mothers' Day, Fathers' Day, American Family Day and Constitution Commemoration Day) and (C) (New Year's Day, Independence Day, Veterans' Day and Christmas on Saturday: the preceding Friday)",
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr./Civil Rights Day'),
      common.washington("Lincoln/Washington Presidents' Day"),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      "Sundays, Mothers' Day, Fathers' Day and American Family Day (first Sunday in August) are also 1-301 holidays but always fall on Sundays and are not moved.",
      'September 17, "Constitution Commemoration Day", is listed in 1-301(A) but is not moved off a weekend and state offices stay open; it is left out (add it as a closure if an agency closes).',
      'Juneteenth is a day of observance, not a legal holiday (A.R.S. 1-315 as reported); state offices stay open.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'A.R.S. 39-121.01(D)(1) and (E) ("promptly"; failure to respond promptly is a denial), unchanged on timing since before 2000',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The custodian must promptly furnish copies or make records available for inspection; the law sets no number of days, and access is deemed denied if the custodian fails to respond promptly',
          citation: 'A.R.S. 39-121.01(D)(1), (E)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'One rule set from 2000-01-01: no statutory change to the "promptly" standard since 2000 was found; the pre-2000 text was not read.',
    'The holiday list and weekend rule follow the text of A.R.S. 1-301 as shown in S.B. 1235 (2018, not enacted: its Native American Day is left out). 39-121.01 ("promptly") is encoded from the widely reported text.',
    'There is no administrative appeal (special action in superior court, A.R.S. 39-121.02), so no appeal clocks; there is no acknowledgment or extension step.',
    'A.R.S. 1-243 (computation of time: a last day that is a holiday is excluded) would govern a fixed period, but the law has none.',
  ],
  sources: [
    'https://www.azleg.gov/legtext/53leg/2r/bills/sb1235p.htm (A.R.S. 1-301 text)',
    'http://law.onecle.com/arizona/title-1/1-243.html',
    'https://legalclarity.org/is-juneteenth-a-holiday-in-arizona (A.R.S. 1-315)',
    'A.R.S. 39-121.01, 39-121.02',
  ],
};
