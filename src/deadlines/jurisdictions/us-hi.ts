import { common, electionDay, FRI, fixed, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Disclose a public record within a reasonable time not to exceed 10 business days after receiving the request, or within 10 business days send the notice of how the request will be handled',
  citation: 'HAR 2-71-13(a)-(b)',
  quote:
    'The agency shall disclose the record within a reasonable time not to exceed ten business days. ... the agency shall: (1) Provide a notice in accordance with section 2-71-14 within ten business days',
  quoteSource: 'https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-2-71-13',
};

const EXTENDED: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [
    { days: 20, unit: 'business' },
    { days: 5, unit: 'business' },
  ],
  text: 'With extenuating circumstances the agency acknowledges the request within 10 business days, sends its notice within 20 business days after receipt, and discloses within 5 business days after the notice (latest: 20 + 5 = 25 business days after receipt)',
  citation: 'HAR 2-71-13(c); 2-71-15(a) (extenuating circumstances)',
  quote:
    'the notice required under section 2-71-14 shall be sent within a reasonable time not to exceed twenty business days following the date when the agency received the request and shall: ... (2) Disclose the requested record within five business days after providing notice',
  quoteSource: 'https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-2-71-13',
  uncertain:
    'Disclosure after prepayment of fees, and incremental disclosure of voluminous records (HAR 2-71-15), can run later; log a fee pause. The 5 business days are counted from the last day for the notice.',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'appeal_receipt',
  text: 'The Office of Information Practices decides an appeal in writing without a fixed period (the agency must answer the appeal, but OIP itself has no deadline)',
  citation: 'HRS 92F-15.5; HAR 2-73-17',
  uncertain:
    'The text of HAR 2-73-17 was not read this session; the absence of a decision deadline rests on the earlier file and the OIP appeal-rules page.',
};

export const US_HI: Jurisdiction = {
  code: 'US-HI',
  name: 'Hawaii',
  lawName: 'Uniform Information Practices Act (Modified)',
  lawCitation: 'HRS chapter 92F; HAR chapters 2-71, 2-73',
  timeZone: 'Pacific/Honolulu',
  calendar: {
    citation: 'HRS 8-1',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'HRS 8-2: a holiday falling on a Sunday is observed the following Monday and one falling on a Saturday the preceding Friday (employees who regularly work that Saturday or Sunday keep the day itself)',
    holidays: [
      common.newYear(),
      common.mlk('Dr. Martin Luther King, Jr., Day'),
      common.washington("Presidents' Day"),
      fixed('Prince Jonah Kuhio Kalanianaole Day', 3, 26),
      common.goodFriday(),
      common.memorial(),
      fixed('King Kamehameha I Day', 6, 11),
      common.independence(),
      nth('Statehood Day', 8, FRI, 3),
      common.labor(),
      electionDay('General Election Day', {
        years: 'even',
        citation:
          'HRS 8-1 (all election days except primary and special election days, in the county holding the election)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      "Juneteenth and Discoverers' Day (second Monday in October) are days of observance in Hawaii, not state holidays; they are not counted.",
      'When two holidays fall on the same day (Kuhio Day and Good Friday on Friday 2027-03-26), only one day is lost.',
      'Designations: a day designated by proclamation of the President or the Governor as a holiday is a state holiday (HRS 8-1; kind holiday). None was found for 2024-2026. The Governor instead grants administrative leave by executive memorandum: on Friday 2024-11-29 all State Executive Branch offices were fully closed (encoded as a closure); administrative leave on 2022-12-23 and 2022-12-30 and the optional day of 2024-12-24 or 2024-12-31 left offices open and is not encoded. No Hawaii closure was found for the federal closures by Executive Order (2025-01-09 National Day of Mourning, for which the Governor only ordered flags lowered; the Christmas Eve closures of 2024 and 2025).',
      'Not encoded: island-limited closures for hurricanes and wildfires (e.g. Maui, 2023-08-10 to 2023-08-13), because a designation cannot be limited to one island or county. The 2025 and 2026 holiday-season memoranda were not found; designations are complete through 2024 only.',
    ],
    designations: [
      {
        date: '2024-11-29',
        name: 'State Executive Branch offices closed (day after Thanksgiving, administrative leave)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's Executive Memorandum on holiday administrative leave (news release of 2024-11-07)",
        source:
          'https://www.einpresswire.com/article/758831171/office-of-the-governor-news-release-gov-green-announces-closure-of-state-executive-branch-offices-on-november-29-2024-and-administrative-leave',
      },
    ],
    designationsThrough: 2024,
    designationSources: [
      'https://governor.hawaii.gov/ (news releases and executive memoranda on administrative leave and office closures)',
      'https://dhrd.hawaii.gov/ (state holiday schedule under HRS 8-1)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The OIP rules count "business days" (HAR 2-71-13); a day on which the Governor has closed all executive-branch offices is not a business day for those agencies (reading chosen; the definition in HAR 2-71-2 was not read).',
      citation: 'HAR 2-71-13; HRS 8-1',
    },
    alternatives: [
      {
        reading:
          'A business day is any day other than a Saturday, Sunday or state holiday under HRS 8-1, so an administrative-leave closure still counts',
        citation: 'HAR 2-71-13 ("business days"); HRS 8-1',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'HAR chapter 2-71 (OIP rules, effective February 26, 1999)',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED,
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A requester denied access may ask the Office of Information Practices to review the denial; before the 2013 appeal rules no filing period was set',
          citation: 'HRS 92F-15.5',
        },
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2013-01-01',
      enactedBy: 'HAR chapter 2-73 (OIP administrative appeal rules, adopted December 2012, in force January 1, 2013)',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 12, unit: 'month' }],
          text: "Appeal to the Office of Information Practices within one year after receiving the agency's written denial or partial denial (or, with no written response, after the last day for it)",
          citation: 'HAR 2-73-12(a)(1)',
          uncertain:
            'Whether HAR 2-73-3 (computation of time) moves a last day falling on a weekend or holiday was not read; no roll-forward is applied.',
        },
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Response periods: HAR 2-71-13(a)-(c) was read (Cornell LII): 10 business days; with extenuating circumstances (2-71-15(a)) notice within 20 business days and disclosure within 5 business days after the notice. Disclosure after a prepayment (2-71-19) or in increments (2-71-15(b): each increment within 20 business days) can run later.',
    'Appeal rules: HAR 2-73-12(a)(1) read (one year); the in-force date of chapter 2-73 is taken as January 1, 2013 (OIP Director’s law-review article); the rule history line may say December 31, 2012.',
    'Weekend rule: HRS 8-2 as summarised by secondary sources (BLR; Star-Bulletin 2005 on Kuhio Day observed Friday); the section text was not read, hence partial. The HRS 8-1 list was read in the text of S.B. 2518 (2006), which quotes the section in full.',
    'General Election Day: encoded as a holiday statewide in even years (every county holds the general election); a county-only special or primary election is not a holiday.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next business day; searched HRS ch. 92F and HAR ch. 2-71 (2-71-11 lets informal requests be made during regular business hours, without a receipt rule) and the OIP quick guide.',
  sources: [
    'https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-2-71-13',
    'https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-2-71-15',
    'https://capitolwebsite.azurewebsites.net/sessions/session2006/Bills/SB2518_.htm (HRS 8-1 text)',
    'https://www.einpresswire.com/article/758831171/office-of-the-governor-news-release-gov-green-announces-closure-of-state-executive-branch-offices-on-november-29-2024-and-administrative-leave',
    'https://mauinow.com/2024/11/08/gov-green-grants-16-hours-of-holiday-leave-all-executive-offices-closed-nov-29/',
    'https://www.hawaiinewsnow.com/2022/12/14/governor-offers-state-workers-holiday-wishes-along-with-an-end-of-year-gift/',
    'https://www.einpresswire.com/article/772752806/office-of-the-governor-flag-order-gov-green-issues-flag-order-for-former-president-carter',
    'https://oip.hawaii.gov/laws-rules-opinions/rules/quick-guide-to-oips-administrative-rules/',
    'https://print.casetext.com/regulation/hawaii-administrative-rules/title-2-office-of-the-lieutenant-governor/subtitle-7-office-of-information-practices/chapter-73-administrative-appeal-procedures/subchapter-2-procedures-for-appeal-to-oip/section-2-73-12-timing-and-content-of-appeal-to-pip',
    'https://ags.hawaii.gov/oip/appeal-rules/',
    'https://fdocuments.in/document/university-of-hawaii-272-university-of-hawaiai-law-review-vol-36271-legal.html (2013 appeal rules)',
    'https://library.law.hawaii.edu/tag/hawaiian-state-holidays/ (HRS 8-1 list)',
    'https://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Hawaii (HRS 8-2)',
    'https://archives.starbulletin.com/2005/02/15/news/kokualine.html',
  ],
};
