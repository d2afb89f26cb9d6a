import type { LetterProvisions } from './types.js';

export const US_RI: LetterProvisions = {
  code: 'US-RI',
  electronicFormat: {
    text: 'A requester may choose to obtain copies of public records in any and all media in which the public body can provide them, and a body that keeps records in a computer storage system must provide properly identified data in a printout or other reasonable format, as requested.',
    citation: 'R.I. Gen. Laws § 38-2-3',
    quote:
      'Any person or entity requesting copies of public records may elect to obtain them in any and all media in which the public agency is capable of providing them. Any public body which maintains its records in a computer storage system shall provide any data properly identified in a printout or other reasonable format, as requested.',
    source: 'http://statutes.laws-info.com/rhode-island/title-38/chapter-38-2/38-2-3',
  },
  feeWaiver: {
    text: "A court may reduce or waive search and retrieval fees when the information is in the public interest because it is likely to contribute significantly to public understanding of government operations and is not primarily in the requester's commercial interest.",
    citation: 'R.I. Gen. Laws § 38-2-4(e)',
    quote:
      'A court may reduce or waive the fees for costs charged for search or retrieval if it determines that the information requested is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government and is not primarily in the commercial interest of the requester.',
    source: 'http://statutes.laws-info.com/rhode-island/title-38/chapter-38-2/38-2-4',
  },
  feeLimit: {
    text: 'Copies may cost no more than 15 cents a page and electronic records no more than the reasonable actual cost; search and retrieval may cost no more than $15 an hour, the first hour is free, and the public body must give a cost estimate in advance and an itemization on request.',
    citation: 'R.I. Gen. Laws § 38-2-4(a)-(d)',
    quote:
      'The cost per copied page of written documents provided to the public shall not exceed fifteen cents ($.15) per page for documents copyable on common business or legal-size paper. A public body may not charge more than the reasonable actual cost for providing electronic records or retrieving records from storage where the public body is assessed a retrieval fee. (b) A reasonable charge may be made for the search or retrieval of documents. Hourly costs for a search and retrieval shall not exceed fifteen dollars ($15.00) per hour and no costs shall be charged for the first hour of a search or retrieval.',
    source: 'https://limerockfd.org/community',
  },
  sources: [
    'http://statutes.laws-info.com/rhode-island/title-38/chapter-38-2/38-2-3 (older compilation of § 38-2-3)',
    'https://instalawyer.io/laws/rhode-island-general-laws/section-38-2-3-right-to (current § 38-2-3(a)-(d))',
    'http://statutes.laws-info.com/rhode-island/title-38/chapter-38-2/38-2-4 (older compilation of § 38-2-4)',
    'https://limerockfd.org/community (Lime Rock Fire District page reproducing the current § 38-2-4(a)-(d))',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=RIB00032461&billsummary_session=2025&billsummary_state=ri (H 5877, 2025: would make electronic records free; enactment not checked)',
  ],
  uncertain: [
    'The medium-choice sentence was read in an older compilation, where it is § 38-2-3(e). Since the 2012 amendments it sits under a later letter; the current lettering was not confirmed, so only § 38-2-3 is cited.',
    'The fee waiver is by a court, in an enforcement action; the statute gives the agency itself no waiver power. The older compilation was read for (e), and it was not checked whether the current text keeps the same wording.',
    '2025 bills (H 5877, S 0854 and others) proposed free electronic records and changes to the hourly rate; whether any was enacted was not checked.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
