import type { LetterProvisions } from './types.js';

export const US_MI: LetterProvisions = {
  code: 'US-MI',
  feeWaiver: {
    text: 'A public body may search for and furnish records free or at a reduced charge when it determines that a waiver or reduction is in the public interest because the search or copies can be considered as primarily benefiting the general public, and it must waive the first $20 of the fee for a requester who submits an affidavit of indigency or of receiving public assistance.',
    citation: 'MCL 15.234(2)',
    quote:
      'A search for a public record may be conducted or copies of public records may be furnished without charge or at a reduced charge if the public body determines that a waiver or reduction of the fee is in the public interest because searching for or furnishing copies of the public record can be considered as primarily benefiting the general public. A public record search shall be made and a copy of a public record shall be furnished without charge for the first $20.00 of the fee for each request to an individual who is entitled to information under this act and who submits an affidavit stating that the individual is then receiving public assistance or, if not receiving public assistance, stating facts showing inability to pay the cost because of indigency.',
    source: 'https://sites.google.com/site/foiamichigan/informationfeeobstructions',
  },
  feeLimit: {
    text: 'A public body may charge only if it has published fee procedures and guidelines, and then only actual mailing costs and the actual incremental cost of duplication, with labor for search, examination, review and redaction charged at no more than the hourly wage of its lowest-paid capable employee, in 15-minute increments rounded down.',
    citation: 'MCL 15.234(1)',
    quote:
      'A public body may charge a fee for a public record search, for the necessary copying of a public record for inspection, or for providing a copy of a public record if it has established, makes publicly available, and follows procedures and guidelines to implement this section as described in subsection (4). [...] The public body shall not charge more than the hourly wage of its lowest-paid employee capable of searching for, locating, and examining the public records in the particular instance regardless of whether that person is available or who actually performs the labor. Labor costs under this subdivision shall be estimated and charged in increments of 15 minutes or more, with all partial time increments rounded down.',
    source: 'https://www.michiganlegalcenter.com/mcl-%C2%A7-15-234-furnishing-copies-of-public-records/',
  },
  sources: [
    'https://www.michiganlegalcenter.com/mcl-%C2%A7-15-234-furnishing-copies-of-public-records/ (current MCL 15.234)',
    'https://www.legislature.mi.gov/documents/2013-2014/billconcurred/House/htm/2013-HCB-4001.htm (HB 4001, enacted as 2014 PA 563)',
    'https://sites.google.com/site/foiamichigan/informationfeeobstructions (MCL 15.234 as amended by 1996 PA 553)',
    'https://michbar.org/opinions/content_search_detail/EJournalNumber/83522/P/LDS (Court of Appeals on the $20 indigent discount under MCL 15.234(2))',
  ],
  uncertain: [
    'The waiver quote is the pre-2015 text of MCL 15.234(1) (1996 PA 553). Since 2014 PA 563 the waiver and $20 indigency rules are in subsection (2) (confirmed for the $20 rule by a Court of Appeals summary, which adds that certain nonprofit organizations also qualify); the current wording of the public-interest sentence in subsection (2) was not read.',
    'Late responses reduce labor charges (the Court of Appeals summary mentions a "reduction for defendant\'s late response", MCL 15.234(9)); not encoded.',
    'Records in nonpaper physical media may be charged the cost of the media (MCL 15.234(1)); a right to a particular electronic format was not read, so no electronic-format field is given.',
    'No expedited processing in the Michigan FOIA.',
  ],
  checked: '2026-12-07',
};
