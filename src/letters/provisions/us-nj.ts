import type { LetterProvisions } from './types.js';

export const US_NJ: LetterProvisions = {
  code: 'US-NJ',
  electronicFormat: {
    text: 'The custodian must provide a copy of a government record in the medium requested if the agency keeps it in that medium; if it does not, the custodian must convert the record to the medium requested or provide it in some other meaningful medium.',
    citation: 'N.J.S.A. 47:1A-5(d)',
  },
  feeLimit: {
    text: "Electronic records must be provided free of charge, apart from the actual cost of any needed supplies such as discs; printed copies cost no more than $0.05 a letter-size page and $0.07 a legal-size page; and no fee may be charged when the requester is directed to the record on a public agency's website.",
    citation: 'N.J.S.A. 47:1A-5(b)',
    quote:
      "the fee assessed for the duplication of a government record embodied in the form of printed matter shall be $0.05 per letter size page or smaller, and $0.07 per legal size page or larger. Access to electronic records and non-printed materials shall be provided free of charge, but the public agency may charge for the actual costs of any needed supplies such as computer discs. No fee shall be charged if the request is completed by directing the requestor to the requested government record that is available on the public agency's website or the website of another public agency.",
    source:
      'https://e.casetext.com/statute/new-jersey-statutes/title-47-public-records/chapter-471a-legislative-findings-declarations/section-471a-5-effective-812024-times-during-which-records-may-be-inspected-examined-copied-access-copy-fees',
  },
  sources: [
    'https://e.casetext.com/statute/new-jersey-statutes/title-47-public-records/chapter-471a-legislative-findings-declarations/section-471a-5-effective-812024-times-during-which-records-may-be-inspected-examined-copied-access-copy-fees (N.J.S.A. 47:1A-5 as amended by P.L.2024, c.16: fee passage only)',
    'http://www.nj.gov/grc/decisions/2004-217.html (Government Records Council, Burns v. Borough of Collingswood, applying 47:1A-5(d) on the medium requested)',
    'https://transparencynj.com/2019/03/15/appellate-division-rules-today-on-opra-request-for-fire-commissioners-e-mails/ (Carter v. Franklin Fire District No. 1, App. Div. 2019: "medium" is not the same as native "format")',
    'https://ecode360.com/8928993 (county ordinance quoting 47:1A-5(c): special service charge)',
  ],
  uncertain: [
    'The words of 47:1A-5(d) on the medium requested were not read. The provision is cited from Government Records Council decisions and from memory of the statute, so `electronicFormat` has no quote. Ask for "native format" expressly if it is wanted (Carter, App. Div. 2019).',
    "The quoted fee passage is from casetext's copy of 47:1A-5 as amended effective 2024. Where a request involves an extraordinary expenditure of time and effort, a special service charge is allowed under 47:1A-5(c), and a special charge for conversion or programming under 47:1A-5(d). The requester may review and object to a fee before it is incurred.",
    'Fee waiver is left out: no general fee-waiver provision in OPRA was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
