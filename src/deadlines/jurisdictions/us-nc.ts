import { common, electionDay, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_NC: Jurisdiction = {
  code: 'US-NC',
  name: 'North Carolina',
  lawName: 'Public Records Act',
  lawCitation: 'N.C. Gen. Stat. ch. 132 (G.S. 132-1 et seq.)',
  timeZone: 'America/New_York',
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
      'Yom Kippur (G.S. 103-4(a)(11a)) follows the Hebrew calendar, which the data format cannot express, so it is not encoded (State offices do not close on it; the law has no fixed-day clock).',
      'Designations: the State holiday schedule adds days that are not legal public holidays under G.S. 103-4: the day after Thanksgiving and the extra Christmas days. Read for 2024 (Nov. 28-29; Dec. 24-26) and for Thanksgiving 2025 (Nov. 27-28) on the State Board of Elections’ list of State holidays; the Christmas days of 2025 and the 2026 schedule were not found (searched again in December 2026: OSHR, the State Board of Elections list, whose stored page stops at Thanksgiving 2025, and news), so designationsThrough is 2024. County schedules are not the State schedule and are not encoded (e.g. Alleghany County closes 2026-12-24, 12-25 and 12-28). No Governor’s order closing State offices on another day was found for 2024-2025.',
    ],
    designations: [
      {
        date: '2024-11-29',
        name: 'Day after Thanksgiving (State holiday)',
        kind: 'closure',
        scope: 'state',
        citation: 'State holiday schedule of the State Human Resources Commission (G.S. 126-4(5); 25 NCAC 01E .0900)',
        source: 'https://www.ncsbe.gov/event-terms/state-holidays?page=1',
      },
      {
        date: '2024-12-24',
        name: 'Christmas Eve (State holiday)',
        kind: 'closure',
        scope: 'state',
        citation: 'State holiday schedule of the State Human Resources Commission (G.S. 126-4(5); 25 NCAC 01E .0900)',
        source: 'https://www.ncsbe.gov/event-terms/state-holidays?page=1',
      },
      {
        date: '2024-12-26',
        name: 'Day after Christmas (State holiday)',
        kind: 'closure',
        scope: 'state',
        citation: 'State holiday schedule of the State Human Resources Commission (G.S. 126-4(5); 25 NCAC 01E .0900)',
        source: 'https://www.ncsbe.gov/event-terms/state-holidays?page=1',
      },
      {
        date: '2025-11-28',
        name: 'Day after Thanksgiving (State holiday)',
        kind: 'closure',
        scope: 'state',
        citation: 'State holiday schedule of the State Human Resources Commission (G.S. 126-4(5); 25 NCAC 01E .0900)',
        source: 'https://www.ncsbe.gov/event-terms/state-holidays?page=1',
      },
    ],
    designationsThrough: 2024,
    designationSources: [
      'https://oshr.nc.gov/policies/holidays-policy (State Human Resources Commission holiday schedule, yearly)',
      'https://www.ncsbe.gov/event-terms/state-holidays (State Board of Elections: State holidays, office closed)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'G.S. 132-6(a) sets no number of days (inspection "at reasonable times" and copies "as promptly as possible"), so a closure changes no due date; a day on which State offices are closed is not one of the "reasonable times" for inspection.',
      citation: 'N.C. Gen. Stat. § 132-6(a)',
    },
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
          quote:
            "Every custodian of public records shall permit any record in the custodian's custody to be inspected and examined at reasonable times and under reasonable supervision by any person, and shall, as promptly as possible, furnish copies thereof",
          quoteSource: 'https://www.ncleg.net/EnactedLegislation/Statutes/HTML/BySection/Chapter_132/GS_132-6.html',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day; the Public Records Act has no receipt rule because it sets no fixed period (searched G.S. 132-1 to 132-10).',
  uncertain: [
    'The law has no acknowledgment, no extension and no administrative appeal: a requester who is refused or delayed may only sue (G.S. 132-9), after mediation under G.S. 7A-38.3E; those kinds are left out.',
    'Calendar: G.S. 103-4 was read in a secondary copy (uslegal, 2022 compilation); whether and when Greek Independence Day and other days were added after 2000 was not checked, and a September 11 "First Responders Day" designation was not confirmed as a legal public holiday, so it is left out. The choice of G.S. 103-4 over the State Human Resources Commission schedule is explained in calendar.notes.',
    'The rule set is dated 2000-01-01 because the "as promptly as possible" wording dates from the 1995 rewrite of the Public Records Act according to the N.C. Press Association; a scanned copy of the amending act ("An Act to amend the Public Records Law", Cabarrus County archive) shows the words added to the 1935 text, but its session-law number and date were not read. G.S. 132-6(a1) (online availability, later) does not change the timing.',
    'Designations: the 2024 State holidays and Thanksgiving 2025 were read on the State Board of Elections’ holiday list (a State agency page mirroring the OSHR schedule), not on the OSHR schedule itself; the 2025 Christmas days and the 2026 schedule were not found.',
  ],
  sources: [
    'https://www.ncleg.net/EnactedLegislation/Statutes/HTML/BySection/Chapter_132/GS_132-6.html',
    'https://holidays.uslegal.com/state-holidays/north-carolina-legal-holidays/',
    'https://oshr.nc.gov/policies/holidays-policy',
    'https://www.ncsbe.gov/event-terms/state-holidays?page=1 (State holidays 2024-2025)',
    'https://docs.cabarruscounty.us/WebLink/1/doc/1617563/Page39.aspx (act adding "as promptly as possible" to G.S. 132-6)',
    'https://www.ncpress.com/stories/as-promptly-as-possible-when-does-a-public-records-delay-become-a-de-facto-denial,2610',
  ],
};
