import type { LetterProvisions } from './types.js';

export const US_KS: LetterProvisions = {
  code: 'US-KS',
  feeLimit: {
    text: 'Fees for copies may not exceed the actual cost of furnishing them (including staff time required), and fees for access to records kept on computer may include only the cost of computer services, including staff time.',
    citation: 'K.S.A. 45-219(c)(1), (2)',
    quote:
      '(1) In the case of fees for copies of records, the fees shall not exceed the actual cost of furnishing copies, including the cost of staff time required to make the information available. (2) In the case of fees for providing access to records maintained on computer facilities, the fees shall include only the cost of any computer services, including staff time required.',
    source: 'https://mtcoks.com/226/Other-Miscellaneous-Fees',
  },
  sources: [
    'http://www.ksrevisor.org/statutes/chapters/ch45/045_002_0019.html (K.S.A. 45-219, Revisor of Statutes)',
    'https://self-law.org/code/ks/chapter-45/45-219 (later version of 45-219, retitled "... remittance of fees and costs by agency")',
    'https://mtcoks.com/226/Other-Miscellaneous-Fees (county page quoting 45-219(c)(1)-(2))',
    'https://klrd.org/2023/01/25/kansas-open-records-act-and-fees-for-service/ (Kansas Legislative Research Department)',
    'https://kautschlaw.com/2015/09/24/revising-kora-containing-costs-of-staff-time-under-k-s-a-45-219c/',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=KSB00010588&billsummary_session=2023-2024&billsummary_state=ks (HB 2822 (2024) fiscal note)',
  ],
  uncertain: [
    'The (c)(1)-(2) wording was read on the Revisor\'s page only up to "(2) In the case of fees" and completed from a county page quoting it; a later version of 45-219 (self-law.org) carries a new section title, so the subsection may have been amended; its (c) text was not read.',
    'The statute lets agencies charge staff time, so this is a weak limit. HB 2822 (2024) would have capped executive-branch fees ($0.25 per page, no fees for electronic copies); whether it passed was not confirmed. A gubernatorial Executive Order (reported as EO 18-05) gives residents 100 free pages from executive-branch agencies; not read, not encoded.',
    'No statutory fee waiver found in the Kansas Open Records Act.',
    'No statutory right to a particular electronic format found; 45-219(a) expressly does not require copies of audio-visual items unless shown or played at a public meeting.',
    'No expedited processing in KORA (action required by the end of the third business day, K.S.A. 45-218(d)).',
  ],
  checked: '2026-12-07',
};
