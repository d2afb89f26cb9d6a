import { common } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const ROLL = 'Iowa Code § 4.1(34)';

const IA_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'Iowa Code chapter 22 sets no time to respond to a records request; access must be given without unreasonable delay, and only a good-faith, reasonable delay for the purposes listed in § 22.8(4) is excused',
  citation: 'Iowa Code § 22.8(4); Iowa Public Information Board advisory opinion 22AO:0004',
};

const IA_DELAY_CAP: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 20, unit: 'calendar', roll: true, rollCitation: ROLL }],
  text: 'A good-faith delay to decide whether a confidential record should be released shall not exceed 20 calendar days (and ordinarily should not exceed 10 business days)',
  citation: 'Iowa Code § 22.8(4)(d)',
  uncertain:
    'The 20-day cap applies only to a delay to decide on release of a confidential record; the Iowa Supreme Court held it is not an absolute deadline to find and produce records (Horsfield Materials, Inc. v. City of Dyersville, 834 N.W.2d 444 (Iowa 2013)). The engine rolls a last day on a Saturday, Sunday or holiday forward under § 4.1(34).',
};

export const US_IA: Jurisdiction = {
  code: 'US-IA',
  name: 'Iowa',
  lawName: 'Examination of Public Records (Open Records Act)',
  lawCitation: 'Iowa Code ch. 22; Iowa Public Information Board Act, Iowa Code ch. 23',
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
      'The Friday after Thanksgiving is a paid holiday for state employees (§ 1C.2), so state offices are closed; it is kept as a holiday.',
      'Days off designated by the executive council (§ 1C.2(2)(b)) and local-government holiday schedules must be added as closures.',
      'Juneteenth (§ 1C.14) and Columbus Day (§ 1C.5) are days of recognition only, not holidays.',
    ],
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
    'The text of § 4.1(34) (computation of time, exclusion of a last day on a Saturday, Sunday, § 1C.1 holiday or closed-office day) was taken from secondary sources, not read.',
    'The 30-day acceptance step in § 23.8 was taken from secondary knowledge, not read; § 23.7 was read.',
    'Whether the Board complaint period runs from the denial or from the end of an unanswered delay depends on the facts; enter the date of the denial or of the violation.',
  ],
  sources: [
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
