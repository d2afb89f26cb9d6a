import type { LetterProvisions } from './types.js';

export const US_IL: LetterProvisions = {
  code: 'US-IL',
  electronicFormat: {
    text: "When a record is maintained in an electronic format, the public body must furnish it in the electronic format the requester specifies if feasible, and otherwise in the format in which it is maintained or on paper at the requester's option, charging only the actual cost of the recording medium.",
    citation: '5 ILCS 140/6(a)',
    quote:
      'When a person requests a copy of a record maintained in an electronic format, the public body shall furnish it in the electronic format specified by the requester, if feasible. If it is not feasible to furnish the public records in the specified electronic format, then the public body shall furnish it in the format in which it is maintained by the public body, or in paper format at the option of the requester. A public body may charge the requester for the actual cost of purchasing the recording medium, whether disc, diskette, tape, or other medium.',
    source: 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000501400K6',
  },
  feeWaiver: {
    text: 'Documents must be furnished free or at a reduced charge, as the public body determines, when the requester states the specific purpose of the request and indicates that a waiver is in the public interest, i.e. its principal purpose is to access and disseminate information about the health, safety and welfare or legal rights of the general public and not personal or commercial benefit.',
    citation: '5 ILCS 140/6(c)',
    quote:
      'A reduction of fees is in the public interest if the principal purpose of the request is to access and disseminate information regarding the health, safety and welfare or the legal rights of the general public and is not for the principal purpose of personal or commercial benefit [5 ILCS 140/6(b)].',
    source: 'http://ilrules.elaws.us/iac/t2_pt751_sec.751.100',
  },
  feeLimit: {
    text: 'Unless the request is commercial or voluminous, the public body may not charge for search, review or other personnel costs of reproducing records; paper copies are free for the first 50 black-and-white pages and capped at 15 cents a page after that.',
    citation: '5 ILCS 140/6(a), (b)',
    quote:
      'If a request is not a request for a commercial purpose or a voluminous request, a public body may not charge the requester for the costs of any search for and review of the records or other personnel costs associated with reproducing the records.',
    source: 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000501400K6',
  },
  sources: [
    'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000501400K6',
    'http://ilrules.elaws.us/iac/t2_pt751_sec.751.100 (agency rule quoting the statutory public-interest definition)',
    'https://casetext.com/regulation/illinois-administrative-code/title-2-governmental-organization/part-5025-public-information-rulemaking-and-organization/subpart-a-public-information/section-5025150-fees',
    'https://codelibrary.amlegal.com/codes/dewittcounty/latest/dewittct_il/0-0-0-861 (county ordinance mirroring § 6(a), with the voluminous-request fees)',
    'https://codelibrary.amlegal.com/codes/rockislandcountyil/latest/rockislandcounty_il/0-0-0-1103 (first 50 pages free, $0.15 after)',
    'https://www.palosheightsrec.org/460/Frequently-Asked-Questions (restating 5 ILCS 140/6)',
  ],
  uncertain: [
    'Only § 6(a) was read on ilga.gov. The waiver wording is the statutory text as quoted (in italics, with the bracketed cite to the older paragraph letter 6(b)) in a 2008 agency rule; the current paragraph is cited as 6(c). The 50-free-pages / 15-cents-per-page limits of § 6(b) were not read in the statute; they are confirmed only by local-government pages citing 5 ILCS 140/6 (Rock Island County ordinance § 36.01(B); Palos Heights FAQ) and openmygovernment.org, so they are stated in the fee text but not quoted.',
    'Voluminous requests for electronic records may be charged up to $20/$40/$100 by data size (§ 6(a-5), as mirrored in a county ordinance); commercial requests may be charged for search and review. Not encoded in detail.',
    'No expedited processing in the Illinois FOIA.',
  ],
  checked: '2026-12-07',
};
