import type { LetterProvisions } from './types.js';

export const US_NY: LetterProvisions = {
  code: 'US-NY',
  electronicFormat: {
    text: 'An agency must provide records on the medium the requester asks for, such as an electronic copy or a disk, if it can reasonably make such a copy or have one made by an outside professional service.',
    citation: 'Public Officers Law § 87(5)(a)',
    quote:
      'An agency shall provide records on the medium requested by a person, if the agency can reasonably make such copy or have such copy made by engaging an outside professional service.',
    source: 'https://docsopengovernment.dos.ny.gov/coog/ftext/f18104.html',
  },
  feeLimit: {
    text: 'Inspection and search are free; photocopies up to 9 by 14 inches cost at most 25 cents a page; other records, including electronic ones, cost only the actual cost of reproduction, with no charge for employee time unless at least two hours are needed to prepare the copy and never for search time or administrative costs.',
    citation: 'Public Officers Law § 87(1)(b)(iii), (1)(c)',
    quote:
      'preparing a copy shall not include search time or administrative costs, and no fee shall be charged unless at least two hours of agency employee time is needed to prepare a copy of the record requested.',
    source:
      'https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-york-codes-rules-and-regulations/title-6-department-of-environmental-conservation/chapter-vi-general-regulations/part-616-access-to-records/public-access-to-records/section-6169-fees',
  },
  sources: [
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f18104.html (Committee on Open Government, quoting § 87(5)(a))',
    'http://docs.dos.ny.gov/coog/ftext/f17470.html (Committee on Open Government: emailed electronic records involve no fee)',
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f18858.html (Committee on Open Government on § 87(1)(b)(iii) and (1)(c): no fee for inspection, search or administrative costs)',
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-york-codes-rules-and-regulations/title-6-department-of-environmental-conservation/chapter-vi-general-regulations/part-616-access-to-records/public-access-to-records/section-6169-fees (6 NYCRR 616.9, an agency rule repeating § 87(1)(c))',
  ],
  uncertain: [
    "The official text of Public Officers Law § 87 was not read. The § 87(5)(a) quote is as the Committee on Open Government quotes it. The fee quote comes from a DEC regulation that repeats § 87(1)(c)(iv) word for word, as far as the Committee's opinions show.",
    'Fee waiver is left out: FOIL has no statutory fee-waiver provision that was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
