import type { LetterProvisions } from './types.js';

export const US_VA: LetterProvisions = {
  code: 'US-VA',
  electronicFormat: {
    text: 'Public records kept in an electronic data processing system or database must be made reasonably accessible, and nonexempt records in an electronic database must be produced in a tangible medium the requester identifies, including by e-mail, if the public body uses that medium in the regular course of business.',
    citation: 'Va. Code § 2.2-3704(G)',
  },
  feeLimit: {
    text: 'A public body may charge no more than its actual cost of accessing, duplicating, supplying or searching for the records, must try to supply them at the lowest possible cost, may not add extraneous or overhead fees, and must estimate charges in advance on request.',
    citation: 'Va. Code § 2.2-3704(F)',
    quote:
      'A public body may make reasonable charges not to exceed its actual cost incurred in accessing, duplicating, supplying, or searching for the requested records and shall make all reasonable efforts to supply the requested records at the lowest possible cost. No public body shall impose any extraneous, intermediary, or surplus fees or expenses to recoup the general costs associated with creating or maintaining records or transacting the general business of the public body. Any duplicating fee charged by a public body shall not exceed the actual cost of duplication.',
    source: 'https://cityofchesapeake.net/3210/Freedom-of-Information-Act',
  },
  sources: [
    'https://cityofchesapeake.net/3210/Freedom-of-Information-Act (City of Chesapeake reproducing § 2.2-3704(F))',
    'https://jccstrategy2035.org/FAQ.aspx?QID=474 (James City County, same wording)',
    'https://clic-va.org/hb-2000-virginia-freedom-of-information-act-charges-for-production-of-public-records/ (HB 2000, 2025: first two hours of search free for requesters with four or fewer requests in 31 days; enactment not checked)',
    'http://www.rcfp.org/elecaccess/elec_access_format.htm (RCFP on Virginia: discretion to convert formats; electronic records must be "reasonably accessible")',
    'https://foiacouncil.dls.virginia.gov/ref/Access%20to%20Public%20Records%202024%20DOC.html (FOIA Council guide; opening only)',
  ],
  uncertain: [
    'The fee quote is the § 2.2-3704(F) wording as two local governments reproduce it; the official Code text was not read.',
    'The text of § 2.2-3704(G) on electronic records was not read. The provision is stated from the RCFP summary and the researcher\'s knowledge of the statute, so it has no quote; check its wording before relying on the "tangible medium" point.',
    'HB 2000 (2025) would bar charges for the first two hours of search for requesters who have made four or fewer requests in 31 days. Whether it was enacted, and in what form, was not checked, so it is not in `feeLimit`.',
    'Fee waiver is left out: Virginia FOIA has no statutory fee waiver that was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
