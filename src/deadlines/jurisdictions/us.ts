import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const FOIA_APPEAL_RESPONSE = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 20, unit: 'business' }],
  text: 'Determination on an appeal within 20 days (excepting Saturdays, Sundays and legal public holidays) after its receipt',
  citation: '5 U.S.C. 552(a)(6)(A)(ii)',
} as const;

const FOIA_CLOCKS = {
  response: {
    fixed: true,
    startsAt: 'receipt',
    segments: [{ days: 20, unit: 'business' }],
    text: 'Determination within 20 days (excepting Saturdays, Sundays and legal public holidays) after receipt of the request',
    citation: '5 U.S.C. 552(a)(6)(A)(i)',
  },
  extended_response: {
    fixed: true,
    startsAt: 'receipt',
    segments: [{ days: 30, unit: 'business' }],
    text: 'In unusual circumstances, written notice may extend the 20 working days by no more than 10 working days (30 working days after receipt)',
    citation: '5 U.S.C. 552(a)(6)(A)(i), (a)(6)(B)(i)',
  },
  appeal_response: FOIA_APPEAL_RESPONSE,
  expedited_decision: {
    fixed: true,
    startsAt: 'receipt',
    segments: [{ days: 10, unit: 'calendar' }],
    text: 'Where the request asks for expedited processing (compelling need, certified true and correct), a determination whether to provide it, with notice to the requester, within 10 days after the date of the request',
    citation: '5 U.S.C. 552(a)(6)(E)(ii)(I); 28 CFR 16.5(e)(4) ("within 10 calendar days of its receipt")',
    quote:
      'a determination of whether to provide expedited processing shall be made, and notice of the determination shall be provided to the person making the request, within 10 days after the date of the request',
    quoteSource: 'https://www.law.cornell.edu/uscode/text/5/552',
    uncertain:
      'The statute says "10 days" and agencies read them as calendar days (DOJ: 28 CFR 16.5(e)(4)); no statute rolls a tenth day on a weekend or holiday forward, so the engine does not.',
  },
} as const;

export const US: Jurisdiction = {
  code: 'US',
  name: 'United States (federal)',
  lawName: 'Freedom of Information Act',
  lawCitation: '5 U.S.C. 552',
  timeZone: 'America/New_York',
  calendar: {
    citation: '5 U.S.C. 6103(a)',
    observance: 'sat_fri_sun_mon',
    observanceCitation: '5 U.S.C. 6103(b); Executive Order 11582',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Martin Luther King, Jr.'),
      common.washington(),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation: '5 U.S.C. 6103(a), as amended by Pub. L. 117-17 (June 17, 2021)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Inauguration Day (5 U.S.C. 6103(c)) is a holiday only for employees in the District of Columbia area; it is not counted for agencies in general. Add it as a closure for an agency that observes it.',
      'Executive Orders that close executive departments and agencies are listed below from the Federal Register; a lapse in appropriations (shutdown) is not an order closing agencies: add it as a closure if it should count.',
    ],
    designations: [
      {
        date: '2014-12-26',
        name: 'Day after Christmas (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation: 'Executive Order 13682 of December 5, 2014 (79 FR 73457)',
        source: 'https://regulations.justia.com/regulations/fedreg/2014/12/10/2014-29121.html',
      },
      {
        date: '2018-12-24',
        name: 'Christmas Eve (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation: 'Executive Order 13854 of December 18, 2018 (83 FR 65481)',
        source: 'https://regulations.vlex.com/vid/providing-for-the-closing-774576449',
      },
      {
        date: '2019-12-24',
        name: 'Christmas Eve (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Executive Order of December 18, 2019, Providing for the Closing of Executive Departments and Agencies on December 24, 2019',
        source: 'https://federal-newsgroup.blogspot.com/2019/12/executive-order-on-providing-for.html',
      },
      {
        date: '2020-12-24',
        name: 'Christmas Eve (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Executive Order of December 11, 2020, Providing for the Closing of Executive Departments and Agencies on December 24, 2020',
        source:
          'https://theepochtimes.com/president-trump-makes-christmas-eve-a-federal-holiday-except-for-certain-employees_3617589.html',
      },
      {
        date: '2024-12-24',
        name: 'Christmas Eve (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation: 'Executive Order 14129 (89 FR 104857)',
        source:
          'https://usregs.ai/regulations/2024-31143-providing-for-the-closing-of-executive-departments-and-agencies-of-the-federal-government-on-december-24-2024',
      },
      {
        date: '2025-01-09',
        name: 'National Day of Mourning for President Carter (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation: 'Executive Order 14133 of December 30, 2024 (90 FR 187)',
        source: 'https://regulations.justia.com/regulations/fedreg/2025/01/03/2024-31766.html',
      },
      {
        date: '2025-12-24',
        name: 'Christmas Eve (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation: 'Executive Order 14371 of December 18, 2025',
        source: 'https://www.govwatch.app/president/actions/view/b71caae0-20ba-4dbb-be02-06820fdcea1d',
      },
      {
        date: '2025-12-26',
        name: 'Day after Christmas (agencies closed by Executive Order)',
        kind: 'closure',
        scope: 'state',
        citation: 'Executive Order 14371 of December 18, 2025',
        source: 'https://www.govwatch.app/president/actions/view/b71caae0-20ba-4dbb-be02-06820fdcea1d',
      },
    ],
    designationsThrough: 2025,
    designationSources: [
      'Federal Register, Presidential Documents: "Providing for the Closing of Executive Departments and Agencies"',
      'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The FOIA excepts only "Saturdays, Sundays, and legal public holidays", and the legal public holidays are the ones 5 U.S.C. 6103(a) names; an order closing agencies treats the day like a holiday for pay and leave only (each order: "insofar as they relate to the pay and leave of employees")',
      citation: '5 U.S.C. 552(a)(6)(A)(i); 5 U.S.C. 6103(a)',
    },
    alternatives: [
      {
        reading:
          'a day on which every executive agency is closed by Executive Order is not a working day, so it is excepted like a holiday (many agencies count it so; the statute does not say)',
        citation: '5 U.S.C. 552(a)(6)(A)(i) ("working days"); DOJ OIP, Calculating FOIA response times',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '1997-10-02',
      enactedBy: 'Electronic Freedom of Information Act Amendments of 1996, Pub. L. 104-231',
      clocks: {
        ...FOIA_CLOCKS,
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'Before the FOIA Improvement Act of 2016 the statute set no appeal period; each agency set its own by regulation',
          citation: '5 U.S.C. 552(a)(6)(A)(i) (1996 text)',
        },
      },
    },
    {
      effectiveFrom: '2016-06-30',
      enactedBy: 'FOIA Improvement Act of 2016, Pub. L. 114-185',
      clocks: {
        ...FOIA_CLOCKS,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 90, unit: 'calendar' }],
          text: 'The requester may appeal within a period of not less than 90 days after the date of the adverse determination',
          citation: '5 U.S.C. 552(a)(6)(A)(i)(III)(aa); 28 CFR 16.8(a)',
          uncertain:
            'The statute has no rule for a 90th day that falls on a weekend or holiday; the engine does not roll it forward (file by the earlier date).',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'Requests received on a weekend or holiday: the statute counts 20 working days after receipt; some agency regulations deem such receipt to be the next business day (one more day). The engine follows the statute.',
    'Days on which Executive Orders close the agencies (Christmas Eve 2024, 9 January 2025, 24 and 26 December 2025) are not legal public holidays: the engine counts them, as the statute reads, and gives the later date that excepting them yields as an alternative.',
    'The 20 days start when the proper component receives the request, but no later than 10 working days after any designated component receives it (552(a)(6)(A)(ii)); enter the date the clock started.',
  ],
  receiptNote:
    'No statute deems a request received after business hours to be received the next day; some agency regulations do (e.g. a request received after 5 p.m. is logged the next business day), and the engine follows the statute.',
  sources: [
    'https://www.law.cornell.edu/uscode/text/5/552',
    'https://www.law.cornell.edu/uscode/text/5/6103',
    'https://www.justice.gov/oip/blog/calculating-foia-response-times-after-government-shutdown',
  ],
};
