import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_CT: Jurisdiction = {
  code: 'US-CT',
  name: 'Connecticut',
  lawName: 'Freedom of Information Act',
  lawCitation: 'C.G.S. 1-200 to 1-242',
  calendar: {
    citation: 'C.G.S. 1-4',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'C.G.S. 1-4: whenever a listed day not designated to occur on a Monday falls on a Sunday, the Monday next following is a legal holiday, and whenever it falls on a Saturday, the Friday immediately preceding',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day (first Monday on or after January 15)'),
      common.lincoln('Lincoln Day'),
      common.washington(),
      common.goodFriday('Good Friday', {
        citation:
          'C.G.S. 1-4 (a day appointed by the Governor as a day of religious observance; proclaimed every year and on the state-employee holiday list)',
      }),
      common.memorial('Memorial Day or Decoration Day'),
      common.juneteenth('Juneteenth Independence Day', {
        from: '2022-10-01',
        citation: 'C.G.S. 1-4, as amended by P.A. 22-128 (effective October 1, 2022; first observed June 19, 2023)',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans("Veterans' Day"),
      common.thanksgiving('Thanksgiving Day', {
        citation: 'C.G.S. 1-4 (the day of thanksgiving appointed by the Governor or the President)',
      }),
      common.christmas('Christmas'),
    ],
    notes: [
      'Other days appointed by the Governor or the President as days of thanksgiving, fasting or religious observance are also legal holidays under C.G.S. 1-4; add them as closures.',
      'Municipal offices may keep a different calendar (some stay open on Lincoln Day or Good Friday); such an agency counts those days as business days.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'C.G.S. 1-206 (formerly 1-21i, transferred 1999); the four-business-day and thirty-day periods are taken as unchanged since before 2000',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 4, unit: 'business' }],
          text: 'A denial must be made in writing within four business days of the request; failure to comply with the request within four business days is deemed a denial',
          citation: 'C.G.S. 1-206(a)',
          uncertain:
            'Requests for records in personnel, medical or similar files that require notice to the employee (C.G.S. 1-214(b)-(c)) get ten business days; not encoded. Production itself must be prompt (C.G.S. 1-210(a), 1-212) but has no fixed period.',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 30, unit: 'calendar' }],
          text: 'Notice of appeal to the Freedom of Information Commission not later than 30 days after the denial (deemed filed when received, or on its postmark date if received later)',
          citation: 'C.G.S. 1-206(b)(1)',
          uncertain:
            'No statute found that moves a 30th day falling on a weekend or holiday, so none is applied. For a deemed denial (no answer in four business days), start the clock at the fourth business day.',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 12, unit: 'month' }],
          text: 'The Commission must, after due notice to the parties, hear and decide the appeal within one year after the notice of appeal is filed',
          citation: 'C.G.S. 1-206(b)(1)',
          uncertain:
            'The one-year sentence of 1-206(b)(1) was not shown in the excerpts read this session (the first sentences of (b)(1) were); it is encoded from the statute as known. Privileged appeals under the Commission’s regulations must be heard within 30 days and decided within 60 days after the hearing; not encoded.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'C.G.S. 1-206(a) and the 30-day filing period of 1-206(b)(1) were read on the Commission’s and secondary statute sites; the one-year decision period was not (see the clock).',
    'One rule set from 2000-01-01: the history of 1-206 since 2000 (e.g. the vexatious-requester and electronic-service amendments) was not checked for changes to these periods.',
    'The weekend rule and holiday list of C.G.S. 1-4 were read in the text reproduced in the 2021 Juneteenth bill (H.B. 6209) and earlier lawserver text; Good Friday and Thanksgiving are holidays only by annual proclamation, assumed every year.',
    'Juneteenth: P.A. 22-128, signed May 27, 2022, effective October 1, 2022; the first observed date is Monday June 19, 2023.',
  ],
  sources: [
    'https://portal.ct.gov/FOI/Regulations/The-FOI-Act/Section-1206-Formerly-Sec-121i--Denial-of-access-to-public-records-or-meetings--Appeals--Notice--Ord',
    'http://laws9.com/statutes/connecticut/title1/chap014/Sec1-206',
    'https://portal.ct.gov/FOI/Quick-Links/Citizens-Guide',
    'https://app.legiplex.com/ct/legislature/2021/2021-r/bills/hb06209/drafts-latest (C.G.S. 1-4 text)',
    'https://lawserver.com/?p=29612004 (C.G.S. 1-4 text)',
    'https://www.eane.org/?p=54384 (P.A. 22-128 effective date)',
    'https://www.nbcconnecticut.com/news/local/connecticut-to-observe-juneteenth-as-a-legal-holiday-this-year/3049842/',
    'https://authoring-stage.ct.egov.com/das/services-for-state-employees/holidays',
  ],
};
