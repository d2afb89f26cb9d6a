import type { LetterProvisions } from './types.js';

export const US_SC: LetterProvisions = {
  code: 'US-SC',
  electronicFormat: {
    text: 'A requester has the right to receive an electronic transmission of public records that are, or can be produced, in electronic format, and records must be provided in a form convenient and practical for the requester if it is equally convenient for the public body.',
    citation: 'S.C. Code § 30-4-30',
    quote:
      'Records must be provided in a form that is both convenient and practical for use by the person requesting copies of the records concerned, if it is equally convenient for the public body to provide the records in this form.',
    source: 'https://law.justia.com/codes/south-carolina/2014/title-30/chapter-4/section-30-4-30',
  },
  feeWaiver: {
    text: 'Documents may be furnished free or at a reduced charge when the agency determines that a waiver or reduction is in the public interest because furnishing the information primarily benefits the general public.',
    citation: 'S.C. Code § 30-4-30',
    quote:
      'Documents may be furnished when appropriate without charge or at a reduced charge where the agency determines that waiver or reduction of the fee is in the public interest because furnishing the information can be considered as primarily benefiting the general public.',
    source: 'https://law.justia.com/codes/south-carolina/2014/title-30/chapter-4/section-30-4-30',
  },
  feeLimit: {
    text: 'Fees may not exceed the actual cost of searching, retrieving and redacting, copies may not exceed the prevailing commercial rate, records must be furnished at the lowest possible cost, and no fee may be charged for examination and review to decide whether documents are subject to disclosure.',
    citation: 'S.C. Code § 30-4-30(B)',
    quote:
      'The records must be furnished at the lowest possible cost to the person requesting the records. ... Fees may not be charged for examination and review to determine if the documents are subject to disclosure.',
    source: 'https://law.justia.com/codes/south-carolina/2014/title-30/chapter-4/section-30-4-30',
  },
  sources: [
    'https://law.justia.com/codes/south-carolina/2014/title-30/chapter-4/section-30-4-30 (2014 text, before the 2017 amendments)',
    'https://masc.sc/node/1169 (Municipal Association of SC on the 2017 amendments: redaction fees, hourly rate of the lowest-paid qualified employee, prevailing commercial copy rate)',
    'https://www.greenville.k12.sc.us/About/main.asp?titleid=comfoia (school district policy restating current § 30-4-30(B)-(C): right to electronic transmission; waiver when primarily benefiting the general public)',
  ],
  uncertain: [
    'The quotes are from the 2014 text, which Act 67 of 2017 rewrote. The current fee subsection (30-4-30(B)) allows reasonable fees not exceeding the actual cost of search, retrieval and redaction, and copies at no more than the prevailing commercial rate; this is from secondary sources (MASC, Greenville County Schools), and the current text was not read.',
    'The right to electronic transmission of records kept, or producible, in electronic format comes only from the Greenville County Schools policy restating the current statute; the subsection letter was not confirmed.',
    'The Greenville policy places the waiver in § 30-4-30(C); it is cited here as § 30-4-30 until the current lettering is checked.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
