import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_GA: Jurisdiction = {
  code: 'US-GA',
  name: 'Georgia',
  lawName: 'Open Records Act',
  lawCitation: 'O.C.G.A. 50-18-70 et seq.',
  calendar: {
    citation:
      'O.C.G.A. 1-4-1(a)(1) (the public and legal holidays designated by the federal government as of January 1, 1984; as of January 1, 2022 from 2022-04-04)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      "Federal observance adopted with the federal holidays (5 U.S.C. 6103(b)); the Governor's annual closure schedule under O.C.G.A. 1-4-1(b) follows it",
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr. Day'),
      common.washington(),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2022-04-04',
        citation: 'O.C.G.A. 1-4-1(a)(1), as amended by HB 1335 (Ga. L. 2022, p. 73), effective 2022-04-04',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'The Governor closes state offices on 12 (13 since 2022) days a year and names them each year (O.C.G.A. 1-4-1(a)(2), (b)): in practice the Friday after Thanksgiving, an April "State Holiday" (the Confederate Memorial Day substitute), and Washington\'s Birthday moved to a day in late December. These proclamation days are closures to add each year.',
      "Washington's Birthday remains a legal holiday under 1-4-1(a)(1) and is counted, although state offices usually stay open that Monday because the Governor moves the closure to December.",
      'Local governments set their own holidays: add their closures.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        'former O.C.G.A. 50-18-70(f) (three business days, before 2000); O.C.G.A. 50-18-71(b)(1)(A) as rewritten by HB 397 (Ga. L. 2012), effective 2012-04-17',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'Produce the records within a reasonable amount of time not to exceed three business days of receipt of the request; if records exist but are not available within that time, give a description of them and a timetable for their inspection and copying within the three business days',
          citation: 'O.C.G.A. 50-18-71(b)(1)(A) (former 50-18-70(f))',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'When records cannot be made available within three business days the agency must give a timetable and provide them "as soon as practicable"; the statute sets no maximum',
          citation: 'O.C.G.A. 50-18-71(b)(1)(A)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "The Open Records Act does not define \"business day\". The calendar is the statutory set of O.C.G.A. 1-4-1(a)(1) (the federal holidays), not the Governor's yearly closure list: it counts Washington's Birthday (offices usually open) and not the proclamation days (day after Thanksgiving, April State Holiday, December closure). The shared notes left Washington's Birthday out.",
    'Saturday and Sunday observance follows the federal rule; 1-4-1 itself does not say.',
    'There is no administrative appeal; enforcement is by civil action or an Attorney General complaint (50-18-73), with no statutory timetable.',
    'The three-business-day rule predates 2000 (former 50-18-70(f)); the 2012 rewrite kept it. The pre-2012 text was not re-read.',
  ],
  sources: [
    'https://holidays.uslegal.com/state-holidays/georgia-legal-holidays/ (O.C.G.A. 1-4-1)',
    'https://instalawyer.io/laws/georgia-code/1-4-1-public-and-legal (2022 amendment, HB 1335)',
    '/work/shared/jurisdictions.md (US-GA: RCFP Open Government Guide; MuckRock Georgia guide)',
  ],
};
