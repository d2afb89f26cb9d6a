import { common, FRI, last } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const HOLIDAYS = 'Neb. Rev. Stat. 25-2221; 84-1001(3)';

export const US_NE: Jurisdiction = {
  code: 'US-NE',
  name: 'Nebraska',
  lawName: 'Public Records Statutes',
  lawCitation: 'Neb. Rev. Stat. 84-712 to 84-712.09',
  calendar: {
    citation: HOLIDAYS,
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Neb. Rev. Stat. 84-1001(4) and 25-2221 (a holiday on Sunday: the following Monday; on Saturday: the preceding Friday)',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Martin Luther King, Jr.'),
      common.washington("President's Day"),
      last('Arbor Day', 4, FRI),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation:
          'Neb. Rev. Stat. 84-1001(3) (paid holidays include days declared holidays by law of the President or Governor) from the federal act of 2021-06-17; now listed in 25-2221',
      }),
      common.independence(),
      common.labor(),
      common.columbus("Indigenous Peoples' Day and Columbus Day"),
      common.veterans(),
      common.thanksgiving(),
      common.dayAfterThanksgiving('The day after Thanksgiving'),
      common.christmas(),
    ],
    notes: [
      'State offices also close on "all days declared by law or proclamation of the President or Governor to be holidays" (84-1001(3); 25-2221): add such one-off days as closures.',
      'For Veterans Day on a weekend the Governor may declare either the preceding Friday or the following Monday (84-104.01); the engine uses Friday for Saturday and Monday for Sunday.',
      'Political subdivisions may keep their own calendars; the list above is the state one (courts and state agencies).',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-07-13',
      enactedBy: 'Laws 2000, LB 628',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 4, unit: 'business' }],
          text: 'As soon as practicable and without delay, but not more than four business days after actual receipt of the request: make the records available, give a written denial, or explain in writing why the request cannot be fulfilled within four business days',
          citation: 'Neb. Rev. Stat. 84-712(4)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'If the request cannot be fulfilled within four business days because of significant difficulty or its extent, the custodian gives the earliest practicable date for fulfilling it, with a cost estimate and an opportunity to narrow it; there is no cap',
          citation: 'Neb. Rev. Stat. 84-712(4)(c)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A person denied access (or charged a disputed fee) may petition the Attorney General to review the matter; the statute sets no time limit for the petition',
          citation: 'Neb. Rev. Stat. 84-712.03(1)(b)',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 15, unit: 'calendar', roll: true, rollCitation: 'Neb. Rev. Stat. 25-2221' }],
          text: 'The Attorney General determines the petition within 15 calendar days after it is submitted',
          citation: 'Neb. Rev. Stat. 84-712.03(1)(b)',
          uncertain:
            '25-2221 rolls a last day on a Saturday, Sunday or day the courts may be closed to the next open day "in any action or proceeding"; the engine applies it to the Attorney General’s review. Without it a 15th day on a weekend would not move.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Effective date: the four-business-day rule (84-712(4)) and the Attorney General’s 15-day review are taken as enacted by LB 628 (2000), operative 2000-07-13 (three months after adjournment); not confirmed from the session law. Requests before that date get no rule (422).',
    'Juneteenth: state offices closed from 2021 under 84-1001(3) (holidays declared by federal law; Governor’s proclamations of 2021); the amendment adding it to the 25-2221 list was not identified. Encoded from 2021-06-17.',
    '84-712(4) and 84-712.03 were read in the Attorney General’s outline and secondary copies, not the official text.',
    'Roll-forward of the Attorney General’s 15th day under 25-2221 ("action or proceeding") is an interpretation.',
  ],
  sources: [
    'https://nebraskalegislature.gov/laws/statutes.php?statute=25-2221&print=true',
    'https://nebraskalegislature.gov/laws/statutes.php?statute=84-1001',
    'https://nebraskalegislature.gov/laws/statutes.php?statute=84-104.01&print=true',
    'https://www.nebraskalegislature.gov/laws/statutes.php?statute=84-712.04',
    'https://ago.nebraska.gov/open-government',
    'https://ago.nebraska.gov/public_records/statutes',
    'https://www.einpresswire.com/article/544106486/state-offices-to-close-june-18th-to-observe-juneteenth',
  ],
};
