import { common, FRI, last } from '../holiday-rules.js';
import type { Designation, Jurisdiction } from '../types.js';

/**
 * A day on which a presidential order closes federal agencies is a paid holiday of State employees:
 * 84-1001(3) counts "all days declared by law or proclamation of the President or Governor to be
 * holidays", and the Attorney General reads a presidential closing order that way (Op. 97063).
 */
function presidentialDay(date: string, name: string, order: string, source: string): Designation {
  return {
    date,
    name,
    kind: 'holiday',
    scope: 'state',
    citation: `Neb. Rev. Stat. 84-1001(3); Op. Att’y Gen. No. 97063 (1997); ${order}`,
    source,
  };
}

const HOLIDAYS = 'Neb. Rev. Stat. 25-2221; 84-1001(3)';

export const US_NE: Jurisdiction = {
  code: 'US-NE',
  name: 'Nebraska',
  lawName: 'Public Records Statutes',
  lawCitation: 'Neb. Rev. Stat. 84-712 to 84-712.09',
  timeZone: 'America/Chicago',
  calendar: {
    citation: HOLIDAYS,
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Neb. Rev. Stat. 84-1001(4) and 25-2221 (a holiday on Sunday: the following Monday; on Saturday: the preceding Friday)',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Martin Luther King, Jr.'),
      common.washington("President's Day"),
      last('Arbor Day', 4, FRI),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation:
          'Neb. Rev. Stat. 84-1001(3) (paid holidays include days declared holidays by law of the President or Governor) from the federal act of 2021-06-17; now listed in 25-2221',
      }),
      common.independence(),
      common.labor(),
      common.columbus("Indigenous Peoples' Day and Columbus Day"),
      common.veterans(),
      common.thanksgiving(),
      common.dayAfterThanksgiving('The day after Thanksgiving'),
      common.christmas(),
    ],
    notes: [
      'State offices also close on "all days declared by law or proclamation of the President or Governor to be holidays" (84-1001(3)); the Attorney General holds that a presidential order closing federal agencies makes the day a paid State holiday (Op. 97063, 1997), and Governors have closed State offices on each such day (e.g. 2012-12-24, 2018-12-05 day of mourning, 2019-12-24, 2020-12-24). Designations: the presidential closing orders of 2024-12-24 (EO 14129), 2025-01-09 (EO 14133, day of mourning for President Carter), 2025-12-24 and 2025-12-26 (order of 2025-12-18), encoded as State holidays. The Governor’s own 2024-2025 announcements were not found in the stored sources; the dates rest on the statute, the Attorney General’s opinion and the federal orders. No Governor-only proclamation of a holiday was found for 2024-2026; no 2026 presidential closing order was found (searched through the stored sources), so designations are complete through 2025.',
      'Courts close on "all days declared by law or proclamation of the Governor to be holidays" (25-2221) but not automatically on presidential days: on the 2018-12-05 day of mourning State offices closed while courts, county court clerks and probation offices stayed open. The 15-day Attorney General review rolls under 25-2221; the engine treats the designations above as holidays for every clock.',
      'For Veterans Day on a weekend the Governor may declare either the preceding Friday or the following Monday (84-104.01); the engine uses Friday for Saturday and Monday for Sunday.',
      'Political subdivisions may keep their own calendars; the list above is the state one (courts and state agencies).',
    ],
    designations: [
      presidentialDay(
        '2024-12-24',
        'Christmas Eve (federal closing order)',
        'Executive Order 14129 of 2024-12-19 (89 FR 104857)',
        'https://usregs.ai/regulations/2024-31143-providing-for-the-closing-of-executive-departments-and-agencies-of-the-federal-government-on-december-24-2024',
      ),
      presidentialDay(
        '2025-01-09',
        'National Day of Mourning for President Carter (federal closing order)',
        'Executive Order 14133 of 2024-12-30 (90 FR 187)',
        'https://regulations.justia.com/regulations/fedreg/2025/01/03/2024-31766.html',
      ),
      presidentialDay(
        '2025-12-24',
        'Christmas Eve (federal closing order)',
        'Executive Order of 2025-12-18 (federal closing, December 24 and 26, 2025)',
        'https://www.directivewatch.com/article/presidential-actions-closure-of-federal-agencies-dec-24-26-2025-18-12-25',
      ),
      presidentialDay(
        '2025-12-26',
        'Day after Christmas (federal closing order)',
        'Executive Order of 2025-12-18 (federal closing, December 24 and 26, 2025)',
        'https://www.directivewatch.com/article/presidential-actions-closure-of-federal-agencies-dec-24-26-2025-18-12-25',
      ),
    ],
    designationsThrough: 2025,
    designationSources: [
      'https://www.federalregister.gov/presidential-documents/executive-orders (presidential orders closing federal agencies, which 84-1001(3) makes State holidays)',
      'https://governor.nebraska.gov/press-releases (Governor’s announcements and proclamations of State office closures)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The custodian has "four business days after actual receipt of the request" (84-712(4)); the term is not defined, and State employees do no regular work on paid holidays, Saturdays or Sundays (84-1001(2)). A day the agency’s offices are closed by executive order is read as not a business day.',
      citation: 'Neb. Rev. Stat. 84-712(4); 84-1001(2)',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-07-13',
      enactedBy: 'Laws 2000, LB 628',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 4, unit: 'business' }],
          text: 'As soon as practicable and without delay, but not more than four business days after actual receipt of the request: make the records available, give a written denial, or explain in writing why the request cannot be fulfilled within four business days',
          citation: 'Neb. Rev. Stat. 84-712(4)',
          quote:
            'the custodian of such record shall provide to the requester as soon as is practicable and without delay, but not more than four business days after actual receipt of the request, an estimate of the expected cost of the copies and either (a) access to or, if copying equipment is reasonably available, copies of the public record',
          quoteSource:
            'https://www.muckrock.com/place/united-states-of-america/nebraska/exemption/constructive-denial-44/ (quoting 84-712(4); the official text was not read)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If the request cannot be fulfilled within four business days because of significant difficulty or its extent, the custodian gives the earliest practicable date for fulfilling it, with a cost estimate and an opportunity to narrow it; there is no cap',
          citation: 'Neb. Rev. Stat. 84-712(4)(c)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A person denied access (or charged a disputed fee) may petition the Attorney General to review the matter; the statute sets no time limit for the petition',
          citation: 'Neb. Rev. Stat. 84-712.03(1)(b)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 15, unit: 'calendar', roll: true, rollCitation: 'Neb. Rev. Stat. 25-2221' }],
          text: 'The Attorney General determines the petition within 15 calendar days after it is submitted',
          citation: 'Neb. Rev. Stat. 84-712.03(1)(b)',
          uncertain:
            '25-2221 rolls a last day on a Saturday, Sunday or day the courts may be closed to the next open day "in any action or proceeding"; the engine applies it to the Attorney General’s review. Without it a 15th day on a weekend would not move.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Dates are taken in the time zone of the capital, Lincoln (Central); the western panhandle keeps Mountain Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'Effective date: the four-business-day rule (84-712(4)) and the Attorney General’s 15-day review are taken as enacted by LB 628 (2000), operative 2000-07-13 (three months after adjournment); not confirmed from the session law. Requests before that date get no rule (422).',
    'Juneteenth: state offices closed from 2021 under 84-1001(3) (holidays declared by federal law; Governor’s proclamations of 2021); the amendment adding it to the 25-2221 list was not identified. Encoded from 2021-06-17.',
    '84-712(4) was read only as quoted by MuckRock and summarized in the Attorney General’s outline, and 84-712.03 (the 15-day Attorney General review) only in secondary summaries; the official texts were not read, so both stay unconfirmed.',
    'Designations for 2024-2025 rest on 84-1001(3), Op. Att’y Gen. 97063 and the federal closing orders; the Governor’s own announcements for those days were not found. They are State-agency holidays only (counties and cities keep their own calendars; courts stayed open on the 2018 day of mourning).',
    'Roll-forward of the Attorney General’s 15th day under 25-2221 ("action or proceeding") is an interpretation.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; the period runs from "actual receipt of the request" (84-712(4)). Searched Neb. Rev. Stat. 84-712 to 84-712.09, 25-2221 and 84-1001 and the Attorney General’s public records outline.',
  sources: [
    'https://nebraskalegislature.gov/laws/statutes.php?statute=25-2221&print=true',
    'https://legalfix.com/statutes/state-codes/nebraska/chapter-25/statute-25-2221 (25-2221 text: computation of time, nonjudicial days, federal holiday schedule)',
    'https://supremecourt.nebraska.gov/book/export/html/19741 (Judicial Branch holiday list under 25-2221, with Juneteenth)',
    'http://ago.nebraska.gov/ag_opinion_view?oid=2323 (Op. Att’y Gen. No. 97063: State holidays created by presidential order)',
    'https://www.custercountychief.com/content/flags-fly-half-staff-state-offices-closed-dec-5-national-day-mourning (2018 day of mourning: State offices closed, courts open)',
    'https://nebraskalegislature.gov/laws/statutes.php?statute=84-1001',
    'https://nebraskalegislature.gov/laws/statutes.php?statute=84-104.01&print=true',
    'https://www.nebraskalegislature.gov/laws/statutes.php?statute=84-712.04',
    'https://ago.nebraska.gov/open-government',
    'https://ago.nebraska.gov/public_records/statutes',
    'https://www.einpresswire.com/article/544106486/state-offices-to-close-june-18th-to-observe-juneteenth',
  ],
};
