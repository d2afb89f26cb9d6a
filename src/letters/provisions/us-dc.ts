import type { LetterProvisions } from './types.js';

export const US_DC: LetterProvisions = {
  code: 'US-DC',
  feeWaiver: {
    text: "Records may be furnished without charge or at a reduced charge when the agency determines that a waiver or reduction is in the public interest, because disclosure is likely to contribute significantly to public understanding of government operations or activities and is not primarily in the requester's commercial interest.",
    citation: 'D.C. Code § 2-532(b)',
    quote:
      'Documents may be furnished without charge or at a reduced charge where the Mayor or agency determines that waiver or reduction of the fee is in the public interest because furnishing the information can be considered as primarily benefiting the general public.',
    source: 'http://discmaster.textfiles.com/file/7026/SHAR194.ISO/textfile/foiast11.zip/DC2.TXT',
  },
  feeLimit: {
    text: 'Fees may not exceed the actual cost of searching for, reviewing and copying records, and requesters other than commercial users may be charged only reasonable standard charges for search and duplication, not for review.',
    citation: 'D.C. Code § 2-532(b)',
    quote:
      'The Mayor or an agency may establish and collect fees not to exceed the actual cost of searching for or making copies of records',
    source: 'http://discmaster.textfiles.com/file/7026/SHAR194.ISO/textfile/foiast11.zip/DC2.TXT',
  },
  sources: [
    'http://discmaster.textfiles.com/file/7026/SHAR194.ISO/textfile/foiast11.zip/DC2.TXT (D.C. Code § 1-1522 (1993), the predecessor of § 2-532)',
    'https://www.open-dc.gov/documents/dcra%E2%80%99s-compliance-district-foia%E2%80%99s-allowable-cost-provisions (Office of Open Government Advisory Opinion OOG-2022-003_AO)',
    'https://openmygovernment.org/washington-dc',
    'https://copyright.lib.harvard.edu:443/states/washington_d_c',
    'https://casetext.com/regulation/district-of-columbia-administrative-code/title-1-mayor-and-executive-agencies/chapter-1-13-freedom-of-information-act-requests-to-the-office-of-the-attorney-general/rule-1-1308-fees',
    'https://print.casetext.com/regulation/district-of-columbia-administrative-code/title-15-public-utilities-and-cable-television/chapter-15-7-freedom-of-information-act-requests/rule-15-705-fees',
    'https://code.dccouncil.gov/us/dc/council/code/titles/2/chapters/5/index.full.html',
  ],
  uncertain: [
    'The current text of D.C. Code § 2-532(b) was not read: the official Code page (code.dccouncil.gov) was found but its § 2-532 text could not be reached. The quotes are from the 1993 codification (§ 1-1522(b)), which also capped search fees at $10 a request and barred fees for "examination and review"; that text was amended in 2001 (D.C. Law 13-283). The fee texts above follow the current law as applied in Office of Open Government Advisory Opinion OOG-2022-003 (2022): "other-use" requesters may be charged only reasonable standard charges for search and duplication, not review, and a requester qualifies for a public-interest waiver when disclosure "is likely to contribute significantly to public understanding of operations or activities" of the agency and "is not primarily in the commercial interest" of the requester.',
    "Requester fee categories (commercial, news media / educational, other) appear to be in the current statute or the Mayor's regulations (1 DCMR ch. 4); not confirmed.",
    'No statutory right to a particular electronic format was read; not encoded.',
    'No expedited processing was found in D.C. Code §§ 2-531 to 2-540 or in the 1 DCMR chapter 4 sections read; not encoded.',
  ],
  checked: '2026-12-07',
};
