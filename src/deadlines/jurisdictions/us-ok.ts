import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_OK: Jurisdiction = {
  code: 'US-OK',
  name: 'Oklahoma',
  lawName: 'Oklahoma Open Records Act',
  lawCitation: '51 O.S. §§ 24A.1 to 24A.31',
  timeZone: 'America/Chicago',
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
      'Christmas: 25 O.S. § 82.1(A) adds "the day before or after Christmas if Christmas is not on a Saturday or Sunday"; which of the two is fixed each year by the Governor\'s executive order (82.1(B)). The orders for 2024 (Tue 12-24 or Thu 12-26), 2025 (Wed 12-24 or Fri 12-26) and 2026 (Thu 12-24 or Mon 12-28) were searched for (Oklahoma Administrative Code Title 1, Executive Orders, on Justia and casetext; OMES; news) and not found, so those days are not in `designations`. (Oklahoma County, under its own 19 O.S. § 350 schedule, took Fri 2025-12-26.) The last order read is EO 2014-19A (2015: Thu Dec 24 and Fri Dec 25). Searched again in December 2026 (Title 1 on Justia, casetext and their mirrors, OMES, news): still not found.',
      'Christmas on a Saturday closes "the Thursday and Friday before Christmas"; the Friday comes from the weekend rule, and the Thursday of 2027 (Thu 2027-12-23) is in `designations` from the statute itself (the 2027 executive order was not yet published).',
      'Days the Governor declares a state holiday after a presidential national holiday (82.1(B)): none found for 2024-2026 (the 2025-01-09 national day of mourning and the federal closures of 2024-12-24, 2025-12-24 and 2025-12-26 were searched for; no Oklahoma order was found).',
    ],
    designations: [
      {
        date: '2027-12-23',
        name: 'Thursday before Christmas (Christmas on a Saturday)',
        kind: 'holiday',
        scope: 'all',
        citation:
          '25 O.S. § 82.1(A) ("the Thursday and Friday before Christmas if Christmas is on a Saturday"); to be listed in the Governor\'s 2027 order under 82.1(B)',
        source:
          'https://app.legiplex.com/ok/legislature/2025/2025-r/bills/hb1692/drafts-latest (current 82.1 text, as amended)',
      },
    ],
    designationSources: [
      "Oklahoma Administrative Code, Title 1 (Executive Orders): the Governor's yearly holiday order under 25 O.S. § 82.1(B), e.g. https://regulations.justia.com/states/oklahoma/title-1/",
      'https://oklahoma.gov/omes (Office of Management and Enterprise Services, state holiday schedule)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act sets no fixed period, so no count is affected. The days the Governor\'s order fixes under 82.1(B) are holidays by statute ("Any act authorized, required, or permitted to be performed on a holiday as designated in subsection A of this section may be performed on the next succeeding business day"); an office closure that is not such a holiday is treated as a day the office is not open for business.',
      citation: '25 O.S. § 82.1(A)-(C)',
    },
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
          quote: 'prompt, reasonable access',
          quoteSource: 'http://journalism.okstate.edu/faculty/jsenat/foioklahoma/recordsprimer.html',
          uncertain:
            'The words "prompt, reasonable access" were read as quoted in the OSU open records primer and in the summaries of HB 2095 (2025-2026); the current official text of 24A.5 (as amended by 2024 c. 116) was not read in full.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The "prompt, reasonable access" sentence is cited as 24A.5(5), its number in the compilations read; later amendments (2024 c. 116) may have renumbered the paragraphs. The wording predates 2000 (construed in 1999 OK AG 58), so one rule set covers 2000 onward.',
    'Bills to add a fixed period (HB 2095, 2025-2026: 30 business days; HB 2730, SB 1097: notice after 10 business days) were pending, not enacted, when this was written; re-check before relying on "no fixed deadline".',
    'The Act has no acknowledgment, extension or administrative appeal (remedy: civil suit under 51 O.S. § 24A.17); those kinds are left out.',
    "Designations: the Governor's yearly holiday orders for 2024, 2025 and 2026 were not found, so the day before or after Christmas of those years is missing and `designationsThrough` is not set. No fixed clock depends on it.",
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
    'https://app.azure.legiplex.com/ok/legislature/2026/2026-r/bills/hb2095 (HB 2095 still a bill in the 2026 session)',
    'https://oklahomacounty.legistar.com/LegislationDetail.aspx?GUID=B00F9862-F83E-4723-870A-37121003A42F&ID=6890494 (Oklahoma County 2025 holidays)',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next business day: the Act (51 O.S. § 24A.5 requires records to be open "during regular business hours") sets no fixed period and has no receipt rule; searched the Act and the OSU primer.',
};
