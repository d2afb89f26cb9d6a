import { common } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const ROLL = 'Iowa Code § 4.1(34)';

const IA_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'Iowa Code chapter 22 sets no time to respond to a records request; access must be given without unreasonable delay, and only a good-faith, reasonable delay for the purposes listed in § 22.8(4) is excused',
  citation: 'Iowa Code § 22.8(4); Iowa Public Information Board advisory opinion 22AO:0004',
  quote: 'Iowa Code chapter 22 is silent as to the time for response to a records request.',
  quoteSource: 'https://ipib.iowa.gov/22ao0004-08182022-timeliness-responding-record-requests',
};

const IA_DELAY_CAP: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 20, unit: 'calendar', roll: true, rollCitation: ROLL }],
  text: 'A good-faith delay to decide whether a confidential record should be released shall not exceed 20 calendar days (and ordinarily should not exceed 10 business days)',
  citation: 'Iowa Code § 22.8(4)(d)',
  quote:
    'To determine whether a confidential record should be available for inspection and copying to the person requesting the right to do so. A reasonable delay for this purpose shall not exceed twenty calendar days and ordinarily should not exceed ten business days.',
  quoteSource: 'https://ipib.iowa.gov/node/590 (Iowa Public Information Board column quoting § 22.8(4)(d))',
  uncertain:
    'The 20-day cap applies only to a delay to decide on release of a confidential record; the Iowa Supreme Court held it is not an absolute deadline to find and produce records (Horsfield Materials, Inc. v. City of Dyersville, 834 N.W.2d 444 (Iowa 2013)). The engine rolls a last day on a Saturday, Sunday or holiday forward under § 4.1(34).',
};

export const US_IA: Jurisdiction = {
  code: 'US-IA',
  name: 'Iowa',
  lawName: 'Examination of Public Records (Open Records Act)',
  lawCitation: 'Iowa Code ch. 22; Iowa Public Information Board Act, Iowa Code ch. 23',
  timeZone: 'America/Chicago',
  calendar: {
    citation: 'Iowa Code §§ 1C.1, 1C.2',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Iowa Code § 1C.2(3) (for the paid state holidays: Saturday -> preceding Friday, Sunday -> following Monday); § 1C.1 holidays that are not paid holidays are not moved',
    holidays: [
      common.newYear(),
      common.mlk("Dr. Martin Luther King, Jr.'s Birthday"),
      common.lincoln("Lincoln's Birthday", {
        citation: 'Iowa Code § 1C.1 (not a paid state holiday)',
        observance: 'none',
      }),
      common.washington("Washington's Birthday", {
        citation: 'Iowa Code § 1C.1 (not a paid state holiday)',
        observance: 'none',
      }),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans(),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Friday after Thanksgiving', { citation: 'Iowa Code § 1C.2(1)(h)' }),
      common.christmas(),
    ],
    notes: [
      "Lincoln's Birthday (Feb 12) and Washington's Birthday are legal public holidays under § 1C.1 but not paid holidays under § 1C.2, so state offices are open; they are kept because § 4.1(34) excludes § 1C.1 holidays when a period ends on one.",
      'The Friday after Thanksgiving is a paid holiday for state employees (§ 1C.2(1)(h)), so state offices are closed; it is kept as a holiday.',
      'Days off with pay that "The executive council may designate ... in addition to those enumerated" (§ 1C.2(2)(b)) belong in `designations`. Designations were looked for in Department of Administrative Services and Governor\'s announcements: the Governor announced two additional paid holidays for state employees in 2020, 2021, 2022 and 2025 (Iowa State University implemented the 2025 ones on Wed Nov 26 and Wed Dec 24; in 2020 it used other days than the Governor\'s proposed Nov 25 and Dec 24), but no page read states the dates on which executive-branch offices closed, and none was found for 2024 or 2026, so none is encoded and `designationsThrough` is not set. Add them, and local-government holiday schedules, as they are confirmed.',
      'Juneteenth (§ 1C.14) and Columbus Day (§ 1C.5) are days of recognition only, not holidays.',
    ],
    designations: [],
    designationSources: [
      'https://das.iowa.gov/ (Department of Administrative Services: state employee holidays and additional paid holidays)',
      "https://governor.iowa.gov/press-releases (Governor's announcements of additional paid holidays)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The only fixed periods are calendar-day periods whose last day is extended under § 4.1(34) when it falls on a Saturday, Sunday, holiday or a day the office is closed (§ 421.9A(1)(e) refers to "A date when the office of the department is otherwise closed pursuant to section 4.1, subsection 34"; Emmetsburg Ready Mix Co. v. Norris, 362 N.W.2d 498 (Iowa 1985): a period ending on a day the office was closed for a declared holiday ran to the next business day).',
      citation: 'Iowa Code § 4.1(34); § 421.9A(1)(e); Emmetsburg Ready Mix Co. v. Norris, 362 N.W.2d 498 (Iowa 1985)',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Iowa Code ch. 22 (1967, as amended)',
      clocks: {
        response: IA_RESPONSE,
        extended_response: IA_DELAY_CAP,
      },
    },
    {
      effectiveFrom: '2013-07-01',
      enactedBy: '2012 Iowa Acts ch. 1115 (Iowa Public Information Board; complaints accepted from July 1, 2013)',
      clocks: {
        response: IA_RESPONSE,
        extended_response: IA_DELAY_CAP,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 60, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: 'A complaint to the Iowa Public Information Board must be filed within 60 days from the time the alleged violation occurred or the complainant could have become aware of it with reasonable diligence',
          citation: 'Iowa Code § 23.7(1)',
          quote:
            'The complaint must be filed within sixty days from the time the alleged violation occurred or the complainant could have become aware of the violation with reasonable diligence.',
          quoteSource: 'http://ia.elaws.us/code/23.7',
          uncertain:
            'The engine rolls a 60th day on a Saturday, Sunday or holiday forward under § 4.1(34); filing by the unrolled date is safer. Bills to lengthen the period to 90 days (SF 409 of 2021, HSB 145 and SSB 1121 of 2023) were not enacted when checked.',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'Within 30 days of receiving a complaint the Board must accept it (or decline it as outside its jurisdiction or legally insufficient), but the Act sets no time for the decision on the merits; proceedings must be conducted "as expeditiously as possible"',
          citation: 'Iowa Code §§ 23.7(2), 23.8, 23.10',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The brief mentioned "2022 amendments" to § 22.8; none changing the response timing was found. The Board\'s August 2022 advisory opinion 22AO:0004 still quotes the same § 22.8(4)(d) (20 calendar days, ordinarily 10 business days) and says chapter 22 is silent on response time; a 2022 Board rule proposal for a 2-business-day acknowledgment was withdrawn. One response rule is encoded from 2000-01-01; when the 20-day text entered § 22.8(4)(d) was not confirmed (it predates 2013).',
    "The text of § 4.1(34) (computation of time, exclusion of a last day on a Saturday, Sunday, § 1C.1 holiday or closed-office day) was not read; its coverage of closed-office days is confirmed by § 421.9A(1)(e) and Emmetsburg Ready Mix (1985). The Governor's additional paid holidays 2024-2026 are not encoded (dates for executive-branch offices not confirmed), so a roll onto such a day is missed.",
    'The 30-day acceptance step in § 23.8 was taken from secondary knowledge, not read; § 23.7 was read.',
    'Whether the Board complaint period runs from the denial or from the end of an unanswered delay depends on the facts; enter the date of the denial or of the violation.',
  ],
  receiptNote:
    'No statute or regulation found deems a request received after business hours (or by e-mail after hours) to be received the next business day; agency fair-information-practices rules only state office hours (e.g. 497 IAC 7.3(2): 8 a.m. to 4:30 p.m.). Searched Iowa Code ch. 22 and 23, 497 IAC and agency chapter 22 rules.',
  sources: [
    'https://ipib.iowa.gov/node/590 (§ 22.8(4)(d) text)',
    'http://ia.elaws.us/code/23.7 (§ 23.7(1) text)',
    'https://lawserver.com/law/state/iowa/ia-code/iowa_code_1c-2 (§ 1C.2(2)(b) executive council days)',
    'https://print.casetext.com/statute/code-of-iowa/title-x-financial-resources/chapter-421-department-of-revenue/section-4219a-due-dates-and-holidays (§ 421.9A)',
    'https://supreme.justia.com/cases/iowa/supreme-court/1985/83-461-0.html (Emmetsburg Ready Mix Co. v. Norris)',
    'https://hr.iastate.edu/additional-state-holidays (2025 additional paid holidays at Iowa State University)',
    'https://codes.findlaw.com/ia/title-i-state-sovereignty-and-management-chs-1-38d/ia-code-sect-22-8.html',
    'https://ipib.iowa.gov/22ao0004-08182022-timeliness-responding-record-requests',
    'https://ipib.iowa.gov/node/590 (monthly column quoting § 22.8(4)(d) and Horsfield)',
    'https://www.iowaattorneygeneral.gov/about-us/sunshine-advisories/getting-access-to-public-records-what-is-a-good-faith-reasonable-delay',
    'http://ia.elaws.us/code/23.7',
    'https://ipib.iowa.gov/about-iowa-public-information-board/file-complaint',
    'https://www.legis.iowa.gov/DOCS/IACODE/2001/1C/1.html',
    'https://lawserver.com/law/state/iowa/ia-code/iowa_code_1c-2',
    'https://iowacapitaldispatch.com/2022/07/29/state-board-retreats-as-cities-counties-object-to-deadline-for-acknowledging-record-requests/',
  ],
};
