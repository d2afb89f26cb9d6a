import type { LetterProvisions } from './types.js';

export const US_ME: LetterProvisions = {
  code: 'US-ME',
  electronicFormat: {
    text: "An agency must provide access to an electronically stored public record either as a printed document or in the medium in which the record is stored, at the requester's option, unless it cannot separate confidential information from the computer file.",
    citation: '1 M.R.S. § 408-A(7)',
    source: 'https://bernsteinshur.com/?p=3734',
  },
  feeWaiver: {
    text: "The agency may waive part or all of the fee if the requester is indigent or if release of the record is in the public interest because it is likely to contribute significantly to public understanding of government operations or activities and is not primarily in the requester's commercial interest.",
    citation: '1 M.R.S. § 408-A(11)',
    source: 'https://peer.org/maine-public-record-laws/',
  },
  feeLimit: {
    text: 'No fee may be charged for inspection; copies may cost only a reasonable fee, and staff time for searching, retrieving and compiling may be charged only after the free initial staff time and at no more than the statutory hourly cap, with notice before proceeding when the estimate exceeds the statutory threshold.',
    citation: '1 M.R.S. § 408-A(8), (9)',
    quote:
      'A. The agency or official may charge a reasonable fee to cover the cost of copying. [...] D. An agency or official may not charge for inspection.',
    source: 'https://statutes.laws.com/maine/title1/title1ch13sec0/title1sec408',
  },
  sources: [
    'https://statutes.laws.com/maine/title1/title1ch13sec0/title1sec408 (former § 408(3) as enacted 2003, predecessor of § 408-A(8))',
    'https://bernsteinshur.com/?p=3734 (law-firm alert on the 2012 amendments: electronic records, $15/hour after the first hour, $30 estimate threshold)',
    'https://peer.org/maine-public-record-laws/ (summary: waiver for indigence or public interest)',
    'https://memun.org/Training/public-records-requests-2022 (Maine Municipal Association summary of § 408-A, 2022)',
    'https://fdocuments.in/document/chapter-13-subchapter-1-freedom-of-access-12052019-chapter-13-public-records.html (MRS Title 1 ch. 13 generated 12.05.2019; only the opening sections were reached)',
  ],
  uncertain: [
    'The current text of 1 M.R.S. § 408-A was not read. The fee quote is from the 2003 version (former § 408(3)), whose "reasonable fee" for copying and ban on charging for inspection were carried into § 408-A(8) (per the summaries read). The hourly cap and free time have changed over the years: $10 after the first hour (2003), $15 after the first hour with a $30 notice threshold (2012, per a law-firm alert); later amendments (possibly raising the cap and the free time) were not confirmed, so no figures are encoded in the fee text.',
    "The waiver grounds (indigence; public interest likely to contribute significantly to public understanding and not primarily commercial) come from secondary summaries (PEER; search snippets); the statute's own words and subsection number (11) were not read.",
    'The electronic-format rule is from a law-firm alert on the 2012 amendments (P.L. 2011, c. 662); the subsection number (7) was not confirmed in the statute text.',
    'No expedited processing in the Freedom of Access Act.',
  ],
  checked: '2026-12-07',
};
