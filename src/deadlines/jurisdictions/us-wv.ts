import { common, electionDay, fixed, nth, TUE } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const ELECTION = 'W. Va. Code § 2-2-1(a)(13)-(14)';

export const US_WV: Jurisdiction = {
  code: 'US-WV',
  name: 'West Virginia',
  lawName: 'West Virginia Freedom of Information Act',
  lawCitation: 'W. Va. Code § 29B-1-1 et seq.',
  calendar: {
    citation: 'W. Va. Code § 2-2-1(a)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'W. Va. Code § 2-2-1(b): a holiday on Sunday is observed the following Monday, on Saturday the preceding Friday; the rule does not apply to election days or proclaimed days',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King's Birthday"),
      fixed("Lincoln's Birthday", 2, 12, {
        until: '2005-12-31',
        citation:
          "W. Va. Code § 2-2-1 (before the 2005 amendment that merged it into Presidents' Day and created Lincoln's Day after Thanksgiving)",
      }),
      common.washington("Presidents' Day (Washington's Birthday before 2005)"),
      nth('Primary Election Day', 5, TUE, 2, {
        years: 'even',
        observance: 'none',
        until: '2019-12-31',
        citation: `${ELECTION}; statewide primary on the second Tuesday in May of even years`,
      }),
      fixed('Primary Election Day (2020, moved by executive order)', 6, 9, {
        from: '2020-06-09',
        until: '2020-06-09',
        observance: 'none',
        citation: `${ELECTION}; the 2020 primary was moved from May 12 to June 9 by Governor's Executive Order 18-20`,
      }),
      nth('Primary Election Day', 5, TUE, 2, {
        years: 'even',
        observance: 'none',
        from: '2021-01-01',
        citation: `${ELECTION}; statewide primary on the second Tuesday in May of even years`,
      }),
      common.memorial(),
      fixed('West Virginia Day', 6, 20),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans("Veterans' Day"),
      electionDay('General Election Day (Susan B. Anthony Day)', {
        years: 'even',
        observance: 'none',
        citation: ELECTION,
      }),
      common.thanksgiving(),
      common.dayAfterThanksgiving("Lincoln's Day", {
        from: '2005-11-25',
        citation: 'W. Va. Code § 2-2-1(a)(11) (the day after Thanksgiving Day), as amended 2005',
      }),
      common.christmas(),
    ],
    notes: [
      'A special election is a holiday where it is held (§ 2-2-1(a)(13)); a statewide special election (e.g. a constitutional-amendment or gubernatorial special election) must be added as a closure, a local one only for agencies in that area.',
      "Days proclaimed by the Governor or the President as days of special observance, thanksgiving or general cessation of business (§ 2-2-1(a)(15)), including Christmas Eve / New Year's Eve half days and Juneteenth closures granted by proclamation, are holidays only by proclamation: add them as closures.",
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'W. Va. Code § 29B-1-3 (1977, c. 147); the 5-day limit has not changed since before 2000 (subsection renumbered from (4) to (d))',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'As soon as practicable but within a maximum of 5 days, not including Saturdays, Sundays or legal holidays, the custodian must furnish copies, advise the requester of the time and place to inspect and copy, or deny the request in writing with reasons',
          citation: 'W. Va. Code § 29B-1-3(d) (formerly § 29B-1-3(4))',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Within the 5 days the custodian may instead advise the requester of the time and place at which the records may be inspected and copied; the statute sets no limit on how far off that time may be',
          citation: 'W. Va. Code § 29B-1-3(d)(2)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The response clock is read from the statute (RCFP and MuckRock quote § 29B-1-3: "within a maximum of five days not including Saturdays, Sundays or legal holidays"); the current subsection letter (d) follows the brief and post-2015 numbering.',
    "Lincoln's Birthday / Lincoln's Day: the 2005 act (passed in a 2005 special session) that replaced February 12 with the day after Thanksgiving was not read; the engine ends February 12 after 2005 and starts Lincoln's Day with Thanksgiving 2005 (the day after Thanksgiving was already given by proclamation before then).",
    'Primary election date (second Tuesday in May of even years) is taken from the Election Code as applied 2000-2024, not read for every year; the 2020 primary (June 9, moved by executive order) is encoded as a one-off. Odd-year municipal elections are local holidays only and are not encoded.',
    'There is no administrative appeal: a denied requester may sue in circuit court (W. Va. Code § 29B-1-5). Hence no appeal clocks.',
  ],
  sources: [
    'https://www.muckrock.com/place/united-states-of-america/west-virginia/exemption/constructive-denial-57/',
    'http://www.rcfp.org/category/location/west-virginia (Open Government Guide, time limits)',
    'https://dep.wv.gov/smb/Pages/foia.aspx (text of § 29B-1-3)',
    'http://code.wvlegislature.gov/email/2-2/ (current § 2-2-1)',
    'https://www.global-regulation.com/law/united-states/997720/ (W. Va. Code ch. 2 art. 2)',
    'https://www.wvlegislature.gov/bill_status/bills_text.cfm?billdoc=hb2310%20intr.htm&yr=2005&sesstype=RS&i=2310 (2005 text of § 2-2-1)',
    'http://www.freerepublic.com/focus/f-news/1481647/posts (Charleston Gazette, 9-8-2005, on the Lincoln holiday bill)',
    'https://www.boonecountyhealthdepartment.org/about/holiday-schedule/281',
  ],
};
