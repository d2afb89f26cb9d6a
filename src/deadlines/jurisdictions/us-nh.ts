import { common, electionDay } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 5, unit: 'business' }],
  text: 'If the record is not immediately available, within 5 business days of the request: make it available, deny the request in writing with reasons, or give a written statement of the time reasonably necessary to decide and the reason for the delay',
  citation: 'RSA 91-A:4, IV(b)',
  quote:
    'If a public body or agency is unable to make a governmental record available for immediate inspection and copying the public body or agency shall, within 5 business days of a request: (1) Make such record available; (2) Deny the request; or (3) Provide a written statement of the time reasonably necessary',
  quoteSource: 'https://www.nashuacity.com/index.php/node/16247',
};

const EXTENDED: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'The written statement may set any "time reasonably necessary" to determine whether the request will be granted or denied; the statute sets no cap',
  citation: 'RSA 91-A:4, IV(b)(3)',
  quote: 'Provide a written statement of the time reasonably necessary',
  quoteSource: 'https://www.nashuacity.com/index.php/node/16247',
};

export const US_NH: Jurisdiction = {
  code: 'US-NH',
  name: 'New Hampshire',
  lawName: 'Right-to-Know Law',
  lawCitation: 'RSA chapter 91-A',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'RSA 288:1',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'RSA 288:2 (a holiday on Sunday is observed the following day); N.H. Admin. R. Per 1302.01 (state offices: a holiday on Saturday is observed the preceding Friday, on Sunday the following Monday)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Civil Rights Day'),
      common.washington(),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.columbus('Columbus Day', { officesOpen: true }),
      electionDay('Biennial election day', { years: 'even', officesOpen: true }),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Columbus Day and the biennial election day are legal holidays under RSA 288:1, but they are not on the State holiday schedule (Division of Personnel): State offices are open and employees use floating holidays; see calendar.openHolidays.',
      'Juneteenth is a day of observance (RSA 4:13-aa), not a legal holiday.',
      'Designations: the State holiday schedule adds the day after Thanksgiving, a paid holiday of State employees that is not in RSA 288:1 (Per 1302; "designated calendar holidays set by law or the chief executive with approval of council"). No Governor’s order closing State offices on another day (Christmas Eve, mourning, weather) was found for 2024-2026 (searched the Division of Personnel holiday page and Governor’s announcements). Town and school offices set their own holidays.',
    ],
    designations: [
      {
        date: '2024-11-29',
        name: 'Day after Thanksgiving',
        kind: 'closure',
        scope: 'state',
        citation: 'State of New Hampshire holiday schedule (Division of Personnel; N.H. Admin. R. Per 1302)',
        source: 'https://apps.das.nh.gov/EmployeePortal/comp-savings/state-holidays/default.aspx',
      },
      {
        date: '2025-11-28',
        name: 'Day after Thanksgiving',
        kind: 'closure',
        scope: 'state',
        citation: 'State of New Hampshire holiday schedule (Division of Personnel; N.H. Admin. R. Per 1302)',
        source: 'https://apps.das.nh.gov/EmployeePortal/comp-savings/state-holidays/default.aspx',
      },
      {
        date: '2026-11-27',
        name: 'Day after Thanksgiving',
        kind: 'closure',
        scope: 'state',
        citation: 'State of New Hampshire holiday schedule (Division of Personnel; N.H. Admin. R. Per 1302)',
        source: 'https://apps.das.nh.gov/EmployeePortal/comp-savings/state-holidays/default.aspx',
      },
    ],
    designationsThrough: 2026,
    designationSources: [
      'https://apps.das.nh.gov/EmployeePortal/comp-savings/state-holidays/default.aspx (State holiday schedule, printable calendar each year)',
      'https://www.governor.nh.gov/news-and-media (Governor’s announcements of State office closures)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'RSA 91-A:4, IV(b) counts "5 business days", and access runs "during the regular or business hours of all public bodies or agencies" (91-A:4, I); a day on which the agency’s offices are closed has no business hours and is not a business day.',
      citation: 'RSA 91-A:4, I and IV(b)',
    },
    openHolidays: {
      stops: false,
      reason:
        'RSA 91-A:4 does not define "business days" but ties access to "the regular or business hours of all public bodies or agencies" (91-A:4, I); RSA 288:1 names legal holidays without saying that public offices close on them, and State offices are open on Columbus Day and the biennial election day, so those days are business days of a State agency.',
      citation: 'RSA 91-A:4, I and IV(b); RSA 288:1',
    },
    alternatives: [
      {
        reading:
          'Every legal holiday of RSA 288:1 (Columbus Day, the biennial election day) is a non-business day, whether or not the office is open (as for a town or school office that closes on them)',
        citation:
          'RSA 288:1; the effect of a legal-holiday designation is unsettled: 2023 bill LSR 2023-0243 proposed a new RSA 288:1-a to "clarif[y] the effect of designating a day a legal holiday" (not enacted)',
        flipOpenHolidays: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'RSA 91-A:4, IV (5-business-day rule in force before 2000)',
      clocks: { response: RESPONSE, extended_response: EXTENDED },
    },
    {
      effectiveFrom: '2022-07-01',
      enactedBy: 'Laws 2022, ch. 250 (H.B. 481): Office of the Right-to-Know Ombudsman',
      clocks: {
        response: RESPONSE,
        extended_response: EXTENDED,
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'Instead of petitioning the superior court, an aggrieved person may file a signed written complaint ($25 fee) with the Right-to-Know Ombudsman; the statute sets no time limit for the complaint',
          citation: 'RSA 91-A:7, II; 91-A:7-b, I',
          quote:
            'Any party aggrieved by a violation of this chapter shall have the option to either petition the superior court or file a signed, written complaint, along with a $25 fee, with the office of the ombudsman',
          quoteSource: 'https://www.gencourt.state.nh.us/rsa/html/VI/91-A/91-A-7-b.htm',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The public body answers within 20 calendar days after the Ombudsman provides the complaint (extendable for good cause), and the Ombudsman rules within 30 days after receiving the parties’ responses; the ruling deadline does not run from the complaint’s receipt, so no date is computed',
          citation: 'RSA 91-A:7-b, II-III',
          quote:
            'the public body or public agency shall have 20 calendar days to submit an acknowledgment of the complaint and an answer to the complaint ... This 20-day deadline may be reasonably extended by the ombudsman for good cause.',
          quoteSource: 'https://www.gencourt.state.nh.us/rsa/html/VI/91-A/91-A-7-b.htm',
          uncertain:
            'The 30-day ruling period (from the parties’ responses) was read in a summary of H.B. 481, not in the statute text (the part of 91-A:7-b read ends at III(e)).',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day: RSA 91-A:4, IV(b) counts "5 business days of a request"; searched RSA 91-A:4, the Ombudsman rules (Rko 200) and the Per rules.',
  uncertain: [
    'The 5-business-day rule of RSA 91-A:4, IV is taken as unchanged since before 2000 (older text not read).',
    'The Ombudsman office (RSA 91-A:7-a, 7-b) was to be repealed on 2025-07-01 (Laws 2022, 250:6-7; the gencourt page still carries that note); H.B. 111 (2025, as amended by the House) moves the repeal to 2027-07-01, and the 2025 budget funded a part-time ombudsman (Laconia Daily Sun), but the chaptered law was not read. The engine keeps the Ombudsman clocks in force after 2025-07-01; if the office lapses on 2027-07-01, a new rule set without appeal clocks is needed.',
    'Open holidays: State offices work on Columbus Day and the biennial election day (Division of Personnel schedule), so the engine counts them as business days (calendar.openHolidays); a town or school office that closes on them should use the alternative reading.',
    'Designations: the day after Thanksgiving is on the State schedule page as a standing paid holiday (the page read lists the printable calendars for 2023 and 2024); 2025 and 2026 dates are the same rule applied, not read on a dated calendar.',
    'Weekend rule: RSA 288:2 (Sunday -> Monday) was not read (FindLaw cites 288:1-2 for the list; RSA 288:4 refers to Veterans Day "as observed as provided in RSA 288:2"); the Saturday -> Friday rule is the Division of Personnel rule Per 1302.01 for state offices. RSA 288:1 was read in a secondary copy (uslegal) and in the 2023 bill LSR 2023-0243 that quotes it.',
    'A 2023 bill to add the state and presidential primary days to RSA 288:1 was not found enacted; they are not in the calendar.',
  ],
  sources: [
    'https://casetext.com/statute/new-hampshire-revised-statutes/title-6-public-officers-and-employees/chapter-91-a-access-to-governmental-records-and-meetings/section-91-a4-minutes-and-records-available-for-public-inspection',
    'https://www.nashuacity.com/index.php/node/16247 (RSA 91-A:4, IV text)',
    'https://apps.das.nh.gov/EmployeePortal/comp-savings/state-holidays/default.aspx (State holiday schedule)',
    'https://gencourt.state.nh.us/lsr_search/billText.aspx?id=243&type=4 (2023 bill quoting RSA 288:1, proposing 288:1-a)',
    'https://bills.nhliberty.org/bills/2025/HB111/revision/47106',
    'https://www.laconiadailysun.com/know-your-news-the-ongoing-legislative-debates-over-new-hampshire-s-right-to-know-law/article_d6b4d257-0f82-4002-8ff2-ad710c5dc9af.html',
    'https://www.gencourt.state.nh.us/rsa/html/VI/91-A/91-A-7-b.htm',
    'https://www.sos.nh.gov/administration/office-right-know-ombudsman',
    'https://righttoknownh.wordpress.com/2022/06/28/governor-signs-law-to-create-an-ombudsman-to-resolve-right-to-know-complaints/',
    'https://legiscan.com/NH/text/HB111/2025',
    'https://holidays.uslegal.com/state-holidays/new-hampshire-legal-holidays/ (RSA 288:1)',
    'https://casetext.com/regulation/new-hampshire-administrative-code/title-per-director-of-personnel-division-of-personnel-in-the-department-of-administrative-services/chapter-per-1300-holidays/part-per-1302-compensation-for-calendar-holidays/section-per-130201-standard-workweek',
  ],
};
