import { common, electionDay } from '../holiday-rules.js';
import type { ClockRule, HolidayRule, Jurisdiction } from '../types.js';

/** KRS 2.190 closes state offices on general election day in presidential election years only. */
const PRESIDENTIAL_ELECTION_DAY: HolidayRule = electionDay('Presidential Election Day', {
  years: 'presidential',
  citation: 'KRS 18A.190(1)(h); KRS 2.190',
});

const KY_EXTENSION: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'If the record is in active use, in storage or not otherwise available, the custodian must give a detailed explanation of the cause for further delay and the place, time and earliest date on which the record will be available; the Act sets no maximum',
  citation: 'KRS 61.872(5)',
};

const KY_APPEAL_FILING: ClockRule = {
  fixed: false,
  startsAt: 'adverse_determination',
  text: 'A requester may ask the Attorney General to review the denial by forwarding the request and the denial; the statute sets no time limit for doing so (except for persons confined in a penal facility: 20 days, KRS 197.025(3))',
  citation: 'KRS 61.880(2)(a); KRS 197.025(3)',
};

const KY_APPEAL_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 20, unit: 'business' }],
  text: 'The Attorney General issues a written decision within 20 days, excepting Saturdays, Sundays and legal holidays, after receiving the appeal',
  citation: 'KRS 61.880(2)(a)',
  uncertain:
    'In unusual circumstances the Attorney General may extend the 20 days by written notice by up to 30 more work days (KRS 61.880(2)(b)); the engine gives the unextended 20 business days.',
};

export const US_KY: Jurisdiction = {
  code: 'US-KY',
  name: 'Kentucky',
  lawName: 'Kentucky Open Records Act',
  lawCitation: 'KRS 61.870 to 61.884',
  calendar: {
    citation: 'KRS 18A.190(1) (days state offices are closed)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'KRS 18A.190(2) (a holiday on Saturday is observed the preceding Friday, one on Sunday the following Monday)',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Martin Luther King, Jr.'),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans(),
      PRESIDENTIAL_ELECTION_DAY,
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      "KRS 18A.190(1) also gives one extra day with New Year's Day, with Thanksgiving and with Christmas, chosen each year by the Governor (usually New Year's Eve, the Friday after Thanksgiving and Christmas Eve); add the designated days as closures.",
      'Good Friday is a half-day holiday (KRS 18A.190(1)(c)); offices are open in the morning, so it is counted as a business day. Add it as a closure if the agency closes all day.',
      'Juneteenth has been an executive-branch holiday since 2024 by executive order of the Governor (not by statute; KRS 2.147 only makes it a day of observance); add it as a closure for state executive agencies.',
      'KRS 2.110 lists further public holidays on which public offices "may be closed" (e.g. Lincoln\'s Birthday, Washington\'s Birthday, Columbus Day); they are not days state offices close by law and are not in the calendar. Add them as closures for a local agency that closes.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'KRS 61.880(1) as in force before 2021 (3 days)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'The agency shall determine within 3 days, excepting Saturdays, Sundays and legal holidays, after receipt of the request whether to comply, and notify the requester in writing within that period',
          citation: 'KRS 61.880(1) (pre-2021 text)',
        },
        extended_response: KY_EXTENSION,
        appeal_filing: KY_APPEAL_FILING,
        appeal_response: KY_APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2021-06-29',
      enactedBy: '2021 Ky. Acts (HB 312), effective June 29, 2021',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'The agency shall determine within 5 days, excepting Saturdays, Sundays and legal holidays, after receipt of the request whether to comply, and notify the requester in writing within that period',
          citation: 'KRS 61.880(1)',
        },
        extended_response: KY_EXTENSION,
        appeal_filing: KY_APPEAL_FILING,
        appeal_response: KY_APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Effective date of the change from 3 to 5 days: HB 312 (2021) is taken to be a non-emergency act effective June 29, 2021 (90 days after the 2021 session adjourned; other 2021 amendments to open-records sections show that date). The enacting chapter number was not confirmed.',
    'During the COVID-19 state of emergency, 2020 SB 150 allowed agencies 10 days to respond; that temporary rule (March 30, 2020 until the emergency ended in 2021) is not encoded, so due dates for requests in that period are the 3-day dates.',
    '"Legal holidays" in KRS 61.880 is read as the days state offices close by law under KRS 18A.190, not the longer KRS 2.110 list of days on which offices "may" close. A local agency that closes on KRS 2.110 days gets later dates; add those closures.',
    'The KRS 18A.190 holiday list is assumed unchanged since 2000 (its amendment history was not read).',
    "The statute sets no deadline to request Attorney General review (other than for inmates), so appeal_filing has no due date; the 30-day period in KRS 61.880(5) is for appealing the Attorney General's decision to circuit court and is not an administrative step.",
  ],
  sources: [
    'https://codelibrary.amlegal.com/codes/shively/latest/shively_ky/0-0-0-931 (KRS 61.880(1)-(2) as reproduced in a city code, 5-day text)',
    'http://laws9.com/statutes/kentucky/061-00/880 (KRS 61.880, 3-day text)',
    'https://cforigin.kyopengov.org/law/ag/2014/14-omd-202 (KRS 197.025(3))',
    'https://self-law.org/code/ky/18a-190',
    'https://self-law.org/code/ky/chapter-2/2-190',
    'https://self-law.org/code/ky/chapter-2/2-110',
    'https://kentucky.gov/Pages/Activity-stream.aspx?n=GovernorBeshear&prId=2188 (Juneteenth executive order, 2024)',
    'https://d1tvxue8o4w0fl.cloudfront.net/statute/kentucky-revised-statutes/title-3-executive-branch/chapter-15-department-of-law/officer-certification-and-training/section-15400-effect-of-krs-15380-to-15404-on-officers-employed-before-or-after-december-1-1998-exception-to-open-records-act (2021 amendment effective June 29, 2021)',
  ],
};
