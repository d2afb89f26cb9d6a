import { common, electionDay } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 5, unit: 'business' }],
  text: 'If the record is not immediately available, within 5 business days of the request: make it available, deny the request in writing with reasons, or give a written statement of the time reasonably necessary to decide and the reason for the delay',
  citation: 'RSA 91-A:4, IV',
};

const EXTENDED: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'The written statement may set any "time reasonably necessary" to determine whether the request will be granted or denied; the statute sets no cap',
  citation: 'RSA 91-A:4, IV',
};

export const US_NH: Jurisdiction = {
  code: 'US-NH',
  name: 'New Hampshire',
  lawName: 'Right-to-Know Law',
  lawCitation: 'RSA chapter 91-A',
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
      common.columbus(),
      electionDay('Biennial election day', { years: 'even' }),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'State employees also have the day after Thanksgiving off (designated by the Governor and Council / collective bargaining, not RSA 288:1); add it as a closure for state agencies that close.',
      'Many state offices stay open on Columbus Day and on the biennial election day (floating holidays) although RSA 288:1 makes them legal holidays; the engine follows the statute (a later due date than an agency that works those days).',
      'Juneteenth is a day of observance (RSA 4:13-aa), not a legal holiday.',
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
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The public body answers within 20 calendar days after the Ombudsman provides the complaint (extendable for good cause), and the Ombudsman rules within 30 days after receiving the parties’ responses; the ruling deadline does not run from the complaint’s receipt, so no date is computed',
          citation: 'RSA 91-A:7-b, II-III',
          uncertain:
            'The 30-day ruling period (from the parties’ responses) was read in a summary of H.B. 481, not in the statute text.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The 5-business-day rule of RSA 91-A:4, IV is taken as unchanged since before 2000 (older text not read).',
    'The Ombudsman office (RSA 91-A:7-a, 7-b) was to be repealed on 2025-07-01 (Laws 2022, 250:6-7); H.B. 111 (2025) moves the repeal to 2027-07-01, but its enactment was not confirmed. The engine keeps the Ombudsman clocks in force after 2025-07-01; if the office lapses, a new rule set without appeal clocks is needed.',
    'Weekend rule: RSA 288:2 (Sunday -> Monday) was not read; the Saturday -> Friday rule is the Division of Personnel rule Per 1302.01 for state offices.',
    'A 2023 bill to add the state and presidential primary days to RSA 288:1 was not found enacted; they are not in the calendar.',
  ],
  sources: [
    'https://casetext.com/statute/new-hampshire-revised-statutes/title-6-public-officers-and-employees/chapter-91-a-access-to-governmental-records-and-meetings/section-91-a4-minutes-and-records-available-for-public-inspection',
    'https://www.nashuacity.com/index.php/node/16247 (RSA 91-A:4, IV text)',
    'https://www.gencourt.state.nh.us/rsa/html/VI/91-A/91-A-7-b.htm',
    'https://www.sos.nh.gov/administration/office-right-know-ombudsman',
    'https://righttoknownh.wordpress.com/2022/06/28/governor-signs-law-to-create-an-ombudsman-to-resolve-right-to-know-complaints/',
    'https://legiscan.com/NH/text/HB111/2025',
    'https://holidays.uslegal.com/state-holidays/new-hampshire-legal-holidays/ (RSA 288:1)',
    'https://casetext.com/regulation/new-hampshire-administrative-code/title-per-director-of-personnel-division-of-personnel-in-the-department-of-administrative-services/chapter-per-1300-holidays/part-per-1302-compensation-for-calendar-holidays/section-per-130201-standard-workweek',
  ],
};
