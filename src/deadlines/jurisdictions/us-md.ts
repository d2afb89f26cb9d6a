import { common, electionDay, fixed } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const ROLL = 'Md. Code, General Provisions § 1-302 (formerly Art. 1, § 36)';

const MD_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 30, unit: 'calendar', roll: true, rollCitation: ROLL }],
  text: 'The custodian shall grant or deny the application promptly, but not more than 30 days after receiving it, and produce granted records within that time (a written statement of reasons for a denial is due within 10 working days of the denial)',
  citation: 'Md. Code, General Provisions § 4-203(a)(1), (b)(1), (c)(1) (formerly State Government § 10-614)',
  quote:
    '(a)(1) Except as provided in paragraph (2) of this subsection, the custodian shall grant or deny the application promptly, but not more than 30 days after receiving the application.',
  quoteSource:
    'https://govt.westlaw.com/mdc/Document/NE8B9FEF1F33211EBA2B4DE20A34A766E (GP § 4-203, effective July 1, 2022); https://instalawyer.io/laws/maryland-statutes/section-4-203-timeliness-of',
  uncertain:
    "Applications under GP § 4-356 have 50 days (§ 4-203(a)(2)). Any time limit may be extended by up to 30 days only with the applicant's consent (§ 4-203(d)): that is the extended_response clock. The 30th day is rolled forward when it falls on a Saturday, Sunday or legal holiday; GP § 1-302 (not read) may extend only a last day on a Sunday or legal holiday, in which case a Saturday 30th day is the real deadline.",
};

const MD_EXTENSION: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 60, unit: 'calendar', roll: true, rollCitation: ROLL }],
  text: "With the applicant's consent, the 30-day time limits to grant or deny and to produce may be extended for not more than 30 days, so the extended limit is at most 60 days after receipt of the application; the custodian cannot extend without the applicant's consent (an agreed shorter date governs)",
  citation: 'Md. Code, General Provisions § 4-203(d) (formerly State Government § 10-614); e.g. COMAR 15.01.04.07D',
  quote:
    'With the consent of the applicant, any time limit imposed by §§A—C, of this regulation, may be extended for an additional period not to exceed 30 days.',
  quoteSource:
    'http://www.dsd.state.md.us/comar/comarhtml/15/15.01.04.07.htm (COMAR 15.01.04.07D, an agency PIA regulation that restates GP § 4-203(d); the statute text of subsection (d) itself could not be read)',
  uncertain:
    "Log the 'extended' event only when the applicant has consented: GP § 4-203(d) lets a custodian extend only with the applicant's consent, never alone. The extension is counted as 30 more days on top of the 30-day limit, i.e. 60 calendar days after receipt (80 for a § 4-356 application, not encoded); if the applicant agreed to a shorter extension, enter the agreed date as the new due date. The wording of § 4-203(d) was read only as restated in agency regulations (COMAR 15.01.04.07D, 14.40.02.09F), not in the statute.",
};

const MD_NOTICE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'If the custodian believes production will take more than 10 working days, it must say so in writing or by e-mail within 10 working days after receipt, with the expected time, a fee range and the reason for the delay',
  citation: 'Md. Code, General Provisions § 4-203(b)(2)',
  quote:
    'If the custodian reasonably believes that it will take more than 10 working days to produce the public record, the custodian shall indicate in writing or by electronic mail within 10 working days after receipt of the request',
  quoteSource: 'https://lexace.ai/us/statute/maryland/GP-4-203',
};

export const US_MD: Jurisdiction = {
  code: 'US-MD',
  name: 'Maryland',
  lawName: 'Maryland Public Information Act',
  lawCitation: 'Md. Code, General Provisions §§ 4-101 to 4-601',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'Md. Code, General Provisions § 1-111(a) ("legal holiday" for the whole Code)',
    observance: 'sun_mon',
    observanceCitation:
      'Md. Code, General Provisions § 1-111(b) (a legal holiday on Sunday is observed the next Monday; a Saturday holiday is not moved)',
    holidays: [
      common.newYear(),
      common.mlk("Dr. Martin Luther King, Jr.'s birthday (day designated by Congress)"),
      common.lincoln("Lincoln's birthday", { officesOpen: true }),
      common.washington("Washington's birthday"),
      fixed('Maryland Day', 3, 25, { officesOpen: true }),
      common.goodFriday('Good Friday', { officesOpen: true }),
      common.memorial('Memorial Day (day designated by Congress)'),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation:
          'GP § 1-111(a)(8); before its addition, § 1-111(a)(18) (day the President designates), Pub. L. 117-17',
      }),
      common.independence(),
      common.labor(),
      fixed("Defenders' Day", 9, 12, { officesOpen: true }),
      common.columbus('Columbus Day (day designated by Congress)'),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('American Indian Heritage Day', {
        from: '2008-10-01',
        citation: 'GP § 1-111(a)(15) (formerly Art. 1, § 27)',
      }),
      common.christmas(),
      electionDay('Statewide General Election Day', { years: 'even', citation: 'GP § 1-111(a)(17)' }),
    ],
    notes: [
      "Lincoln's Birthday, Maryland Day, Good Friday and Defenders' Day are legal holidays under GP § 1-111(a) but not State employee holidays: State offices are open (they are marked officesOpen; see openHolidays and the alternatives).",
      'State executive-branch employees take a Saturday holiday on the preceding Friday ("When a State holiday occurs on a Saturday or Sunday, the holiday is observed on the Friday before or the Monday after the actual holiday"); the Friday is not a legal holiday under GP § 1-111(b), so it is listed as a State-office closure in `designations` (2026-07-03; in 2027 Fri June 18, Dec 24 and Dec 31 are to be added).',
      "Designations 2024-2026 were looked for in the Governor's announcements and the Department of Budget and Management holiday schedule: Christmas Eve was declared a State holiday (offices closed) on Tue 2024-12-24 and Wed 2025-12-24. The Governor kept State government open on Thu 2025-01-09 (the federal National Day of Mourning for President Carter); see the alternatives. Liberal leave (e.g. Fri 2025-12-26) and weather closings (e.g. Mon 2025-01-06) do not close offices by designation and are not listed: add weather closings as closures. Christmas Eve 2026 had not been announced when checked, so `designationsThrough` is 2025.",
      'Days the President or the Governor designates "for general cessation of business" are legal holidays (GP § 1-111(a)(18)); none was found for 2024-2026 (the Christmas Eve declarations close State agencies only).',
    ],
    designations: [
      {
        date: '2024-12-24',
        name: 'Christmas Eve (State holiday declared by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation:
          "Governor's declaration of 2024-12-22 (State agencies and offices closed; treated like any other State employee holiday)",
        source:
          'https://www.wboc.com/news/christmas-eve-declared-state-holiday-in-maryland/article_8962b066-c0af-11ef-8064-fbf616aea737.html',
      },
      {
        date: '2025-12-24',
        name: 'Christmas Eve (State holiday declared by the Governor)',
        kind: 'closure',
        scope: 'state',
        citation:
          "Governor's declaration of 2025-12-22 (State agencies and offices closed; liberal leave on 2025-12-26)",
        source: 'https://southernmarylandchronicle.com/2025/12/23/governor-moore-declares-christmas-eve-state-holiday',
      },
      {
        date: '2026-07-03',
        name: 'Independence Day (Saturday) observed by State employees',
        kind: 'closure',
        scope: 'state',
        citation:
          'State Personnel and Pensions § 9-204 (a State holiday on Saturday is observed the Friday before); not a legal holiday under GP § 1-111(b)',
        source: 'https://dors.maryland.gov/InDORS/HR/Pages/holidays.aspx',
      },
    ],
    designationsThrough: 2025,
    designationSources: [
      "https://governor.maryland.gov/news/press/ (Governor's declarations of additional State holidays, e.g. Christmas Eve)",
      'https://dbm.maryland.gov/employees/Pages/StateHolidays.aspx (Department of Budget and Management: State holiday schedule)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The notice and the statement of reasons are due within "10 working days"; a day on which the Governor has closed State agencies and offices is not a working day of a State custodian. The 30-day limits are calendar days and are not stopped; only their last day rolls.',
      citation: 'Md. Code, General Provisions § 4-203(b)(2), (c)(1)',
    },
    openHolidays: {
      stops: true,
      reason:
        'GP § 1-111(a) defines "legal holiday" "In this Code and any regulation or directive adopted under it" to include "February 12, for Lincoln\'s birthday", "March 25, for Maryland Day", "Good Friday" and "September 12, for Defenders\' Day"; the engine does not count legal holidays as working days and rolls a last day falling on one (GP § 1-302), even though State offices are open.',
      citation: 'Md. Code, General Provisions § 1-111(a)(3), (5), (6), (11); § 1-302',
    },
    alternatives: [
      {
        reading:
          'Good Friday is a working day: State offices are open (it is not a State employee holiday), and the Public Information Act counts "working days", not legal holidays',
        citation:
          'GP § 1-111(a)(6) (legal holiday) against the State employee holiday schedule, which has no Good Friday (https://dors.maryland.gov/InDORS/HR/Pages/holidays.aspx); GP § 4-203(b)(2)',
        dropHolidays: ['Good Friday'],
      },
      {
        reading:
          "Every legal holiday on which State offices are open (Lincoln's Birthday, Maryland Day, Good Friday, Defenders' Day) is a working day for a custodian",
        citation: 'GP § 1-111(a); GP § 4-203(b)(2) ("working days", undefined in the Act)',
        flipOpenHolidays: true,
      },
      {
        reading:
          'The President\'s designation of Thu 2025-01-09 as a National Day of Mourning, with federal offices closed by executive order, was a day "the President of the United States ... designates for general cessation of business" and so a Maryland legal holiday (the position of AFSCME Maryland Council 3); the Governor\'s office held that State government was open',
        citation: 'GP § 1-111(a)(18); Maryland Matters report of 2025-01-08',
        addHolidays: [
          fixed('National Day of Mourning for President Carter', 1, 9, {
            from: '2025-01-09',
            until: '2025-01-09',
            citation: 'GP § 1-111(a)(18) (day the President designates for general cessation of business), as argued',
          }),
        ],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'State Government § 10-614 (recodified as GP § 4-203 in 2014)',
      clocks: {
        response: MD_RESPONSE,
        extended_response: MD_EXTENSION,
      },
    },
    {
      effectiveFrom: '2015-10-01',
      enactedBy: '2015 Md. Laws ch. 135',
      clocks: {
        acknowledgment: MD_NOTICE,
        response: MD_RESPONSE,
        extended_response: MD_EXTENSION,
      },
    },
    {
      effectiveFrom: '2022-07-01',
      enactedBy: '2021 Md. Laws ch. 658 (HB 183), effective July 1, 2022',
      clocks: {
        acknowledgment: MD_NOTICE,
        response: MD_RESPONSE,
        extended_response: MD_EXTENSION,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'After the Public Access Ombudsman issues a final determination that a dispute was not resolved, a complaint to the State Public Information Act Compliance Board must be filed within 30 calendar days after receiving that determination (enter the date of receipt of the final determination)',
          citation: 'Md. Code, General Provisions § 4-1A-05(b)(5); COMAR 14.02.02.01A, 14.02.02.08A(2)',
          quote:
            'be filed within 30 calendar days after the complainant receives the final determination of the Public Access Ombudsman under § 4–1B–04 of this title.',
          quoteSource: 'https://instalawyer.io/laws/maryland-statutes/section-4-1a-05-unreasonable-fee',
          uncertain:
            'The Board reviews a denial only after mediation by the Ombudsman (GP § 4-1B-04), for which the statute sets no filing deadline. The engine does not roll the 30th calendar day forward although GP § 1-302 may extend a period ending on a Sunday or legal holiday: the earlier date is the safe one for the requester.',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 120, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: "The Board decides within 30 calendar days after receiving the custodian's response (or after an informal conference), and in any case not later than 120 days after the complaint is filed; the engine gives the 120-day outer limit",
          citation: 'Md. Code, General Provisions § 4-1A-07(a)(2), (c)(1)(ii)',
          quote: 'issue a decision as soon as possible but not later than 120 days after the filing of the complaint.',
          quoteSource:
            'https://casetext.com/statute/code-of-maryland/article-general-provisions/title-4-public-information-act/subtitle-1a-state-public-information-act-compliance-board/section-4-1a-07-decision-of-board',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "\"Working days\" is not defined in the Act; the engine counts Monday to Friday excluding the legal holidays of GP § 1-111, which include days State offices stay open (Lincoln's Birthday, Maryland Day, Good Friday, Defenders' Day), and the Governor's closures. Whether those open legal holidays count is unsettled: the alternatives give the dates without Good Friday and without all four.",
    "The text of GP § 4-203(d) (extension with the applicant's consent, up to 30 days) was read only as restated in agency regulations; the statute pages read end before subsection (d). This and the unread GP § 1-302 keep verification partial.",
    'Executive closures stop the 10-working-day clocks; a calendar-day 30th day that falls on a closure is rolled to the next working day by the engine, although GP § 1-302 may extend only a last day on a Sunday or legal holiday (then the closure day is the real deadline).',
    "GP § 1-302 (computation of time) was not read; the roll-forward of the 30-day response and the Board's 120-day limit is applied as for a Saturday, Sunday or legal holiday.",
    'Dates of holiday additions not confirmed: Juneteenth in § 1-111(a)(8) (encoded from 2021-06-17 via the Presidential designation clause; with the Sunday-only rule this changes no date before June 20, 2022) and American Indian Heritage Day (encoded from 2008-10-01).',
    'Before July 1, 2022 the Compliance Board reviewed only fee complaints (since October 1, 2015) and the Ombudsman only mediated; denials went to court (GP § 4-362) or, for some State units, administrative review. Those routes are not encoded as appeal clocks.',
    'The 10-working-day notice is encoded as the acknowledgment clock; it is required only when production will take more than 10 working days.',
  ],
  receiptNote:
    'No statute or regulation found deems a request received after business hours (or by e-mail after hours) to be received the next day: GP § 4-203 runs from "receiving the application"; searched GP §§ 4-202, 4-203 and agency PIA regulations in COMAR (e.g. 14.09.16, 15.01.04, 09.01.04).',
  sources: [
    'https://govt.westlaw.com/mdc/Document/NE8B9FEF1F33211EBA2B4DE20A34A766E (GP § 4-203, effective July 1, 2022)',
    'https://lexace.ai/us/statute/maryland/GP-4-203',
    'https://www.law.cornell.edu/regulations/maryland/COMAR-14-09-16-09',
    'http://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=ggp&section=4-1A-05&enactments=false',
    'https://print.casetext.com/statute/code-of-maryland/article-general-provisions/title-4-public-information-act/subtitle-1a-state-public-information-act-compliance-board/section-4-1a-05-unreasonable-fee-complaints (amendment history)',
    'https://lexace.ai/us/statute/maryland/GP-4-1A-07',
    'https://regulations.justia.com/states/maryland/title-14/subtitle-02/chapter-14-02-02/section-14-02-02-01',
    'https://self-law.org/code/md/general-provisions/1-111',
    'https://self-law.org/code/md/state-personnel-and-pensions/9-204',
    'https://instalawyer.io/laws/maryland-statutes/section-4-203-timeliness-of',
    'http://www.dsd.state.md.us/comar/comarhtml/15/15.01.04.07.htm (COMAR 15.01.04.07D, consent extension)',
    'http://mdrules.elaws.us/comar/14.40.02.09 (COMAR 14.40.02.09F, consent extension)',
    'https://dors.maryland.gov/InDORS/HR/Pages/holidays.aspx (State holidays; Saturday/Sunday observance)',
    'https://www.wboc.com/news/christmas-eve-declared-state-holiday-in-maryland/article_8962b066-c0af-11ef-8064-fbf616aea737.html',
    'https://southernmarylandchronicle.com/2025/12/23/governor-moore-declares-christmas-eve-state-holiday',
    'https://usnewsandbusiness.com/moore-rejects-call-for-day-off-for-state-workers-as-part-of-day-of-mourning-for-jimmy-carter (Maryland Matters, 2025-01-08)',
  ],
};
