import type { LetterProvisions } from './types.js';

const SOURCE = 'https://www.law.cornell.edu/uscode/text/5/552';

export const US: LetterProvisions = {
  code: 'US',
  electronicFormat: {
    text: 'An agency must provide a record in any form or format requested if the record is readily reproducible by the agency in that form or format.',
    citation: '5 U.S.C. 552(a)(3)(B)',
    quote:
      'In making any record available to a person under this paragraph, an agency shall provide the record in any form or format requested by the person if the record is readily reproducible by the agency in that form or format.',
    source: SOURCE,
  },
  feeWaiver: {
    text: 'Records are furnished without any charge, or at a reduced charge, where disclosure is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government and is not primarily in the commercial interest of the requester.',
    citation: '5 U.S.C. 552(a)(4)(A)(iii)',
    quote:
      'Documents shall be furnished without any charge or at a charge reduced below the fees established under clause (ii) if disclosure of the information is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government and is not primarily in the commercial interest of the requester.',
    source: SOURCE,
  },
  feeLimit: {
    text: 'Where records are not sought for commercial use, fees are limited to reasonable standard charges for document duplication (for educational and noncommercial scientific institutions and representatives of the news media) or for document search and duplication (for any other requester).',
    citation: '5 U.S.C. 552(a)(4)(A)(ii)',
    quote:
      'fees shall be limited to reasonable standard charges for document duplication when records are not sought for commercial use and the request is made by an educational or noncommercial scientific institution, whose purpose is scholarly or scientific research; or a representative of the news media; and (III) for any request not described in (I) or (II), fees shall be limited to reasonable standard charges for document search and duplication.',
    source: SOURCE,
  },
  expedited: {
    text: 'There is a compelling need for these records (5 U.S.C. 552(a)(6)(E)(v)(II)): I am primarily engaged in disseminating information, and there is an urgency to inform the public concerning actual or alleged Federal Government activity.',
    citation: '5 U.S.C. 552(a)(6)(E)',
    quote:
      'Each agency shall promulgate regulations ... providing for expedited processing of requests for records (I) in cases in which the person requesting the records demonstrates a compelling need ... (v) the term "compelling need" means ... (II) with respect to a request made by a person primarily engaged in disseminating information, urgency to inform the public concerning actual or alleged Federal Government activity. (vi) A demonstration of a compelling need by a person making a request for expedited processing shall be made by a statement certified by such person to be true and correct to the best of such person\'s knowledge and belief.',
    source: SOURCE,
    certification:
      'I certify that this statement of a compelling need is true and correct to the best of my knowledge and belief (5 U.S.C. 552(a)(6)(E)(vi)).',
  },
  sources: [SOURCE, 'https://www.justice.gov/oip/freedom-information-act-5-usc-552'],
  uncertain: [
    'The expedited-processing statement is the news-media ground of 552(a)(6)(E)(v)(II); a requester who relies on the imminent-threat ground of (v)(I) must say so in an organisation template instead.',
    'Fee categories: a requester who is neither an educational or noncommercial scientific institution nor a representative of the news media pays search and duplication (552(a)(4)(A)(ii)(III)); the first two hours of search and 100 pages are free for noncommercial requests (552(a)(4)(A)(iv)(II)), which the letter does not repeat.',
  ],
  checked: '2026-12-07',
};
