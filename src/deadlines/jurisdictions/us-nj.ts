import { common, electionDay, FRI, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 7, unit: 'business' }],
  text: 'Grant or deny access as soon as possible, but not later than seven business days after the custodian receives the request; no response in time is a deemed denial',
  citation: 'N.J.S.A. 47:1A-5(i)',
  quote:
    'the custodian must respond to request "as soon as possible," but requesters must receive a response within seven business days after the custodian receives a complete request',
  quoteSource: 'http://nj.gov/grc/public/complaints/time.html (Government Records Council, before P.L.2024, c.16)',
  uncertain:
    'Budgets, bills, vouchers, contracts and public-employee salary and overtime records must be available immediately (47:1A-5(e)). During a declared state of emergency the seven days do not apply (47:1A-5(i)(2), added by A3849, signed 2020-03-20); the engine still counts them. The quote is the Government Records Council’s restatement; the text of 47:1A-5(i) itself was not read.',
};

const RESPONSE_2024: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 7, unit: 'business' }],
  byRequestType: { commercial: [{ days: 14, unit: 'business' }] },
  requestTypeText:
    'A request for a "commercial purpose" (N.J.S.A. 47:1A-1.1) has 14 business days, if the custodian tells the requestor of the additional time within the seven business days; a commercial requestor who pays the special charge (not more than twice the cost of production) gets the seven-business-day period',
  text: 'Grant or deny access as soon as possible, but not later than seven business days after the custodian receives a complete request (14 business days for a commercial-purpose request); no response in time is a deemed denial',
  citation: 'N.J.S.A. 47:1A-5(i), as amended by P.L.2024, c.16',
  quote:
    'generally requestors must receive a response within seven (7) business days after receipt of a complete request ... The requestor seeks records for a “commercial purpose” as defined in N.J.S.A. 47:1A-1.1, where the response time frame is fourteen (14) business days',
  quoteSource: 'https://www.nj.gov/grc/public/complaints/time.html',
  uncertain:
    'The quote is the Government Records Council’s statement of 47:1A-5(i) as amended; the amended statute text was not read. The 14 business days also apply to records needing review under Daniel’s Law (N.J.S.A. 47:1B-1 et seq.), and election records under 47:1A-5.3 are due within two business days; neither is a request type here and the engine does not compute them. Immediate-access records (47:1A-5(e)) are due at once if not more than 24 months old. During a declared emergency the periods do not apply (47:1A-5(i)(2)); the engine still counts them.',
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
  timeZone: 'America/New_York',
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
      'OPRA does not define "business day"; the State calendar is used. Municipal and county custodians follow their own closure calendars (many close on Lincoln\'s Birthday, the day after Thanksgiving or Christmas Eve); the engine does not know them.',
      "Lincoln's Birthday remains a public holiday under 36:1-1, but 36:1-1(d) keeps State offices open on it; it is counted only through 2009 (see uncertain).",
      'Designations 2024-2026: none found. State holidays are those "authorized by law or Executive Order" (N.J.A.C. 4A:6-2.4(a)); no Executive Order or announcement closing State offices for a whole day (Christmas Eve, day after Thanksgiving, mourning, weather) was found for 2024, 2025 or 2026 in searches of Governor’s announcements and press reports (delayed openings and early dismissals, which do not close the day, are not designations). An order issued later for December 2026 must be added.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://www.nj.gov/governor/news/ (Governor’s announcements of State office closures)',
      'https://www.nj.gov/infobank/eo/ (Executive Orders)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'OPRA counts "seven business days" (47:1A-5(i)) and requires inspection "during regular business hours" (47:1A-5(a)); a day on which the Governor has closed State offices has no business hours and is not a business day.',
      citation: 'N.J.S.A. 47:1A-5(a), (i)',
    },
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
        response: RESPONSE_2024,
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
  receiptNote:
    "No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day: 47:1A-5(i) counts from the custodian's receipt of the request; searched OPRA (47:1A-5), the Government Records Council rules (N.J.A.C. 5:105) and agency OPRA rules (N.J.A.C. 5:3-1.7, 13:1E-2.4).",
  uncertain: [
    'OPRA took effect on the 180th day after its approval on January 8, 2002, i.e. 2002-07-07 (computed, not read in an official source); the pre-OPRA Right to Know Law is encoded as having no fixed period (not verified).',
    "Lincoln's Birthday stopped being a State-government holiday under P.L.2008, c.89 (36:1-1(d), 11A:6-24.1) once the collective-bargaining agreements then in force expired; the engine counts it through 2009 (the exact first year State offices opened on February 12 was not confirmed). The shared notes list it as a 2026-2027 holiday; the current statute says State offices are open that day.",
    'Juneteenth is observed on the third Friday in June (2026-06-19, 2027-06-18), not on June 19, from 2021.',
  ],
  sources: [
    'https://www.nj.gov/grc/register/ (45-day limit from September 3, 2024)',
    'https://www.nj.gov/grc/public/complaints/time.html (response periods after P.L.2024, c.16: 7 and 14 business days)',
    'https://nj.gov/grc/laws/act/index.html (readable OPRA as amended by P.L.2024, c.16; index only read)',
    'https://njopralaw.com/?tag=opra-reform (commercial-purpose requests: 14 business days)',
    'https://pashmanstein.com/new-jersey-opra-blog/opras-deadlines-are-relaxed-during-states-of-emergency (47:1A-5(i)(2) text)',
    'https://www.nj.gov/dca/news/news/2022/approved/20221106.shtml; https://www.njlawfirm.com/blogs/public-access/2022-11-09-adopted-government-records-council-regulations (60-day limit, next-business-day rule)',
    'http://law.onecle.com/new-jersey/title-11a/11a-6-24.1.html; https://law.counselstack.com/statute/nj/11A/11A%3A6-24.1 (State holidays incl. Juneteenth Day, third Friday in June)',
    'https://lawserver.com/?p=29511937 (N.J.S.A. 36:1-1(b)-(d))',
    'http://njlaw.rutgers.edu/collections/njstats/showsections.php?title=36&chapt=1 (36:1-1.2: Saturday holiday, preceding Friday)',
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-jersey-administrative-code/title-4a-civil-service/chapter-6-leaves-hours-of-work-and-employee-development/subchapter-2-hours-of-work/section-4a6-24-holidays-state-service',
    'https://casetext.com/statute/new-jersey-statutes/title-47-public-records/chapter-471a-legislative-findings-declarations/section-471a-7-government-records-council',
    '/work/shared/jurisdictions.md (US-NJ: 47:1A-5(i))',
  ],
};
