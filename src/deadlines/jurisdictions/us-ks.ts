import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_KS: Jurisdiction = {
  code: 'US-KS',
  name: 'Kansas',
  lawName: 'Kansas Open Records Act',
  lawCitation: 'K.S.A. 45-215 to 45-223',
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
      'Under K.S.A. 45-217 a day the Governor designates as a holiday (for state agencies, e.g. the Friday after Thanksgiving or Christmas Eve in some years, K.A.R. 1-9-2(b)) or that the political subdivision designates (for local agencies) is not a business day; add those days as closures.',
      'The calendar is the union of the Kansas legal holidays (K.S.A. 35-107) and the federal legal public holidays (5 U.S.C. 6103(a)), because 45-217 excludes days designated as holidays by Congress as well as by the legislature.',
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
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If access is not granted immediately, the custodian must give a detailed explanation of the cause for further delay and the place and earliest time and date the record will be available; the Act sets no maximum',
          citation: 'K.S.A. 45-218(d)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "Lincoln's Birthday before 2006: K.S.A. 35-107 was rewritten effective January 1, 2006; the earlier list (which included Lincoln's Birthday, February 12) was taken from a secondary summary, not the old statute text. Its weekend rule before 2006 is assumed to be the same.",
    'Whether a federal holiday that Kansas state offices do not observe (e.g. Juneteenth before any state closure) stops the count depends on K.S.A. 45-217 ("designated as a holiday by the congress"); the engine follows the statute and excludes it.',
    'KORA has no administrative appeal: enforcement is by civil action (K.S.A. 45-222) or a complaint to the Attorney General or county/district attorney, with no filing deadline; appeal_filing and appeal_response are not encoded.',
    'The 3-business-day rule is taken to be unchanged since before 2000 (no amendment to 45-218(d) timing was found; session-law history not read); one rule set from 2000-01-01.',
  ],
  sources: [
    'https://self-law.org/code/ks/chapter-45/45-218',
    'https://lawserver.com/law/state/kansas/ks-statutes/kansas_statutes_45-218 (K.S.A. 45-217 business day)',
    'http://www.ksag.org/page/g-response-time-and-process (Attorney General: weekends and holidays not counted)',
    'https://self-law.org/code/ks/chapter-35/35-107',
    'https://casetext.com/regulation/kansas-administrative-code/agency-1-department-of-administration/article-9-hours-leaves-employee-management-relations/section-1-9-2-holidays',
    'https://www.findlaw.com/state/kansas-law/kansas-legal-holidays-laws.html',
    'http://kautschlaw.com/2015/09/22/revising-kora-correctly-interpreting-the-third-business-day-language-of-k-s-a-45-218d/',
  ],
};
