import { common, electionDay, FRI, fixed, nth } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_HI: Jurisdiction = {
  code: 'US-HI',
  name: 'Hawaii',
  lawName: 'Uniform Information Practices Act (Modified)',
  lawCitation: 'HRS chapter 92F; HAR chapters 2-71, 2-73',
  calendar: {
    citation: 'HRS 8-1',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'HRS 8-1 (a holiday on Sunday is observed the following Monday; on Saturday, the preceding Friday)',
    holidays: [
      common.newYear(),
      common.mlk('Dr. Martin Luther King, Jr. Day'),
      common.washington("Presidents' Day"),
      fixed('Prince Jonah Kuhio Kalanianaole Day', 3, 26),
      common.goodFriday(),
      common.memorial(),
      fixed('King Kamehameha I Day', 6, 11),
      common.independence(),
      nth('Statehood Day', 8, FRI, 3),
      common.labor(),
      electionDay('General Election Day', { years: 'even' }),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: ["Juneteenth and Discoverers' Day are days of observance in Hawaii, not holidays; they are not counted."],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'HAR chapter 2-71 (Office of Information Practices rules, 1999)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'Disclose a public record within a reasonable time not to exceed 10 business days, or within 10 business days send the notice of how the request will be handled',
          citation: 'HAR 2-71-13(a)-(b)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [
            { days: 20, unit: 'business' },
            { days: 5, unit: 'business' },
          ],
          text: 'With extenuating circumstances the agency acknowledges within 10 business days, sends its notice within 20 business days of the request, and discloses within 5 business days after the notice (or after prepayment; incremental disclosure aside)',
          citation: 'HAR 2-71-13(c), 2-71-15',
          uncertain:
            'Prepayment of fees and incremental disclosure (2-71-15) can push disclosure later; log a fee pause.',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A requester may appeal a denial to the Office of Information Practices; the filing period in HAR 2-73-12 was not confirmed',
          citation: 'HRS 92F-15.5; HAR 2-73-12',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The Office of Information Practices decides appeals without a fixed statutory period',
          citation: 'HAR 2-73-17',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Response periods read from the text of HAR 2-71-13; the OIP appeal periods rest on the table of contents of HAR chapter 2-73 only.',
    'Statehood Day is encoded as the third Friday of August and the weekend rule of HRS 8-1 as Saturday to Friday, Sunday to Monday; both from memory of the statute, not re-read.',
  ],
  sources: [
    'https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-2-71-13',
    'https://files.hawaii.gov/oip/FILED Appeals Rules HAR_Chapter 2-73.pdf',
  ],
};
