import type { LetterProvisions } from './types.js';

export const US_PA: LetterProvisions = {
  code: 'US-PA',
  electronicFormat: {
    text: 'A public record must be provided in the medium requested if it exists in that medium, and otherwise in the medium in which it exists; a record kept only electronically may be charged at no more than the lesser of the paper fee or the fee for the original medium, unless the requester asks for the more expensive medium.',
    citation: '65 P.S. § 67.701(a); 65 P.S. § 67.1307(d)',
    quote:
      'If a record is only maintained electronically or in other nonpaper media, duplication fees shall be limited to the lesser of the fee for duplication on paper or the fee for duplication in the original media as provided by subsection (b) unless the requester specifically requests for the record to be duplicated in the more expensive medium.',
    source:
      'https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-13-judicial-review/section-671307-fee-limitations',
  },
  feeWaiver: {
    text: 'An agency may waive duplication fees, including when it deems a waiver to be in the public interest, and must give a reason if it denies a requested waiver.',
    citation: '65 P.S. § 67.1307(f)',
  },
  feeLimit: {
    text: 'Postage may not exceed the actual cost of mailing, and duplication fees must be reasonable, based on prevailing local rates and set by the Office of Open Records; market-value pricing of complex data sets does not apply to news media or nonprofit educational research requests.',
    citation: '65 P.S. § 67.1307(a), (b)',
    quote:
      '(a) Postage.--Fees for postage may not exceed the actual cost of mailing.(b) Duplication.--(1) Fees for duplication by photocopying, printing from electronic media or microfilm, copying onto electronic media, transmission by facsimile or other electronic means and other means of duplication shall be established: (i) by the Office of Open Records, for Commonwealth agencies and local agencies;(ii) by each judicial agency; and(iii) by each legislative agency.(2) The fees must be reasonable and based on prevailing fees for comparable duplication services provided by local business entities.',
    source:
      'https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-13-judicial-review/section-671307-fee-limitations',
  },
  sources: [
    'https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-13-judicial-review/section-671307-fee-limitations (casetext copy of 65 P.S. § 67.1307(a)-(d))',
    'http://pafoic.org/2010/04/agency-must-explain-fee-estimate-denial-of-fee-waiver (Prison Legal News v. Office of Open Records, Commw. Ct. 2010: waiver discretionary; denial must be explained)',
    'https://codelibrary.amlegal.com/codes/cressonaboroughpa/latest/cressonaborough_pa/0-0-0-697 (borough policy restating § 67.1307(g): no fee for reviewing whether a record is public)',
  ],
  uncertain: [
    "Only § 67.1307(a)-(d) was read. The fee waiver (§ 67.1307(f)) comes from a PaFOIC summary of Prison Legal News (2010), which says the law gives agencies discretion to deny waivers but requires a reason; the statute's waiver words were not read. § 67.1307(g), which bars any fee for reviewing whether a record is public, comes from a borough policy restating it.",
    'The § 67.701(a) medium-requested rule was not read; the quote given is § 67.1307(d) on electronic-only records. Under § 67.705 an agency need not create a record or put it in a format it does not use.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
