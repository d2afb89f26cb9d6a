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
  quote:
    'unless a detailed explanation of the cause is given for further delay and the place, time and earliest date on which the public record will be available for inspection',
  quoteSource: 'https://codelibrary.amlegal.com/codes/plantationky/latest/plantation_ky/0-0-0-740 (KRS 61.872(5))',
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
  quote:
    'The Attorney General shall review the request and denial and issue within 20 days, excepting Saturdays, Sundays and legal holidays, a written decision',
  quoteSource: 'https://codelibrary.amlegal.com/codes/shively/latest/shively_ky/0-0-0-931 (KRS 61.880(2)(a))',
  uncertain:
    'In unusual circumstances the Attorney General may extend the 20 days by written notice by up to 30 more work days (KRS 61.880(2)(b)); the engine gives the unextended 20 business days.',
};

export const US_KY: Jurisdiction = {
  code: 'US-KY',
  name: 'Kentucky',
  lawName: 'Kentucky Open Records Act',
  lawCitation: 'KRS 61.870 to 61.884',
  timeZone: 'America/New_York',
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
      common.goodFriday('Good Friday (one-half day)', {
        citation: 'KRS 18A.190(1)(c) (state offices closed one-half day)',
        officesOpen: true,
      }),
    ],
    notes: [
      "KRS 18A.190(1) also gives one extra day with New Year's Day, with Thanksgiving and with Christmas: \"When one (1) extra day is mentioned ... the Governor shall designate the extra day\" (KRS 18A.190(2)). These days are holidays on which state offices are closed (Designation kind 'holiday'), but no official dated schedule for 2024, 2025 or 2026 could be read (the Personnel Cabinet schedule page was not available in the sources searched), so they are not yet in `designations` and `designationsThrough` is not set. Add them from the Personnel Cabinet schedule; do not assume the usual New Year's Eve, Friday after Thanksgiving and Christmas Eve. Searched again in December 2026 (Personnel Cabinet, Governor's announcements, Court of Justice and court-reporter reprints of the State holiday list, local news): still no dated list for 2024, 2025 or 2026.",
      'Weather closures of Executive Branch office buildings found for 2024 were partial days with agencies still serving the public by telecommuting (2024-01-12 from 1:00 p.m.; 2024-05-08 from 2:00 p.m.), so they are not designations (a designation closes a whole day).',
      'Good Friday is a half-day holiday (KRS 18A.190(1)(c)); offices are open in the morning. It is in the calendar as an officesOpen holiday that does not stop the count (openHolidays); the alternative reading excludes it.',
      'Juneteenth has been a state Executive Branch holiday "to give thanks" every June 19 since 2024 by executive order of the Governor (May 23, 2024), i.e. a day appointed by the Governor as a day of thanksgiving under KRS 2.110; it is in `designations` for 2024-2026 (KRS 2.147 alone only makes it a day of observance).',
      'A day of mourning declared by the Governor does not close public offices (KRS 2.200: it "shall in no way affect the operation of ... public offices, state agencies"), so it is never a designation.',
      'KRS 2.110 lists further public holidays on which public offices "may be closed" (e.g. Lincoln\'s Birthday, Washington\'s Birthday, Columbus Day); they are not days state offices close by law and are not in the calendar. Add them as closures for a local agency that closes.',
    ],
    designations: [
      {
        date: '2024-06-19',
        name: 'Juneteenth National Day of Freedom (state Executive Branch holiday)',
        kind: 'holiday',
        scope: 'state',
        citation:
          "Governor's executive order of 2024-05-23 (each June 19 a state Executive Branch holiday to give thanks); KRS 2.110",
        source: 'https://kentucky.gov/Pages/Activity-stream.aspx?n=GovernorBeshear&prId=2188',
      },
      {
        date: '2025-06-19',
        name: 'Juneteenth National Day of Freedom (state Executive Branch holiday)',
        kind: 'holiday',
        scope: 'state',
        citation:
          "Governor's executive order of 2024-05-23 (each June 19 a state Executive Branch holiday to give thanks); KRS 2.110",
        source: 'https://kentucky.gov/Pages/Activity-stream.aspx?n=GovernorBeshear&prId=2188',
      },
      {
        date: '2026-06-19',
        name: 'Juneteenth National Day of Freedom (state Executive Branch holiday)',
        kind: 'holiday',
        scope: 'state',
        citation:
          "Governor's executive order of 2024-05-23 (each June 19 a state Executive Branch holiday to give thanks); KRS 2.110",
        source: 'https://kentucky.gov/Pages/Activity-stream.aspx?n=GovernorBeshear&prId=2188',
      },
    ],
    designationSources: [
      "https://personnel.ky.gov/ (Personnel Cabinet: state holiday schedule with the Governor's extra days under KRS 18A.190)",
      "https://kentucky.gov/Pages/Activity-stream.aspx?n=GovernorBeshear (Governor's executive orders and announcements)",
      'https://kycourts.gov/ (the Administrative Office of the Courts has posted the yearly State holiday list, e.g. the 2018 list reprinted at https://taylorcourtreporters.com/louisville-court-reporters-have-2018-ky-state-holidays)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'KRS 61.880(1) counts "five (5) days, excepting Saturdays, Sundays, and legal holidays"; a day on which offices are closed by order without being made a holiday is not among the excepted days.',
      citation: 'KRS 61.880(1), (2)(a)',
    },
    openHolidays: {
      stops: false,
      reason:
        'Good Friday is a holiday for only "one-half (1/2) day" (KRS 18A.190(1)(c)); offices are open the other half, so the engine counts it as one of the five days rather than as a "legal holiday" excepted by KRS 61.880(1).',
      citation: 'KRS 18A.190(1)(c); KRS 61.880(1)',
    },
    alternatives: [
      {
        reading:
          'A day on which the office is "actually and legally closed" by order is not counted: KRS 446.030(1)(a) extends a period whose last day falls on such a day, and periods under seven days exclude intermediate non-working days',
        citation: 'KRS 446.030(1)(a)',
        flipExecutiveClosures: true,
      },
      {
        reading: 'The Good Friday half-day holiday is a "legal holiday" excepted from the five days',
        citation: 'KRS 18A.190(1)(c); KRS 61.880(1)',
        flipOpenHolidays: true,
      },
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
          quote:
            'shall determine within three (3) days (excepting Saturdays, Sundays, and legal holidays) after the receipt of any request whether to comply with the request',
          quoteSource:
            'https://codelibrary.amlegal.com/codes/unionky/latest/union_ky/0-0-0-749 (KRS 61.880 as reproduced in a city code)',
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
          quote:
            'Each public agency, upon any request for records made under KRS 61.870 to 61.884, shall determine within five days, excepting Saturdays, Sundays, and legal holidays, after the receipt of any such request whether to comply with the request',
          quoteSource:
            'https://codelibrary.amlegal.com/codes/shively/latest/shively_ky/0-0-0-931 (KRS 61.880(1) as reproduced in the Shively code)',
        },
        extended_response: KY_EXTENSION,
        appeal_filing: KY_APPEAL_FILING,
        appeal_response: KY_APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "The Governor's extra days under KRS 18A.190(1)(a), (i), (j) for 2024-2026 could not be read in an official schedule and are not encoded; until they are added, a response clock running over New Year's, Thanksgiving or Christmas may be one day early. This keeps verification partial.",
    'KRS 61.880 was read as reproduced in city codes (Shively, Union, Grayson), not on the Legislative Research Commission site.',
    'Dates are taken in the time zone of the capital, Frankfort (Eastern); the western half keeps Central Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'Effective date of the change from 3 to 5 days: HB 312 (2021) is taken to be a non-emergency act effective June 29, 2021 (90 days after the 2021 session adjourned; other 2021 amendments to open-records sections show that date). The enacting chapter number was not confirmed.',
    'During the COVID-19 state of emergency, 2020 SB 150 allowed agencies 10 days to respond; that temporary rule (March 30, 2020 until the emergency ended in 2021) is not encoded, so due dates for requests in that period are the 3-day dates.',
    '"Legal holidays" in KRS 61.880 is read as the days state offices close by law under KRS 18A.190, not the longer KRS 2.110 list of days on which offices "may" close. A local agency that closes on KRS 2.110 days gets later dates; add those closures.',
    'The KRS 18A.190 holiday list is assumed unchanged since 2000 (its amendment history was not read).',
    "The statute sets no deadline to request Attorney General review (other than for inmates), so appeal_filing has no due date; the 30-day period in KRS 61.880(5) is for appealing the Attorney General's decision to circuit court and is not an administrative step.",
  ],
  receiptNote:
    'No statute or regulation found deems a request received after business hours (or by e-mail after hours) to be received the next day; KRS 61.880(1) counts from "the receipt of any such request". Searched KRS 61.870-61.884, KRS 446.030 and 200 KAR 1:020 (not found in the sources read).',
  sources: [
    'https://codelibrary.amlegal.com/codes/unionky/latest/union_ky/0-0-0-749 (KRS 61.880(1), 3-day text)',
    'https://codelibrary.amlegal.com/codes/taylormill/latest/taylormill_ky/0-0-0-193 (KRS 446.030 as reproduced)',
    'https://print.casetext.com/statute/kentucky-revised-statutes/title-1-sovereignty-and-jurisdiction-of-the-commonwealth/chapter-2-citizenship-emblems-holidays-and-time/section-2200-declaration-of-day-of-mourning (KRS 2.200)',
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
