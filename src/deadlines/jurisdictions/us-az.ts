import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AZ: Jurisdiction = {
  code: 'US-AZ',
  name: 'Arizona',
  lawName: 'Public Records Law',
  lawCitation: 'A.R.S. 39-121 to 39-161',
  timeZone: 'America/Phoenix',
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
      "Designations: none found for 2024 to 2026. Searched: the Governor's executive orders and news releases (azgovernor.gov), the Arizona Department of Administration human-resources holiday schedule (A.A.C. R2-5A-B601 lists the same ten state holidays as 1-301) and news reports; no executive closure of state offices on another day was found. The law sets no fixed period, so a closure could not change a due date in any case.",
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      "https://azgovernor.gov/executive-orders (Governor's executive orders)",
      'https://hr.az.gov/ (Arizona Department of Administration, state holiday schedule; A.A.C. R2-5A-B601)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The law sets no number of days ("promptly"), so no clock runs. The general rules extend only a last day that is a holiday (1-243(A): "unless the last day is a holiday, and then it is also excluded"; 1-303: "falls on a holiday ... the next ensuing business day"); an office closure that is not a 1-301 holiday is not excluded.',
      citation: 'A.R.S. 39-121.01(D)(1), (E); 1-243; 1-303',
    },
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
          quote:
            'Access to a public records is deemed denied if a custodian fails to promptly respond to a request for production of a public record',
          quoteSource:
            'http://www.rcfp.org/arizona-open-government-guide/v-procedure-obtaining-records/b-how-long-wait (quoting A.R.S. 39-121.01(E))',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'Dates are taken in the time zone of the capital, Phoenix (Mountain Standard Time all year, no daylight saving); the Navajo Nation observes daylight saving time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'One rule set from 2000-01-01: no statutory change to the "promptly" standard since 2000 was found; the pre-2000 text was not read. The standard is quoted from 39-121.01(E) as reproduced by the Reporters Committee guide; the courts read "promptly" as "at once or without delay" subject to the facts of each request (West Valley View, 216 Ariz. 225; Phoenix New Times v. Arpaio, 217 Ariz. 533).',
    'The holiday list and weekend rule follow the text of A.R.S. 1-301 as shown in S.B. 1235 (2018, not enacted: its Native American Day is left out) and agree with the State personnel rule A.A.C. R2-5A-B601 (the same ten weekday holidays); no later amendment of 1-301 was found.',
    'There is no administrative appeal (special action in superior court, A.R.S. 39-121.02), so no appeal clocks; there is no acknowledgment or extension step. Commercial-purpose requests (39-121.03) have their own statement and fee rules but no period of their own.',
    'A.R.S. 1-243 (computation of time: a last day that is a holiday is excluded) would govern a fixed period, but the law has none.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next day: 39-121 ("open to inspection by any person at all times during office hours") and 39-121.01 set no receipt rule and no period (searched 39-121 to 39-121.03 and 1-243).',
  sources: [
    'https://www.azleg.gov/legtext/53leg/2r/bills/sb1235p.htm (A.R.S. 1-301 text)',
    'http://law.onecle.com/arizona/title-1/1-243.html',
    'https://legalclarity.org/is-juneteenth-a-holiday-in-arizona (A.R.S. 1-315)',
    'http://www.rcfp.org/arizona-open-government-guide/v-procedure-obtaining-records/b-how-long-wait (39-121.01(E) text)',
    'https://www.muckrock.com/place/united-states-of-america/arizona/exemption/constructive-denial-18/ (39-121.01(D)(1), (E) text)',
    'https://www.law.cornell.edu/regulations/arizona/Ariz-Admin-Code-SS-R2-5A-B601 (state holidays)',
    'https://self-law.org/code/az/title-1/1-243',
    'https://law.onecle.com/arizona/title-1/1-303.html',
  ],
};
