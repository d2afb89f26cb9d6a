import type { LetterProvisions } from './types.js';

export const US_NV: LetterProvisions = {
  code: 'US-NV',
  electronicFormat: {
    text: 'The governmental entity must prepare the copy of a public record and provide it in electronic format unless the requester asks for another medium, and a person may ask for a copy in any medium in which the record is readily available.',
    citation: 'NRS 239.010',
    quote:
      'copies to be prepared by governmental entity and provided in electronic format unless other medium requested',
    source: 'https://leg.state.nv.us/Division/Legal/LawLibrary/NRs/NRS-239.html',
  },
  feeWaiver: {
    text: 'A governmental entity may waive all or part of the fee for a copy of a public record under a written waiver policy that it posts.',
    citation: 'NRS 239.052(2)',
    quote:
      'A governmental entity may waive all or a portion of a charge or fee for a copy of a public record if the governmental entity: (a) Adopts a written policy to waive all or a portion of a charge or fee for a copy of a public record; and (b) Posts, in a conspicuous place at each office in which the governmental entity provides copies of public records, a legible sign or notice that states the terms of the policy.',
    source: 'http://nv.elaws.us/nrs/239.052',
  },
  feeLimit: {
    text: 'A fee for a copy of a public record may not exceed the actual cost to the governmental entity of providing it (the direct cost such as ink, toner, paper, media and postage), unless a specific statute or regulation sets the fee, and no fee may be charged where a statute or regulation requires the copy to be free.',
    citation: 'NRS 239.052(1); NRS 239.005(1)',
    quote:
      'Such a fee must not exceed the actual cost to the governmental entity to provide the copy of the public record unless a specific statute or regulation sets a fee that the governmental entity must charge for the copy. A governmental entity shall not charge a fee for providing a copy of a public record if a specific statute or regulation requires the governmental entity to provide the copy without charge.',
    source: 'http://nv.elaws.us/nrs/239.052',
  },
  sources: [
    'https://leg.state.nv.us/Division/Legal/LawLibrary/NRs/NRS-239.html (official chapter 239, Rev. 6/29/2024: table of contents only)',
    'http://nv.elaws.us/nrs/239.052 (NRS 239.052, as amended 2013)',
    'https://courtgpt.ai/laws/nevada/chapter-239/statute-239-052',
    'https://legalfix.com/statutes/state-codes/nevada/chapter-239/statute-239-005 (definition of "actual cost")',
    "https://www.slideshare.net/slideshow/nevada-senate-bill-287-2019/141035464 (S.B. 287, 2019, Legislative Counsel's Digest on NRS 239.010)",
  ],
  uncertain: [
    'The body of NRS 239.010 was not read. The electronic-format point rests on the section\'s official catchline in the chapter\'s table of contents and on the S.B. 287 (2019) digest ("authorizes a person to request a copy of a public record in any medium in which the public record is readily available"). Check the subsection number before citing it more narrowly.',
    'NRS 239.052 was read in a 2013 compilation (elaws, courtgpt). Later amendments, such as S.B. 287 (2019), may have changed its wording.',
    "The waiver is discretionary and depends on the entity's posted written policy; the statute sets no public-interest or indigence standard.",
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
