import { common, electionDay } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const Q_3D =
  'https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 (2 Ill. Adm. Code 1127.401, quoting 5 ILCS 140/3(d)-(e) in italics)';

const COMMERCIAL_TEXT =
  'Commercial-purpose requests: respond (estimate of time and fees, denial, notice that the request is unduly burdensome, or the records) within 21 working days after receipt; the records themselves are due within a reasonable period (5 ILCS 140/3.1(a)-(b))';
const RECURRENT_TEXT =
  'Recurrent requesters (5 ILCS 140/2(g)): notice within 5 business days that the request is so treated, and the initial response within 21 business days after receipt; the records are due within a reasonable period (5 ILCS 140/3.2)';
const VOLUMINOUS_TEXT =
  'Voluminous requests (as defined in 5 ILCS 140/2): within 5 business days after receipt the public body says it treats the request as voluminous; the requester then has 10 business days to narrow it, and later steps run from that reply, so no further due date is computed (5 ILCS 140/3.6)';

const RESPONSE_BASE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 5, unit: 'business' }],
  text: 'Promptly comply with or deny a request within 5 business days after its receipt; failure to comply, extend or deny in time is a denial',
  citation: '5 ILCS 140/3(d)',
  quote:
    'respond to any request for public records within 5 business days after its receipt of the request. Failure to comply with a written request, extend the time for response, or deny a request within 5 business days after its receipt shall be considered a denial of the request',
  quoteSource: Q_3D,
};

const EXTENDED_BASE: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'For the listed reasons the public body may extend the time by not more than 5 business days from the original due date, by written notice within the first 5 business days (10 business days after receipt)',
  citation: '5 ILCS 140/3(e)-(f)',
  quote:
    'may be extended ... for not more than 5 business days from the original due date for any of the following reasons',
  quoteSource: Q_3D,
};

/** 2010-01-01 (P.A. 96-542): commercial-purpose requests, 5 ILCS 140/3.1. */
const RESPONSE_2010: ClockRule = {
  ...RESPONSE_BASE,
  byRequestType: { commercial: [{ days: 21, unit: 'business' }] },
  requestTypeText: COMMERCIAL_TEXT,
};
const EXTENDED_2010: ClockRule = {
  ...EXTENDED_BASE,
  byRequestType: { commercial: null },
  requestTypeText: `${COMMERCIAL_TEXT}; the 3(e) extension does not apply to them`,
};

/** 2011 (P.A. 97-579): recurrent requesters, 5 ILCS 140/3.2. */
const RESPONSE_2011: ClockRule = {
  ...RESPONSE_BASE,
  byRequestType: { commercial: [{ days: 21, unit: 'business' }], recurrent: [{ days: 21, unit: 'business' }] },
  requestTypeText: `${COMMERCIAL_TEXT}. ${RECURRENT_TEXT}`,
};
const EXTENDED_2011: ClockRule = {
  ...EXTENDED_BASE,
  byRequestType: { commercial: null, recurrent: null },
  requestTypeText: `${COMMERCIAL_TEXT}. ${RECURRENT_TEXT}. The 3(e) extension does not apply to them`,
};

/** 2014-12-03 (P.A. 98-1129): voluminous requests, 5 ILCS 140/3.6. */
const RESPONSE_2014: ClockRule = {
  ...RESPONSE_BASE,
  byRequestType: {
    commercial: [{ days: 21, unit: 'business' }],
    recurrent: [{ days: 21, unit: 'business' }],
    voluminous: [{ days: 5, unit: 'business' }],
  },
  requestTypeText: `${COMMERCIAL_TEXT}. ${RECURRENT_TEXT}. ${VOLUMINOUS_TEXT}`,
};
const EXTENDED_2014: ClockRule = {
  ...EXTENDED_BASE,
  byRequestType: { commercial: null, recurrent: null, voluminous: null },
  requestTypeText: `${COMMERCIAL_TEXT}. ${RECURRENT_TEXT}. ${VOLUMINOUS_TEXT}. The 3(e) extension does not apply to them`,
};

const APPEAL_FILING: ClockRule = {
  fixed: true,
  startsAt: 'adverse_determination',
  segments: [
    {
      days: 60,
      unit: 'calendar',
      roll: true,
      rollCitation:
        '5 ILCS 70/1.11 (a last day on a Saturday, Sunday or statutory holiday is excluded, and so is any following such day)',
    },
  ],
  text: 'A request for review by the Public Access Counselor in the Office of the Attorney General must be filed not later than 60 days after the date of the final denial',
  citation: '5 ILCS 140/9.5(a); 5 ILCS 70/1.11',
  uncertain:
    '5 ILCS 70/1.11 also excludes a last day that is any holiday "defined or fixed in any statute" (e.g. Casimir Pulaski Day, Good Friday); the engine rolls only past the days in this calendar, which can give a date one day earlier than the law allows (the safe side for the requester).',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'appeal_receipt',
  text: 'The Public Access Counselor may resolve a request for review by mediation or a non-binding determination; a binding opinion, if the Attorney General issues one, is due within 60 days after receiving all documents needed, extendable by up to 30 business days. The start is not the filing date, so no due date is computed',
  citation: '5 ILCS 140/9.5(c)-(f)',
};

export const US_IL: Jurisdiction = {
  code: 'US-IL',
  name: 'Illinois',
  lawName: 'Freedom of Information Act',
  lawCitation: '5 ILCS 140',
  timeZone: 'America/Chicago',
  calendar: {
    citation:
      'Ill. Adm. Code tit. 80, 303.190 (authorized holidays of State employees under the Personnel Code; the days State offices close)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'State holiday schedule (Central Management Services): a holiday on Saturday is observed the Friday before, on Sunday the Monday after; for Juneteenth only the Sunday rule applies (5 ILCS 490/63)',
    holidays: [
      common.newYear(),
      common.mlk('Dr. Martin Luther King, Jr. Day'),
      common.lincoln(),
      common.washington("Presidents' Day (Washington's Birthday)"),
      common.memorial(),
      common.juneteenth('Juneteenth National Freedom Day', {
        from: '2021-08-09',
        observance: 'sun_mon',
        citation:
          '5 ILCS 490/63, as added by P.A. 102-334 (eff. 2021-08-09: on Sunday the Monday after is the holiday) and P.A. 102-14 (a Saturday June 19 is not moved to Friday)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      electionDay('General Election Day', {
        years: 'even',
        citation:
          'Ill. Adm. Code tit. 80, 303.190 ("General Election Day (on which Members of the House of Representatives are elected)")',
      }),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'FOIA does not define "business day"; the State-office calendar is used. Local public bodies (cities, counties, school districts) follow their own holiday schedules: add their extra closure days (e.g. the day after Thanksgiving, Christmas Eve) as closures, and note that many local bodies stay open on Lincoln\'s Birthday, Columbus Day and Election Day.',
      'Casimir Pulaski Day and Good Friday are statutory State holidays for some purposes (10 ILCS 5/1-6) but State offices stay open; they are not counted as business-day holidays.',
      'Designations: the Friday after Thanksgiving is a day off for State agencies (CMS State holiday schedule, "Thanksgiving: Thursday and Friday"; 80 Ill. Adm. Code 303.190 "additional days proclaimed as holidays or non-working days by the Governor") and is encoded as a closure for the years a source was read: 2019 and 2020 (the stored CMS page lists "Thursday and Friday, November 28 and 29" for 2019 and "November 26 and 27" for 2020), 2021 and 2022 (State Journal-Register, 2021-11-22 and 2022-11-17: State of Illinois offices and courts closed Thursday and Friday) and 2024 (NBC Chicago, State facilities closed 2024-11-29). For 2023 only Secretary of State closures (a separate office with its own holiday rule, 80 Ill. Adm. Code 420.830) and county schedules were found, and the CMS schedules for 2022, 2023, 2025 and 2026 were not found in the stored sources (searched again: CMS pages, the State Journal-Register and Chicago news for 2023, 2025 and 2026), so designations are complete through 2022 only (years before 2019 were not researched; 2021 and 2022 rest on newspaper reports, not the CMS page); the Friday after Thanksgiving of 2023 (11-24), 2025 (11-28) and 2026 (11-27) is very likely closed too but is not encoded.',
      "Not encoded: the Secretary of State's own closures (Christmas Eve under 80 Ill. Adm. Code 420.830, e.g. 2024-12-24), because a designation applies to all State agencies; no Governor's proclamation closing State offices (e.g. for the National Day of Mourning of 2025-01-09) was found.",
    ],
    designations: [
      {
        date: '2019-11-29',
        name: 'Day after Thanksgiving (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          'CMS State holiday schedule 2019 ("Thanksgiving: Thursday and Friday, November 28 and 29"); 80 Ill. Adm. Code 303.190',
        source:
          'https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx (2019-2020 schedule)',
      },
      {
        date: '2020-11-27',
        name: 'Day after Thanksgiving (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          'CMS State holiday schedule 2020 ("Thanksgiving: Thursday and Friday, November 26 and 27"); 80 Ill. Adm. Code 303.190',
        source:
          'https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx (2019-2020 schedule); https://www.sj-r.com/news/20201122/whatrsquos-open-and-closed-thanksgiving-friday ("State offices are also closed on Friday")',
      },
      {
        date: '2021-11-26',
        name: 'Day after Thanksgiving (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'State holiday schedule (Thanksgiving: Thursday and Friday), as reported; 80 Ill. Adm. Code 303.190',
        source:
          'https://www.sj-r.com/story/news/2021/11/22/whats-closed-open-thanksgiving-2021-springfield-il/8710273002/ ("state of Illinois offices and courts ... will all be closed Thursday and Friday")',
      },
      {
        date: '2022-11-25',
        name: 'Day after Thanksgiving (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'State holiday schedule (Thanksgiving: Thursday and Friday), as reported; 80 Ill. Adm. Code 303.190',
        source:
          'https://www.sj-r.com/story/news/local/2022/11/17/thanksgiving-2022-whats-open-whats-closed-springfield-illinoid/69645437007/ ("state of Illinois offices and courts ... will all be closed Thursday and Friday", Nov. 24-25, 2022)',
      },
      {
        date: '2024-11-29',
        name: 'Day after Thanksgiving (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation: 'CMS State holiday schedule; 80 Ill. Adm. Code 303.190',
        source:
          'https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx (Thanksgiving observed Thursday and Friday); https://www.nbcchicago.com/news/local/are-illinois-dmvs-open-thanksgiving-week-here-are-their-hours/3610454/ (State facilities closed 2024-11-29)',
      },
    ],
    designationsThrough: 2022,
    designationSources: [
      'https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx (CMS State holiday schedule)',
      "Governor's proclamations of holidays or non-working days (80 Ill. Adm. Code 303.190)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'FOIA counts "business days" (5 ILCS 140/3(d)) without defining them; a day on which State offices are closed by proclamation or the CMS schedule is not a business day of a State agency (agency rules such as 2 Ill. Adm. Code 1551.20 exclude days on which State offices are closed).',
      citation: '5 ILCS 140/3(d); 80 Ill. Adm. Code 303.190',
    },
    alternatives: [
      {
        reading:
          'A business day is any weekday that is not a statutory holiday, so a non-working day of State offices that is not a holiday under statute still counts',
        citation: '5 ILCS 140/3(d) ("business days", undefined); 5 ILCS 490 (State holidays)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: '5 ILCS 140/3(c)-(d), 10 as in force before P.A. 96-542',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 7, unit: 'business' }],
          text: 'Comply with or deny a written request within 7 working days after its receipt (failure is a denial)',
          citation: '5 ILCS 140/3(c) (text before 2010-01-01)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 14, unit: 'business' }],
          text: 'For the listed reasons the 7 working days could be extended by written notice for not more than 7 additional working days (14 working days after receipt)',
          citation: '5 ILCS 140/3(d) (text before 2010-01-01)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'Before 2010 a denial could be appealed by written notice to the head of the public body; the statute set no time for filing the appeal',
          citation: '5 ILCS 140/10(a) (text before 2010-01-01)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 7, unit: 'business' }],
          text: 'The head of the public body had to review the record and notify the appellant of the determination within 7 working days after receiving the notice of appeal',
          citation: '5 ILCS 140/10(a) (text before 2010-01-01)',
          uncertain:
            'Taken from the former text as summarised in agency rules; the pre-2010 statute itself was not re-read.',
        },
      },
    },
    {
      effectiveFrom: '2010-01-01',
      enactedBy: 'P.A. 96-542 (new 5-business-day rule; commercial requests, 3.1)',
      clocks: {
        response: RESPONSE_2010,
        extended_response: EXTENDED_2010,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2011-08-26',
      enactedBy: 'P.A. 97-579 (recurrent requesters, 3.2; see uncertain)',
      clocks: {
        response: RESPONSE_2011,
        extended_response: EXTENDED_2011,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2014-12-03',
      enactedBy: 'P.A. 98-1129 (voluminous requests, 3.6)',
      clocks: {
        response: RESPONSE_2014,
        extended_response: EXTENDED_2014,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Designations are complete through 2022 only: the CMS schedules for 2023, 2025 and 2026 were not found, so the Friday after Thanksgiving of those years (2023-11-24, 2025-11-28, 2026-11-27) is counted as a business day although State offices very likely closed; the 2021 and 2022 closures rest on newspaper reports (State Journal-Register), not the CMS page.',
    'Juneteenth: P.A. 102-14 says that when June 19 falls on a Saturday or Sunday neither the Friday before nor the Monday after is a paid holiday; P.A. 102-334 (later in effect) makes a Sunday June 19 observed on Monday. Neither moves a Saturday June 19, so Friday 2027-06-18 is counted as a business day (the notes in /work/shared list it as a holiday). Check the CMS schedule for 2027 and add a closure if the State closes.',
    'General Election Day (even years) is an authorized State holiday under 80 Ill. Adm. Code 303.190; separate statutes made the 2020, 2022 and 2024 general elections State holidays for all offices. Whether the 2026 election day closes local public bodies was not confirmed.',
    'The Saturday-to-Friday rule for State holidays comes from the State holiday schedule, not a statute.',
    'The former (pre-2010) periods are taken from agency rules quoting the former 5 ILCS 140/3(c)-(d); the effective date of P.A. 96-542 is 2010-01-01.',
    'Request types: 3.1 (commercial, 21 working days) and 3.2 (recurrent requesters, 21 business days) were read in research copies (self-law.org, FindLaw); 3.6 (voluminous, P.A. 98-1129, eff. 2014-12-03) was read only in its first subsection (Counsel Stack). The recurrent-requester rule is encoded from 2011-08-26, the effective date of P.A. 97-579 as recalled, not read (the Daily Herald reported the bill cleared the General Assembly in May 2011); a request from a recurrent requester in 2011 before that date would get 5 days.',
    'The 5-business-day text of 3(d) was read as quoted in 2 Ill. Adm. Code 1127.401 (the ILCS page itself is not stored), hence partial.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next business day; searched 5 ILCS 140 and agency FOIA rules in Title 2 of the Illinois Administrative Code (e.g. 2 Ill. Adm. Code 1127.401, 726.400, 1620.120). Day 1 is the business day after receipt.',
  sources: [
    'https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 (quotes 5 ILCS 140/3(d)-(e))',
    'https://self-law.org/code/il/chapter-5/act-140/3-1; https://codes.findlaw.com/il/chapter-5-general-provisions/il-st-sect-5-140-3-1/',
    'https://self-law.org/code/il/chapter-5/act-140/3-2',
    'https://law.counselstack.com/statute/il/5/3.6',
    'https://www.dailyherald.com/20110530/news/recurrent-requesters-would-wait-longer-for-info/?print',
    'https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx',
    'https://www.nbcchicago.com/news/local/are-illinois-dmvs-open-thanksgiving-week-here-are-their-hours/3610454/',
    'https://www.sj-r.com/news/20201122/whatrsquos-open-and-closed-thanksgiving-friday',
    'https://www.sj-r.com/story/news/2021/11/22/whats-closed-open-thanksgiving-2021-springfield-il/8710273002/',
    'https://regulations.justia.com/states/illinois/title-80/part-420/subpart-d/section-420-830',
    'https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425 (quotes 5 ILCS 140/9.5(a))',
    'https://app.legiplex.com/il/legislature/2023/2023-r/bills/sb0325/draft-855524?id=855524 (5 ILCS 140/9.5 text)',
    'https://regulations.justia.com/states/illinois/title-2/part-3001/subpart-c/section-3001-200/ (former 7 + 7 working days)',
    'https://print.casetext.com/regulation/illinois-administrative-code/title-80-public-officials-and-employees/part-303-conditions-of-employment/subpart-b-leave-of-absence/section-303190-authorized-holidays',
    'https://ilga.gov/legislation/publicacts/fulltext.asp?GA=102&Name=102-0334; https://witnessslips.ilga.gov/legislation/publicacts/fulltext.asp?Name=102-0014&print=true',
    'https://ilga.gov/legislation/ilcs/documents/001000050K1-24.htm (2024 General Election Day)',
    '/work/shared/jurisdictions.md (US-IL)',
  ],
};
