import type { LetterProvisions } from './types.js';

export const US_WA: LetterProvisions = {
  code: 'US-WA',
  electronicFormat: {
    text: 'When records are requested in electronic format, the agency should provide them in an electronic format it uses that is generally commercially available, or in a format reasonably translatable from the one in which it keeps them.',
    citation:
      "WAC 44-14-050 (Attorney General's model rules, as adopted in agency rules such as WAC 308-10-042); RCW 42.56.120",
    quote:
      'The public records officer or designee will provide the nonexempt records that are reasonably locatable in an electronic format that is used by the agency and is generally commercially available, or in a format that is reasonably translatable from the format in which the agency keeps its records.',
    source:
      'https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20308%20%20TITLE/WAC%20308%20-%2010%20%20CHAPTER/WAC%20308%20-%2010%20-042.htm',
  },
  feeLimit: {
    text: 'No fee may be charged for inspecting public records; copies may be charged only at actual cost or at the statutory default rates, with the default 15 cents a page for paper copies, and e-mailing electronic records carries no charge in the model rules unless another charge, such as scanning, applies.',
    citation: 'RCW 42.56.120(1)-(2); WAC 44-14-070',
    quote:
      'There is no fee for inspecting public records. ... There will be no charge for emailing electronic records to a requestor, unless another cost applies such as a scanning fee.',
    source: 'http://app.leg.wa.gov/WAC/default.aspx?cite=44-14-070',
  },
  sources: [
    "http://app.leg.wa.gov/WAC/default.aspx?cite=44-14-070 (Attorney General's model rule on costs, 2007 version)",
    'https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20308%20%20TITLE/WAC%20308%20-%2010%20%20CHAPTER/WAC%20308%20-%2010%20-042.htm (Department of Licensing rule on electronic records)',
    'https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20417%20%20TITLE/WAC%20417%20-%2002%20%20CHAPTER/WAC%20417%20-%2002%20-130.htm ("No fee shall be charged for the inspection of public records"; 15 cents a page "as established in RCW 42.56.120")',
    'https://www.law.cornell.edu/regulations/washington/WAC-110-01-0290 (agency rule citing RCW 42.56.120(2)(b)-(d) default fees, (3) customized services, (4) alternative fee agreements)',
  ],
  uncertain: [
    "The text of RCW 42.56.120 was not read; the fee and format points are taken from the Attorney General's model rules (WAC 44-14) and agency rules that restate the statute. The 2017 amendments (c 304) set statutory default fees, e.g. 10 cents a page for scanning and 5 cents per four electronic files or attachments; those figures are not confirmed here.",
    'Fee waiver is left out: the Public Records Act has no general public-interest waiver that was found. Agencies may waive fees by their own rules (e.g. WAC 110-01-0290(4)) or by an alternative fee agreement (RCW 42.56.120(4), as agency rules cite it).',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
