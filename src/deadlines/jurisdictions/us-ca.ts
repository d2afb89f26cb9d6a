import { common, FRI, fixed, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const ROLL =
  'Code Civ. Proc. 12, 12a (a last day on a Saturday, Sunday or judicial holiday extends to the next day that is not)';

export const US_CA: Jurisdiction = {
  code: 'US-CA',
  name: 'California',
  lawName: 'California Public Records Act',
  lawCitation: 'Gov. Code 7920.000 et seq. (former Gov. Code 6250 et seq. before 2023-01-01)',
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
      'Not judicial holidays, so not in this calendar: Admission Day (Sept. 9), Good Friday noon-3 p.m., Lunar New Year and Genocide Remembrance Day (Gov. Code 6700 holidays excluded by Code Civ. Proc. 135), and days appointed by the Governor.',
      'When a judicial holiday falls on a Saturday (e.g. July 4, 2026; June 19 and December 25, 2027; January 1, 2028) the Judicial Council usually designates the preceding Friday as the court holiday. That designation is made year by year: add it as a closure (e.g. 2026-07-03) when it is published.',
      'Code Civ. Proc. 12b (a day the public office is closed for the whole day) can extend a last day further; add such office closures as closures.',
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
          uncertain:
            'The statute says "10 days"; California counts calendar days (Code Civ. Proc. 12: exclude the first day, include the last) and Code Civ. Proc. 12a(b) applies the roll-forward to periods set by any statute, so a 10th day on a Saturday, Sunday or judicial holiday moves to the next court day. The determination is due by then; production itself must follow "promptly" (7922.530) and has no fixed date.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 24, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: 'In unusual circumstances the agency may extend the 10-day limit by written notice setting the date of the determination; no notice may specify a date that would extend the period by more than 14 days (24 days after receipt)',
          citation: 'Gov. Code 7922.535(b) (former 6253(c)); Code Civ. Proc. 12, 12a',
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
    "Saturday judicial holidays are not moved by statute; the Judicial Council's annual alternative-day designations (usually the Friday before) are closures to add. Without them a 10th day on such a Friday is not rolled.",
    'Requests are not deemed received on the next business day when received on a weekend; day 1 is the calendar day after actual receipt.',
  ],
  sources: [
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
