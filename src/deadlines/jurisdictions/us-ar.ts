import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AR: Jurisdiction = {
  code: 'US-AR',
  name: 'Arkansas',
  lawName: 'Freedom of Information Act of 1967',
  lawCitation: 'Ark. Code 25-19-101 to 25-19-111',
  calendar: {
    citation: 'Ark. Code 1-5-101(a)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Ark. Code 1-5-101(b): a holiday falling on a Saturday will be observed on the preceding Friday; a holiday falling on a Sunday, on the succeeding Monday',
    holidays: [
      common.newYear(),
      common.mlk("Dr. Martin Luther King, Jr.'s Birthday (with Robert E. Lee's Birthday until 2017)"),
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
      "Columbus Day, Good Friday, Lincoln's Birthday and (since 2017) Robert E. Lee Day are memorial days, not holidays (1-5-106). Each employee's birthday holiday (1-5-101(a)(11)) closes no office. Days the Governor closes offices by proclamation (1-5-103) are closures to add.",
      'Juneteenth is not a 1-5-101 holiday.',
      'When Christmas Eve and Christmas are both moved onto the same day by 1-5-101(b) (Christmas on Saturday, e.g. 2027: both Fri Dec 24; Christmas Eve on Sunday, e.g. 2023: both Mon Dec 25), the statute does not say where the second day goes; the engine counts one day. Add the extra day the state personnel office designates (e.g. Thu Dec 23, 2027) as a closure.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Ark. Code 25-19-105(a), (e); the three-working-day rule predates 2000 and has not changed since',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Public records are open to inspection and copying during the custodian’s regular business hours; records that are available must be provided promptly, and the Act sets no number of days except for records in active use or storage',
          citation: 'Ark. Code 25-19-105(a)(1)(A), (e)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'If a record is in active use or storage and not available when asked for, the custodian certifies this in writing and sets a date and hour within three working days at which it will be available',
          citation: 'Ark. Code 25-19-105(e)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The holiday list and weekend rule were read in the text of 1-5-101 and 1-5-106. The date each post-2000 change took effect (Daisy Gatson Bates Day joined to Washington’s Birthday; Robert E. Lee removed from the January holiday in 2017) does not change any date, so no from/until is set; Christmas Eve is taken as a holiday since before 2000 (not confirmed).',
    '25-19-105(e) is encoded from secondary sources (SPLC, Attorney General opinions), not re-read in the Code; the Attorney General has said a custodian may still take a reasonable time for other records, hence no fixed response date.',
    'There is no administrative appeal (suit in circuit court, 25-19-107); the 24-hour decision on requests for personnel or evaluation records (25-19-105(c)(3)(B)) is not encoded.',
    'Christmas Eve/Christmas collisions (see calendar notes) are counted as one day off.',
  ],
  sources: [
    'http://statutes.laws-info.com/arkansas/title-1/chapter-5/1-5-101',
    'https://www.legalfix.com/statutes/state-codes/arkansas/title-1/chapter-5/section-1-5-101',
    'https://policyrisk.com/states/arkansas/statutes/1-5-106',
    'https://encyclopediaofarkansas.net/entries/official-days-5295/',
    'https://splc.org/template-arkansas/ (25-19-105(e): three working days)',
    'https://cetient.com/case/3261005/opinion-no (Ark. Att’y Gen. opinion on 25-19-105)',
  ],
};
