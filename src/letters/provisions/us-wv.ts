import type { LetterProvisions } from './types.js';

export const US_WV: LetterProvisions = {
  code: 'US-WV',
  electronicFormat: {
    text: 'If the requested records exist in magnetic, electronic or computer form, the custodian must make copies available on magnetic or electronic media if so requested.',
    citation: 'W. Va. Code § 29B-1-3',
  },
  feeLimit: {
    text: 'A public body may charge only fees reasonably calculated to reimburse its actual cost of making reproductions of records; the Supreme Court of Appeals has read this to allow no charge for search or retrieval time.',
    citation: 'W. Va. Code § 29B-1-3',
    quote:
      'The public body may establish fees reasonably calculated to reimburse it for its actual cost in making reproductions of records.',
    source: 'http://www.rcfp.org/category/location/west-virginia?page=4',
  },
  sources: [
    'https://dep.wv.gov/smb/Pages/foia.aspx (Department of Environmental Protection page with the text of § 29B-1-3, read up to "If the records requested exist in magnetic, electronic or c")',
    'http://www.rcfp.org/category/location/west-virginia?page=4 (RCFP guide quoting the Supreme Court of Appeals on § 29B-1-3(5): "A public body may charge fees to reimburse only its actual costs in copying records.")',
    'http://www.rcfp.org/category/location/west-virginia?page=7 (RCFP: electronic-record fees limited to the actual cost of reproduction)',
  ],
  uncertain: [
    'The electronic-media sentence breaks off in the excerpt read, at "If the records requested exist in magnetic, electronic or c"; the rest ("...computer form, the custodian of the records shall make copies available on magnetic or electronic media, if so requested") is from the researcher\'s knowledge of § 29B-1-3, so there is no quote. The subsection number changed when the section was amended, so no letter is cited.',
    "The fee quote is the statute's sentence as the RCFP guide quotes it, from the Supreme Court of Appeals opinion (reportedly Hurlbert v. Matkovich, 2018, which held that search and retrieval fees are not allowed). The 2021 amendments to § 29B-1-3 were not checked.",
    'Fee waiver is left out: the statute has no waiver that was found, although some agency legislative rules (e.g. W. Va. C.S.R. 46-8-11, 60-2-11) allow waivers for requesters who cannot pay.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
