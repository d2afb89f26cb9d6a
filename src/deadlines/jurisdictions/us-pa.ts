import { common, electionDay, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const ROLL = '1 Pa.C.S. 1908 (a last day on a Saturday, Sunday or legal holiday is omitted from the computation)';

export const US_PA: Jurisdiction = {
  code: 'US-PA',
  name: 'Pennsylvania',
  lawName: 'Right-to-Know Law',
  lawCitation: '65 P.S. 67.101-67.3104 (Act 3 of 2008)',
  timeZone: 'America/New_York',
  calendar: {
    citation:
      'Commonwealth state-employee holiday schedule (Governor\'s Office of Administration); the Right-to-Know Law does not define "business day"',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Commonwealth holiday schedule: a holiday on Saturday is observed the Friday before, on Sunday the Monday after (44 P.S. 11 itself moves only Sunday holidays)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington("Presidents' Day"),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2021-06-18',
        citation: 'Commonwealth holiday schedule (state offices first closed Friday, June 18, 2021)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.dayAfterThanksgiving(),
      common.christmas(),
      common.goodFriday('Good Friday', { citation: '44 P.S. 11', officesOpen: true }),
      fixed('Flag Day', 6, 14, { citation: '44 P.S. 11', observance: 'sun_mon', officesOpen: true }),
      electionDay('Election Day', { citation: '44 P.S. 11', officesOpen: true }),
    ],
    notes: [
      'Good Friday, Flag Day (June 14) and election day are legal holidays under 44 P.S. 11 but Commonwealth offices stay open; they are marked officesOpen and count as business days (see openHolidays). 1 Pa.C.S. 1908 omits "any day made a legal holiday by the laws of this Commonwealth" when it is the last day of a calendar-day period; the engine applies the same openHolidays choice to that roll, so a 30-day period ending on one of them is not moved (the alternative reading moves it).',
      'Local agencies (counties, municipalities, school districts) set their own holidays: add their closures.',
      'Designations: the Commonwealth schedule (Office of Administration administrative circular) is encoded as holidays above. Extra closures of Commonwealth offices by the Governor (as in 2014, when Governor Corbett closed offices on Fri Dec 26) were searched for 2024, 2025 and 2026 (news, pa.gov, Pennsylvania Bulletin) and none was found; the federal closures of 2024-12-24, 2025-01-09, 2025-12-24 and 2025-12-26 did not close Commonwealth offices as far as found.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://www.pa.gov/agencies/oa (Office of Administration: administrative circular on holidays and office closings, Management Directive 530.71)',
      "https://www.pacodeandbulletin.gov (Governor's proclamations and executive orders)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The RTKL counts "business days" without defining them; the Office of Open Records advised that "If an agency is closed on a given day, that day is not a \'business day\' and does not count toward the five business days".',
      citation: '65 P.S. 67.901; Office of Open Records guidance of March 2020 (as reported by McKenna Law)',
    },
    openHolidays: {
      stops: false,
      reason:
        "Business days under the RTKL are the days the agency is open (Office of Open Records guidance; the Department of General Services' former RTKL notice defined a business day by its office hours and closures); Commonwealth offices are open on Good Friday, Flag Day and election day.",
      citation: '65 P.S. 67.901, 67.902; 44 P.S. 11; 35 Pa.B. 73 (2005)',
    },
    alternatives: [
      {
        reading:
          'Every legal holiday under 44 P.S. 11 (Good Friday, Flag Day, election day) is excluded, as 1 Pa.C.S. 1908 omits a last day that is "any day made a legal holiday by the laws of this Commonwealth"',
        citation: '1 Pa.C.S. 1908; 44 P.S. 11',
        flipOpenHolidays: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2009-01-01',
      enactedBy: 'Act of Feb. 14, 2008, P.L. 6, No. 3',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Respond as promptly as possible, not later than five business days from the date the written request is received by the open-records officer; no response in time is a deemed denial',
          citation: '65 P.S. 67.901',
          quote:
            'The time for response shall not exceed five business days from the date the written request is received by the open-records officer for an agency. If the agency fails to send the response within five business days of receipt of the written request for access, the written request for access shall be deemed denied.',
          quoteSource:
            'https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67901-general-rule',
          byRequestType: {
            body_camera: [{ days: 30, unit: 'calendar', roll: true, rollCitation: ROLL }],
          },
          requestTypeText:
            'Audio and video recordings made by a law enforcement agency are outside the RTKL (42 Pa.C.S. 67A02, Act 22 of 2017): the request must be served on the open-records officer within 60 days of the recording, and the agency has 30 days to respond (extension only by agreement); no response is a deemed denial',
          uncertain:
            "The five business days run from receipt by the agency's open-records officer (Governor's Office v. Office of Open Records, Pa. 2014); a request sent to another employee starts later (67.703).",
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [
            { days: 5, unit: 'business' },
            { days: 30, unit: 'calendar', roll: true, rollCitation: ROLL },
          ],
          text: 'With written notice within the five business days (redaction, remote records, staffing, legal review, policy or fee issues, extent of request), the response date may not be more than 30 days after the five business days, or the request is deemed denied unless the requester agrees in writing',
          citation: '65 P.S. 67.902(a)-(b); 1 Pa.C.S. 1908',
          quote:
            'If the date that a response is expected to be provided is in excess of 30 days, following the five business days allowed for in section 901, the request for access shall be deemed denied unless the requester has agreed in writing to an extension to the date specified in the notice.',
          quoteSource:
            'https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time',
          byRequestType: {
            body_camera: [{ days: 30, unit: 'calendar', roll: true, rollCitation: ROLL }],
          },
          requestTypeText:
            'Law enforcement audio and video recordings (42 Pa.C.S. ch. 67A): no RTKL extension; the 30-day response period can be extended only by agreement with the requester',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 15, unit: 'business' }],
          text: "Appeal to the Office of Open Records (or the appeals officer for legislative, judicial, district-attorney or state-related bodies) within 15 business days of the mailing date of the agency's response or of the deemed denial",
          citation: '65 P.S. 67.1101(a)(1)',
          byRequestType: {
            body_camera: [{ days: 30, unit: 'calendar', roll: true, rollCitation: ROLL }],
          },
          requestTypeText:
            'Law enforcement audio and video recordings: a petition for judicial review in the court of common pleas "within 30 days of the date of denial" (42 Pa.C.S. 67A06(a)(1)); the Office of Open Records has no jurisdiction',
          uncertain:
            'The 15 business days of 67.1101(a)(1) were not read in the statute text (taken from /work/shared/jurisdictions.md and the OOR appeal practice).',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 30, unit: 'calendar', roll: true, rollCitation: ROLL }],
          text: 'Unless the requester agrees otherwise, the appeals officer makes a final determination within 30 days of receipt of the appeal; otherwise the appeal is deemed denied',
          citation: '65 P.S. 67.1101(b)(1); 1 Pa.C.S. 1908',
          byRequestType: { body_camera: null },
          requestTypeText:
            'Law enforcement audio and video recordings: the denial is reviewed by the court of common pleas (42 Pa.C.S. 67A06), which has no statutory decision period',
          uncertain:
            'The 30 days of 67.1101(b)(1) were not read in the statute text (taken from /work/shared/jurisdictions.md).',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Requests made before 2009-01-01 fell under the former Right-to-Know Act (65 P.S. 66.1-66.9, as amended by Act 100 of 2002); sources disagree on its response period (5 or 10 business days), so it is not encoded and the engine answers that no rule applies.',
    'The calendar is the Commonwealth employee holiday schedule (day after Thanksgiving and Juneteenth by executive practice and collective-bargaining agreements), not a statute; local agencies differ.',
    '1 Pa.C.S. 1908 omits a last day that is a legal holiday under Pennsylvania or federal law; the engine applies the openHolidays choice (offices open: not skipped) to Good Friday, Flag Day and election day for the roll too; the alternative reading skips them.',
    'Act 22 recordings (body_camera): the 60-day filing window (42 Pa.C.S. 67A03(1)) and the 30-day court petition (67A06(a)(1)) were read in the statute text; the 30-day response period of 67A05 was read only in secondary sources (Pennsylvania NewsMedia Association legal hotline, police and pa.gov request pages), not in the statute.',
    'Verification stays partial: 67.901 and 67.902 were read in the statute; 67.1101(a)(1) and (b)(1) were not; the holiday list is the Commonwealth schedule read in secondary sources (the administrative circular itself was not read).',
  ],
  receiptNote:
    "No statute or regulation deems a request received after business hours to be received the next business day: the five business days run from receipt by the open-records officer (65 P.S. 67.901; Governor's Office v. Donahue); the RTKL and the Commonwealth's Management Directive 205.36 were searched.",
  sources: [
    'https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67901-general-rule',
    'https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time',
    'https://cetient.com/case/2718708/governors-office-v-office-of-open-records-aplt',
    'http://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Pennsylvania (44 P.S. 11; state-employee holidays)',
    'https://www.heraldstandard.com/news/2021/jun/18/juneteenth-is-officially-a-federal-holiday/ (state offices closed June 18, 2021)',
    '/work/shared/jurisdictions.md (US-PA: 67.1101, 1 Pa.C.S. 1908)',
    'https://www.legis.state.pa.us/WU01/LI/LI/US/DOC/1883/0/0122..DOC (Act of June 20, 1883, now 1 Pa.C.S. 1908)',
    'https://mckennalawllc.com/office-of-open-records-covid-19 (OOR: a day the agency is closed is not a business day)',
    'https://pacodeandbulletin.gov/Display/pabull?file=/secure/pabulletin/data/vol35/35-1/20.html (DGS RTKL notice, 35 Pa.B. 73)',
    'https://getpocketlaw.com/law/state_pennsylvania/section-67a03-requests-for-law-enforcement-audio-recordings-or-video-recordings_12bdb55412ee',
    'https://legalfix.com/statutes/state-codes/pennsylvania/title-42/chapter-67a/section-67a06',
    'https://panewsmedia.org/legal-hotline-act-22-and-law-enforcement-recordings/',
    'https://hyring.com/blog/holiday-lists/usa/pennsylvania (2026 Commonwealth closures per the administrative circular)',
    'https://www.pennlive.com/politics/2014/12/corbett_gives_state_employees.html',
  ],
};
