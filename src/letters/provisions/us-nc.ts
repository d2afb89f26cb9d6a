import type { LetterProvisions } from './types.js';

export const US_NC: LetterProvisions = {
  code: 'US-NC',
  electronicFormat: {
    text: 'A requester may choose to receive copies of public records in any and all media in which the agency is capable of providing them, and a request for a particular medium may not be denied because the custodian prefers another.',
    citation: 'N.C. Gen. Stat. § 132-6.2(a)',
    quote:
      'Persons requesting copies of public records may elect to obtain them in any and all media in which the public agency is capable of providing them. No request for copies of public records in a particular medium shall be denied on the grounds that the custodian has made or prefers to make the public records available in another medium.',
    source: 'https://statutes.laws.com/north-carolina/Chapter_132/GS_132-6_2/',
  },
  feeLimit: {
    text: 'An agency may not charge more than its actual cost of making an uncertified copy, meaning only direct, chargeable reproduction costs, unless the request requires extensive use of information technology or extensive clerical or supervisory help.',
    citation: 'N.C. Gen. Stat. § 132-6.2(b)',
    quote:
      'Except as otherwise provided by law, no public agency shall charge a fee for an uncertified copy of a public record that exceeds the actual cost to the public agency of making the copy. For purposes of this subsection, "actual cost" is limited to direct, chargeable costs related to the reproduction of a public record as determined by generally accepted accounting principles and does not include costs that would have been incurred by the public agency if a request to reproduce a public record had not been made.',
    source: 'https://statutes.laws.com/north-carolina/Chapter_132/GS_132-6_2/',
  },
  sources: [
    'https://statutes.laws.com/north-carolina/Chapter_132/GS_132-6_2/',
    'https://canons.sog.unc.edu/form-format-and-medium-how-must-electronic-records-be-provided/ (UNC School of Government on form, format and medium; opening only)',
  ],
  uncertain: [
    'G.S. 132-6.2 was read in an unofficial compilation (statutes.laws.com) that may predate later amendments; the official ncleg.gov text was not compared.',
    'A special service charge is allowed for extensive use of information technology resources or of clerical or supervisory assistance (132-6.2(b)).',
    'G.S. 132-1(b), that public records are furnished "free or at minimal cost", was not read and is not included.',
    'Fee waiver is left out: no statutory waiver was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
