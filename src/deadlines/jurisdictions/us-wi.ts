import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_WI: Jurisdiction = {
  code: 'US-WI',
  name: 'Wisconsin',
  lawName: 'Public Records Law',
  lawCitation: 'Wis. Stat. §§ 19.31-19.39',
  timeZone: 'America/Chicago',
  calendar: {
    citation: 'Wis. Stat. § 230.35(4)(a)',
    observance: 'none',
    observanceCitation:
      'Wis. Stat. § 230.35(4)(a)10.: state offices close the day following if January 1, July 4 or December 25 falls on a Sunday; no other holiday is moved (state employees get a floating holiday for a Saturday holiday instead)',
    holidays: [
      common.newYear("New Year's Day (January 1)", { observance: 'sun_mon' }),
      common.mlk('Martin Luther King, Jr. Day (third Monday in January)'),
      common.memorial(),
      common.independence('Independence Day (July 4)', { observance: 'sun_mon' }),
      common.labor(),
      common.thanksgiving(),
      fixed('Christmas Eve (December 24)', 12, 24),
      common.christmas('Christmas Day (December 25)', { observance: 'sun_mon' }),
      fixed("New Year's Eve (December 31)", 12, 31),
    ],
    notes: [
      'These are the days the offices of state agencies close by law. Counties, municipalities and school districts set their own holidays; add their closures. The general legal-holiday list of Wis. Stat. § 995.20 does not close state offices.',
      'No Wisconsin public-records clock is counted in days, so the calendar only matters for closures shown in explanations.',
      "Designations: the days State offices close are fixed by § 230.35(4)(a), and no provision for additional executive closure days was found; for 2024, 2025 and 2026 no executive closure of State offices was found (searched stored pages for Governor's executive orders, Division of Personnel Management holiday schedules and UW System legal-holiday calendars, which list only the nine statutory days).",
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://dpm.wi.gov/ (Division of Personnel Management: state holiday schedule)',
      "https://evers.wi.gov/ (Governor's executive orders)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The law sets no period in days ("as soon as practicable and without delay", § 19.35(4)(a)); a day the authority\'s office is closed by order would not be a working day for any reasonable-time measure, but no due date is computed.',
      citation: 'Wis. Stat. § 19.35(4)(a)',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Wis. Stat. § 19.35(4)(a) (Laws of 1981, ch. 335), unchanged in this respect since before 2000',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Wis. Stat. § 19.35(4)(a) requires the authority, "as soon as practicable and without delay", to fill the request or notify the requester of its determination to deny it in whole or part and the reasons; it sets no number of days',
          citation: 'Wis. Stat. § 19.35(4)(a)',
          quote: 'as soon as practicable and without delay',
          quoteSource:
            'https://www.doj.state.wi.us/office-open-government/ask-the-oog/how-much-time-does-authority-have-respond-my-public-records (Department of Justice quoting § 19.35(4)(a))',
          uncertain:
            'The Department of Justice treats 10 business days as a reasonable time for a simple request, and Executive Order 189 (2016) asked executive-branch agencies to answer simple requests within 10 working days; neither is a statutory deadline, so no date is given.',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched Wis. Stat. §§ 19.31-19.39 and Department of Justice guidance. With no clock counted in days, receipt time does not affect a due date.',
  uncertain: [
    'The text of § 19.35(4)(a) is taken from the Department of Justice and UW System guidance that quote it; § 230.35(4)(a) from the UW policy list and the LRB analysis of 2017 S.B. 113 that quotes subd. 10.; neither statute page was read directly.',
    'There is no administrative appeal: a requester may bring a mandamus action or ask the district attorney or Attorney General to bring one (Wis. Stat. § 19.37(1)); the statute sets no deadline for an authority to answer such a request. Hence no appeal clocks.',
    'The calendar is the state-agency closure list of § 230.35(4)(a) (nine days, Sunday holidays of January 1, July 4 and December 25 moved to Monday); local authorities may close on other days.',
  ],
  sources: [
    'https://www.doj.state.wi.us/office-open-government/ask-the-oog/how-much-time-does-authority-have-respond-my-public-records',
    'https://www.towncounsellawfirm.com/how-long-do-we-have-to-respond-to-an-open-records-request/',
    'http://www.uwsa.edu/general-counsel/legal-topics/records/responding-to-requests/faqs/',
    'https://www.uwosh.edu/policy/faculty-and-academic-staff-holidays/ (text of § 230.35(4)(a))',
    'https://docs.legis.wisconsin.gov/2017/related/proposals/sb113/1 (LRB analysis quoting § 230.35(4)(a)10.)',
    'https://www.employmentlawhandbook.com/employment-and-labor-laws/states/wisconsin/leave-laws/holidays/',
    'https://kb.wisc.edu/chm/132114 (UW legal-holiday calendar 2024-2025: the nine statutory days only)',
  ],
};
