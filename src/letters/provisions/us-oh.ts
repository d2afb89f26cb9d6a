import type { LetterProvisions } from './types.js';

export const US_OH: LetterProvisions = {
  code: 'US-OH',
  electronicFormat: {
    text: 'A requester may choose to have a public record copied on paper, on the same medium on which the public office keeps it, or on any other medium on which the office can reasonably duplicate it in its normal operations.',
    citation: 'R.C. 149.43(B)(6)',
  },
  feeLimit: {
    text: 'Public records must be made available for inspection, and copies of them must be provided at cost within a reasonable period of time; electronic copies must also be provided at actual cost.',
    citation: 'R.C. 149.43(B)(1)',
    quote:
      'Upon request and subject to division (B)(8) of this section, all public records responsive to the request shall be promptly prepared and made available for inspection to any person at all reasonable times during regular business hours. Subject to division (B)(8) of this section, upon request, a public office or person responsible for public records shall make copies of the requested public Record available at cost and within a reasonable period of time.',
    source: 'https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/',
  },
  sources: [
    'https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/ (Court of Claims quoting R.C. 149.43(B)(1))',
    'https://cetient.com/case/2690902/state-ex-rel-data-trace-information-services-llc-v-cuyahoga-county-fiscal-officer (State ex rel. Data Trace v. Cuyahoga Cty. Fiscal Officer, 2012-Ohio-753: electronic copies to be provided at actual cost)',
    'http://www.cincinnati.com/story/news/your-watchdog/2014/06/11/tips-requesting-records/10312923/ (Cincinnati Enquirer guide: records may be had in the form in which they are kept; no charge for employee time)',
  ],
  uncertain: [
    "The text of R.C. 149.43(B)(6), the requester's choice of medium, was not read; `electronicFormat` rests on the researcher's knowledge of the statute and on a newspaper guide, and has no quote.",
    '"At cost" is not defined in the words read. Data Trace (2012) holds that electronic copies must be provided at actual cost, and the newspaper guide says employee time may not be charged; neither is statute text.',
    'Fee waiver is left out: R.C. 149.43 has no fee-waiver provision that was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
