import type { LetterProvisions } from './types.js';

export const US_MO: LetterProvisions = {
  code: 'US-MO',
  electronicFormat: {
    text: 'If the public governmental body keeps a record on a system capable of copying electronic documents into other electronic documents, it must provide the data in such electronic format on request; bodies keeping records electronically are strongly encouraged to provide access in usable electronic formats.',
    citation: 'RSMo 610.029.1',
    quote:
      'However, if the public governmental body keeps a record on a system capable of allowing the copying of electronic documents into other electronic documents, the public governmental body shall provide data to the public in such electronic format, if requested.',
    source:
      'https://getpocketlaw.com/law/state_missouri/section-610-029-governmental-agencies-to-provide-information-by-electronic-services-contracts-for-public-records-databases-requirements-electronic-services-defined-division-of-data-processing-may-be-consulted_3d2ae03f436e',
  },
  feeWaiver: {
    text: "Documents may be furnished without charge or at a reduced charge when the public governmental body determines that a waiver or reduction is in the public interest because it is likely to contribute significantly to public understanding of its operations or activities and is not primarily in the requester's commercial interest.",
    citation: 'RSMo 610.026.1(1)',
    quote:
      'Documents may be furnished without charge or at a reduced charge when the public governmental body determines that waiver or reduction of the fee is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the public governmental body and is not primarily in the commercial interest of the requester',
    source: 'https://statutes.laws.com/missouri/t39/c610/610_026',
  },
  feeLimit: {
    text: 'Paper copies up to 9 by 14 inches may cost no more than ten cents a page, duplicating time no more than the average clerical hourly rate, research time only its actual cost using the employees who result in the lowest charges, and electronic or audio-visual records only the cost of copies, staff time at the average staff rate, and the medium.',
    citation: 'RSMo 610.026.1(1), (2)',
    quote:
      'Fees for copying public records, except those records restricted under section 32.091, RSMo, shall not exceed ten cents per page for a paper copy not larger than nine by fourteen inches, with the hourly fee for duplicating time not to exceed the average hourly rate of pay for clerical staff of the public governmental body. Research time required for fulfilling records requests may be charged at the actual cost of research time. Based on the scope of the request, the public governmental body shall produce the copies using employees of the body that result in the lowest amount of charges for search, research, and duplication time.',
    source: 'https://statutes.laws.com/missouri/t39/c610/610_026',
  },
  sources: [
    'https://statutes.laws.com/missouri/t39/c610/610_026',
    'https://getpocketlaw.com/law/state_missouri/section-610-029-governmental-agencies-to-provide-information-by-electronic-services-contracts-for-public-records-databases-requirements-electronic-services-defined-division-of-data-processing-may-be-consulted_3d2ae03f436e (RSMo 610.029, effective 28 Aug 2014)',
    'https://moenvironment.org/b-fee-waiver-requests/ (practice note on 610.026 waivers)',
    'https://www.dnr.mo.gov/sunshine-form.htm (Department of Natural Resources fee schedule)',
    'https://app.legiplex.com/mo/legislature/2023/2023-r/bills/hb394/drafts-latest (H.B. 394 (2023), proposed rewrite of 610.026)',
  ],
  uncertain: [
    'The 610.026 text was read on statutes.laws.com, a copy that may predate later amendments; bills such as H.B. 394 (2023) proposed rewriting 610.026, and whether any later change was enacted was not checked. The requester may ask for a cost estimate before copies are made (610.026.1(1)).',
    'The waiver is discretionary ("may") and the determination is the public body\'s.',
    'No expedited processing in the Missouri Sunshine Law.',
  ],
  checked: '2026-12-07',
};
