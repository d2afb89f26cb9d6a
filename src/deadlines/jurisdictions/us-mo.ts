import { common, fixed } from '../holiday-rules.js';
import type { Designation, Jurisdiction } from '../types.js';

const EO_2024 =
  'https://www.sos.mo.gov/library/reference/orders/2024 (Secretary of State list of 2024 executive orders)';
const EO_2025 = 'https://governor.mo.gov/actions/executive-orders?page=0 (Governor’s list of executive orders)';

function closure(date: string, name: string, order: string, source: string): Designation {
  return { date, name, kind: 'closure', scope: 'state', citation: `Executive Order ${order}`, source };
}

export const US_MO: Jurisdiction = {
  code: 'US-MO',
  name: 'Missouri',
  lawName: 'Sunshine Law',
  lawCitation: 'RSMo 610.010 to 610.035',
  timeZone: 'America/Chicago',
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
      'Before the statute took effect, state offices closed for Juneteenth on 2021-06-18 (Office of Administration announcement after the federal act) and on 2022-06-20; those closures are not encoded.',
      'Political subdivisions set their own office calendars. Where a county or city stays open on Lincoln Day, Truman Day or Columbus Day, the engine (which counts them as holidays) gives a due date one day later than the agency’s own count.',
      "Executive designations: the Governor closes executive-branch state offices by executive order on days that are not 9.010 holidays (usually the day after Thanksgiving and days around Christmas). Encoded from the orders and the Governor's releases or news reports read: 2018-11-23 (order of 2018-11-01), 2018-12-24 (EO 18-11), 2019-11-29 (EO 19-19), 2020-11-27 (EO 20-18), 2020-12-24 (EO 20-20), 2021-11-26 (EO 21-11), 2022-11-25 (EO 22-06), 2023-11-24 (order of November 2023, number not given), 2024-07-05 (EO 24-09), 2024-11-29 (EO 24-15, Governor Parson's last Thanksgiving order, reported by Daily Kansas City News and KWOS), 2025-11-28 (EO 25-33), 2025-12-24 (EO 25-37), 2025-12-26 (EO 25-35). Not encoded: EO 19-21 closed offices only from 1 p.m. on 2019-12-24 (the day counts). Christmas Eve was not a weekday closure question in 2021 (Fri Dec 24 is Christmas observed), 2022 (Saturday) or 2023 (Sunday). No order closing offices on Tuesday 2024-12-24 was found (searched the Secretary of State 2024 list, which breaks off after EO 24-10, the Governor's press-release archive and news; Christmas Eve orders were issued in 2018, 2020 and 2025), and no 2026 order (the Governor's list read ends at EO 26-06 of early 2026), and the Juneteenth closures of 2021-2022 are not encoded, so no year is marked complete. These orders bind the executive branch \"under the purview of the Governor\" only.",
    ],
    designations: [
      {
        date: '2018-11-23',
        name: 'Day after Thanksgiving',
        kind: 'closure',
        scope: 'state',
        citation:
          'Executive order of 2018-11-01 ("This is to advise that state offices will be closed on Friday, November 23, 2018"; number not given in the report read)',
        source:
          'https://www.missourinet.com/2018/11/19/missouri-governor-signs-executive-order-regarding-thanksgiving-friday/',
      },
      closure(
        '2018-12-24',
        'Christmas Eve',
        '18-11',
        'https://www.newstribune.com/news/local/story/2018/dec/01/parson-declares-dec-24-as-state-holiday/754734/; https://www.missourinet.com/2018/12/18/missouri-state-offices-to-be-closed-on-christmas-eve-and-christmas-day/',
      ),
      closure(
        '2019-11-29',
        'Day after Thanksgiving',
        '19-19',
        'https://www.fourstateshomepage.com/news/governor-parson-signs-executive-order-closing-state-offices-november-29/',
      ),
      closure(
        '2020-11-27',
        'Day after Thanksgiving',
        '20-18',
        "https://politicalemails.org/messages/287661/html_body (Governor's release of 2020-10-30); https://dailyjournalonline.com/community/democrat-news/governor-parson-signs-executive-order-closing-state-offices-nov-27/article_52aac35c-8896-58f5-ad31-9c479cb300b0.html",
      ),
      closure(
        '2020-12-24',
        'Christmas Eve',
        '20-20',
        'https://stl.news/mo-governor-signs-executive-order-closing-state-offices-on-christmas-eve/422763/; https://www.missourinet.com/2020/12/23/missouri-state-offices-to-be-closed-on-christmas-eve-and-christmas-day-2/',
      ),
      closure(
        '2021-11-26',
        'Day after Thanksgiving',
        '21-11',
        "https://politicalemails.org/messages/508073/html_body (Governor's release of 2021-11-02); https://www.kfvs12.com/2021/11/02/executive-order-closes-state-offices-day-after-thanksgiving/",
      ),
      closure(
        '2022-11-25',
        'Day after Thanksgiving',
        '22-06',
        'https://dailyjournalonline.com/110922-demo-closed-state-offices-merged/article_f916f9e1-9419-542d-a369-ac0054b2fe67.html',
      ),
      {
        date: '2023-11-24',
        name: 'Day after Thanksgiving',
        kind: 'closure',
        scope: 'state',
        citation:
          'Executive order of November 2023 closing most state offices on the Friday after Thanksgiving (number not given in the report read)',
        source:
          'https://kwos.com/2023/11/missouri-state-offices-to-be-closed-on-thanksgiving-and-on-the-following-friday/',
      },
      closure('2024-07-05', 'Day after Independence Day', '24-09', EO_2024),
      closure(
        '2024-11-29',
        'Day after Thanksgiving',
        '24-15',
        'https://www.dailykansascitynews.com/missouri-governor-parson-grants-state-workers-the-day-after-thanksgiving-off-in-a-final-executive-order/ (Executive Order 24-15, "granting state workers an additional Friday, November 29, 2024, the day following Thanksgiving, off"); https://kwos.com/missouri-governors-executive-order-means-most-state-employees-are-off-on-thanksgiving-and-on-friday/',
      ),
      closure('2025-11-28', 'Day after Thanksgiving', '25-33', EO_2025),
      closure('2025-12-24', 'Christmas Eve', '25-37', EO_2025),
      closure('2025-12-26', 'Day after Christmas', '25-35', EO_2025),
    ],
    designationSources: [
      'https://governor.mo.gov/actions/executive-orders (Governor’s executive orders)',
      'https://www.sos.mo.gov/library/reference/orders (Secretary of State: executive orders by year)',
      'https://oa.mo.gov/commissioner/state-holidays (Office of Administration: statutory state holidays and observed dates)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Sunshine Law counts to "the end of the third business day following the date the request is received" and does not define business day; a day the executive order closes the agency’s offices is not a business day of that agency. The orders reach only executive-branch offices under the Governor.',
      citation: 'RSMo 610.023.3',
    },
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
          quote:
            'Each request for access to a public record shall be acted upon as soon as possible, but in no event later than the end of the third business day following the date the request is received by the custodian of records of a public governmental body.',
          quoteSource: 'https://instalawyer.io/laws/missouri-revised-statutes/section-610023-records-of',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If access is not granted immediately, the custodian must give a detailed explanation of the cause for further delay and the earliest time and date the record will be available; production may exceed three days "for reasonable cause", with no cap',
          citation: 'RSMo 610.023.3',
          quote:
            'If access to the public record is not granted immediately, the custodian shall give a detailed explanation of the cause for further delay and the place and earliest time and date that the record will be available for inspection. This period for document production may exceed three days for reasonable cause.',
          quoteSource: 'https://instalawyer.io/laws/missouri-revised-statutes/section-610023-records-of',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The three-business-day rule is taken as in force since before 2000 (the 2004 amendment added the requested-format sentence); the pre-2004 text was not read.',
    'Saturday holidays: 9.010 itself moves only Sunday holidays (to Monday). State offices close the preceding Friday: the Office of Administration schedule lists "Independence Day (observed) Friday, July 3" for 2026, and agency policies citing 1 CSR 20-5.010(2) say a Saturday holiday "will be observed on the preceding Friday"; the current text of 1 CSR 20-5.010 read does not state the rule in its opening part. The engine follows that practice (Saturday -> Friday) for every custodian; a political subdivision that stays open on such a Friday gets a due date one day later than its own count.',
    'A written statement of the grounds for a denial is due by the end of the third business day after the request for it is received (610.023.4); it is not one of the engine’s clock kinds and is not encoded.',
    'Executive-order closures: found for the day after Thanksgiving 2018-2024, Christmas Eve 2018 and 2020, 2024-07-05 and November-December 2025; an order for Christmas Eve 2024 (Tuesday 2024-12-24) and the 2026 orders were not found (see calendar notes), so for a State agency a count across 2024-12-24 may be one day early if offices were closed. EO 24-15 (2024-11-29) is known from news reports, not from the order itself. The 2018 and 2023 Thanksgiving orders are known from news reports that do not give their numbers.',
    'Juneteenth: made a state holiday by a 2022 act (news reports; bill number and section not confirmed); encoded from 2022-08-28, Missouri’s general effective date, so the first observed date is 2023-06-19.',
    'No administrative appeal: enforcement is by suit (RSMo 610.027) or the Attorney General; appeal clocks are left out.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; the period runs from "the date the request is received by the custodian" (610.023.3). Searched RSMo 610.010-610.035 and 9.010.',
  sources: [
    'https://instalawyer.io/laws/missouri-revised-statutes/section-610023-records-of',
    'https://oa.mo.gov/print/468 (Office of Administration state holidays 2025 and 2026, from https://oa.mo.gov/commissioner/state-holidays)',
    EO_2024,
    EO_2025,
    'https://kwos.com/2023/11/missouri-state-offices-to-be-closed-on-thanksgiving-and-on-the-following-friday/ (2023 Thanksgiving order)',
    'http://www.mycaldwellcounty.com/news/governor-parson-signs-executive-order-19-21-closing-state-offices-1-pm-christmas-eve (EO 19-21, 1 p.m. closing, not encoded)',
    'https://docsbay.net/doc/526225/to-establish-policies-and-procedures-for-observing-official-state-holidays (agency policy citing 1 CSR 20-5.010(2))',
    'http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?aid=127',
    'https://holidays.uslegal.com/state-holidays/missouri-legal-holidays/ (RSMo 9.010 text)',
    'https://oa.mo.gov/commissioner/state-holidays',
    'https://dailyjournalonline.com/news/local/closings-offices-courts-close-for-first-time-recognition-of-juneteenth/article_73538db7-a61e-53bb-9481-d401060fdcba.html',
    'https://docsbay.net/doc/526225/to-establish-policies-and-procedures-for-observing-official-state-holidays',
  ],
};
