import type { LetterProvisions } from './types.js';

export const US_MN: LetterProvisions = {
  code: 'US-MN',
  electronicFormat: {
    text: 'When public data is kept in electronic form, the government entity must generally provide a copy in electronic form on request, if it can reasonably do so, in the format in which the data is maintained.',
    citation: 'Minn. Stat. § 13.03, subd. 3',
    source: 'https://minnesotalawyer.com/statutes/2025/cite/13.03',
  },
  feeLimit: {
    text: 'No fee may be charged to inspect public data; for 100 or fewer black-and-white letter or legal pages the charge is at most 25 cents a page, otherwise only actual costs of search, retrieval and copying may be charged, and never for separating public from not-public data.',
    citation: 'Minn. Stat. § 13.03, subd. 3(a), (c)',
    quote:
      'If a person requests access for the purpose of inspection, the responsible authority may not assess a charge or require the requesting person to pay a fee to inspect data. [...] (c) The responsible authority or designee shall provide copies of public data upon request. If a person requests copies or electronic transmittal of the data to the person, the responsible authority may require the requesting person to pay the actual costs of searching for and retrieving government data, including the cost of employee time, and for making,',
    source: 'https://house.mn.gov/comm/minls86/H0920A4.htm',
  },
  sources: [
    'https://instalawyer.io/laws/minnesota-statutes/section-1303-access-to',
    'https://house.mn.gov/comm/minls86/H0920A4.htm (2009 amendment showing the existing text of § 13.03, subd. 3(a)-(c))',
    'https://app.legiplex.com/mn/legislature/2025/2025-r/bills/hf1999/drafts-latest (HF 1999 (2025), showing Minnesota Statutes 2024 text of subd. 3)',
    'https://mn.gov/admin/data-practices/data/rules/copy-costs/ (Department of Administration, Data Practices Office: 25 cents per page, no charge for separating public from not-public data)',
    'https://minnesotalawyer.com/statutes/2025/cite/13.03 (summary of § 13.03 as amended in 2025)',
  ],
  uncertain: [
    "The 25-cents-per-page rule for 100 or fewer pages, and the bar on charging to separate public from not-public data, are from the Data Practices Office's guidance (the official state advisory office); the statutory sentence for the 25-cent rule was not read. Data subjects (people requesting data about themselves, § 13.04) may not be charged for search and retrieval.",
    'The electronic-form rule is from a summary of the 2025 text; the statute wording ("computer storage medium ... in electronic form, if the government entity can reasonably make the copy") and its paragraph letter were not read, so no quote is given. § 13.03 was amended in 2025; HF 1999 (2025) proposed new restrictions on requests, and what passed was not checked.',
    'No statutory fee waiver found in the Data Practices Act; charging for copies is permitted but not required.',
    'No expedited processing in the Minnesota Government Data Practices Act.',
  ],
  checked: '2026-12-07',
};
