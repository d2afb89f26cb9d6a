import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_KS: Jurisdiction = {
  code: 'US-KS',
  name: 'Kansas',
  lawName: 'Kansas Open Records Act',
  lawCitation: 'K.S.A. 45-215 to 45-223',
  timeZone: 'America/Chicago',
  calendar: {
    citation:
      'K.S.A. 45-217 ("business day": not a Saturday, Sunday or day designated as a holiday by Congress, the legislature or governor of Kansas, or the political subdivision); K.S.A. 35-107; 5 U.S.C. 6103(a)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'K.A.R. 1-9-2(a) (state service: Saturday -> preceding Friday, Sunday -> following Monday); 5 U.S.C. 6103(b)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.lincoln("Lincoln's Birthday", {
        until: '2005-12-31',
        citation: 'K.S.A. 35-107 before its amendment effective January 1, 2006',
      }),
      common.washington("President's Day"),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation: 'K.S.A. 45-217 (holiday designated by Congress); 5 U.S.C. 6103(a) as amended by Pub. L. 117-17',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Under K.S.A. 45-217 a day "designated as a holiday by ... the governor of this state" is not a business day, and K.A.R. 1-9-2(b)(1) lets the Governor "designate, in a particular year, additional days on which state offices are to be closed in observance of a holiday or a holiday season", each "deemed a legal holiday". Those days are in `designations` as kind holiday with scope all: 45-217 defines the business day of every public agency under KORA and excludes a day designated as a holiday by the governor for all of them (only the holidays of "the respective political subdivision" are limited to that subdivision), so a city or county custodian skips them too even if its own offices open. A closure of State offices that is not a holiday designation (the Day of Mourning of 2025-01-09) stays scope state. Days a political subdivision designates as holidays are not business days for its own agencies: add them as closures for local agencies.',
      "Designations were looked for in the Governor's announcements and the holiday schedules of the Judicial Branch, which adopt the Governor's annual executive memorandum (e.g. Administrative Order 2023-CC-072 for 2024): the Friday after Thanksgiving was a holiday in 2024 (Nov 29) and 2025 (Nov 28), and the Governor closed State offices on Thu 2025-01-09 (Day of Mourning for President Carter). No Christmas Eve closure was found for 2024 or 2025. The 2026 memorandum was not found, so `designationsThrough` is 2025. Inclement-weather closings (e.g. Shawnee County, 2025-02-18) close offices in one county only and are not listed: add them as closures for the agencies concerned. The discretionary holiday (K.A.R. 1-9-2(b)(3)) closes no office.",
      'The calendar is the union of the Kansas legal holidays (K.S.A. 35-107) and the federal legal public holidays (5 U.S.C. 6103(a)), because 45-217 excludes days designated as holidays by Congress as well as by the legislature.',
    ],
    designations: [
      {
        date: '2024-11-29',
        name: 'Friday after Thanksgiving (Thanksgiving holiday)',
        kind: 'holiday',
        scope: 'all',
        citation:
          "Governor's executive memorandum of 2023-10-10 on 2024 holidays (K.A.R. 1-9-2(b)(1)), as adopted by Kansas Supreme Court Administrative Order 2023-CC-072",
        source: 'https://wycodistrictcourt.org/holiday-schedule; https://www.dc18.org/holiday-schedule',
      },
      {
        date: '2025-01-09',
        name: 'Day of Mourning for President Jimmy Carter (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          "Governor's executive order of 2024-12-31 declaring a Day of Mourning and ordering State of Kansas offices closed",
        source:
          'https://www2.ljworld.com/news/state-region/2024/dec/31/state-offices-to-be-closed-jan-9-in-honor-of-president-carter',
      },
      {
        date: '2025-11-28',
        name: 'Friday after Thanksgiving (Thanksgiving holiday)',
        kind: 'holiday',
        scope: 'all',
        citation:
          "Governor's executive memorandum on 2025 holidays (K.A.R. 1-9-2(b)(1)), as adopted in the Judicial Branch holiday schedule",
        source: 'https://wycodistrictcourt.org/holiday-schedule',
      },
    ],
    designationsThrough: 2025,
    designationSources: [
      "https://governor.kansas.gov/newsroom/ (Governor's holiday memorandum and closure orders)",
      'https://admin.ks.gov/offices/personnel-services (Department of Administration, Office of Personnel Services: state holiday schedule)',
      "https://www.kscourts.gov/Rules-Orders/Administrative-Orders (Judicial Branch holiday orders adopting the Governor's memorandum)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'KORA counts "business days", and "business day" excludes any "day designated as a holiday by ... the governor of this state"; a day on which the Governor has ordered State offices closed for the whole day is treated as such a designation for State agencies.',
      citation: 'K.S.A. 45-217 ("business day"); K.S.A. 45-218(d); K.A.R. 1-9-2(b)(1)',
    },
    alternatives: [
      {
        reading:
          'Only a day designated "as a holiday" is excluded; a closure for another reason (the 2025-01-09 Day of Mourning) is a business day',
        citation: 'K.S.A. 45-217 ("business day")',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Kansas Open Records Act (1984)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Each request shall be acted upon as soon as possible, but not later than the end of the third business day following the date the request is received',
          citation: 'K.S.A. 45-218(d); K.S.A. 45-217 (business day)',
          quote:
            'Each request for access to a public record shall be acted upon as soon as possible, but not later than the end of the third business day following the date that the request is received.',
          quoteSource: 'https://self-law.org/code/ks/chapter-45/45-218',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If access is not granted immediately, the custodian must give a detailed explanation of the cause for further delay and the place and earliest time and date the record will be available; the Act sets no maximum',
          citation: 'K.S.A. 45-218(d)',
          quote:
            'If access to the public record is not granted immediately, the custodian shall give a detailed explanation of the cause for further delay and the place and earliest time and date that the record will be available for inspection.',
          quoteSource: 'https://self-law.org/code/ks/chapter-45/45-218',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'Governor-designated holidays (the Friday after Thanksgiving of 2024 and 2025) are applied to every public agency (scope all), reading K.S.A. 45-217 literally: a city or county whose offices open that day still does not count it as a business day under KORA. The Day of Mourning closure of 2025-01-09 was an order closing State offices, not read as a holiday designation binding local agencies, so it stays limited to State agencies.',
    "The 2024 and 2025 Friday-after-Thanksgiving holidays were read in the Judicial Branch's schedules, which adopt the Governor's executive memorandum; the memorandum itself was not read. The executive branch's own schedule (Office of Personnel Services) should confirm them.",
    'Dates are taken in the time zone of the capital, Topeka (Central); four western counties keep Mountain Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    "Lincoln's Birthday before 2006: K.S.A. 35-107 was rewritten effective January 1, 2006; the earlier list (which included Lincoln's Birthday, February 12) was taken from a secondary summary, not the old statute text. Its weekend rule before 2006 is assumed to be the same.",
    'Whether a federal holiday that Kansas state offices do not observe (e.g. Juneteenth before any state closure) stops the count depends on K.S.A. 45-217 ("designated as a holiday by the congress"); the engine follows the statute and excludes it.',
    'KORA has no administrative appeal: enforcement is by civil action (K.S.A. 45-222) or a complaint to the Attorney General or county/district attorney, with no filing deadline; appeal_filing and appeal_response are not encoded.',
    'The 3-business-day rule is taken to be unchanged since before 2000 (no amendment to 45-218(d) timing was found; session-law history not read); one rule set from 2000-01-01.',
  ],
  receiptNote:
    'No statute or regulation found deems a request received after business hours (or by e-mail after hours) to be received the next business day; K.S.A. 45-218(d) counts from "the date that the request is received". Searched K.S.A. 45-215 to 45-223 (45-220 lets each agency adopt request procedures and office hours) and K.A.R. 1-9-2.',
  sources: [
    'https://casetext.com/regulation/kansas-administrative-code/agency-1-department-of-administration/article-9-hours-leaves-employee-management-relations/section-1-9-2-holidays (K.A.R. 1-9-2(b)(1), read)',
    'https://wycodistrictcourt.org/holiday-schedule (2024 and 2025 Judicial Branch holidays)',
    "https://www.dc18.org/holiday-schedule (Administrative Order 2023-CC-072, citing the Governor's memorandum of 2023-10-10)",
    'https://www2.ljworld.com/news/state-region/2024/dec/31/state-offices-to-be-closed-jan-9-in-honor-of-president-carter',
    'https://self-law.org/code/ks/chapter-45/45-218',
    'https://lawserver.com/law/state/kansas/ks-statutes/kansas_statutes_45-218 (K.S.A. 45-217 business day)',
    'http://www.ksag.org/page/g-response-time-and-process (Attorney General: weekends and holidays not counted)',
    'https://self-law.org/code/ks/chapter-35/35-107',
    'https://casetext.com/regulation/kansas-administrative-code/agency-1-department-of-administration/article-9-hours-leaves-employee-management-relations/section-1-9-2-holidays',
    'https://www.findlaw.com/state/kansas-law/kansas-legal-holidays-laws.html',
    'http://kautschlaw.com/2015/09/22/revising-kora-correctly-interpreting-the-third-business-day-language-of-k-s-a-45-218d/',
  ],
};
