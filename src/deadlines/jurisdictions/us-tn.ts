import { common, electionDay, nth, THU } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const OORC = 'Tenn. Code Ann. § 8-4-601 et seq. (Office of Open Records Counsel); § 10-7-505 (court petition)';

export const US_TN: Jurisdiction = {
  code: 'US-TN',
  name: 'Tennessee',
  lawName: 'Tennessee Public Records Act',
  lawCitation: 'Tenn. Code Ann. § 10-7-501 et seq.',
  calendar: {
    citation: 'Tenn. Code Ann. § 15-1-101',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Tenn. Code Ann. § 15-1-101 (a listed holiday on Sunday: the following Monday; on Saturday: the preceding Friday)',
    holidays: [
      common.newYear('January 1'),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington('Washington Day'),
      common.goodFriday(),
      common.memorial('Memorial or Decoration Day'),
      common.juneteenth('Juneteenth', {
        from: '2023-05-05',
        citation: 'Tenn. Code Ann. § 15-1-101, as amended by 2023 legislation signed May 5, 2023 (in force on signing)',
      }),
      common.independence('July 4'),
      common.labor(),
      common.columbus(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas('December 25'),
      electionDay('November general election day', {
        years: 'even',
        citation:
          'Tenn. Code Ann. § 15-1-101 (days set apart by law for holding county, state or national elections throughout the state)',
      }),
      nth('August election day (county general election and state primary)', 8, THU, 1, {
        years: 'even',
        citation:
          'Tenn. Code Ann. § 15-1-101 (election days); § 2-3-203 (first Thursday in August of even-numbered years)',
      }),
    ],
    notes: [
      'Presidential preference primaries (March of presidential years, date set by statute for each cycle) and other statewide election days are also legal holidays under 15-1-101; add them as closures.',
      "State practice often moves the Columbus Day holiday of State employees to the day after Thanksgiving by the Governor's designation; the legal holiday stays Columbus Day. Add the Friday as a closure for state agencies that close.",
      'The Saturday afternoon half-holiday of 15-1-101 does not affect business days.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before July 1, 2008 the Act required records to be open for inspection during business hours with no time set to respond',
          citation: 'Tenn. Code Ann. § 10-7-503(a) (before 2008 Pub. Acts ch. 1179)',
        },
      },
    },
    {
      effectiveFrom: '2008-07-01',
      enactedBy: '2008 Tenn. Pub. Acts ch. 1179',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 7, unit: 'business' }],
          text: 'The custodian must promptly make records available; if that is not practicable, within 7 business days it must make them available, deny the request in writing (with the basis), or give a records request response form stating the time reasonably necessary to produce them',
          citation: 'Tenn. Code Ann. § 10-7-503(a)(2)(B)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'When the custodian furnishes the response form, production follows the "time reasonably necessary" it states; the Act sets no cap',
          citation: 'Tenn. Code Ann. § 10-7-503(a)(2)(B)(iii)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A requester may ask the Office of Open Records Counsel (the records ombudsman) for help or an informal advisory opinion at any time; there is no filing deadline. This does not replace or extend the remedy, a petition in court under § 10-7-505',
          citation: OORC,
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Office of Open Records Counsel has no statutory time to answer, and its opinions are advisory',
          citation: OORC,
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 2008 act (Pub. Acts ch. 1179, in force July 1, 2008) is dated from memory of its history note; its text was not read.',
    'Election days: 15-1-101 makes every day set apart for county, state or national elections throughout the state a legal holiday, but many state offices stay open on them. The engine counts the November and August (first Thursday, Tenn. Code Ann. § 2-3-203, not read) elections of even years as holidays (which can only make a due date later); other election days are left to closures.',
    'The Office of Open Records Counsel (Tenn. Code Ann. § 8-4-601) is an ombudsman, not a body that decides appeals; it is encoded as an appeal step with no fixed days so that the answer explains that, and its statute was not read.',
    'Juneteenth: signed May 5, 2023 and taken to be in force at once (state offices closed June 19, 2023).',
  ],
  sources: [
    'https://docsbay.net/10-7-503-records-open-to-public-inspection-schedule-of-reasonable-charges-costs-a-1',
    'https://www.ctas.tennessee.edu/eli/holidays',
    'https://unicourt.github.io/cic-code-tn/transforms/tn/octn/r75/gov.tn.tca.title.15.html',
    'https://wccourt.com/2023/06/05/the-bureau-will-be-closed-on-juneteeth',
    'https://www.wbir.com/article/news/politics/juneteenth-now-an-official-state-holiday-in-tennessee/51-ae0b2534-953c-49a6-8aec-e3343482cbfc',
    'http://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Tennessee',
  ],
};
