import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_FL: Jurisdiction = {
  code: 'US-FL',
  name: 'Florida',
  lawName: 'Public Records Act',
  lawCitation: 'Fla. Stat. ch. 119',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'Fla. Stat. 110.117(1) (paid holidays observed by all state branches and agencies)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Fla. Stat. 110.117(1): a holiday on Saturday is observed the preceding Friday, on Sunday the following Monday',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Martin Luther King, Jr.'),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Friday after Thanksgiving'),
      common.christmas(),
    ],
    notes: [
      'Florida sets no fixed response period, so the calendar only documents the days state offices close. Fla. Stat. 683.01 lists further "legal holidays" (e.g. Lincoln\'s and Washington\'s Birthdays, Good Friday, Columbus Day, general election day) on which state offices stay open.',
      "Designations: the Governor closes state offices on extra days each holiday season by announcement (searched the Governor's press releases and their reprints for 2023-2026). 2024: January 2 (announced 2023), December 23, 24 and 31; 2025: November 26 and December 26; 2026: January 2. The 2026 holiday-season announcement (November-December 2026) was not found (searched again in early December 2026: Governor's releases and their reprints, local news), so designations are complete through 2025 only.",
      'Not encoded: hurricane closures of state offices limited to the counties named in the emergency orders (e.g. Hurricane Milton, October 2024, emergency declared by Executive Orders 24-214 and 24-215), because a designation cannot be limited to counties; local-government holidays; a day of mourning declared by the Governor (110.117(2)) when one is declared.',
    ],
    designations: [
      {
        date: '2023-11-22',
        name: 'Day before Thanksgiving (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2023-11-03 (state office closures in celebration of the holidays)",
        source:
          'https://www.einpresswire.com/article/666151509/governor-ron-desantis-announces-state-office-closures-in-celebration-of-the-holidays',
      },
      {
        date: '2023-12-26',
        name: 'Day after Christmas (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2023-11-03 (state office closures in celebration of the holidays)",
        source:
          'https://www.einpresswire.com/article/666151509/governor-ron-desantis-announces-state-office-closures-in-celebration-of-the-holidays',
      },
      {
        date: '2023-12-29',
        name: 'Friday before New Year (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2023-11-03 (state office closures in celebration of the holidays)",
        source:
          'https://www.einpresswire.com/article/666151509/governor-ron-desantis-announces-state-office-closures-in-celebration-of-the-holidays',
      },
      {
        date: '2024-01-02',
        name: 'Day after New Year (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2023-11-03 (state office closures in celebration of the holidays)",
        source:
          'https://www.einpresswire.com/article/666151509/governor-ron-desantis-announces-state-office-closures-in-celebration-of-the-holidays',
      },
      {
        date: '2024-12-23',
        name: 'State offices closed by the Governor (holidays)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2024-12-10 (state offices closed December 23, 24 and 31)",
        source:
          'http://www.northescambia.com/2024/12/desantis-gives-state-employees-three-extra-days-off-for-the-holidays',
      },
      {
        date: '2024-12-24',
        name: 'Christmas Eve (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2024-12-10 (state offices closed December 23, 24 and 31)",
        source:
          'http://www.northescambia.com/2024/12/desantis-gives-state-employees-three-extra-days-off-for-the-holidays',
      },
      {
        date: '2024-12-31',
        name: "New Year's Eve (state offices closed by the Governor)",
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2024-12-10 (state offices closed December 23, 24 and 31)",
        source:
          'http://www.northescambia.com/2024/12/desantis-gives-state-employees-three-extra-days-off-for-the-holidays',
      },
      {
        date: '2025-11-26',
        name: 'Day before Thanksgiving (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2025-11-20 (state offices closed November 26, December 26 and January 2)",
        source:
          'http://www.northescambia.com/2025/11/desantis-grants-state-workers-three-extra-days-off-for-holiday-season',
      },
      {
        date: '2025-12-26',
        name: 'Day after Christmas (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2025-11-20 (state offices closed November 26, December 26 and January 2)",
        source:
          'http://www.northescambia.com/2025/11/desantis-grants-state-workers-three-extra-days-off-for-holiday-season',
      },
      {
        date: '2026-01-02',
        name: 'Day after New Year (state offices closed by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2025-11-20 (state offices closed November 26, December 26 and January 2)",
        source:
          'http://www.northescambia.com/2025/11/desantis-grants-state-workers-three-extra-days-off-for-holiday-season',
      },
    ],
    designationsThrough: 2025,
    designationSources: ["Governor's press releases (flgov.com), announced each November or December"],
    executiveClosures: {
      stops: true,
      reason:
        'Chapter 119 sets no period in days (only a prompt, good-faith response), so no clock is counted; a day on which the Governor has closed state offices is shown as a non-business day for state agencies.',
      citation: 'Fla. Stat. 119.07(1)(c); Fla. Stat. 110.117',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Fla. Stat. 119.07(1) (no fixed response period before or since 2000)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The custodian must acknowledge requests promptly and respond in good faith; the only delay allowed is the reasonable time needed to retrieve the records and redact exempt parts. The statute sets no number of days',
          citation: 'Fla. Stat. 119.07(1)(a), (c); Tribune Co. v. Cannella, 458 So. 2d 1075 (Fla. 1984)',
          quote:
            'A custodian of public records and his or her designee must acknowledge requests to inspect or copy records promptly and respond to such requests in good faith.',
          quoteSource:
            'https://whitespringsjournal.com/2021/05/vanessa-audre-unjustified-delay-in-producing-records-will-at-some-point-be-your-downfall-you-can-thank-columbia-county-observer-for-one-of-these-cases/ (Attorney General Sunshine Manual text quoting s. 119.07(1)(c))',
          uncertain:
            'An unjustified delay can itself be an unlawful refusal (case law); whether a delay is reasonable depends on the facts, so the tracker shows no due date.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Dates are taken in the time zone of the capital, Tallahassee (Eastern); the western Panhandle keeps Central Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'The prompt-acknowledgment duty of 119.07(1)(c) has no fixed period, so no acknowledgment clock is encoded (the format lists acknowledgment only where a fixed time applies).',
    "There is no administrative appeal; enforcement is by civil action (119.11) or the Attorney General's voluntary open-government mediation program, which has no statutory timetable.",
    "The text of 119.07(1)(c) rests on the Attorney General's Government-in-the-Sunshine Manual as quoted in secondary sources (the Senate's statute page is not stored); 110.117 was read. Hence 'partial'.",
    '2026 bills SB 770 and HB 437 would require custodians to act on a request within three business days (effective July 1, 2026 if enacted); their enactment could not be confirmed in the stored sources, so no 2026 rule set is encoded. Check ch. 2026 Laws of Florida and add a rule set from 2026-07-01 if either passed.',
  ],
  receiptNote:
    'Chapter 119 sets no period in days, so no receipt rule applies; no statute or rule deeming an after-hours request received the next business day was found (searched Fla. Stat. ch. 119 and the Attorney General Sunshine Manual).',
  sources: [
    'https://www.syfert.com/florida/statutes/0110.117.html (Fla. Stat. 110.117, 2025 text)',
    'https://codes.findlaw.com/fl/title-x-public-officers-employees-and-records/fl-st-sect-110-117.html',
    '/work/shared/jurisdictions.md (US-FL: Florida AG Government-in-the-Sunshine Manual; City of Pensacola FAQ)',
    'https://www.einpresswire.com/article/666151509/governor-ron-desantis-announces-state-office-closures-in-celebration-of-the-holidays',
    'http://www.northescambia.com/2024/12/desantis-gives-state-employees-three-extra-days-off-for-the-holidays',
    'http://oysterradio.blogspot.com/2024/12/governor-ron-desantis-announces.html',
    'http://www.northescambia.com/2025/11/desantis-grants-state-workers-three-extra-days-off-for-holiday-season',
    'http://www.northescambia.com/2025/12/state-workers-get-extra-days-off-for-the-holiday-season',
    'https://flsenate.gov/Session/Bill/2026/770/BillText/Filed/HTML',
  ],
};
