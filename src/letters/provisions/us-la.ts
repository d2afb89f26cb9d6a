import type { LetterProvisions } from './types.js';

export const US_LA: LetterProvisions = {
  code: 'US-LA',
  electronicFormat: {
    text: 'A custodian that keeps a record in the requested format should provide it in that format; a custodian must provide copies in the format in which records are kept and maintained, but need not convert a record into a format it does not create, use or maintain.',
    citation: "La. R.S. 44:32; La. Att'y Gen. Op. No. 11-0210",
    source: 'https://app.lla.state.la.us/llala.nsf/vwFAQsGovernmentFAQNew/A7C49D8BB6425BF98625800A0065D02C',
  },
  feeWaiver: {
    text: 'Copies may be furnished without charge or at a reduced charge to indigent citizens of Louisiana.',
    citation: 'La. R.S. 44:32(C)(1)(a)',
    quote:
      'The custodian may establish and collect reasonable fees for making copies of public records. The custodian may request payment of fees in advance of production. Copies of records may be furnished without charge or at a reduced charge to indigent citizens of thi[s state]',
    source: 'http://www.legis.la.gov/legis/law.aspx?d=99691',
  },
  feeLimit: {
    text: 'Only reasonable fees for copies may be charged (State agencies follow the uniform fee schedule), and no fee may be charged for inspecting public records or to recoup the cost of creating a record.',
    citation: 'La. R.S. 44:32(C)(1); LAC 4:I.301',
    quote: 'The custodian may establish and collect reasonable fees for making copies of public records.',
    source: 'http://www.legis.la.gov/legis/law.aspx?d=99691',
  },
  sources: [
    'http://www.legis.la.gov/legis/law.aspx?d=99691 (La. R.S. 44:32, Legislature)',
    'https://legis.la.gov/legis/Law.aspx?d=99691',
    'https://app.lla.state.la.us/llala.nsf/vwFAQsGovernmentFAQNew/A7C49D8BB6425BF98625800A0065D02C (Legislative Auditor FAQ on fees and formats)',
    'https://app.legiplex.com/la/legislature/2023/2023-r/bills/sb213 (S.B. 213 of 2023 on copy fees, including electronic copies)',
  ],
  uncertain: [
    "The § 44:32(C)(1)(a) text was read in a copy of the Legislature's page that may predate later amendments (the current page shows a revised subsection A). S.B. 213 (2023, effective 8/1/23) amended the copy-fee provisions, reportedly requiring a posted reasonable fee schedule that may cover electronic copies and keeping the indigent provision; the amended wording was not read.",
    "The rule that no fee may be charged for inspection, and the format rule, are from the Legislative Auditor's FAQ restating the law and Attorney General Opinions 15-0056 and 11-0210; the statute's own words on these points were not read, so no quotes are given.",
    'The indigent waiver is limited to "citizens of this state" and is discretionary ("may").',
    'No expedited processing in the Louisiana Public Records Law.',
  ],
  checked: '2026-12-07',
};
