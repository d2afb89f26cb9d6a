import type { LetterProvisions } from './types.js';

export const US_IA: LetterProvisions = {
  code: 'US-IA',
  feeLimit: {
    text: "A public record may be examined without charge while in the custodian's possession, and fees for supervising examination and for copies may not exceed the actual cost of providing the service, excluding ordinary office expenses such as employment benefits, depreciation, maintenance, electricity or insurance.",
    citation: 'Iowa Code §§ 22.2(1), 22.3(2)',
    quote:
      'Actual costs shall include only those expenses directly attributable to supervising the examination of and making and providing of copies of public records. Actual costs shall not include charges for ordinary expenses or costs such as employment benefits, depreciation, maintenance, electricity, or insurance associated with the administration or the office of the lawful custodian.',
    source: 'http://theiowastatesman.com/?p=5068',
  },
  sources: [
    'http://theiowastatesman.com/?p=5068 (Iowa Public Information Board article quoting §§ 22.2 and 22.3)',
    'https://www.legis.iowa.gov/docs/publications/LGI/88/attachments/HSB503.html?layout=false (House Study Bill 503 (2020), reproducing § 22.3(2), Code 2020)',
    'https://www.legis.iowa.gov/DOCS/IACODE/2001/22/3.html (§ 22.3 as of 2001)',
  ],
  uncertain: [
    'The current Code text of § 22.3(2) was not read on the Legislature\'s site; the quote is as reproduced in an Iowa Public Information Board article, and House Study Bill 503 (2020) shows the same Code 2020 wording ("shall not exceed the actual cost of providing the service"). That bill proposed also excluding "charges for legal services for the redaction or review of public records"; whether that was enacted was not checked, so it is not encoded. The right to examine "without charge while the public record is in the physical possession of the custodian" (§ 22.2) is likewise as quoted in that article.',
    'No statutory fee waiver found in Iowa Code chapter 22.',
    'No statutory right to a particular electronic format was read (§ 22.3A concerns data-processing software); not encoded.',
    'No expedited processing in Iowa Code chapter 22.',
  ],
  checked: '2026-12-07',
};
