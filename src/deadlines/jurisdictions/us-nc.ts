import { common, electionDay, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_NC: Jurisdiction = {
  code: 'US-NC',
  name: 'North Carolina',
  lawName: 'Public Records Act',
  lawCitation: 'N.C. Gen. Stat. ch. 132 (G.S. 132-1 et seq.)',
  calendar: {
    citation: 'N.C. Gen. Stat. § 103-4(a)',
    observance: 'sun_mon',
    observanceCitation:
      'N.C. Gen. Stat. § 103-4(b) (a public holiday on Sunday makes the following Monday a public holiday; a Saturday holiday is not moved)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      fixed("Robert E. Lee's Birthday", 1, 19),
      common.washington(),
      fixed('Greek Independence Day', 3, 25),
      fixed('Anniversary of signing of Halifax Resolves', 4, 12),
      fixed('Confederate Memorial Day', 5, 10),
      fixed('Anniversary of Mecklenburg Declaration of Independence', 5, 20),
      common.memorial(),
      common.goodFriday(),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      electionDay('General Election Day', { years: 'even' }),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'These are the "legal public holidays" of G.S. 103-4. State offices do not close on most of them: the paid holidays of State employees (at most 12 a year: New Year\'s Day, Martin Luther King, Jr. Day, Good Friday, Memorial Day, Independence Day, Labor Day, Veterans Day, two days at Thanksgiving and two or three at Christmas) are set each year by the State Human Resources Commission under G.S. 126-4(5) and 25 NCAC 01E .0900; local governments set their own. North Carolina has no fixed-day records clock, so the calendar changes no due date.',
      'Yom Kippur (G.S. 103-4(a)(11a)) follows the Hebrew calendar, which the data format cannot express; add it as a closure where an office observes it.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: '1995 rewrite of G.S. 132-6 (the "as promptly as possible" wording is unchanged since before 2000)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The custodian must let any person inspect public records at reasonable times and must furnish copies "as promptly as possible"; the statute sets no number of days',
          citation: 'N.C. Gen. Stat. § 132-6(a)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The law has no acknowledgment, no extension and no administrative appeal: a requester who is refused or delayed may only sue (G.S. 132-9), after mediation under G.S. 7A-38.3E; those kinds are left out.',
    'Calendar: G.S. 103-4 was read in a secondary copy (uslegal, 2022 compilation); whether and when Greek Independence Day and other days were added after 2000 was not checked, and a September 11 "First Responders Day" designation was not confirmed as a legal public holiday, so it is left out. The choice of G.S. 103-4 over the State Human Resources Commission schedule is explained in calendar.notes.',
    'The rule set is dated 2000-01-01 because the "as promptly as possible" wording dates from the 1995 rewrite of the Public Records Act according to the N.C. Press Association (session law not checked); G.S. 132-6(a1) (online availability, later) does not change the timing.',
  ],
  sources: [
    'https://www.ncleg.net/EnactedLegislation/Statutes/HTML/BySection/Chapter_132/GS_132-6.html',
    'https://holidays.uslegal.com/state-holidays/north-carolina-legal-holidays/',
    'https://oshr.nc.gov/policies/holidays-policy',
    'https://www.ncpress.com/stories/as-promptly-as-possible-when-does-a-public-records-delay-become-a-de-facto-denial,2610',
  ],
};
