import type { LetterProvisions } from './types.js';

export const US_WY: LetterProvisions = {
  code: 'US-WY',
  feeLimit: {
    text: "No fee may be charged to inspect a printed record, and fees for copies must be reasonable; under the Department of Administration and Information's uniform rules for state agencies, costs of producing electronic records are charged only beyond the first $180, and paper copies cost $0.10 a standard page.",
    citation: 'Wyo. Stat. §§ 16-4-202(d)(i), 16-4-204; Wyo. Admin. Code 006.0011.2 §§ 2-4, 2-5',
    quote:
      'Production and construction costs will be charged only if they exceed $180.00. If the costs exceed $180.00, the initial $180.00 will be a credit and not charged to the applicant.',
    source: 'https://regulations.justia.com/states/wyoming/agency-006/sub-agency-0011/chapter-2/section-2-4',
  },
  sources: [
    'https://regulations.justia.com/states/wyoming/agency-006/sub-agency-0011/chapter-2/section-2-4 (uniform rules: electronic public records; $180 credit)',
    'https://regulations.justia.com/states/wyoming/agency-006/sub-agency-0011/chapter-2/section-2-5 (uniform rules: non-electronic records; $0.10 a standard page; scanning $0.10 a page)',
    'https://www.openmygovernment.org/wyoming/ (Goldwater Institute summary of § 16-4-204: no charge to inspect printed records; reasonable copy fees)',
    'https://casetext.com/statute/wyoming-statutes/title-16-city-county-state-and-local-powers/chapter-4-uniform-municipal-fiscal-procedures-public-records-documents-and-meetings/article-2-public-records/section-16-4-202-right-of-inspection-rules-and-regulations-unavailability-training (16-4-202(a)-(c), in part)',
  ],
  uncertain: [
    'The fee quote is from the Department of Administration and Information\'s uniform rules (a regulation binding state agencies); local governments set their own thresholds (e.g. the Town of Wright uses $10). The statute\'s own fee words, in § 16-4-202(d)(i) and § 16-4-204, were not read. The rule says a custodian "shall charge" reasonable costs of producing electronic records under § 16-4-202(d)(i).',
    "Electronic format is left out: § 16-4-202(d), on electronic records, was not read beyond the rules' reference to (d)(i), so no right to a chosen format is stated.",
    'Fee waiver is left out: no statutory waiver was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
