import type { LetterProvisions } from './types.js';

export const US_GA: LetterProvisions = {
  code: 'US-GA',
  electronicFormat: {
    text: 'An agency must use the most economical means of providing copies, and records maintained by computer must be made available by electronic means where practicable; the requester may have electronic copies or, if preferred, printouts of electronic records.',
    citation: 'O.C.G.A. § 50-18-71(f)',
    source: 'https://law.georgia.gov/how-much-can-i-be-charged-record-obtained-through-open-records-act',
  },
  feeLimit: {
    text: 'Search, retrieval and redaction may be charged at no more than the prorated hourly salary of the lowest-paid qualified full-time employee, with no charge for the first quarter hour, and copies at no more than 10 cents a page for letter or legal size paper.',
    citation: 'O.C.G.A. § 50-18-71(c)(1), (2)',
    quote:
      'the charge for the search, retrieval, or redaction of records shall not exceed the prorated hourly salary of the lowest paid full-time employee who, in the reasonable discretion of the custodian of the records, has the necessary skill and training to perform the request; provided, however, that no charge shall be made for the first quarter hour.',
    source: 'https://forsythpl.org/open-records',
  },
  sources: [
    'https://forsythpl.org/open-records (quoting § 50-18-71(c)(1))',
    'https://www.augustaga.gov/FAQ.aspx?QID=615 (restating § 50-18-71(c), (d))',
    "https://law.georgia.gov/how-much-can-i-be-charged-record-obtained-through-open-records-act (Attorney General's office)",
    'https://law.justia.com/codes/georgia/2020/title-50/chapter-18/article-4/section-50-18-71/',
  ],
  uncertain: [
    "The fee-limit quote is § 50-18-71(c)(1) as quoted by a public library's records page; the 10-cents-per-page cap for letter and legal size copies ((c)(2)) and the duty to give a detailed estimate within three business days when costs will exceed $25 ((d)) are from a county FAQ. The Justia copy of § 50-18-71 was found but only subsection (a)-(b) was read.",
    'The electronic-format rule is from the Attorney General\'s web page, which predates the 2012 rewrite (it still states a 25-cent copy charge); the current text of § 50-18-71(f) ("impact of electronic records", per the section heading) was not read, so no quote is given.',
    'No statutory fee waiver found in the Georgia Open Records Act.',
    'No expedited processing; the Act already requires production within a reasonable time not exceeding three business days (§ 50-18-71(b)(1)(A)).',
  ],
  checked: '2026-12-07',
};
