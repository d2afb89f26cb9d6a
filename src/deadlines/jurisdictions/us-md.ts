import { common, electionDay, fixed } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const ROLL = 'Md. Code, General Provisions § 1-302 (formerly Art. 1, § 36)';

const MD_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 30, unit: 'calendar', roll: true, rollCitation: ROLL }],
  text: 'The custodian shall grant or deny the application promptly, but not more than 30 days after receiving it, and produce granted records within that time (a written statement of reasons for a denial is due within 10 working days of the denial)',
  citation: 'Md. Code, General Provisions § 4-203(a)(1), (b)(1), (c)(1) (formerly State Government § 10-614)',
  uncertain:
    "Applications under GP § 4-356 have 50 days (§ 4-203(a)(2)). Any time limit may be extended by up to 30 days only with the applicant's consent (§ 4-203(d)); there is no unilateral extension, so extended_response is not encoded. The 30th day is rolled forward when it falls on a Saturday, Sunday or legal holiday; GP § 1-302 may extend only a last day on a Sunday or legal holiday, in which case a Saturday 30th day is the real deadline.",
};

const MD_NOTICE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'If the custodian believes production will take more than 10 working days, it must say so in writing or by e-mail within 10 working days after receipt, with the expected time, a fee range and the reason for the delay',
  citation: 'Md. Code, General Provisions § 4-203(b)(2)',
};

export const US_MD: Jurisdiction = {
  code: 'US-MD',
  name: 'Maryland',
  lawName: 'Maryland Public Information Act',
  lawCitation: 'Md. Code, General Provisions §§ 4-101 to 4-601',
  calendar: {
    citation: 'Md. Code, General Provisions § 1-111(a) ("legal holiday" for the whole Code)',
    observance: 'sun_mon',
    observanceCitation:
      'Md. Code, General Provisions § 1-111(b) (a legal holiday on Sunday is observed the next Monday; a Saturday holiday is not moved)',
    holidays: [
      common.newYear(),
      common.mlk("Dr. Martin Luther King, Jr.'s birthday (day designated by Congress)"),
      common.lincoln("Lincoln's birthday"),
      common.washington("Washington's birthday"),
      fixed('Maryland Day', 3, 25),
      common.goodFriday(),
      common.memorial('Memorial Day (day designated by Congress)'),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation:
          'GP § 1-111(a)(8); before its addition, § 1-111(a)(18) (day the President designates), Pub. L. 117-17',
      }),
      common.independence(),
      common.labor(),
      fixed("Defenders' Day", 9, 12),
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
      "State executive-branch employees take a Saturday holiday on the preceding Friday (State Personnel and Pensions § 9-204(b)), so state offices close e.g. Fri 2027-06-18, 2027-12-24 and 2027-12-31; add those closures for state agencies. Lincoln's Birthday, Maryland Day, Good Friday and Defenders' Day are legal holidays under § 1-111 but not state employee holidays (offices open).",
      'Days the President or the Governor designates for general cessation of business (§ 1-111(a)(18)) must be added as closures when designated.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'State Government § 10-614 (recodified as GP § 4-203 in 2014)',
      clocks: {
        response: MD_RESPONSE,
      },
    },
    {
      effectiveFrom: '2015-10-01',
      enactedBy: '2015 Md. Laws ch. 135',
      clocks: {
        acknowledgment: MD_NOTICE,
        response: MD_RESPONSE,
      },
    },
    {
      effectiveFrom: '2022-07-01',
      enactedBy: '2021 Md. Laws ch. 658 (HB 183), effective July 1, 2022',
      clocks: {
        acknowledgment: MD_NOTICE,
        response: MD_RESPONSE,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'After the Public Access Ombudsman issues a final determination that a dispute was not resolved, a complaint to the State Public Information Act Compliance Board must be filed within 30 calendar days after receiving that determination (enter the date of receipt of the final determination)',
          citation: 'Md. Code, General Provisions § 4-1A-05(b)(5); COMAR 14.02.02.01A, 14.02.02.08A(2)',
          uncertain:
            'The Board reviews a denial only after mediation by the Ombudsman (GP § 4-1B-04), for which the statute sets no filing deadline. The engine does not roll the 30th calendar day forward although GP § 1-302 may extend a period ending on a Sunday or legal holiday: the earlier date is the safe one for the requester.',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 120, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: "The Board decides within 30 calendar days after receiving the custodian's response (or after an informal conference), and in any case not later than 120 days after the complaint is filed; the engine gives the 120-day outer limit",
          citation: 'Md. Code, General Provisions § 4-1A-07(a)(2), (c)(1)(ii)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    '"Working days" is not defined in the Act; the engine counts Monday to Friday excluding the legal holidays of GP § 1-111, which include days state offices stay open (Lincoln\'s Birthday, Maryland Day, Good Friday, Defenders\' Day). A custodian open on those days has an earlier real deadline.',
    "GP § 1-302 (computation of time) was not read; the roll-forward of the 30-day response and the Board's 120-day limit is applied as for a Saturday, Sunday or legal holiday.",
    'Dates of holiday additions not confirmed: Juneteenth in § 1-111(a)(8) (encoded from 2021-06-17 via the Presidential designation clause; with the Sunday-only rule this changes no date before June 20, 2022) and American Indian Heritage Day (encoded from 2008-10-01).',
    'Before July 1, 2022 the Compliance Board reviewed only fee complaints (since October 1, 2015) and the Ombudsman only mediated; denials went to court (GP § 4-362) or, for some State units, administrative review. Those routes are not encoded as appeal clocks.',
    'The 10-working-day notice is encoded as the acknowledgment clock; it is required only when production will take more than 10 working days.',
  ],
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
  ],
};
