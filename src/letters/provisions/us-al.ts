import type { LetterProvisions } from './types.js';

export const US_AL: LetterProvisions = {
  code: 'US-AL',
  feeLimit: {
    text: 'A public officer may charge only a reasonable fee, and must notify the requester of the estimated fee before withholding records until payment.',
    citation: 'Ala. Code § 36-12-44(a)(2); § 36-12-43(a)',
    quote:
      'The public officer may require the requester to pay a reasonable fee set by the public officer before the requester may receive any public records. If the public officer elects to charge a fee, the public officer shall notify the requester of the estimated fee and withhold any public records until receipt of payment.',
    source:
      'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
  },
  sources: [
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request',
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-43-policy-definitions',
    'https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-45-written-procedures-for-requests-alternate-request-procedures',
    'https://www.rcfp.org/alabama-open-government-guide/i-statute-basic-application/d-fee-provisions-or-practices/1-levels-or-',
    'http://www.rcfp.org/ogg-search?page=3',
  ],
  uncertain: [
    'The statute sets no per-page or actual-cost cap: § 36-12-44(a)(2) allows "a reasonable fee set by the public officer", and § 36-12-43(a) states the policy of access "subject to payment of reasonable fees". The officer may also require all or part of the estimated fee before searching. Attorney General opinions (e.g. 251 Op. Att\'y Gen. Ala. 38 (1998)) say that inspection should be free unless it takes substantial staff time and that copy fees should be nominal (RCFP guide); those opinions were not read.',
    'No statutory fee waiver found. The RCFP guide says neither the Public Records Law nor any other Alabama statute provides for waiving fees.',
    'No statutory right to records in electronic form found in §§ 36-12-40 to 36-12-46.',
    'No expedited processing. § 36-12-44(a)(4) only says a standard request should be processed "as expeditiously as possible considering the requester\'s time constraints"; the law has no expedited track and no certification.',
    'The Open Records Act applies to residents only (§ 36-12-43(b)(3), § 36-12-45).',
  ],
  checked: '2026-12-07',
};
