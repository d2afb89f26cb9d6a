import { common, electionDay } from '../holiday-rules.js';
import type { HolidayRule, Jurisdiction } from '../types.js';

const HOLIDAYS = 'MCA 1-1-216';
const OLD_RULE = 'MCA 1-1-216(2) before Ch. 131, L. 2013 (only a Sunday holiday moved, to Monday)';

/**
 * Before the 2013 amendment a fixed-date holiday on a Saturday stayed on Saturday; since then it is
 * observed the preceding Friday. No fixed-date holiday fell on a weekend in 2013, so the switch date
 * within 2013 does not change any observed date.
 */
function fixedDate(
  make: (name?: string, extra?: Omit<HolidayRule, 'name' | 'date'>) => HolidayRule,
  name: string,
): HolidayRule[] {
  return [
    make(name, { until: '2012-12-31', observance: 'sun_mon', citation: OLD_RULE }),
    make(name, { from: '2013-01-01' }),
  ];
}

const ACK = 'MCA 2-6-1006(3) (as amended by Ch. 439, L. 2023)';

export const US_MT: Jurisdiction = {
  code: 'US-MT',
  name: 'Montana',
  lawName: 'Right to Know (Mont. Const. art. II, § 9) and public records statutes',
  lawCitation: 'MCA Title 2, ch. 6, parts 10-12',
  timeZone: 'America/Denver',
  calendar: {
    citation: HOLIDAYS,
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'MCA 1-1-216(2) as amended by Ch. 131, L. 2013 (Sunday holiday: the Monday following; Saturday holiday: the Friday preceding). Before 2013 only Sunday holidays moved.',
    holidays: [
      ...fixedDate(common.newYear, "New Year's Day"),
      common.mlk('Martin Luther King Jr. Day'),
      common.washington("Presidents' Day (Lincoln's and Washington's Birthdays)"),
      common.memorial(),
      ...fixedDate(common.independence, 'Independence Day'),
      common.labor(),
      common.columbus("Indigenous Peoples' Day and Columbus Day"),
      ...fixedDate(common.veterans, "Veterans' Day"),
      common.thanksgiving(),
      ...fixedDate(common.christmas, 'Christmas Day'),
      electionDay('State general election day', { years: 'even' }),
    ],
    notes: [
      'Every Sunday is also a legal holiday (1-1-216(1)(a)); weekends are never business days in the engine anyway.',
      'State general election day is encoded for even-numbered years (statewide general elections, MCA 13-1-104(2)); odd-year municipal elections are not the state general election.',
      'Juneteenth is not a Montana legal holiday. Days the President or Governor declares holidays (treated as legal holidays for court deadlines by M.R.Civ.P. 6) and local closures are not in 1-1-216.',
      'Executive designations: 1-1-216 fixes the legal holidays and declares that "All other days are business days"; state executive offices must be open every day except Saturdays, Sundays and holidays (2-16-117), and county offices headed by elected officials may not close on the day after Thanksgiving or Christmas Eve (7-4-2211; Montana Association of Counties). Searched (2024-2026) for Governor’s orders or Department of Administration notices closing state offices on other days and found none (only weather early-release directives in earlier years, e.g. 2017-12-29).',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://news.mt.gov/ (Governor’s press releases and directives)',
      'https://hr.mt.gov/ (State Human Resources Division: state holidays)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'Montana defines its business days by statute: after listing the legal holidays and their weekend observance, 1-1-216 says "All other days are business days". A day closed by executive order is not one of the legal holidays, so it remains a business day for the 5-business-day clocks, and 1-1-307 moves a last day only for a holiday or Saturday.',
      citation: 'MCA 1-1-216(2)(c); 1-1-307',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'MCA 2-6-102 (to 2015); 2-6-1006, Ch. 348, L. 2015',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'No fixed period: the agency must respond "in a timely manner" by making the information available or giving an estimate of the time and fees needed (MCA 2-6-1006(2), since 2015; before 2015 the statutes set no time at all)',
          citation: 'MCA 2-6-1006(2); 2-6-102',
          quote:
            'Upon receiving a request for public information, a public agency that is not an executive branch agency shall respond in a timely manner to the requesting person by:',
          quoteSource:
            'https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html (MCA 2025, 2-6-1006(2); the text before Ch. 439, L. 2023, as shown in the bill draft https://leg.mt.gov/bills/2023/BillHtml/LC1325.htm, read "a public agency shall respond in a timely manner")',
        },
      },
    },
    {
      effectiveFrom: '2023-10-01',
      enactedBy: 'Ch. 439, L. 2023',
      clocks: {
        acknowledgment: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          byAgencyLevel: { county: null, municipal: null },
          levelText:
            'local governments and other non-executive-branch agencies must only respond "in a timely manner" (MCA 2-6-1006(2))',
          text: 'Executive branch agencies: acknowledge receipt of the request within 5 business days. (Other public agencies, including local governments, must only respond "in a timely manner", 2-6-1006(2).)',
          citation: ACK,
          uncertain:
            'Applies to executive branch agencies (those reporting to the Governor; from 2025-10-01 also the Secretary of State, Justice Department, Superintendent of Public Instruction and State Auditor, H.B. 100 (2025)). County and municipal agencies get no fixed date; without an agency level the executive-branch rule applies.',
        },
        response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 90, unit: 'calendar', roll: true, rollCitation: 'MCA 1-1-306, 1-1-307' }],
          byAgencyLevel: { county: null, municipal: null },
          levelText:
            'local governments and other non-executive-branch agencies must only respond "in a timely manner" (MCA 2-6-1006(2))',
          text: 'Executive branch agencies: provide the records within 90 days of the acknowledgment (a single, specific, readily available record within 5 business days of the acknowledgment); the clock is suspended while the agency waits for clarification or a fee payment',
          citation: ACK,
          uncertain:
            'Starts at the acknowledgment. Local governments have no fixed deadline ("timely manner"). The 90 days are calendar days; MCA 1-1-306/1-1-307 move a last day on a holiday (every Sunday is one) or Saturday to the next business day.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 6, unit: 'month', roll: true, rollCitation: 'MCA 1-1-306, 1-1-307' }],
          byAgencyLevel: { county: null, municipal: null },
          levelText:
            'local governments and other non-executive-branch agencies must only respond "in a timely manner" (MCA 2-6-1006(2))',
          text: 'Executive branch agencies may take up to 6 months from the acknowledgment if they give written notice why the request cannot be fulfilled within 90 days',
          citation: ACK,
          uncertain:
            'Six calendar months to the same day of the month (the last day of a shorter month), a last day on a weekend or holiday rolled forward like the 90 days; a pause extends the period by the days it lasted.',
        },
      },
      clarification: { effect: 'pause', citation: ACK },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 2023 deadlines (Ch. 439, L. 2023) are taken from the bill draft (LC1325), the 2025 code heading structure and the Montana Transparency Project summary; the enrolled text was not read. Effective date taken as 2023-10-01 (Montana’s default).',
    'The deadlines bind executive branch agencies only; local governments and other agencies must respond "in a timely manner". The format cannot express "open for county/municipal"; the engine gives the executive-branch dates for any agency.',
    'H.B. 100 (2025) extends the executive-branch timeline to the Secretary of State, Attorney General, Superintendent of Public Instruction and State Auditor from 2025-10-01 and to other non-local agencies from 2026-07-01 (summary only; not read). Day counts unchanged, so no new rule set.',
    'The 6-month cap (extended_response) is counted in calendar months to the same day of the month.',
    'Saturdays: 1-1-216(2)(c) says "All other days are business days", which read literally makes a Saturday (not a legal holiday) a business day; the engine, like state practice (executive offices are closed on Saturdays, 2-16-117), never counts Saturdays. An agency open on Saturdays could argue for an earlier 5-business-day date.',
    'The 2023 and 2025 texts of 2-6-1006(3) (acknowledgment, 90 days, 6 months) were not read verbatim in the stored sources (the MCA 2025 page read breaks off before subsection (3)), so those clocks carry no quote. The MCA 2025 page marks 2-6-1006 "(Temporary)": H.B. 100 (2025) extends subsection (3) to the other non-local agencies from 2026-07-01.',
    'Calendar: the Saturday -> Friday rule dates from Ch. 131, L. 2013; encoded from 2013-01-01 (no fixed-date holiday fell on a weekend in 2013, so the exact date does not matter).',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched MCA 2-6-1001 to 2-6-1012, 1-1-216, 1-1-306 and 1-1-307.',
  sources: [
    'https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html',
    'https://leg.mt.gov/bills/2021/billhtml/SB0094.htm (text of 1-1-216 as it stood in 2021, including "(c) All other days are business days"; the bill itself died)',
    'https://leg.mt.gov/bills/mca/title_0020/chapter_0160/part_0010/section_0170/0020-0160-0010-0170.html (2-16-117 state office hours)',
    'https://www.mtcounties.org/news/association-news/closing-county-offices-courthouses-on-non-legal-holidays-2/',
    'https://leg.mt.gov/bills/2023/BillHtml/LC1325.htm',
    'http://www.leg.mt.gov/bills/mca/title_0020/chapter_0060/part_0100/section_0090/0020-0060-0100-0090.html',
    'https://montanatransparencyproject.org/timeline-fees',
    'https://app.legiplex.com/mt/legislature/2025/2025-r/bills/hb100/draft-1409943?id=1409943',
    'https://leg.mt.gov/bills/mca/1/1/1-1-216.htm (pre-2021 text with 2013 history)',
    'https://self-law.org/code/mt/title-1/chapter-1/part-2/1-1-216 (current text)',
    'https://instalawyer.io/laws/montana-code-annotated/1-1-303-leap-year (index of 1-1-306, 1-1-307)',
  ],
};
