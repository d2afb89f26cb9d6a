import type { LetterProvisions } from './types.js';

export const US_MA: LetterProvisions = {
  code: 'US-MA',
  electronicFormat: {
    text: 'The records access officer must presume that the requester prefers machine-readable electronic copies when electronic form is available, and must provide electronic records in native form when possible.',
    citation: '950 CMR 32.07(1)(c), (d); G.L. c. 66, § 6A(d)',
    quote:
      '(c) the records access officer shall presume that a requester prefers copies provided in machine-readable electronic form, when electronic form is available, unless the requester specifies an alternative preference. (d) the records access officer must provide electronic records in native form when possible.',
    source: 'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-07',
  },
  feeWaiver: {
    text: "The records access officer may waive or reduce any fee upon a showing that disclosure is in the public interest because it is likely to contribute significantly to public understanding of government operations or activities and is not primarily in the requester's commercial interest, or that the requester lacks the financial ability to pay the full fee.",
    citation: 'G.L. c. 66, § 10(d)(v)',
    quote:
      'The officer may waive or reduce the amount of any fee charged upon a showing that disclosure of a requested record is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government and is not primarily in the commercial interest of the requestor, or upon a showing that the requestor lacks the financial ability to pay the full amount of the reasonable fee.',
    source: 'https://middlesex.mass.edu/disclosurestatements/requestfee.aspx',
  },
  feeLimit: {
    text: 'Black-and-white paper copies may cost no more than 5 cents a page, electronic records carry no copying fee, labor may be charged only beyond the free hours (4 for agencies, 2 for municipalities over 20,000) at no more than $25 an hour of the lowest-paid capable employee, and no fee at all may be charged if the officer did not respond within 10 business days.',
    citation: 'G.L. c. 66, § 10(d); 950 CMR 32.06(2)(c); 950 CMR 32.07(2)',
    quote:
      'a records access officer shall not charge a fee for the provision of a public record unless the records access officer responded to the requester within ten business days following receipt of the request under M.G.L. c. 66, § 10(b).',
    source:
      'http://casetext.com/regulation/code-of-massachusetts-regulations/department-950-cmr-office-of-the-secretary-of-the-commonwealth/title-950-cmr-3200-public-records-access/section-3206-rights-of-access',
  },
  sources: [
    'https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-07',
    'http://casetext.com/regulation/code-of-massachusetts-regulations/department-950-cmr-office-of-the-secretary-of-the-commonwealth/title-950-cmr-3200-public-records-access/section-3206-rights-of-access',
    'https://middlesex.mass.edu/disclosurestatements/requestfee.aspx (State college restating G.L. c. 66, § 10(d))',
    'https://lexingtonma.gov/Faq.aspx?QID=127 (Supervisor of Records FAQ as republished by a town: no copy fee for electronic records)',
    'https://jeffbennett01468.blogspot.com/2025_08_15_archive.html (same FAQ: free hours, $25/hour)',
    'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleX/Chapter66/Section10',
  ],
  uncertain: [
    'The statute text of G.L. c. 66, § 10(d) and § 6A(d) was not read on malegislature.gov. The waiver quote is a State college\'s restatement that tracks the statute closely ("The officer may waive ..."), and the 5-cent, $25/hour and free-hours limits are from that page and the Supervisor of Records FAQ (via a town site). Municipalities of 20,000 or fewer may charge for the first two hours; charging more than $25/hour requires the Supervisor\'s approval; segregation or redaction time may be charged only when required by law or approved by the Supervisor.',
    'The regulation text (950 CMR 32.06, 32.07) was read on law.cornell.edu and casetext (current through mid-2024).',
    'No expedited processing in the Massachusetts Public Records Law.',
  ],
  checked: '2026-12-07',
};
