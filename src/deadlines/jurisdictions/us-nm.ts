import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const ROLL = 'NMSA 1978, 12-2A-7(F)';

export const US_NM: Jurisdiction = {
  code: 'US-NM',
  name: 'New Mexico',
  lawName: 'Inspection of Public Records Act',
  lawCitation: 'NMSA 1978, 14-2-1 to 14-2-12',
  timeZone: 'America/Denver',
  calendar: {
    citation: 'NMSA 1978, 12-5-2',
    observance: 'sun_mon',
    observanceCitation:
      'NMSA 1978, 12-5-3 (a legal public holiday that falls on a Sunday is observed the following Monday; the statute does not move a Saturday holiday)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington("Washington's and Lincoln's Birthday (Presidents' Day)"),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.columbus("Indigenous Peoples' Day"),
      common.veterans("Armistice Day and Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'State offices usually also close on the day after Thanksgiving and on the Friday before a Saturday holiday under the State Personnel Office holiday schedule or the Governor’s proclamation; these are not in 12-5-2 and, under 12-2A-7(F), do not move a last day (see calendar.executiveClosures).',
      'Indigenous Peoples’ Day replaced Columbus Day in 12-5-2 in 2019 (same date).',
      'Juneteenth is a designated day of commemoration, not a legal public holiday under 12-5-2 (as far as found).',
      'Designations: none entered. The State Personnel Office’s yearly holiday schedules for 2024-2026 could not be read (not in the sources searched: spo.state.nm.us, governor.state.nm.us press releases, news reports); the only executive act found is four hours of "Seasonal Holiday – Administrative Leave" on Friday 2024-03-29 (SPO memo, reported by Roundhouse Movidas), a half-day leave that did not close offices for the day. designationsThrough is left unset until the schedules are read.',
    ],
    designations: [],
    designationSources: [
      'https://www.spo.state.nm.us/ (State Personnel Office: yearly State holiday schedule and Governor’s leave memos)',
      'https://www.governor.state.nm.us/press-releases/',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'IPRA’s main period is "fifteen days" (calendar days), and 12-2A-7(F) moves a last day only when it "is a Saturday, Sunday or legal holiday"; a day closed by executive order or on the personnel schedule is not a legal holiday under 12-5-2.',
      citation: 'NMSA 1978, 14-2-8(D); 12-2A-7(F); 12-5-2',
    },
    alternatives: [
      {
        reading:
          'A day on which the public body’s offices are closed by executive act is not a "business day" for the three-business-day written response, and a fifteenth day that falls on it moves to the next open day (as the court rules do for a closed clerk’s office)',
        citation:
          'NMSA 1978, 14-2-8(D) ("three business days"); compare Rule 1-006(A)(4) NMRA (court closed or unavailable for filing)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Laws 1993, ch. 258 (rules unchanged since; amended 2009, 2011 on e-mail requests)',
      clocks: {
        acknowledgment: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'If inspection is not permitted within three business days, the custodian gives a written response stating when the records will be available or when the public body will respond (the three days start when the written request is delivered to the custodian’s office)',
          citation: 'NMSA 1978, 14-2-8(D)',
          quote:
            'If the inspection is not permitted within three business days, the custodian shall explain in writing when the records will be available for inspection or when the public body will respond to the request.',
          quoteSource:
            'http://corrales-nm.org/inspection-of-public-records/ (restates 14-2-8(D) in the statute’s words)',
        },
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 15, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: 'Permit inspection immediately or as soon as practicable, but not later than fifteen days after receiving the written request; a written denial must be delivered or mailed within fifteen days, and a request not permitted within fifteen days may be deemed denied',
          citation: 'NMSA 1978, 14-2-8(D); 14-2-11(A)-(B)',
          quote:
            'the inspection shall be permitted immediately or as soon as is practicable under the circumstances, but not later than fifteen days after receiving a written request',
          quoteSource:
            'http://corrales-nm.org/inspection-of-public-records/ (restates 14-2-8(D) in the statute’s words)',
          uncertain:
            'The fifteen days are calendar days (agency guidance, e.g. the Regulation and Licensing Department). 12-2A-7(F) ends a period whose last day is a Saturday, Sunday or legal holiday on the next day that is not; the engine applies it, although the Uniform Statute and Rule Construction Act (1997) may govern only later statutes and IPRA’s fifteen days date from 1993. Without the roll the deadline would be the calendar 15th day.',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If the custodian determines the request is excessively burdensome or broad and notifies the requester in writing within fifteen days, an additional reasonable period is allowed, with no cap; the requester may deem the request denied if the records are not made available in a reasonable time',
          citation: 'NMSA 1978, 14-2-10',
          uncertain:
            'Read in a full-text copy (instalawyer); the wording "excessively burdensome or broad" and the written notice within fifteen days are taken from it.',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day. 14-2-8(D) says only that the three-day period "shall not begin until the written request is delivered to the office of the custodian"; searched IPRA (14-2-1 to 14-2-12), the Attorney General’s IPRA guide as restated by agencies, and 12-2A-7.',
  uncertain: [
    'Roll-forward of the fifteenth day under 12-2A-7(F) is applied although the Uniform Statute and Rule Construction Act may not govern a 1993 statute; the courts’ own rules (Rule 1-006 NMRA) roll statutory periods the same way.',
    'Calendar: statutory list only (12-5-2, Sunday -> Monday per 12-5-3). The day after Thanksgiving and Friday closures for Saturday holidays come from the State Personnel Office schedule each year, not from statute; the schedules for 2024-2026 were not found, so no designations are entered. Under 12-2A-7(F) such closures would not move the fifteenth day anyway (calendar.executiveClosures); they would affect only the three-business-day response (see the alternative reading).',
    '14-2-8(D) was read only in agency and municipal restatements that use the statute’s words (Village of Corrales; Regulation and Licensing Department), not in the official code; whether 14-2-8 was amended after 2019 was not checked.',
    'No administrative appeal: enforcement is by the Attorney General, a district attorney or suit (14-2-12); appeal clocks are left out.',
    '14-2-10 and 14-2-11 were read in full-text copies (instalawyer, Justia 2020).',
  ],
  sources: [
    'https://instalawyer.io/laws/new-mexico-statutes/section-14-2-10-procedure-for',
    'https://law.justia.com/codes/new-mexico/2020/chapter-14/article-2/section-14-2-11/',
    'https://rld.nm.gov/manufactured-housing-division/forms-and-applications/ipra',
    'http://corrales-nm.org/inspection-of-public-records/',
    'https://www.nmfog.org/after-submitting-your-ipra-request',
    'https://getpocketlaw.com/law/state_new_mexico/section-12-2a-7-computation-of-time_8116a3c08a53 (12-2A-7(E)-(F) text)',
    'https://roundhousemovidas.com/2024/03/governor-grants-four-hours-seasonal-holiday-administrative-leave-for-state-employees-on-friday-march-29th',
    'https://casetext.com/rule/new-mexico-court-rules/new-mexico-rules-of-civil-procedure-for-the-district-courts/article-2-commencement-of-action-service-of-process-pleadings-motions-and-orders/rule-1-006-time',
    'https://www.findlaw.com/state/new-mexico-law/new-mexico-legal-holidays-laws.html (12-5-2, 12-5-3)',
    'https://www.employmentlawhandbook.com/employment-and-labor-laws/states/new-mexico/leave-laws/holidays/',
  ],
};
