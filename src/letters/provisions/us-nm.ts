import type { LetterProvisions } from './types.js';

export const US_NM: LetterProvisions = {
  code: 'US-NM',
  electronicFormat: {
    text: 'A custodian must provide a copy of a public record in electronic format if the record is available in electronic format and an electronic copy is specifically requested, in the file format in which it exists at the time of the request.',
    citation: 'NMSA 1978, 14-2-9(B)',
    quote:
      'A custodian shall provide a copy of a public record in electronic format if the public record is available in electronic format and an electronic copy is specifically requested. However, a custodian is only required to provide the electronic record in the file format in which it exists at the time of the request.',
    source: 'https://instalawyer.io/laws/new-mexico-statutes/section-14-2-9-procedure-for',
  },
  feeLimit: {
    text: 'A custodian may charge only reasonable copying fees of no more than $1.00 a printed page (11 by 17 inches or smaller) and the actual costs of storage media and transmission, and may not charge for determining whether a record is subject to disclosure.',
    citation: 'NMSA 1978, 14-2-9(C)',
    quote:
      '(1) may charge reasonable fees for copying the public records, unless a different fee is otherwise prescribed by law; (2) shall not charge fees in excess of one dollar ($1.00) per printed page for documents eleven inches by seventeen inches in size or smaller; (3) may charge the actual costs associated with downloading copies of public records to a computer disk or storage device, including the actual cost of the computer disk or storage device; (4) may charge the actual costs associated with transmitting copies of public records by mail, electronic mail or facsimile; (5) may require advance payment of the fees before making copies of public records; (6) shall not charge a fee for the cost of determining whether any public record is subject to disclosure',
    source: 'https://instalawyer.io/laws/new-mexico-statutes/section-14-2-9-procedure-for',
  },
  sources: [
    'https://instalawyer.io/laws/new-mexico-statutes/section-14-2-9-procedure-for',
    'https://www.legalfix.com/statutes/state-codes/new-mexico/chapter-14/article-2/section-14-2-9 (same text, NM Stat 14-2-9 (2019))',
    'http://nmfog.org/topic/1reasonable-copy-fees/ (NMFOG: no fee when records are only assembled, not copied)',
    'https://law.justia.com/codes/new-mexico/2015/chapter-14/article-2/section-14-2-7/ (14-2-7(B): the custodian responds in the medium in which the request was made)',
  ],
  uncertain: [
    'The 14-2-9 text was read in unofficial compilations (instalawyer, legalfix 2019); no later amendment was checked against nmonesource.com.',
    'Fee waiver is left out: IPRA has no fee-waiver provision that was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
