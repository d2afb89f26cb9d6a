import type { LetterProvisions } from './types.js';

export const US_HI: LetterProvisions = {
  code: 'US-HI',
  feeWaiver: {
    text: 'Search, review and segregation fees are waived up to $60 (instead of $30) when the request is in the public interest because the record is not readily available to the public and the requester intends and has the actual ability to disseminate the information widely to the public; the request must include facts supporting the waiver.',
    citation: 'HAR § 2-71-32',
    source: 'http://www.hawaii.edu/researchcompliance/freedom-information',
  },
  feeLimit: {
    text: 'Agencies may charge no more than $2.50 per 15 minutes of search and $5.00 per 15 minutes of review and segregation, and the first $30 of those fees is waived for every requester.',
    citation: 'HAR § 2-71-31',
    source: 'https://openmygovernment.org/hawaii',
  },
  sources: [
    'https://ags.hawaii.gov/oip/rules/quick-guide-to-oips-administrative-rules/ (Office of Information Practices)',
    'https://oip.hawaii.gov/oip-guidance-on-uipa-complex-record-requests-and-public-interest-fee-waivers/ (OIP guidance on the $60 public interest waiver, 2012)',
    'http://oip.hawaii.gov/impact-statement-for-oips-administrative-rules/ (OIP impact statement; rule § 5-41-32 "Fee waiver in the public interest", now HAR § 2-71-32)',
    'http://www.hawaii.edu/researchcompliance/freedom-information (University of Hawaii restating the waiver rules)',
    'https://openmygovernment.org/hawaii (fee amounts, citing HAR § 2-71-31(a))',
    'https://www.keepinglawsimple.org/states/hawaii/bills/2026/HB130 (H.B. 130, 2025 session: would cap fees and adopt the federal FOIA public-interest waiver standard)',
  ],
  uncertain: [
    "The text of HAR §§ 2-71-31 and 2-71-32 was not read; the amounts and waiver criteria are from the Office of Information Practices' own pages (which confirm the $60 public interest waiver and that the request must include facts supporting it), a University of Hawaii page that restates the two-part test, and openmygovernment.org. Copy charges are set separately (reported as not less than five cents per page under HRS § 92-21).",
    'H.B. 130 (2025) would amend HRS ch. 92F to cap search, review and segregation charges and adopt the federal FOIA public-interest fee-waiver standard; whether it was enacted was not confirmed, so it is not encoded.',
    'No statutory or regulatory right to a particular electronic format was found; not encoded.',
    'No expedited processing in the UIPA or HAR ch. 2-71.',
  ],
  checked: '2026-12-07',
};
