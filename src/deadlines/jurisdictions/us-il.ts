import { common, electionDay } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_IL: Jurisdiction = {
  code: 'US-IL',
  name: 'Illinois',
  lawName: 'Freedom of Information Act',
  lawCitation: '5 ILCS 140',
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
      'The day after Thanksgiving and other days "proclaimed as holidays or non-working days by the Governor" (303.190) are closures by proclamation or collective-bargaining agreement, not by rule: add them as closures for State agencies.',
      'Casimir Pulaski Day and Good Friday are statutory State holidays for some purposes (10 ILCS 5/1-6) but State offices stay open; they are not counted as business-day holidays.',
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
      enactedBy: 'P.A. 96-542',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'Promptly comply with or deny a request within 5 business days after its receipt; failure to comply, extend or deny in time is a denial',
          citation: '5 ILCS 140/3(d)',
          uncertain:
            'Requests for a commercial purpose (3.1) and from recurrent requesters (3.2) have 21 business days; voluminous requests (3.6) have their own periods. Count those by hand.',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'For the listed reasons the public body may extend the time by not more than 5 business days from the original due date, by written notice within the first 5 business days (10 business days after receipt)',
          citation: '5 ILCS 140/3(e)-(f)',
        },
        appeal_filing: {
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
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Public Access Counselor may resolve a request for review by mediation or a non-binding determination; a binding opinion, if the Attorney General issues one, is due within 60 days after receiving all documents needed, extendable by up to 30 business days. The start is not the filing date, so no due date is computed',
          citation: '5 ILCS 140/9.5(c)-(f)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Juneteenth: P.A. 102-14 says that when June 19 falls on a Saturday or Sunday neither the Friday before nor the Monday after is a paid holiday; P.A. 102-334 (later in effect) makes a Sunday June 19 observed on Monday. Neither moves a Saturday June 19, so Friday 2027-06-18 is counted as a business day (the notes in /work/shared list it as a holiday). Check the CMS schedule for 2027 and add a closure if the State closes.',
    'General Election Day (even years) is an authorized State holiday under 80 Ill. Adm. Code 303.190; separate statutes made the 2020, 2022 and 2024 general elections State holidays for all offices. Whether the 2026 election day closes local public bodies was not confirmed.',
    'The Saturday-to-Friday rule for State holidays comes from the State holiday schedule, not a statute.',
    'The former (pre-2010) periods are taken from agency rules quoting the former 5 ILCS 140/3(c)-(d); the effective date of P.A. 96-542 is 2010-01-01.',
  ],
  sources: [
    'https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 (quotes 5 ILCS 140/3(d)-(e))',
    'https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425 (quotes 5 ILCS 140/9.5(a))',
    'https://app.legiplex.com/il/legislature/2023/2023-r/bills/sb0325/draft-855524?id=855524 (5 ILCS 140/9.5 text)',
    'https://regulations.justia.com/states/illinois/title-2/part-3001/subpart-c/section-3001-200/ (former 7 + 7 working days)',
    'https://print.casetext.com/regulation/illinois-administrative-code/title-80-public-officials-and-employees/part-303-conditions-of-employment/subpart-b-leave-of-absence/section-303190-authorized-holidays',
    'https://ilga.gov/legislation/publicacts/fulltext.asp?GA=102&Name=102-0334; https://witnessslips.ilga.gov/legislation/publicacts/fulltext.asp?Name=102-0014&print=true',
    'https://ilga.gov/legislation/ilcs/documents/001000050K1-24.htm (2024 General Election Day)',
    '/work/shared/jurisdictions.md (US-IL)',
  ],
};
