import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_WA: Jurisdiction = {
  code: 'US-WA',
  name: 'Washington',
  lawName: 'Public Records Act',
  lawCitation: 'RCW 42.56 (RCW 42.17.250-.348 before 2006-07-01)',
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
      'Columbus Day (second Monday in October) is only a "legislatively recognized day" in Washington, not a legal holiday; agencies are open.',
      'Each state employee also has a personal holiday (RCW 1.16.050); that does not close an agency. Local agencies that close on other days: add closures.',
    ],
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
          uncertain:
            "An acknowledgment with a reasonable estimate satisfies this clock; the later production date is the agency's estimate (see extended_response).",
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Additional time may be based on the need to clarify, locate and assemble records, notify affected third persons or decide whether records are exempt; the agency gives a reasonable estimate and the statute sets no maximum',
          citation: 'RCW 42.56.520(2)',
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
  uncertain: [
    'Juneteenth is a legal holiday from Laws of 2021, ch. 295 (effective 2021-07-25); the first one observed was Monday, June 20, 2022.',
    'The day after Thanksgiving has been a state holiday throughout the period; the 2015 renaming to Native American Heritage Day did not change the date.',
    'Receipt on a weekend or holiday is not deemed next-business-day receipt by statute (some agency rules do so; add a closure or enter the deemed date).',
    'RCW 1.16.050 was checked through the shared research notes; its current text was not re-read here.',
  ],
  sources: [
    'https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520',
    'https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2014%20%20CHAPTER/WAC%20%2044%20-%2014%20-08001.htm (review deemed complete two business days after the denial)',
    'https://www.co.lincoln.wa.us/public-records/how-are-the-five-business-days-calculated-when-responding-to-a-public-records-request/',
    'https://apps.leg.wa.gov/rcw/default.aspx?cite=1.16.050 (via /work/shared/jurisdictions.md)',
  ],
};
