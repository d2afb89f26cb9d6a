import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AR: Jurisdiction = {
  code: 'US-AR',
  name: 'Arkansas',
  lawName: 'Freedom of Information Act of 1967',
  lawCitation: 'Ark. Code 25-19-101 to 25-19-111',
  timeZone: 'America/Chicago',
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
      "Columbus Day, Good Friday, Lincoln's Birthday and (since 2017) Robert E. Lee Day are memorial days, not holidays (1-5-106); a 2025 bill to make Good Friday a holiday (H.B. 1162) died in committee. Each employee's birthday holiday (1-5-101(a)(11)) closes no office.",
      'Juneteenth is not a 1-5-101 holiday.',
      'When Christmas Eve and Christmas are both moved onto the same day by 1-5-101(b) (Christmas on Saturday, e.g. 2027: both Fri Dec 24; Christmas Eve on Sunday, e.g. 2023: both Mon Dec 25), the statute does not say where the second day goes; the engine counts one day. An extra day the Governor or the personnel office closes offices on is a designation.',
      'Designations: the Governor may establish "by executive proclamation additional days when state offices shall be closed" (1-5-103); these close State offices only and are not 1-5-101 holidays. Entered from the Governor\'s proclamations and closure announcements: the winter-weather closures of state office buildings "except for critical operations" on 2022-02-03, 2023-01-31 and 2023-02-01, 2024-01-16 and 2024-01-17, 2025-01-09 and 2025-01-10, and 2026-01-26 and 2026-01-27; the Friday after Thanksgiving of 2022 (a local newspaper\'s report that all state offices were closed; the proclamation was not read), 2023 and 2025; and 2025-12-26. Designations are complete through 2023 (searched: Governor\'s newsroom, Arkansas Democrat-Gazette, news reports; years before 2023 were not searched systematically and the 2022 days were found in passing). 2024 is not marked complete: no proclamation closing offices on the Friday after Thanksgiving (2024-11-29) was found (searched again in December 2026: Governor\'s newsroom, Secretary of State holiday bulletins, Arkansas news), although offices closed that Friday in 2022, 2023 and 2025 (for Christmas 2024 State offices closed on December 24 and 25 only, both 1-5-101 holidays). 2025 was searched too, but it lies after the incomplete 2024.',
    ],
    designations: [
      {
        date: '2022-02-03',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's closure order for poor road conditions, February 2022 (1-5-103)",
        source:
          'https://www.thv11.com/article/weather/arkansas-state-office-buildings-closed-winter-weather/91-cf505acb-a577-469d-bc4d-f44c5481d853',
      },
      {
        date: '2022-11-25',
        name: 'Friday after Thanksgiving (state offices closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Closure of all state offices on the Friday after Thanksgiving 2022, an additional day closed under Ark. Code 1-5-103 (the proclamation itself was not read)',
        source:
          'https://www.jonesborosun.com/times_dispatch/thanksgiving-closings-reported/article_acf5bc39-dd09-55c5-85b6-c0b1f701468b.html (Times Dispatch, 2022-11-16: "all state offices ... will be closed on Thursday and Friday")',
      },
      {
        date: '2023-01-31',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's closure order of January 30, 2023 for poor road conditions (1-5-103)",
        source:
          'https://www.arkansasonline.com/news/2023/feb/01/state-offices-closed-for-second-day-because-of-weather/ (Arkansas Democrat-Gazette, 2023-02-01: closed "for the second consecutive day")',
      },
      {
        date: '2023-02-01',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's closure order of January 31, 2023 for poor road conditions (1-5-103)",
        source:
          'https://www.arkansasonline.com/news/2023/feb/01/state-offices-closed-for-second-day-because-of-weather/',
      },
      {
        date: '2023-11-24',
        name: 'Friday after Thanksgiving (state offices closed by proclamation)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Governor\'s proclamation of October 31, 2023 ("I further declare the State Capitol and state offices will be closed on Friday, November 24, 2023"); Ark. Code 1-5-103',
        source:
          'https://governor.arkansas.gov/news_post/sanders-closes-state-offices-on-thanksgiving-day-and-friday-november-24/',
      },
      {
        date: '2024-01-16',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation:
          "Governor's news release of January 15, 2024 closing state office buildings for winter weather (1-5-103)",
        source: 'https://www.arkansasonline.com/news/2024/jan/15/state-offices-will-be-closed-tuesday-in-some/',
      },
      {
        date: '2024-01-17',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation:
          "Governor's news release of January 16, 2024 closing state office buildings for refreezing roads (1-5-103)",
        source:
          'https://www.arkansasonline.com/news/2024/jan/16/arkansas-state-offices-will-close-again-wednesday-in-weather-affected-areas/',
      },
      {
        date: '2025-01-09',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's closure order for inclement winter weather, January 2025 (1-5-103)",
        source: 'https://ozarkradionews.com/local-news/arkansas-state-offices-to-close-thursday-and-friday',
      },
      {
        date: '2025-01-10',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's closure order for inclement winter weather, January 2025 (1-5-103)",
        source: 'https://ozarkradionews.com/local-news/arkansas-state-offices-to-close-thursday-and-friday',
      },
      {
        date: '2025-11-28',
        name: 'Friday after Thanksgiving (state offices closed by proclamation)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's Thanksgiving proclamation, November 2025 (1-5-103)",
        source:
          'https://arkansasradio.com/2025/11/governor-sanders-proclaims-state-offices-closed-friday-for-thanksgiving-holiday',
      },
      {
        date: '2025-12-26',
        name: 'Day after Christmas (state offices closed by proclamation)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's Christmas proclamation of December 16, 2025 (1-5-103)",
        source:
          'https://pineblufftoday.com/arkansas-state-offices-to-remain-closed-on-december-26-for-continued-christmas-observance',
      },
      {
        date: '2026-01-26',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's closure announcement for the winter storm, January 2026 (1-5-103)",
        source:
          'https://conwaytodays.com/arkansas-state-offices-will-remain-closed-monday-due-to-dangerous-winter-storm-conditions-affecting-roads',
      },
      {
        date: '2026-01-27',
        name: 'Winter weather: state office buildings closed except for critical operations',
        kind: 'closure',
        scope: 'state',
        citation: 'Governor\'s release "Arkansas State Offices to Remain Closed Tuesday" (January 2026; 1-5-103)',
        source: 'https://governor.arkansas.gov/news_post/arkansas-state-offices-to-remain-closed-tuesday/',
      },
    ],
    designationsThrough: 2023,
    designationSources: [
      'https://governor.arkansas.gov/newsroom/ (proclamations and closure announcements)',
      'https://content.govdelivery.com/accounts/ARSOS/bulletins (Secretary of State holiday bulletins)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The only fixed period is "three (3) working days" (25-19-105(e)), which the Act does not define; a day the custodian\'s office is closed by the Governor\'s proclamation (1-5-103: "additional days when state offices shall be closed") is not a working day of that office.',
      citation: 'Ark. Code 25-19-105(e); 1-5-103',
    },
    alternatives: [
      {
        reading:
          'Working days are Monday to Friday other than the 1-5-101 official holidays ("the sole official holidays applicable to state government"); a day closed only by proclamation still counts.',
        citation: 'Ark. Code 1-5-101(a); 25-19-105(e) (the term "working days" is not defined)',
        flipExecutiveClosures: true,
      },
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
    'Designations for 2024 may be incomplete: no proclamation closing State offices on Friday 2024-11-29 was found (offices closed that Friday in 2022, 2023 and 2025); if it was issued, add it. designationsThrough is therefore 2023.',
    'The weather closures of 2022-02-03, 2023-01-31/02-01 and 2024-01-16/17 were ordered for poor road conditions "in many areas of the state", and the releases told "State employees outside the affected areas" to ask a supervisor: some offices outside those areas may have opened. They are encoded as closures of all State offices; a custodian whose office was open should count the day.',
    'January 2026: reports say offices were first closed after a storm "late last week" (before Monday 2026-01-26); only Monday 26 and Tuesday 27 are confirmed and encoded.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next working day: the Act says only that records are open "during the regular business hours of the custodian" and counts its three working days from the request (searched 25-19-103 to 25-19-105 and the Attorney General\'s FOI handbook summaries).',
  sources: [
    'https://holidays.uslegal.com/state-holidays/arkansas-legal-holidays/ (1-5-101 and 1-5-102 text)',
    'https://law.uslawyerdatabase.com/category/us-law/2020-arkansas-code/title-1-general-provisions-2020-arkansas-code/page/3 (1-5-103 text)',
    'https://vulcanbills.com/ar/2025/HB1162 (Good Friday bill, failed 2025)',
    'http://statutes.laws-info.com/arkansas/title-1/chapter-5/1-5-101',
    'https://www.legalfix.com/statutes/state-codes/arkansas/title-1/chapter-5/section-1-5-101',
    'https://policyrisk.com/states/arkansas/statutes/1-5-106',
    'https://encyclopediaofarkansas.net/entries/official-days-5295/',
    'https://splc.org/template-arkansas/ (25-19-105(e): three working days)',
    'https://cetient.com/case/3261005/opinion-no (Ark. Att’y Gen. opinion on 25-19-105)',
    'https://www.arkansasonline.com/news/2023/feb/01/state-offices-closed-for-second-day-because-of-weather/',
    'https://www.arkansasonline.com/news/2024/jan/15/state-offices-will-be-closed-tuesday-in-some/',
    'https://www.arkansasonline.com/news/2024/jan/16/arkansas-state-offices-will-close-again-wednesday-in-weather-affected-areas/',
    'https://governor.arkansas.gov/news_post/arkansas-state-offices-to-remain-closed-tuesday/',
  ],
};
