import { common, MON, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_CO: Jurisdiction = {
  code: 'US-CO',
  name: 'Colorado',
  lawName: 'Colorado Open Records Act',
  lawCitation: 'C.R.S. 24-72-200.1 to 24-72-206',
  timeZone: 'America/Denver',
  calendar: {
    citation: 'C.R.S. 24-11-101(1)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'C.R.S. 24-11-101(2) ("In case any of said holidays ... falls upon a Sunday, then the Monday following shall be considered as the holiday"); a holiday falling on a Saturday is observed by State offices on the preceding Friday (State holiday schedules, e.g. Friday, November 10, 2023 for Veterans Day; practice, not statute)',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Dr. Martin Luther King, Jr.'),
      common.washington('Washington-Lincoln Day'),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2022-06-01',
        citation: 'C.R.S. 24-11-101(1), as amended by S.B. 22-139 (signed spring 2022)',
      }),
      common.independence(),
      common.labor(),
      common.columbus('Columbus Day', {
        until: '2019-12-31',
        citation: 'C.R.S. 24-11-101(1) before H.B. 20-1031',
      }),
      nth('Frances Xavier Cabrini Day', 10, MON, 1, {
        from: '2020-01-01',
        citation: 'C.R.S. 24-11-101(1), as amended by H.B. 20-1031 (replacing Columbus Day; first observed 2020-10-05)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Any day "appointed or recommended by the governor of this state or the president of the United States as a day of fasting or prayer or thanksgiving" is also a legal holiday (C.R.S. 24-11-101(1)); such a day would be a designation of kind holiday. None other than Thanksgiving Day itself was found for 2023 to 2025.',
      'Cesar Chavez Day (March 31) is a commemorative day that state employees may take in lieu of another holiday (C.R.S. 24-11-112); it does not close offices and is not counted.',
      'Counties, municipalities and public colleges set their own office calendars (many stayed open on Cabrini Day in 2020); a custodian open on a day counted here gets a due date one day later than its own count.',
      'Designations: the Governor grants state employees a "governor\'s holiday" as administrative leave on which State offices close (not a 24-11-101 legal holiday: the Division of Human Resources says it is granted as administrative leave because 24-11-101(1) fixes the legal holidays). Entered from the Division of Human Resources holiday schedules for 2023 and July 2024. For December 2024 the Governor granted two further days of administrative leave (Colorado State University observed them on December 23 and 24, 2024), but the dates on which State offices closed were not found, so they are not entered; no schedule for 2025 or 2026 was found.',
    ],
    designations: [
      {
        date: '2023-07-03',
        name: "Governor's Holiday (administrative leave; State offices closed)",
        kind: 'closure',
        scope: 'state',
        citation: "Governor's grant of administrative leave, State of Colorado FY 2023-24 holiday schedule",
        source: 'https://dhr.colorado.gov/state-employees/time-off-leave',
      },
      {
        date: '2023-11-24',
        name: "Governor's Holiday (day after Thanksgiving)",
        kind: 'closure',
        scope: 'state',
        citation:
          'Governor\'s grant of administrative leave ("The governor has designated and granted the day after Thanksgiving as a governor\'s holiday"), Division of Human Resources FAQ 2023',
        source: 'https://dhr.colorado.gov/state-employees/time-off-leave',
      },
      {
        date: '2024-07-05',
        name: "Governor's Holiday (administrative leave; State offices closed)",
        kind: 'closure',
        scope: 'state',
        citation: "Governor's grant of administrative leave, State of Colorado FY 2024-25 holiday schedule",
        source: 'https://dhr.colorado.gov/state-employees/time-off-leave',
      },
    ],
    designationsThrough: 2023,
    designationSources: [
      "https://dhr.colorado.gov/state-employees/time-off-leave (State holiday schedules and Governor's Holiday FAQ)",
      "https://www.colorado.gov/governor/news (Governor's announcements)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'CORA counts "working days", and when a duty falls "on any day when the public office concerned is closed", it "shall stand continued to the next succeeding full business day at such public office"; a day State offices are closed by the Governor is not a working day of a State custodian.',
      citation: 'C.R.S. 24-72-203(3)(b); 24-11-110',
    },
    alternatives: [
      {
        reading:
          'Only Sunday holidays move (to Monday, C.R.S. 24-11-101(2)); a holiday on a Saturday is not observed on the preceding Friday, which stays a working day (the Friday closure is State personnel practice only).',
        citation: 'C.R.S. 24-11-101(2)',
        dropHolidays: ["New Year's Day", 'Juneteenth', 'Independence Day', "Veterans' Day", 'Christmas Day'],
        addHolidays: [
          common.newYear("New Year's Day (Sunday rule only)", { observance: 'sun_mon' }),
          common.juneteenth('Juneteenth (Sunday rule only)', { observance: 'sun_mon', from: '2022-06-01' }),
          common.independence('Independence Day (Sunday rule only)', { observance: 'sun_mon' }),
          common.veterans("Veterans' Day (Sunday rule only)", { observance: 'sun_mon' }),
          common.christmas('Christmas Day (Sunday rule only)', { observance: 'sun_mon' }),
        ],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'C.R.S. 24-72-203(3)(b) (three working days plus up to seven additional working days; in force before 2000 and unchanged since; the 2025 attempt to lengthen it, S.B. 25-077, was vetoed)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Records must be made available within a reasonable time, presumed to be not more than three working days after the request',
          citation: 'C.R.S. 24-72-203(3)(b)',
          quote:
            'Under current law, when a public entity receives a request under the Colorado Open Records Act (CORA), the custodian of the records must respond within a reasonable time frame, presumed to be three days.',
          quoteSource:
            'https://app.legiplex.com/co/legislature/2024/2024-r/bills/hb1296/draft-773965 (Legislative Council Staff fiscal note for H.B. 24-1296, not the statute)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'If extenuating circumstances exist, the custodian may extend the period by up to seven additional working days (3 + 7 = 10 working days after receipt), notifying the requester in writing within the first three working days',
          citation: 'C.R.S. 24-72-203(3)(b)-(c)',
          uncertain:
            'A court-ordered or agreed longer period is not a unilateral extension and is not encoded. Whether H.B. 24-1296 (2024) was enacted and changed when the period starts (e.g. after the requester accepts fees) was not confirmed; the engine counts from receipt.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 3 + 7 working-day rule is taken as in force since before 2000 (it is the "current law" described in the 2024 fiscal note for H.B. 24-1296 and in summaries of the vetoed S.B. 25-077, which would have made it 5 + 10 for non-media requesters); the session-law history before 2000 was not read. One rule set from 2000-01-01.',
    'Saturday holidays: C.R.S. 24-11-101(2) moves only Sunday holidays (to Monday). State offices close on the preceding Friday (e.g. Friday 2026-07-03; the Division of Human Resources schedules list Friday, November 10, 2023 for Veterans Day); the engine follows that practice, and the alternative reading (statute only) gives the date for a custodian open on such a Friday.',
    'The text of 24-72-203(3)(b) (three working days; up to seven more) was not shown in the sources read (the subsection was cut off in every copy found); the periods rest on the Legislative Council Staff fiscal note for H.B. 24-1296 ("Under current law ... presumed to be three days ... must not exceed seven days") and on the Governor\'s office CORA policy citing 24-72-203(3)(b). H.B. 24-1296 passed the House in April 2024; no record of its enactment was found.',
    'Juneteenth: S.B. 22-139, signed in spring 2022 (sponsors spoke of the holiday applying "beginning today"); encoded from 2022-06-01, so Monday 2022-06-20 is counted; the exact signing and effective date were not confirmed.',
    'Cabrini Day replaced Columbus Day by H.B. 20-1031 (2020); encoded as a switch on 2020-01-01, which gives the same dates as any effective date between 2019-10-15 and 2020-10-04.',
    'No administrative appeal: a requester denied access applies to district court (C.R.S. 24-72-204(5)) after the notice of intent required there, so no appeal clocks.',
  ],
  receiptNote:
    "No statute or regulation deems a request received after business hours to be received the next working day (searched C.R.S. 24-72-203, 24-72-205 and 24-11-110); the Governor's office CORA policy sets its own receipt rule for that office only, and the engine does not apply it.",
  sources: [
    "https://dhr.colorado.gov/state-employees/time-off-leave (State holiday schedules; Governor's Holiday FAQ)",
    'https://e-ccta.org/CCTPTA/Treas%20Manual/Title24/ManualTitle24Art11.htm (C.R.S. 24-11-110 text)',
    "https://www.colorado.gov/governor/CORA (Governor's office CORA policy citing 24-72-203(3)(b))",
    'https://source.colostate.edu/csu-closed-for-full-week-at-end-of-december/ (December 2024 administrative leave)',
    'https://colorado.public.law/statutes/crs_24-72-203',
    'https://ccmd.specialdistrict.org/c-r-s-24-72-203',
    'https://app.legiplex.com/co/legislature/2024/2024-r/bills/hb1296/draft-773965 (fiscal note: current law 3 days, extension not to exceed 7)',
    'https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/administration/article-11-holidays/24-11-101-legal-holidays-effect',
    'https://app.legiplex.com/co/legislature/2022/2022-r/bills/sb139/drafts-latest',
    'https://colorado.gov/governor/news/7856-governor-polis-signs-historic-juneteenth-holiday-bill-law-signs-bills-create-safer-and',
    'https://www.coloradopolitics.com/news/confused-about-cabrini-day-youre-not-alone-here-are-some-fast-facts/article_0b578a78-0724-11eb-ab90-37e99cc5fb55.html',
  ],
};
