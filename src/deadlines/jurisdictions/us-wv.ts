import { common, electionDay, fixed, nth, TUE } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const ELECTION = 'W. Va. Code § 2-2-1(a)(13)-(14)';

export const US_WV: Jurisdiction = {
  code: 'US-WV',
  name: 'West Virginia',
  lawName: 'West Virginia Freedom of Information Act',
  lawCitation: 'W. Va. Code § 29B-1-1 et seq.',
  timeZone: 'America/New_York',
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
      'A special election is a holiday where it is held (§ 2-2-1(a)(13)); a statewide special election (e.g. a constitutional-amendment or gubernatorial special election) is a holiday throughout the state but is not encoded; a local one is a holiday only for agencies in that area.',
      'Designations: the Governor\'s proclamations giving public employees of the State a day off (under § 2-2-1(a)(15), "a day for the general cessation of business", and § 2-2-1(c), time off "without charge against accrued annual leave" that counties may also give). 2024: Juneteenth (June 19), Christmas Eve and New Year\'s Eve, all full days. 2025: Governor Morrisey gave no Juneteenth holiday; he granted an "extended Christmas holiday" (reported December 20, 2025, without dates) and, by proclamation, an additional day off on Friday, January 2, 2026 (reported with the Chief Justice\'s order making that day a judicial holiday; encoded). Whether the December 2025 extension also covered days in 2025 (Christmas Eve, Wednesday 2025-12-24, or Friday 2025-12-26) was not found, so 2025 is not complete. 2026: only January 2 found; the Christmas Eve proclamation of 2026 (Thursday 2026-12-24) and any others were looked for (Governor\'s releases, news) and not found.',
      'Juneteenth 2025: no State holiday, but the Attorney General advised (June 2025) that a county commission must close its courthouse and annexes on Juneteenth as a recognized national holiday; county offices may therefore be closed on June 19 in years without a proclamation. Not encoded.',
    ],
    designations: [
      {
        date: '2024-06-19',
        name: "Juneteenth (Governor's proclamation)",
        kind: 'closure',
        scope: 'state',
        citation:
          'Governor\'s proclamation of June 7, 2024: June 19, 2024 "shall be treated as if it were an official holiday", public employees excused without charge against accrued annual leave (W. Va. Code § 2-2-1)',
        source: 'https://wvpress.org/wvpa-sharing/juneteenth-2024-declared-as-state-holiday-in-west-virginia/',
      },
      {
        date: '2024-12-24',
        name: 'Christmas Eve (full-day holiday by proclamation)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's proclamation of December 2024 (W. Va. Code § 2-2-1)",
        source:
          'https://www.einpresswire.com/article/770569565/gov-justice-issues-proclamations-declaring-full-day-holidays-for-christmas-eve-and-new-year-s-eve-for-public-employees',
      },
      {
        date: '2024-12-31',
        name: "New Year's Eve (full-day holiday by proclamation)",
        kind: 'closure',
        scope: 'state',
        citation: "Governor's proclamation of December 2024 (W. Va. Code § 2-2-1)",
        source:
          'https://www.einpresswire.com/article/770569565/gov-justice-issues-proclamations-declaring-full-day-holidays-for-christmas-eve-and-new-year-s-eve-for-public-employees',
      },
      {
        date: '2026-01-02',
        name: "Day after New Year's Day (day off by proclamation)",
        kind: 'closure',
        scope: 'state',
        citation:
          "Governor Morrisey's proclamation of December 2025 granting State employees an additional day off, Friday, January 2, 2026 (W. Va. Code § 2-2-1), as reported with the Chief Justice's administrative order making the same day a judicial holiday",
        source:
          'https://www.wvnews.com/news/wvnews/west-virginia-chief-justice-declares-friday-jan-2-a-judicial-holiday/article_3d1058ed-d0aa-44c0-8f26-dc2a9969ae9f.amp.html',
      },
    ],
    designationsThrough: 2024,
    designationSources: [
      "https://governor.wv.gov/News/press-releases (Governor's proclamations of holidays for public employees)",
      "https://www.courtswv.gov/ (the Chief Justice's administrative orders declaring judicial holidays that follow the Governor's proclaimed days, reported by WV News)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act excludes "Saturdays, Sundays or legal holidays" (§ 29B-1-3(d)); a day the Governor proclaims for the "general cessation of business" is a holiday under § 2-2-1(a)(15), and the proclamations order that the day "shall be treated as if it were an official holiday". The engine treats these proclaimed days as non-business days for State agencies.',
      citation: 'W. Va. Code §§ 29B-1-3(d), 2-2-1(a)(15)',
    },
    alternatives: [
      {
        reading:
          'The proclamations only give State employees time off "without charge against accrued annual leave" (§ 2-2-1(c)) and do not make the day a legal holiday, so it is counted as one of the 5 days',
        citation: "W. Va. Code §§ 2-2-1(c), 29B-1-3(d); Governor's proclamation of June 7, 2024",
        flipExecutiveClosures: true,
      },
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
          quote:
            'The custodian, upon demand for records made under this statute, shall as soon as is practicable but within a maximum of five days not including Saturdays, Sundays or legal holidays',
          quoteSource:
            'https://www.muckrock.com/place/united-states-of-america/west-virginia/exemption/constructive-denial-57/',
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
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched W. Va. Code § 29B-1-3 and agency FOIA rules (e.g. W. Va. Code R. § 81-7-5, State Police, which dates receipt but has no after-hours rule).',
  uncertain: [
    'Designations 2025-2026: Governor Morrisey\'s "extended Christmas holiday" of December 2025 (appalachianpost.com, December 20, 2025) gives no dates; the one day found is Friday 2026-01-02 (proclamation reported by WV News with the Chief Justice\'s order; the proclamation itself was not read). Any December 2025 days and the 2026 Christmas proclamations (Christmas Eve falls on Thursday) were not found, so days the Governor gave in those years may be missing.',
    'Whether a proclaimed day off is a legal holiday (§ 2-2-1(a)(15)) or only time off (§ 2-2-1(c)) is not settled; see the alternative reading.',
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
    'https://wvpress.org/wvpa-sharing/juneteenth-2024-declared-as-state-holiday-in-west-virginia/',
    'https://atlantadailyworld.com/2024/06/11/west-virginia-officially-recognizes-juneteenth-as-a-state-holiday/ (text of the 2024 Juneteenth proclamation)',
    'https://www.einpresswire.com/article/770569565/gov-justice-issues-proclamations-declaring-full-day-holidays-for-christmas-eve-and-new-year-s-eve-for-public-employees',
    'https://www.theintermountain.com/news/local-news/2025/06/no-paid-holiday-for-w-va-public-workers-for-juneteenth/',
    'https://appalachianpost.com/2025/12/20/a-small-pause-at-years-end-governor-morrisey-extends-christmas-holiday-for-state-employees',
    "https://www.wvnews.com/news/wvnews/west-virginia-chief-justice-declares-friday-jan-2-a-judicial-holiday/article_3d1058ed-d0aa-44c0-8f26-dc2a9969ae9f.amp.html (Governor's proclamation: day off on 2026-01-02)",
  ],
};
