import { common, FRI, fixed, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const CRC_111 =
  'Cal. Rules of Court, rule 1.11 ("When a judicial holiday specified by Code of Civil Procedure section 135 falls on a Saturday, the courts must observe the holiday on the preceding Friday")';

const ROLL =
  'Code Civ. Proc. 12, 12a (a last day on a Saturday, Sunday or judicial holiday extends to the next day that is not)';

export const US_CA: Jurisdiction = {
  code: 'US-CA',
  name: 'California',
  lawName: 'California Public Records Act',
  lawCitation: 'Gov. Code 7920.000 et seq. (former Gov. Code 6250 et seq. before 2023-01-01)',
  timeZone: 'America/Los_Angeles',
  calendar: {
    citation: 'Code Civ. Proc. 135 (judicial holidays: the full-day holidays of Gov. Code 6700 with listed exceptions)',
    observance: 'none',
    observanceCitation:
      'Gov. Code 6701 moves only January 1, February 12, March 31, July 4, September 9, November 11 and December 25 from Sunday to Monday and November 11 from Saturday to Friday; for any other judicial holiday on a weekend the Judicial Council "may designate an alternative day" (Code Civ. Proc. 135)',
    holidays: [
      common.newYear("New Year's Day", { observance: 'sun_mon' }),
      common.mlk('Dr. Martin Luther King, Jr. Day'),
      common.lincoln('Lincoln Day', { observance: 'sun_mon' }),
      common.washington('Presidents Day (third Monday in February)'),
      fixed('Cesar Chavez Day', 3, 31, {
        observance: 'sun_mon',
        from: '2001-01-01',
        citation: 'Gov. Code 6700 (Cesar Chavez Day added in 2000, first observed 2001); Code Civ. Proc. 135',
      }),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2023-01-01',
        citation: 'Gov. Code 6700, as amended by AB 1655 (Stats. 2022, ch. 753), operative 2023; Code Civ. Proc. 135',
      }),
      common.independence('Independence Day', { observance: 'sun_mon' }),
      common.labor(),
      nth('Native American Day', 9, FRI, 4, {
        from: '2022-01-01',
        citation: 'Gov. Code 6700; Code Civ. Proc. 135, as amended by AB 855 (Stats. 2021, ch. 283)',
      }),
      common.columbus('Columbus Day', {
        until: '2021-12-31',
        citation: 'Gov. Code 6700; excluded from the judicial holidays by AB 855 (Stats. 2021, ch. 283) from 2022',
      }),
      common.veterans('Veterans Day', {
        observance: 'sat_fri_sun_mon',
        citation: 'Gov. Code 6700, 6701; Code Civ. Proc. 135',
      }),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Day after Thanksgiving', {
        citation: 'Code Civ. Proc. 135 ("the day after Thanksgiving Day")',
      }),
      common.christmas('Christmas Day', { observance: 'sun_mon' }),
    ],
    notes: [
      'Every Saturday and Sunday is also a holiday for the roll-forward (Code Civ. Proc. 12a; Gov. Code 6700(a)(1)); the engine treats weekends as non-business days already.',
      'Not judicial holidays, so not in this calendar: Admission Day (Sept. 9), Columbus Day (from 2022), Good Friday noon-3 p.m., Lunar New Year, Genocide Remembrance Day and Diwali (added to Gov. Code 6700 and excluded from Code Civ. Proc. 135 by AB 268, Stats. 2025, ch. 358), and "any other day appointed by the President, but not by the Governor, for a public fast, thanksgiving, or holiday" (Code Civ. Proc. 135). Federal closures by executive order (2024-12-24; 2025-01-09, day of mourning; 2025-12-24 and 2025-12-26) are such President-only days and are not counted.',
      "A day appointed by the Governor for a public fast, thanksgiving or holiday (Gov. Code 6700(a)(17)(A)) is a judicial holiday (Code Civ. Proc. 135 excludes only days appointed by the President alone) and would be a designation of kind holiday, scope all. None was found for 2024 to 2026: the Governor's proclamations of those years (gov.ca.gov) proclaim statutory holidays and commemorations (e.g. Lunar New Year 2025, California's 175th anniversary) without appointing a new holiday or closing offices.",
      'Saturday judicial holidays (e.g. July 4, 2026; June 19 and December 25, 2027; January 1, 2028): California Rules of Court, rule 1.11 makes the courts observe them on the preceding Friday (and a Sunday judicial holiday on the following Monday). The engine does not count that Friday for the CPRA: Code Civ. Proc. 12a counts "all holidays specified in Section 135", while the Friday is a day the Judicial Council designates for the courts\' observance under 135 ("the Judicial Council may designate an alternative day for observance of the holiday"); the agency\'s office is not closed by it, and a day closed only for the courts counts as a holiday only "insofar as the business of that office is concerned" (12b). The rule 1.11 reading is an alternative reading below.',
      "Code Civ. Proc. 12b: a day on which the agency's own office (city, county, state or other public office, other than a branch office) is closed for the whole day is a holiday for the roll-forward; a local agency that closes on the Friday before a Saturday holiday (e.g. 2026-07-03) should enter that day as a closure.",
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      "https://www.gov.ca.gov/category/proclamations/ (Governor's proclamations: a day appointed as a holiday under Gov. Code 6700(a)(17)(A))",
      'https://courts.ca.gov/ (Judicial Council court holiday calendar)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The CPRA periods are calendar days and only the last day can move: "If any city, county, state, or public office, other than a branch office, is closed for the whole of any day, insofar as the business of that office is concerned, that day shall be considered as a holiday for the purposes of computing time under Sections 12 and 12a."',
      citation: 'Code Civ. Proc. 12b, 12a',
    },
    alternatives: [
      {
        reading:
          'The day on which the courts observe a Saturday or Sunday judicial holiday under rule 1.11 (the preceding Friday; the following Monday) is itself a holiday "specified in Section 135" for the Code Civ. Proc. 12a roll-forward, because 135 provides for that "alternative day for observance of the holiday" (courts so treat it for filing deadlines, e.g. Friday, February 11, 2022 for Lincoln Day).',
        citation: 'Cal. Rules of Court, rule 1.11; Code Civ. Proc. 135, 12a',
        addHolidays: [
          fixed("New Year's Day (court observance, rule 1.11)", 1, 1, { observance: 'sat_fri', citation: CRC_111 }),
          fixed('Lincoln Day (court observance, rule 1.11)', 2, 12, { observance: 'sat_fri', citation: CRC_111 }),
          fixed('Cesar Chavez Day (court observance, rule 1.11)', 3, 31, {
            observance: 'sat_fri',
            from: '2001-01-01',
            citation: CRC_111,
          }),
          fixed('Juneteenth (court observance, rule 1.11)', 6, 19, {
            observance: 'sat_fri_sun_mon',
            from: '2023-01-01',
            citation: CRC_111,
          }),
          fixed('Independence Day (court observance, rule 1.11)', 7, 4, { observance: 'sat_fri', citation: CRC_111 }),
          fixed('Christmas Day (court observance, rule 1.11)', 12, 25, { observance: 'sat_fri', citation: CRC_111 }),
        ],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'Gov. Code 6253(c) (unchanged since before 2000); recodified without change as Gov. Code 7922.535 by AB 473 (Stats. 2021, ch. 614), operative 2023-01-01',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: "Within 10 days from receipt of the request, determine whether it seeks disclosable records in the agency's possession and promptly notify the requester of the determination and the reasons",
          citation: 'Gov. Code 7922.535(a) (former 6253(c)); Code Civ. Proc. 12, 12a',
          quote:
            'Each agency, upon a request for a copy of records, shall, within 10 days from receipt of the request, determine whether the request, in whole or in part, seeks copies of disclosable public records in the possession of the agency',
          quoteSource:
            'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535',
          uncertain:
            'The statute says "10 days"; California counts calendar days (Code Civ. Proc. 12: exclude the first day, include the last) and Code Civ. Proc. 12a(b) applies the roll-forward to periods set by any statute, so a 10th day on a Saturday, Sunday or judicial holiday moves to the next court day. The determination is due by then; production itself must follow "promptly" (7922.530) and has no fixed date.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 24, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: 'In unusual circumstances the agency may extend the 10-day limit by written notice setting the date of the determination; no notice may specify a date that would extend the period by more than 14 days (24 days after receipt)',
          citation: 'Gov. Code 7922.535(b) (former 6253(c)); Code Civ. Proc. 12, 12a',
          quote: 'No notice shall specify a date that would result in an extension for more than 14 days.',
          quoteSource:
            'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535',
          uncertain:
            'Counted as one period of 24 calendar days from receipt, rolled forward once. If the 10th day itself had rolled (e.g. to a Monday), an argument exists that the 14 days run from the rolled date; the engine gives the earlier date.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Cesar Chavez Day: the engine counts it from 2001-01-01 (first observed March 31, 2001); the chapter number of the 2000 enactment was not re-read.',
    'Native American Day: Gov. Code 6700 made it a state holiday from 2015-01-01 (AB 1973, 2014), which accidentally made it a judicial holiday until Code Civ. Proc. 135 excluded it; the exact 2015 treatment was not confirmed. The engine counts it only from 2022-01-01, when AB 855 made it a judicial holiday in place of Columbus Day.',
    'Juneteenth has no Sunday-to-Monday rule in Gov. Code 6701 (next relevant year 2033); the engine does not move it.',
    'Saturday judicial holidays: the Friday on which the courts observe them under rule 1.11 is not counted (see calendar notes); under the alternative reading a 10th or 24th day on that Friday (e.g. 2026-07-03) rolls to the next Monday, and the engine reports that date too. No appellate decision applying rule 1.11 to a non-court act under 12a was found.',
    "The current text of Code Civ. Proc. 135 was read as amended by AB 855 (2021); the later exclusions (Lunar New Year, Genocide Remembrance Day, Diwali) are taken from the bills' digests (AB 268, Stats. 2025, ch. 358) and summaries, not from the codified text.",
    'Requests are not deemed received on the next business day when received on a weekend; day 1 is the calendar day after actual receipt.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next day: Gov. Code 7922.535 counts "10 days from receipt of the request", and Code Civ. Proc. 12 excludes the day of receipt whatever the hour (searched Gov. Code 7922.500-7922.545 and Code Civ. Proc. 12-13).',
  sources: [
    'https://courts.ca.gov/cms/rules/index/one/rule1_11 (Cal. Rules of Court, rule 1.11)',
    'https://casetext.com/statute/california-codes/california-code-of-civil-procedure/division-preliminary-provisions/section-12a-last-day-for-performing-act-holiday',
    'https://casetext.com/statute/california-codes/california-code-of-civil-procedure/division-preliminary-provisions/section-12b-day-office-closed-considered-holiday',
    'https://calmatters.digitaldemocracy.org/bills/ca_202520260ab268 (AB 268, Diwali, Stats. 2025, ch. 358)',
    'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535',
    'http://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CCP&division=&title=1.&part=1.&chapter=6.&article=3',
    'https://legiscan.com/CA/text/AB855/2021 (CCP 135 as amended, Stats. 2021, ch. 283)',
    'https://www.einpresswire.com/article/639711297/judicial-branch-celebrates-first-juneteenth-state-holiday (AB 1655: Juneteenth a judicial holiday from 2023)',
    'https://law.onecle.com/california/government/6701.html (Gov. Code 6701)',
    'https://www.legalfina.com/en/laws/ca/government/general/miscellaneous/holidays (current Gov. Code 6700)',
    'https://www.litigationbythenumbers.com/native-american-day.html; http://www.metnews.com/articles/2014/holiday111014.htm',
    'https://www.calaveras.courts.ca.gov/general-information/location-hours-and-contact-info/court-holidays (2026 court holidays)',
    '/work/shared/jurisdictions.md (US-CA)',
  ],
};
