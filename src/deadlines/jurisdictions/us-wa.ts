import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_WA: Jurisdiction = {
  code: 'US-WA',
  name: 'Washington',
  lawName: 'Public Records Act',
  lawCitation: 'RCW 42.56 (RCW 42.17.250-.348 before 2006-07-01)',
  timeZone: 'America/Los_Angeles',
  calendar: {
    citation: 'RCW 1.16.050 (legal holidays)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'RCW 1.16.050: a legal holiday on Sunday is observed the following Monday; one on Saturday, the preceding Friday',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington("Presidents' Day"),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2021-07-25',
        citation: 'RCW 1.16.050, as amended by Laws of 2021, ch. 295',
      }),
      common.independence(),
      common.labor(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Native American Heritage Day (day after Thanksgiving)'),
      common.christmas(),
    ],
    notes: [
      'Columbus Day (October 12) is only a "legislatively recognized day" in Washington, which RCW 1.16.050 says may not be considered a legal holiday for any purpose; agencies are open.',
      'Each state employee also has a personal holiday (RCW 1.16.050(2)); that does not close an agency. A local agency closed on other days has non-business days this statewide calendar does not list.',
      "Designations: Washington's legal holidays are fixed by RCW 1.16.050, in which no provision for days designated by the Governor was found; agency closures have come only from budget furlough laws and directives (10 closure days in 2010-11 under ESSB 6503; furlough days ordered in 2020). For 2024, 2025 and 2026 no executive closure of state agencies was found (searched stored pages of the Governor, OFM and news of state agency closures and furloughs).",
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://ofm.wa.gov/state-human-resources (Office of Financial Management: state holidays, temporary layoff and closure days)',
      "https://governor.wa.gov/news (Governor's directives)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'RCW 42.56.520 counts "five business days"; a day on which the agency is closed by law or directive (as on the 2010-11 closure days) is not a business day of that agency.',
      citation: 'RCW 42.56.520(1)',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'RCW 42.17.320 (five business days, in force before 2000); recodified as RCW 42.56.520 by Laws of 2005, ch. 274, effective 2006-07-01',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Within five business days of receiving a request the agency must provide the record, provide a link to it, acknowledge the request with a reasonable estimate of the time needed, ask for clarification (with an estimate), or deny it',
          citation: 'RCW 42.56.520(1) (former RCW 42.17.320)',
          quote:
            'Within five business days of receiving a public record request, an agency, the office of the secretary of the senate, or the office of the chief clerk of the house of representatives must respond in one of the ways provided in this subsection (1)',
          quoteSource: 'https://instalawyer.io/laws/revised-code-of-washington/4256520-prompt-responses-required',
          uncertain:
            "An acknowledgment with a reasonable estimate satisfies this clock; the later production date is the agency's estimate (see extended_response).",
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Additional time may be based on the need to clarify, locate and assemble records, notify affected third persons or decide whether records are exempt; the agency gives a reasonable estimate and the statute sets no maximum',
          citation: 'RCW 42.56.520(2)',
          quote:
            'Additional time required to respond to a request may be based upon the need to clarify the intent of the request, to locate and assemble the information requested, to notify third persons or agencies affected by the request',
          quoteSource: 'https://instalawyer.io/laws/revised-code-of-washington/4256520-prompt-responses-required',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'Agencies must establish a procedure for prompt review of denials; the statute sets no time for asking for review (agency rules may). State-agency denials may also be referred to the Attorney General for review (RCW 42.56.530)',
          citation: 'RCW 42.56.520(4); 42.56.530',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 2, unit: 'business' }],
          text: 'The agency review is deemed completed at the end of the second business day following the denial of inspection, which is final agency action for judicial review',
          citation: 'RCW 42.56.520(4) (former RCW 42.17.320)',
          uncertain:
            'The statute counts from the denial, not from the petition for review: enter the date of the denial. Agency rules often count 2 business days from receipt of the petition instead.',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    "No statute deems a request received after business hours to be received the next business day. Some state agencies' own rules do (e.g. WAC 182-04-025(2)(b), Health Care Authority: a request received after 5:00 p.m. or on a weekend or holiday is treated as received the next business day; WAC 468-06-080(1), Department of Transportation), but there is no statewide rule, so none is encoded; for such an agency enter the deemed receipt date.",
  uncertain: [
    'RCW 42.56.520(4) (review deemed complete at the end of the second business day after the denial) was read in the 2022 WAC 44-14 model rule, not in the statute text; 42.56.520(1)-(2) were read (research copy).',
    'Juneteenth is a legal holiday from Laws of 2021, ch. 295 (effective 2021-07-25); the first one observed was Monday, June 20, 2022.',
    'The day after Thanksgiving has been a state holiday throughout the period; the 2015 renaming to Native American Heritage Day did not change the date.',
    'Receipt on a weekend or holiday is not deemed next-business-day receipt by statute (some agency rules do so; add a closure or enter the deemed date).',
    'RCW 1.16.050 was read in a pre-2021 text on apps.leg.wa.gov (list of holidays, Native American Heritage Day, Columbus Day and Juneteenth as recognized days) and Laws of 2021, ch. 295 (Juneteenth a legal holiday, effective July 25, 2021) in its enrollment certificate; the weekend rule (Sunday -> Monday, Saturday -> Friday) was not re-read.',
  ],
  sources: [
    'https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520',
    'https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2014%20%20CHAPTER/WAC%20%2044%20-%2014%20-08001.htm (review deemed complete two business days after the denial)',
    'https://www.co.lincoln.wa.us/public-records/how-are-the-five-business-days-calculated-when-responding-to-a-public-records-request/',
    'http://apps.leg.wa.gov/RCW/default.aspx?cite=1.16.050',
    'https://fastdemocracy.com/bill-summary/?billsummary_state=wa&billsummary_id=WAB00012115&billsummary_session=2021-2022 (SHB 1016, Laws of 2021, ch. 295, effective July 25, 2021)',
    'https://instalawyer.io/laws/revised-code-of-washington/4256520-prompt-responses-required (RCW 42.56.520)',
    'https://app.leg.wa.gov/wac/default.aspx?cite=182-04-025; https://www.law.cornell.edu/regulations/washington/WAC-468-06-080 (agency after-hours rules)',
    'https://www.tacomadailyindex.com/blog/washington-state-agencies-to-close-july-12/1801467/ (2010-11 closure days)',
  ],
};
