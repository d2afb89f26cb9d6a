import type { LetterProvisions } from './types.js';

export const US_TX: LetterProvisions = {
  code: 'US-TX',
  electronicFormat: {
    text: 'If public information exists in an electronic medium, the requester may ask for an electronic copy, and the governmental body must provide it in that medium if it has the technological ability, need not buy software or hardware, and no copyright agreement is violated; otherwise it must use another medium acceptable to the requester.',
    citation: "Tex. Gov't Code § 552.228(b)-(c)",
    quote:
      'If public information exists in an electronic or magnetic medium, the requestor may request a copy in an electronic medium, such as on diskette or on magnetic tape. A governmental body shall provide a copy in the requested medium if: (1) the governmental body has the technological ability to produce a copy of the requested information in the requested medium; (2) the governmental body is not required to purchase any software or hardware to accommodate the request; and (3) provision of a copy of the information in the requested medium will not violate the terms of any copyright agreement between the governmental body and a third party.',
    source: 'https://lexace.ai/us/statute/texas/552.228',
  },
  feeWaiver: {
    text: 'A governmental body must provide a copy free or at a reduced charge if it determines that waiver or reduction is in the public interest because providing the copy primarily benefits the general public.',
    citation: "Tex. Gov't Code § 552.267(a)",
    quote:
      'A governmental body shall provide a copy of public information without charge or at a reduced charge if the governmental body determines that waiver or reduction of the charge is in the public interest because providing the copy of the information primarily benefits the general public.',
    source: 'https://texas.public.law/statutes/tex._gov%27t_code_section_552.267',
  },
  feeLimit: {
    text: "Charges for copies must follow the Attorney General's cost rules (local bodies may exceed them by no more than 25 percent without an exemption), and a requester must be given a written itemized estimate before any charge over $40 is imposed.",
    citation: "Tex. Gov't Code §§ 552.261, 552.262, 552.2615; 1 Tex. Admin. Code § 70.1",
    quote:
      'Governmental bodies must use the charges established by these rules, unless: (1) Other law provides for charges for specific kinds of public information; (2) They are a governmental body other than a state agency, and their charges are within a 25 percent variance above the charges established by the Attorney General; (3) They request and receive an exemption because their actual costs are higher',
    source: 'https://www.law.cornell.edu/regulations/texas/1-Tex-Admin-Code-SS-70-1',
  },
  sources: [
    'https://lexace.ai/us/statute/texas/552.228',
    'https://texas.public.law/statutes/tex._gov%27t_code_section_552.267',
    'https://www.texaspress.com/texas-law-contains-provisions-public-information-cost-waiver-reduction (Texas Press Association quoting § 552.267 and the FOIFT letter wording)',
    'https://www.law.cornell.edu/regulations/texas/1-Tex-Admin-Code-SS-70-1 (Attorney General cost rules)',
    'http://fairoaksranchtx.org/133/Public-Information-Act (city page restating § 552.2615: itemized statement when charges exceed $40)',
  ],
  uncertain: [
    "The fee-limit quote is from the Attorney General's rule (1 Tex. Admin. Code § 70.1), not the statute. The $40 itemized-estimate threshold of § 552.2615 comes from a city page restating it, and the text of §§ 552.261-552.262 was not read.",
    'The § 552.267 waiver turns on the governmental body\'s own determination; the FOIFT letter template suggests stating that disclosure "primarily benefits the general public".',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
