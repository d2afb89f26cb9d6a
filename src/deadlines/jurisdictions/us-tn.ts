import { common, electionDay, nth, THU } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const OORC = 'Tenn. Code Ann. § 8-4-601 et seq. (Office of Open Records Counsel); § 10-7-505 (court petition)';

export const US_TN: Jurisdiction = {
  code: 'US-TN',
  name: 'Tennessee',
  lawName: 'Tennessee Public Records Act',
  lawCitation: 'Tenn. Code Ann. § 10-7-501 et seq.',
  timeZone: 'America/Chicago',
  calendar: {
    citation: 'Tenn. Code Ann. § 15-1-101',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Tenn. Code Ann. § 15-1-101 (a listed holiday on Sunday: the following Monday; on Saturday: the preceding Friday)',
    holidays: [
      common.newYear('January 1'),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington('Washington Day'),
      common.goodFriday(),
      common.memorial('Memorial or Decoration Day'),
      common.juneteenth('Juneteenth', {
        from: '2023-05-05',
        citation: 'Tenn. Code Ann. § 15-1-101, as amended by 2023 legislation signed May 5, 2023 (in force on signing)',
      }),
      common.independence('July 4'),
      common.labor(),
      common.columbus('Columbus Day', {
        officesOpen: true,
        citation:
          'Tenn. Code Ann. § 15-1-101; State offices work on it: the Governor substitutes the Friday after Thanksgiving for the Columbus Day holiday of State employees (Acts 1984, ch. 979, §§ 2-3)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas('December 25'),
      electionDay('November general election day', {
        years: 'even',
        citation:
          'Tenn. Code Ann. § 15-1-101 (days set apart by law for holding county, state or national elections throughout the state)',
      }),
      nth('August election day (county general election and state primary)', 8, THU, 1, {
        years: 'even',
        citation:
          'Tenn. Code Ann. § 15-1-101 (election days); § 2-3-203 (first Thursday in August of even-numbered years)',
      }),
    ],
    notes: [
      'Presidential preference primaries (March of presidential years, date set by statute for each cycle) and other statewide election days are also legal holidays under 15-1-101; they are not encoded (no State office closure schedule lists them).',
      'The Saturday afternoon half-holiday of 15-1-101 does not affect business days.',
      "Designations: the State Government holiday office closures for 2025 (published by the State at tn.gov/about-tn/state-holidays; read as reproduced on a Nashville filing-service page) and the Governor's weather closures of January 17, 2024 and January 10, 2025. The 2024 and 2026 holiday closure schedules were looked for again (tn.gov, TeamTN, Department of Human Resources, the Governor's declarations on EIN Presswire, news) and not found in the stored sources: the Friday after Thanksgiving of 2024 (11-29) is very likely closed (the Governor substitutes it for Columbus Day every year read: 2021, 2025) and Christmas Eve 2024 (12-24) may be, but neither is encoded, so no year is marked complete (no designationsThrough). A local report (Crockett Chronicle, undated in the copy read) says all State offices were closed on Tuesday, January 16 (very likely 2024, the day before the encoded January 17 closure); it is not encoded until the Governor's declaration is read. A 2020 news list (Knox TN Today) gives State closures on 2020-12-24 and 2020-12-31 and, for 2021, 2021-11-26, 2021-12-23 and 2022-01-03; they are not encoded (planned schedule as reported, not the State's page).",
      "County offices may close only on the legal holidays of 15-1-101 (Attorney General opinions cited by CTAS; Wright v. Blalock: a clerk's office closed on the day after Thanksgiving was not closed on a legal holiday); the designations below are State-office closures only.",
    ],
    designations: [
      {
        date: '2024-01-17',
        name: 'State offices closed for winter weather',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's declaration of state office closures, January 16, 2024",
        source:
          'https://www.einpresswire.com/article/681789172/declaration-of-state-office-closures-in-tennessee-for-january-17',
      },
      {
        date: '2025-01-10',
        name: 'State offices closed for winter storm',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's declaration of state office closures, January 9, 2025",
        source:
          'https://www.einpresswire.com/article/775672656/declaration-of-state-office-closures-in-tennessee-for-january-10',
      },
      {
        date: '2025-11-28',
        name: 'Friday after Thanksgiving (substituted by the Governor for Columbus Day)',
        kind: 'closure',
        scope: 'state',
        citation:
          "Tennessee State Government 2025 Holiday Office Closures (Governor's substitution under Acts 1984, ch. 979)",
        source:
          'https://capitalfiling.com/state-holiday-schedule/ (reproducing https://www.tn.gov/about-tn/state-holidays.html)',
      },
      {
        date: '2025-12-24',
        name: 'Christmas Eve',
        kind: 'closure',
        scope: 'state',
        citation: 'Tennessee State Government 2025 Holiday Office Closures',
        source:
          'https://capitalfiling.com/state-holiday-schedule/ (reproducing https://www.tn.gov/about-tn/state-holidays.html)',
      },
      {
        date: '2026-01-02',
        name: "New Year's closure (Friday after New Year's Day)",
        kind: 'closure',
        scope: 'state',
        citation: 'Tennessee State Government 2025 Holiday Office Closures',
        source:
          'https://capitalfiling.com/state-holiday-schedule/ (reproducing https://www.tn.gov/about-tn/state-holidays.html)',
      },
    ],
    // No designationsThrough: no year is known to be complete. The 2025 schedule is, but the 2024 holiday
    // closures (Friday after Thanksgiving 2024-11-29, Christmas Eve 2024-12-24) were looked for again and
    // not found, and earlier years were not researched, so no year up to which everything is encoded exists.
    designationSources: [
      'https://www.tn.gov/about-tn/state-holidays.html (State Government holiday office closures, yearly)',
      "https://www.tn.gov/governor/news.html (Governor's declarations of state office closures)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "seven (7) business days" (§ 10-7-503(a)(2)(B)) and does not define the term; a day on which the custodian\'s offices are closed by the Governor is not a business day of that office. Such closures bind State offices only.',
      citation: 'Tenn. Code Ann. § 10-7-503(a)(2)(B)',
    },
    openHolidays: {
      stops: true,
      reason:
        'Columbus Day is a legal holiday on which "all public offices of this state may be closed" (§ 15-1-101), and local offices close on it; the engine counts it as a non-business day for every custodian, although State offices work on it.',
      citation: 'Tenn. Code Ann. § 15-1-101',
    },
    alternatives: [
      {
        reading:
          'For a State agency, Columbus Day is a business day (its offices are open; the Governor moved the holiday to the Friday after Thanksgiving), so it is counted',
        citation:
          'Tenn. Code Ann. § 15-1-101; Acts 1984, ch. 979, §§ 2-3; Tennessee State Government 2025 Holiday Office Closures',
        flipOpenHolidays: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before July 1, 2008 the Act required records to be open for inspection during business hours with no time set to respond',
          citation: 'Tenn. Code Ann. § 10-7-503(a) (before 2008 Pub. Acts ch. 1179)',
        },
      },
    },
    {
      effectiveFrom: '2008-07-01',
      enactedBy: '2008 Tenn. Pub. Acts ch. 1179',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 7, unit: 'business' }],
          text: 'The custodian must promptly make records available; if that is not practicable, within 7 business days it must make them available, deny the request in writing (with the basis), or give a records request response form stating the time reasonably necessary to produce them',
          citation: 'Tenn. Code Ann. § 10-7-503(a)(2)(B)',
          quote:
            'In the event it is not practicable for the record to be promptly available for inspection, the custodian shall, within seven (7) business days: (i) Make the information available to the requestor; (ii) Deny the request in writing',
          quoteSource: 'https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'When the custodian furnishes the response form, production follows the "time reasonably necessary" it states; the Act sets no cap',
          citation: 'Tenn. Code Ann. § 10-7-503(a)(2)(B)(iii)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A requester may ask the Office of Open Records Counsel (the records ombudsman) for help or an informal advisory opinion at any time; there is no filing deadline. This does not replace or extend the remedy, a petition in court under § 10-7-505',
          citation: OORC,
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Office of Open Records Counsel has no statutory time to answer, and its opinions are advisory',
          citation: OORC,
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched Tenn. Code Ann. § 10-7-503 and agency public-records rules (e.g. Tenn. Comp. R. & Regs. 1200-35-01-.03, which only sets business hours for making requests).',
  uncertain: [
    'Designations: only the 2025 State closure schedule was found (via a page reproducing tn.gov); 2024 and 2026 Christmas Eve, Friday-after-Thanksgiving and similar closures are not encoded and may be missing (for a State agency the engine then gives a due date one business day early, e.g. across 2024-11-29). The Friday after Thanksgiving of earlier years is not encoded. designationsThrough is therefore not set (it was 2025, which overstated 2024).',
    'The quote of § 10-7-503(a)(2)(B) was read in the Tennessee Coalition for Open Government copy, not on an official code site.',
    "Dates are taken in the time zone of the capital, Nashville (Central); East Tennessee keeps Eastern Time; an agency there is dated in the capital's zone too, up to an hour off near midnight.",
    'The 2008 act (Pub. Acts ch. 1179, in force July 1, 2008) is dated from memory of its history note; its text was not read.',
    'Election days: 15-1-101 makes every day set apart for county, state or national elections throughout the state a legal holiday, but many state offices stay open on them. The engine counts the November and August (first Thursday, Tenn. Code Ann. § 2-3-203, not read) elections of even years as holidays (which can only make a due date later); other election days are left to closures.',
    'The Office of Open Records Counsel (Tenn. Code Ann. § 8-4-601) is an ombudsman, not a body that decides appeals; it is encoded as an appeal step with no fixed days so that the answer explains that, and its statute was not read.',
    'Juneteenth: signed May 5, 2023 and taken to be in force at once (state offices closed June 19, 2023).',
  ],
  sources: [
    'https://crockettchronicle.com/tennessee-state-offices-to-remain-closed-on-tuesday (State offices closed Tuesday, January 16; year not stated, not encoded)',
    'https://www.knoxtntoday.com/lee-renews-extends-covid-directives/ (2020-2021 State closures as reported, not encoded)',
    'https://docsbay.net/10-7-503-records-open-to-public-inspection-schedule-of-reasonable-charges-costs-a-1',
    'https://www.ctas.tennessee.edu/eli/holidays',
    'https://unicourt.github.io/cic-code-tn/transforms/tn/octn/r75/gov.tn.tca.title.15.html',
    'https://wccourt.com/2023/06/05/the-bureau-will-be-closed-on-juneteeth',
    'https://www.wbir.com/article/news/politics/juneteenth-now-an-official-state-holiday-in-tennessee/51-ae0b2534-953c-49a6-8aec-e3343482cbfc',
    'http://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Tennessee',
    'https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request (text of § 10-7-503(a)(2)(B))',
    'https://capitalfiling.com/state-holiday-schedule/ (Tennessee State Government 2025 Holiday Office Closures)',
    'https://www.einpresswire.com/article/775672656/declaration-of-state-office-closures-in-tennessee-for-january-10',
    'https://www.einpresswire.com/article/681789172/declaration-of-state-office-closures-in-tennessee-for-january-17',
    'https://www.knoxtntoday.com/lee-renews-extends-covid-directives/ (2021 schedule: Friday after Thanksgiving substituted for Columbus Day; Christmas Eve given by the Governor)',
  ],
};
