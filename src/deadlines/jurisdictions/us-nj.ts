import { common, electionDay, FRI, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 7, unit: 'business' }],
  text: 'Grant or deny access as soon as possible, but not later than seven business days after the custodian receives the request; no response in time is a deemed denial',
  citation: 'N.J.S.A. 47:1A-5(i)',
  uncertain:
    'Budgets, bills, vouchers, contracts and public-employee salary and overtime records must be available immediately (47:1A-5(e)). Since P.L.2024, c.16 (2024-09-03) requests for a commercial purpose have longer periods; count those by hand.',
};

const EXTENDED_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: "OPRA allows no unilateral extension with a cap: for records in storage or archived the custodian must say so within the seven business days and say when the record will be available; any other extension needs the requester's consent (the Government Records Council accepts reasonable extensions sought within the seven days)",
  citation: 'N.J.S.A. 47:1A-5(i)',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'appeal_receipt',
  text: 'The Government Records Council must adjudicate complaints "as expeditiously as possible" (after offering mediation); no number of days is set',
  citation: 'N.J.S.A. 47:1A-7(b), (e)',
};

export const US_NJ: Jurisdiction = {
  code: 'US-NJ',
  name: 'New Jersey',
  lawName: 'Open Public Records Act',
  lawCitation: 'N.J.S.A. 47:1A-1 et seq.',
  calendar: {
    citation:
      'N.J.S.A. 36:1-1 (public holidays on which State and county offices are closed) and N.J.S.A. 11A:6-24.1 (paid holidays of State employees)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'N.J.S.A. 36:1-1(b) (Sunday: the Monday after) and 36:1-1.2 (Saturday: the Friday before); N.J.A.C. 4A:6-2.4(c)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King's Birthday"),
      common.lincoln("Lincoln's Birthday", {
        until: '2009-12-31',
        citation: 'N.J.S.A. 36:1-1; removed for State government business by 36:1-1(d) and 11A:6-24.1 (P.L.2008, c.89)',
      }),
      common.washington("Washington's Birthday (Presidents Day)"),
      common.goodFriday(),
      common.memorial(),
      nth('Juneteenth Day', 6, FRI, 3, {
        from: '2021-01-01',
        citation: 'N.J.S.A. 11A:6-24.1(a)(6) and 36:1-1, as amended by P.L.2020 (S19): the third Friday in June',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      electionDay('General Election Day', {
        citation: 'N.J.S.A. 36:1-1; 11A:6-24.1(a) ("any general election day"; general elections are held every year)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'OPRA does not define "business day"; the State calendar is used. Municipal and county custodians follow their own closure calendars (many close on Lincoln\'s Birthday, the day after Thanksgiving or Christmas Eve): add those days as closures.',
      'Days the Governor closes State offices by executive order (e.g. Christmas Eve in some years) are closures to add.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Right to Know Law, P.L.1963, c.73 (former N.J.S.A. 47:1A-1 et seq.)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The former Right to Know Law gave a right to inspect public records during regular business hours but set no response period',
          citation: 'former N.J.S.A. 47:1A-2 (P.L.1963, c.73)',
        },
      },
    },
    {
      effectiveFrom: '2002-07-07',
      enactedBy: 'P.L.2001, c.404 (OPRA)',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A complaint to the Government Records Council had no filing deadline (a court action had to be filed within 45 days under court rules)',
          citation: 'N.J.S.A. 47:1A-6 (text before P.L.2024, c.16); N.J.A.C. 5:105-2.1 (before 2022-11-07)',
        },
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2022-11-07',
      enactedBy: '54 N.J.R. 2081(a) (N.J.A.C. 5:105-2.1 as amended)',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [
            {
              days: 60,
              unit: 'calendar',
              roll: true,
              rollCitation:
                'N.J.A.C. 5:105-2.1 (60 calendar days "or the next business day thereafter"); N.J.A.C. 1:1-1.4',
            },
          ],
          text: 'A denial-of-access complaint to the Government Records Council must be filed within 60 calendar days after the written denial or after the seven business days passed without a response',
          citation: 'N.J.A.C. 5:105-2.1',
          uncertain:
            'The Council said the limit applies to requests filed after November 7, 2022; the engine applies it to denials on or after that date. A late complaint may be accepted on a motion to file "as within time".',
        },
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2024-09-03',
      enactedBy: 'P.L.2024, c.16',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [
            {
              days: 45,
              unit: 'calendar',
              roll: true,
              rollCitation: 'N.J.S.A. 47:1A-6 (45 calendar days "or the next business day thereafter")',
            },
          ],
          text: 'A complaint to the Government Records Council (or an action in Superior Court) must be filed within 45 calendar days after the denial or deemed denial',
          citation: 'N.J.S.A. 47:1A-6, as amended by P.L.2024, c.16',
          uncertain:
            'The Council applies the 45 days to complaints filed on or after September 3, 2024; the engine applies it to denials on or after that date, so a denial shortly before that date is shown with the 60-day rule although a complaint filed after September 3 may be held to 45 days. File by the earlier date when in doubt.',
        },
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'OPRA took effect on the 180th day after its approval on January 8, 2002, i.e. 2002-07-07 (computed, not read in an official source); the pre-OPRA Right to Know Law is encoded as having no fixed period (not verified).',
    "Lincoln's Birthday stopped being a State-government holiday under P.L.2008, c.89 (36:1-1(d), 11A:6-24.1) once the collective-bargaining agreements then in force expired; the engine counts it through 2009 (the exact first year State offices opened on February 12 was not confirmed). The shared notes list it as a 2026-2027 holiday; the current statute says State offices are open that day.",
    'Juneteenth is observed on the third Friday in June (2026-06-19, 2027-06-18), not on June 19, from 2021.',
  ],
  sources: [
    'https://www.nj.gov/grc/register/ (45-day limit from September 3, 2024)',
    'https://www.nj.gov/dca/news/news/2022/approved/20221106.shtml; https://www.njlawfirm.com/blogs/public-access/2022-11-09-adopted-government-records-council-regulations (60-day limit, next-business-day rule)',
    'http://law.onecle.com/new-jersey/title-11a/11a-6-24.1.html; https://law.counselstack.com/statute/nj/11A/11A%3A6-24.1 (State holidays incl. Juneteenth Day, third Friday in June)',
    'https://lawserver.com/?p=29511937 (N.J.S.A. 36:1-1(b)-(d))',
    'http://njlaw.rutgers.edu/collections/njstats/showsections.php?title=36&chapt=1 (36:1-1.2: Saturday holiday, preceding Friday)',
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-jersey-administrative-code/title-4a-civil-service/chapter-6-leaves-hours-of-work-and-employee-development/subchapter-2-hours-of-work/section-4a6-24-holidays-state-service',
    'https://casetext.com/statute/new-jersey-statutes/title-47-public-records/chapter-471a-legislative-findings-declarations/section-471a-7-government-records-council',
    '/work/shared/jurisdictions.md (US-NJ: 47:1A-5(i))',
  ],
};
