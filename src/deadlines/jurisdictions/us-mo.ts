import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_MO: Jurisdiction = {
  code: 'US-MO',
  name: 'Missouri',
  lawName: 'Sunshine Law',
  lawCitation: 'RSMo 610.010 to 610.035',
  calendar: {
    citation: 'RSMo 9.010',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'RSMo 9.010 (a holiday falling on Sunday: the Monday next following); 1 CSR 20-5.010 and the Office of Administration state holiday schedule (a holiday falling on Saturday is observed the preceding Friday)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King Day'),
      common.lincoln('Lincoln Day'),
      common.washington(),
      fixed('Truman Day', 5, 8),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2022-08-28',
        citation: 'RSMo 9.010, as amended in the 2022 regular session (effective 2022-08-28)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Before the statute took effect, state offices closed for Juneteenth on 2021-06-18 (Governor’s order) and, per news reports, on 2022-06-20; add those days as closures if needed.',
      'Political subdivisions set their own office calendars. Where a county or city stays open on Lincoln Day, Truman Day or Columbus Day, the engine (which counts them as holidays) gives a due date one day later than the agency’s own count.',
      'Days the Governor closes state offices by order (e.g. the day after Thanksgiving in some years, Christmas Eve) are not in 9.010; add them as closures.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'RSMo 610.023.3 (text unchanged on this point since before 2000; current text effective 2004-08-28)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Each request shall be acted upon as soon as possible, but in no event later than the end of the third business day following the date the request is received by the custodian of records',
          citation: 'RSMo 610.023.3',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If access is not granted immediately, the custodian must give a detailed explanation of the cause for further delay and the earliest time and date the record will be available; production may exceed three days "for reasonable cause", with no cap',
          citation: 'RSMo 610.023.3',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The three-business-day rule is taken as in force since before 2000 (the 2004 amendment added the requested-format sentence); the pre-2004 text was not read.',
    'Saturday holidays: 9.010 itself moves only Sunday holidays (to Monday). State offices close the preceding Friday under the Division of Personnel rule (1 CSR 20-5.010, cited by agency policies) and the Office of Administration schedule (e.g. Independence Day observed Friday 2026-07-03); the engine follows that practice (Saturday -> Friday). The rule text itself was not read.',
    'Juneteenth: made a state holiday by a 2022 act (news reports; bill number and section not confirmed); encoded from 2022-08-28, Missouri’s general effective date, so the first observed date is 2023-06-19.',
    'No administrative appeal: enforcement is by suit (RSMo 610.027) or the Attorney General; appeal clocks are left out.',
  ],
  sources: [
    'https://instalawyer.io/laws/missouri-revised-statutes/section-610023-records-of',
    'http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?aid=127',
    'https://holidays.uslegal.com/state-holidays/missouri-legal-holidays/ (RSMo 9.010 text)',
    'https://oa.mo.gov/commissioner/state-holidays',
    'https://dailyjournalonline.com/news/local/closings-offices-courts-close-for-first-time-recognition-of-juneteenth/article_73538db7-a61e-53bb-9481-d401060fdcba.html',
    'https://docsbay.net/doc/526225/to-establish-policies-and-procedures-for-observing-official-state-holidays',
  ],
};
