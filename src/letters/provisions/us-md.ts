import type { LetterProvisions } from './types.js';

export const US_MD: LetterProvisions = {
  code: 'US-MD',
  electronicFormat: {
    text: 'The custodian must provide a copy in a searchable and analyzable electronic format when the record is in that format, the applicant asks for it, and the custodian can provide it without disclosing protected information.',
    citation: 'Md. Code, Gen. Prov. § 4-205(c)(1)',
    quote:
      'the custodian of a public record shall provide an applicant with a copy of the public record in a searchable and analyzable electronic format if: (i) the public record is in a searchable and analyzable electronic format; (ii) the applicant requests a copy of the public record in a searchable and analyzable electronic format; and (iii) the custodian is able to provide a copy of the public record, in whole or in part, in a searchable and analyzable electronic format that does not disclose: 1. confidential or protected information',
    source: 'https://www.legalfix.com/statutes/state-codes/maryland/general-provisions/title-4/subtitle-2/sect-4-205',
  },
  feeWaiver: {
    text: "On the applicant's request, the custodian may waive a fee if the applicant is indigent and files an affidavit of indigency, or if, considering the applicant's ability to pay and other relevant factors, the waiver would be in the public interest.",
    citation: 'Md. Code, Gen. Prov. § 4-206(e)',
    quote:
      '(e) The official custodian may waive a fee under this section if: (1) the applicant asks for a waiver; and (2) (i) the applicant is indigent and files an affidavit of indigency; or (ii) after consideration of the ability of the applicant to pay the fee and other relevant factors, the official custodian determines that the waiver would be in the public interest.',
    source: 'https://lexace.ai/us/statute/maryland/GP-4-206',
  },
  feeLimit: {
    text: 'Only a reasonable fee bearing a reasonable relationship to actual costs may be charged, with staff and attorney time prorated by actual salary and time, and no fee for the first two hours needed to search for and prepare records.',
    citation: 'Md. Code, Gen. Prov. § 4-206(a)(3), (b), (c)',
    quote:
      '"Reasonable fee" means a fee bearing a reasonable relationship to the recovery of actual costs incurred by a governmental unit. [...] (c) The official custodian may not charge a fee for the first 2 hours that are needed to search for a public record and prepare it for inspection.',
    source: 'https://lexace.ai/us/statute/maryland/GP-4-206',
  },
  sources: [
    'https://lexace.ai/us/statute/maryland/GP-4-206',
    'https://d1tvxue8o4w0fl.cloudfront.net/statute/code-of-maryland/article-general-provisions/title-4-public-information-act/subtitle-2-inspection-of-public-records/section-4-206-fees (current with the 2024 session)',
    'https://www.legalfix.com/statutes/state-codes/maryland/general-provisions/title-4/subtitle-2/sect-4-205 (§ 4-205, 2019)',
    'https://self-law.org/code/md/general-provisions/4-205',
    'https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-1a-04/ (Compliance Board: fees over $350)',
  ],
  uncertain: [
    '"Indigent" means family household income below 50% of the State median family income (§ 4-206(a)(2)). The waiver is discretionary ("may"). Complaints about unreasonable fees over $350 go to the Public Access Ombudsman and then the State Public Information Act Compliance Board (§§ 4-1A-04, 4-1A-05).',
    'The custodian need not create or reconstruct electronic records and may remove metadata (§ 4-205 and agency COMAR rules); not encoded in detail.',
    'Statute text was read in unofficial copies (lexace.ai, casetext mirror current through 2024, legalfix 2019), not on mgaleg.maryland.gov.',
    'No expedited processing in the Maryland PIA.',
  ],
  checked: '2026-12-07',
};
