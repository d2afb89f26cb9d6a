import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_OK: Jurisdiction = {
  code: 'US-OK',
  name: 'Oklahoma',
  lawName: 'Oklahoma Open Records Act',
  lawCitation: '51 O.S. §§ 24A.1 to 24A.31',
  calendar: {
    citation: '25 O.S. § 82.1(A)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      '25 O.S. § 82.1(A) (a holiday other than Christmas on a Saturday: the preceding Friday; on a Sunday: the succeeding Monday)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington("Presidents' Day"),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Day after Thanksgiving Day'),
      common.christmas('Christmas'),
    ],
    notes: [
      'Christmas: 25 O.S. § 82.1(A) adds "the day before or after Christmas if Christmas is not on a Saturday or Sunday"; which of the two is fixed each year by the Governor\'s executive order (82.1(B)), so it is not in the calendar. Add it as a closure from the order (e.g. Thu 2026-12-24 or Mon 2026-12-28).',
      'Christmas on a Saturday closes the Thursday and Friday before it; on a Sunday, the Monday and Tuesday after it. The format can express only one day (Friday, or Monday), so the second day (e.g. Thu 2027-12-23) is missing: add it as a closure.',
      'Days the Governor declares a state holiday after a presidential national holiday (82.1(B)) are not listed; add them as closures.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'A public body must provide "prompt, reasonable access" to its records; the Act sets no number of days (the Attorney General reads it as only the time needed to locate and compile the records)',
          citation: "51 O.S. § 24A.5(5); 1999 OK AG 58, ¶ 15; Merrill v. Okla. Tax Comm'n, 1992 OK 53",
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The "prompt, reasonable access" sentence is cited as 24A.5(5), its number in the compilations read; later amendments (2024 c. 116) may have renumbered the paragraphs. The wording predates 2000 (construed in 1999 OK AG 58), so one rule set covers 2000 onward.',
    'Bills to add a fixed period (HB 2095, 2025-2026: 30 business days; HB 2730, SB 1097: notice after 10 business days) were pending, not enacted, when this was written; re-check before relying on "no fixed deadline".',
    'The Act has no acknowledgment, extension or administrative appeal (remedy: civil suit under 51 O.S. § 24A.17); those kinds are left out.',
    'Calendar: the current 82.1(A) text was read as quoted in 2023 and 2025 bills; an older version (Monday before a Tuesday Christmas, Friday after a Thursday Christmas, Christmas otherwise moved like other holidays) was in force for part of 2000 onward; its end date was not found. Only Christmas Day itself is encoded.',
  ],
  sources: [
    'http://journalism.okstate.edu/faculty/jsenat/foioklahoma/recordsprimer.html',
    'http://foioklahoma.org/resources/open-meeting-act-resources/',
    'http://oklegal.onenet.net/oklegal-cgi/get_statute?99/Title.51/51-24A.5.html',
    'http://holidays.uslegal.com/state-holidays/oklahoma-legal-holidays/',
    'https://app.legiplex.com/ok/legislature/2025/2025-r/bills/hb1692/drafts-latest',
    'https://regulations.justia.com/states/oklahoma/title-1/section-1-2014-19a/',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=OKB00033151&billsummary_session=2025-2026&billsummary_state=ok',
  ],
};
