import type { LetterProvisions } from './types.js';

export const US_MS: LetterProvisions = {
  code: 'US-MS',
  electronicFormat: {
    text: 'A public body must provide a copy of a record in the format requested if it maintains the record in that format, charging only fees allowed by § 25-61-7.',
    citation: 'Miss. Code Ann. § 25-61-10(2)',
    quote:
      'A public body shall provide a copy of the record in the format requested if the public body maintains the record in that format, and the public body may charge a fee which must be in accordance with Section 25-61-7.',
    source: 'https://codes.findlaw.com/ms/title-25-public-officers-and-employees-public-records/ms-code-sect-25-61-10/',
  },
  feeLimit: {
    text: 'Fees may not exceed the actual cost of searching, reviewing, duplicating and mailing, and staff time must be charged at the pay scale of the lowest-level employee or contractor competent to respond.',
    citation: 'Miss. Code Ann. § 25-61-7(1)',
    quote:
      'each public body may establish and collect fees reasonably calculated to reimburse it for, and in no case to exceed, the actual cost of searching, reviewing and/or duplicating and, if applicable, mailing copies of public records. Any staff time or contractual services included in actual cost shall be at the pay scale of the lowest level employee or contractor competent to respond to the request. Such fees shall be collected by the public body in advance of complying with the request.',
    source: 'https://directorguide.lib.ms.us/legal-resources/relevant-library-statutes/910-2/',
  },
  sources: [
    'https://codes.findlaw.com/ms/title-25-public-officers-and-employees-public-records/ms-code-sect-25-61-10/ (current as of 2025-01-01)',
    'https://directorguide.lib.ms.us/legal-resources/relevant-library-statutes/910-2/ (Miss. Code Ann. § 25-61-7 (2017))',
    'https://casetext.com/regulation/mississippi-administrative-code/title-1-secretary-of-state/part-2-organization-and-executive-policies-and-procedures/chapter-5-fees/rule-1-2-52-general-fees',
    'http://www.thelegaldescription.com/TLD/ArticlesTLD/50832.aspx (S.B. 2734 on § 25-61-10 and unreasonable-fee penalties)',
  ],
  uncertain: [
    'Fees are collected in advance, and the fee for GIS / multipurpose cadastre and other electronically accessible data may be a standard fee reflecting creation and maintenance costs and the commercial value of the information (§ 25-61-7(2)); that exception is not encoded.',
    "No statutory fee waiver found; some agencies' rules let the agency head waive fees at discretion (e.g. Secretary of State Rule 1-2-5.2(F)).",
    'S.B. 2734 (year not confirmed) would add a $100 civil penalty for unreasonable fees and a one-record-per-line rule for multi-table data; its enactment was not confirmed.',
    'No expedited processing in the Mississippi Public Records Act.',
  ],
  checked: '2026-12-07',
};
