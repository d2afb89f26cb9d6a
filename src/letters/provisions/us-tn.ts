import type { LetterProvisions } from './types.js';

export const US_TN: LetterProvisions = {
  code: 'US-TN',
  electronicFormat: {
    text: 'State policy, which the Office of Open Records Counsel must follow in setting copy charges, is that the requester be given the option of receiving information in any format in which the agency maintains it, including electronic format.',
    citation: 'Tenn. Code Ann. § 8-4-604(a)(1)(A)(ii)(d)',
    quote:
      'That the requestor be given the option of receiving information in any format in which it is maintained by the agency, including electronic format consistent with title 10, chapter 7, part 1',
    source: 'https://codes.findlaw.com/tn/title-8-public-officers-and-employees/tn-code-sect-8-4-604/',
  },
  feeLimit: {
    text: "No charge may be made to view a public record unless another law requires it, excessive fees may not be used to hinder access, and copy charges must be reasonable and consistent with the Office of Open Records Counsel's schedule of reasonable charges.",
    citation: 'Tenn. Code Ann. § 10-7-503(a)(7)(A), (C); § 8-4-604(a)(1)(A)(ii)(b)-(c)',
    quote:
      '(b) That excessive fees and other rules shall not be used to hinder access to nonexempt public information; (c) That, in accordance with § 10-7-503(a)(7)(A), no charge shall be assessed to view a public record unless otherwise required by law',
    source: 'https://codes.findlaw.com/tn/title-8-public-officers-and-employees/tn-code-sect-8-4-604/',
  },
  sources: [
    'https://codes.findlaw.com/tn/title-8-public-officers-and-employees/tn-code-sect-8-4-604/ (current as of 2024-01-02)',
    'https://www.rcfp.org/tennessee-open-government-guide/i-statute-basic-application/d-fee-provisions-or-practices (RCFP guide: no charge for reviewing records, T.C.A. 10-7-123(a)(3), 10-7-503(a)(7)(A))',
    'https://eli.ctas.tennessee.edu/reference/charging-copies (CTAS: custodians may charge reasonable costs consistent with the schedule under 10-7-503(a)(7)(C)(i))',
  ],
  uncertain: [
    'The format option and the no-fee-to-view rule are quoted from the principles that § 8-4-604 tells the Office of Open Records Counsel to follow in its fee schedule; they are not a freestanding right in § 10-7-503, whose text was not read.',
    "Fee waiver is left out. The Office of Open Records Counsel's schedule lets custodians adopt waiver policies, and some agency rules (e.g. Tenn. Comp. R. & Regs. 1120-13-.09) allow reductions in the public interest, but no statutory waiver was found.",
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
