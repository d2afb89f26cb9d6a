import { common } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const AG_ORDER = (citation: string): ClockRule => ({
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [
    {
      days: 7,
      unit: 'calendar',
      roll: true,
      rollCitation: 'ORS 174.120 (last day on a Saturday or legal holiday is excluded)',
    },
  ],
  text: 'The Attorney General (state agency) or district attorney (other public bodies) issues an order granting or denying the petition within seven days from the day the petition is received',
  citation,
  uncertain:
    'The statute says "seven days", not business days; the engine counts calendar days and moves a last day on a Saturday, Sunday or legal holiday to the next business day (ORS 174.120, whose own text speaks of the civil and criminal procedure statutes). Reading it as 7 business days would give a later date.',
});

const NO_PETITION_LIMIT = (citation: string): ClockRule => ({
  fixed: false,
  startsAt: 'adverse_determination',
  text: 'A person denied a record may petition the Attorney General (state agency records) or the district attorney of the county (other public bodies); the statute sets no time limit for the petition',
  citation,
});

export const US_OR: Jurisdiction = {
  code: 'US-OR',
  name: 'Oregon',
  lawName: 'Oregon Public Records Law',
  lawCitation: 'ORS 192.311 to 192.478',
  calendar: {
    citation: 'ORS 187.010(1)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'ORS 187.010(2) (a holiday on Sunday: the succeeding Monday; on Saturday: the preceding Friday)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington('Presidents Day'),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2022-01-01',
        citation: 'ORS 187.010(1)(f), as amended by Or. Laws 2021 (HB 2168), in force 90 days after the 2021 session',
      }),
      common.independence(),
      common.labor(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'The day after Thanksgiving is a paid holiday of State employees under HR policy 60.010.01 (ORS 240.551) but not a legal holiday; add it as a closure for state agencies that close.',
      'Days appointed as holidays by the Governor (ORS 187.020) are not listed; add them as closures.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before 2018 the custodian had to give a copy of the record or a reasonable opportunity to inspect it, with no number of days set for the response',
          citation: 'former ORS 192.420, 192.440 (before Or. Laws 2017, ch. 456)',
        },
        appeal_filing: NO_PETITION_LIMIT('former ORS 192.450, 192.460'),
        appeal_response: AG_ORDER('former ORS 192.450(1), 192.460'),
      },
    },
    {
      effectiveFrom: '2018-01-01',
      enactedBy: 'Or. Laws 2017, ch. 456 (SB 481)',
      clocks: {
        acknowledgment: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Within 5 business days after receiving a written request, the public body must acknowledge it (confirming whether it is the custodian) or complete its response',
          citation: 'ORS 192.324(2)',
        },
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [
            { days: 5, unit: 'business' },
            { days: 10, unit: 'business' },
          ],
          text: 'Not later than 10 business days after the date by which the acknowledgment is due (15 business days after receipt), the public body must complete its response or give a written statement that it is still processing the request with a reasonable estimated completion date',
          citation: 'ORS 192.329 (with ORS 192.324(2))',
          uncertain:
            'The 10 days run from the acknowledgment deadline, not from the actual acknowledgment (text read in the agency rules that copy the statute, e.g. OAR 658-050-0030(3)). The deadlines do not apply when staff are unavailable, compliance would impede necessary services, or many requests are pending (ORS 192.329 exceptions); fee estimates and clarification requests suspend the count (use pauses).',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'A public body that cannot complete its response within the period gives a reasonable estimated completion date; the law sets no cap (an unreasonably long estimate may be petitioned under ORS 192.407)',
          citation: 'ORS 192.329; ORS 192.407(1)(b)',
        },
        appeal_filing: NO_PETITION_LIMIT('ORS 192.411(1), 192.415, 192.407'),
        appeal_response: AG_ORDER('ORS 192.411(1), 192.415'),
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Effective date of Or. Laws 2017, ch. 456 taken as 2018-01-01 (secondary sources); the subsection numbers within ORS 192.329 were not confirmed, so the section is cited whole.',
    'The pre-2018 text (former ORS 192.420-192.470) was not read; the rule set rests on the renumbering table and the petition procedure, which the 2017 act carried over unchanged.',
    'The brief gave "7 business days" for the Attorney General; the statute text read (ORS 192.411(1)) says "within seven days from the day the Attorney General receives the petition". The engine follows the statute (see the clock\'s note).',
  ],
  sources: [
    'https://oregon.public.law/statutes/ors_192.329',
    'https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-324',
    'https://www.lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-407',
    'https://oregonstateauthority.com/laws/state_statute/192.427/',
    'https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030',
    'http://www.leg.state.or.us/ors/187.html',
    'https://www.oregonlegislature.gov/bills_laws/ors/ors187.html',
    'http://listsmart.osl.state.or.us/pipermail/osps-news/2021-June/001967.html',
    'https://oregonrealtors.org/news/tip-of-the-week/holidays/',
  ],
};
