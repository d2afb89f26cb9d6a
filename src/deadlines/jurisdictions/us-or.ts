import { common } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const DAY_AFTER_THANKSGIVING =
  'State HR Policy 60.010.01 (Holidays), under ORS 240.551: the day after Thanksgiving is a paid holiday of State employees';

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
  quote:
    'the Attorney General shall issue an order denying or granting the petition, or denying it in part and granting it in part, within seven days from the day the Attorney General receives the petition',
  quoteSource: 'https://oregonstateauthority.com/laws/state_statute/192.427/ (text of ORS 192.411(1) shown there)',
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
  timeZone: 'America/Los_Angeles',
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
      'The day after Thanksgiving is a paid holiday of State employees under State HR Policy 60.010.01 (made under ORS 240.551) but not a legal holiday under ORS 187.010; it is in `designations` as a closure of state agencies for 2024-2027 (the policy is standing). Local public bodies set their own schedules.',
      'Designations: ORS 187.020 makes "(1) Every day appointed by the Governor as a holiday" a legal holiday, and a day the President appoints "only when the Governor also appoints that day as a holiday". No day appointed by Governor Kotek was found for 2024, 2025 or 2026 (searched: Oregon State Payroll Services news list, DAS HR holiday pages, news of the 2024-12-24, 2025-01-09, 2025-12-24 and 2025-12-26 federal closures); the federal closures are not Oregon holidays without such an appointment.',
    ],
    designations: [
      {
        date: '2024-11-29',
        name: 'Day after Thanksgiving (2024)',
        kind: 'closure',
        scope: 'state',
        citation: DAY_AFTER_THANKSGIVING,
        source: 'https://oregonrealtors.org/news/tip-of-the-week/holidays/',
      },
      {
        date: '2025-11-28',
        name: 'Day after Thanksgiving (2025)',
        kind: 'closure',
        scope: 'state',
        citation: DAY_AFTER_THANKSGIVING,
        source: 'https://oregonrealtors.org/news/tip-of-the-week/holidays/',
      },
      {
        date: '2026-11-27',
        name: 'Day after Thanksgiving (2026)',
        kind: 'closure',
        scope: 'state',
        citation: DAY_AFTER_THANKSGIVING,
        source: 'https://oregonrealtors.org/news/tip-of-the-week/holidays/',
      },
      {
        date: '2027-11-26',
        name: 'Day after Thanksgiving (2027)',
        kind: 'closure',
        scope: 'state',
        citation: DAY_AFTER_THANKSGIVING,
        source: 'https://oregonrealtors.org/news/tip-of-the-week/holidays/',
      },
    ],
    designationsThrough: 2026,
    designationSources: [
      'https://www.oregon.gov/das/HR/Pages/policies.aspx (State HR Policy 60.010.01, Holidays)',
      "https://www.oregon.gov/gov/eo (Governor's executive orders and proclamations appointing a holiday under ORS 187.020)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'ORS 192.324(2) and 192.329 count "business days" and the public records law does not define the term; a day on which the public body\'s offices are closed by the State\'s holiday policy is read as not a business day of that body.',
      citation: 'ORS 192.324(2); ORS 192.329; ORS 240.551',
    },
    alternatives: [
      {
        reading:
          'A business day is any day other than a Saturday or a legal holiday under ORS 187.010/187.020, so the day after Thanksgiving (an HR-policy holiday, not a legal holiday) counts',
        citation:
          'ORS 187.010(1) (the legal holidays); "business day" is undefined in ORS 192.311-192.478 (the Oregon REALTOR forms, for example, define it as a day other than Saturday, Sunday or an ORS 187.010 holiday)',
        flipExecutiveClosures: true,
      },
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
          quote:
            "the public body shall within five business days after receiving the request acknowledge receipt of the request or complete the public body's response to the request",
          quoteSource: 'https://lexace.ai/us/statute/oregon/ORS-192.324',
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
          quote:
            'As soon as reasonably possible but not later than 10 business days after the date by which the commission is required to acknowledge receipt of the request the commission shall: (a) Complete its response to the public records request; or (b) Provide a written statement that the commission is still processing the request',
          quoteSource:
            'https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030 (agency rule restating ORS 192.329; the statute\'s "as soon as reasonably possible but not later than 10 business days" is quoted at https://oregonlitigationattorney.com/oregon-public-records-law-e-book-by-attorney/when-and-how-must-the-public-body-respond-to-my-public-records-request/)',
          uncertain:
            'The subsection of ORS 192.329 that sets the 10 business days was not read in the statute itself (the copies read, oregon.public.law and flawfinder.ai, were cut off after subsection (3)); its words are taken from the agency rule that restates it (OAR 658-050-0030(3)) and a quotation of the statute. The 10 days run from the acknowledgment deadline, not from the actual acknowledgment. The deadlines do not apply when staff are unavailable, compliance would impede necessary services, or many requests are pending (ORS 192.329 exceptions); fee estimates and clarification requests suspend the count (use pauses).',
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
    'Dates are taken in the time zone of the capital, Salem (Pacific); most of Malheur County keeps Mountain Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'Effective date of Or. Laws 2017, ch. 456 taken as 2018-01-01 (secondary sources); the subsection numbers within ORS 192.329 were not confirmed, so the section is cited whole.',
    'The pre-2018 text (former ORS 192.420-192.470) was not read; the rule set rests on the renumbering table and the petition procedure, which the 2017 act carried over unchanged.',
    "Current rule set: the acknowledgment (ORS 192.324(2)), the Attorney General's 7 days (ORS 192.411(1)) and the calendar (ORS 187.010 with Juneteenth, 187.020) were read in statute text; the 10-business-day subsection of ORS 192.329 was read only as restated in OAR 658-050-0030(3), so verification stays partial.",
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
    'https://lexace.ai/us/statute/oregon/ORS-192.324',
    'https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030',
    'https://courtgpt.ai/laws/oregon/volume-05/chapter-187/section-187-020',
    'https://fast.hugflare.com/datasets/justicedao/ipfs_state_admin_rules/blob/main/OR/parsed/jsonld/ors187.jsonld (ORS 187.010 current text from oregonlegislature.gov, with Juneteenth)',
  ],
  receiptNote:
    "No statute or rule deems a request received after business hours to be received the next business day: ORS 192.324 and 192.329 and the agency rules that restate them (e.g. OAR 658-050-0030, 646-020-0030) were searched; the clock runs from receipt by the individual named in the public body's procedure (ORS 192.324(7)(a)).",
};
