import type { LetterProvisions } from './types.js';

export const US_DE: LetterProvisions = {
  code: 'US-DE',
  feeLimit: {
    text: 'The first 20 pages of standard black-and-white copies must be provided free and further pages cost at most $0.10 per sheet, and administrative fees may be charged only for requests needing more than one hour of staff time and never for legal review of whether records are exempt.',
    citation: '29 Del. C. § 10003(m)(1), (2)',
    source:
      'https://opinions.attorneygeneral.delaware.gov/2013/12/31/13-ib11-123113-foia-informal-opinion-letter-to-ms-dirocco-re-foia-complaint-concerning-the-city-of-wilmington/',
  },
  sources: [
    "https://opinions.attorneygeneral.delaware.gov/2013/12/31/13-ib11-123113-foia-informal-opinion-letter-to-ms-dirocco-re-foia-complaint-concerning-the-city-of-wilmington/ (Att'y Gen. Op. 13-IB11)",
    "https://attorneygeneral.delaware.gov/2019/03/?p=10745 (Att'y Gen. Op. 19-IB14)",
    'https://casetext.com/regulation/delaware-administrative-code/title-8-public-information-foia/executive-department/office-of-management-and-budget/policies-and-procedures-regarding-foia-requests/section-1501-40-fees',
    'https://ebench-dev.greeninfo.org/state/delaware/regulation/1601-4.0',
    'https://ezel.ai/ag-opinions/de/24-ib19-foia-opinion-letter-to-richard-abbott-re-foia-complaint-conc',
    'https://delcode.delaware.gov/title29/c100/',
  ],
  uncertain: [
    'The fee text of 29 Del. C. § 10003(m) (formerly (l)) was not read in the Code; the official Code page was found but its fee subsection could not be reached. The limits are taken from Attorney General Opinion 13-IB11 (2013), which says that since the 2012 amendments (78 Del. Laws c. 382) "the first 20 pages of standard sized, black and white copies must be provided free" at "$0.10 per sheet" after that, and from the uniform executive-branch FOIA regulations (e.g. 8 DE Admin. Code 1501-4.0), which add that administrative fees apply only to requests needing "more than one hour of staff time", "shall not include any cost associated with the ... legal review", and must be billed at the lowest qualified pay rate. Public bodies other than State agencies may adopt their own reasonable fee rules (Op. 13-IB11; Op. 19-IB14).',
    'Electronic records: agency regulations say there is no charge for delivering records electronically (e.g. 8 DE Admin. Code 1601-4.1.1.5), but no statutory right to a particular electronic format was read; not encoded.',
    'No statutory fee waiver found; Attorney General opinions describe public bodies waiving the first hour of staff time as the statute requires, not a discretionary waiver.',
    'No expedited processing in the Delaware FOIA.',
  ],
  checked: '2026-12-07',
};
