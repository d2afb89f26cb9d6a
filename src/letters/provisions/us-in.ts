import type { LetterProvisions } from './types.js';

export const US_IN: LetterProvisions = {
  code: 'US-IN',
  feeLimit: {
    text: "An agency may not charge to inspect a record, to search for, examine or review a record to decide whether it may be disclosed, or (with narrow exceptions) to send an electronic copy by e-mail, and a local agency's copy fee may not exceed the greater of 10 cents a page (25 cents in color) or its actual cost of paper and equipment, without labor or overhead.",
    citation: 'IC 5-14-3-8(b), (d)',
    quote:
      '(b) Except as provided in this section, a public agency may not charge any fee under this chapter for the following: (1) To inspect a public record. [...] (3) Subject to subdivision (2), to search for, examine, or review a record to determine whether the record may be disclosed. (4) To provide an electronic copy of a public record by electronic mail.',
    source: 'https://law.counselstack.com/statute/in/5-14-3-8',
  },
  sources: [
    'https://law.counselstack.com/statute/in/5-14-3-8',
    'https://www.lawserver.com/law/state/indiana/in-code/indiana_code_5-14-3-8',
    'http://www.in.gov/legislative/bills/2008/HE/HE1275.1.html (2008 enrolled act, text of § 8(d)-(g))',
    'https://lexace.ai/us/statute/indiana/5-14-3-6',
    'http://www.ai.org/legislative/ic/code/title5/ar14/ch3.html (older official text of IC 5-14-3-2: "direct cost")',
  ],
  uncertain: [
    'The 10-cents / 25-cents / actual-cost limit for local agencies (§ 8(d)) was read in the 2008 enrolled act, not in the current Code; State agencies charge the uniform copying fee set by the Indiana Department of Administration (§ 8(c)), which was not located. The exceptions to the free e-mail rule (fees authorized under § 8(f) or (j), § 6(c), and county-recorder statutes) were read but not encoded. The school-corporation rule in § 8(b)(2) (free electronic search up to five hours) applies only to school corporations and charter schools.',
    'Electronic records: duplicates of electronically stored data may be charged the agency\'s "direct cost" (105% of program development, retrieval labor and medium, § 2(c), § 8(g)), and reprogramming to separate nondisclosable data may be charged (§ 6(c)). A duty to provide data in the medium requested (reported as § 3(d)) was not read, so no electronic-format field is given.',
    'No statutory fee waiver found in the Access to Public Records Act.',
    'No expedited processing in the Access to Public Records Act.',
  ],
  checked: '2026-12-07',
};
