import type { LetterProvisions } from './types.js';

export const US_KY: LetterProvisions = {
  code: 'US-KY',
  electronicFormat: {
    text: 'Nonexempt public records used for noncommercial purposes must be available in either standard electronic or standard hard-copy format, as the requester designates, where the agency currently keeps the records electronically.',
    citation: 'KRS 61.874(2)(a)',
    quote:
      'Nonexempt public records used for noncommercial purposes shall be available for copying in either standard electronic or standard hard copy format, as designated by the party requesting the records, where the agency currently maintains the records in electronic format.',
    source: 'https://codelibrary.amlegal.com/codes/alexandria/latest/alexandria_ky/0-0-0-842',
  },
  feeLimit: {
    text: 'For noncommercial requests, the copy fee may not exceed the actual cost of reproduction (media and mechanical processing) and may not include staff costs; the Attorney General treats ten cents a page as reasonable unless the agency documents higher actual costs.',
    citation: 'KRS 61.874(3)',
    quote:
      'The public agency may prescribe a reasonable fee for making copies of nonexempt public records requested for use for noncommercial purposes which shall not exceed the actual cost of reproduction, including the costs of the media and any mechanical processing cost incurred by the public agency, but not including the cost of staff required.',
    source: 'https://ag.ky.gov/Resources/orom/1996/96ORD159.htm',
  },
  sources: [
    'https://ag.ky.gov/Resources/orom/1996/96ORD159.htm (Attorney General 96-ORD-159, quoting KRS 61.874(3))',
    'https://cforigin.kyopengov.org/law/ag/2001/01-ord-192 (01-ORD-192, quoting KRS 61.874(3))',
    'https://kyopengov.org/law/ag/2002/02-ord-218 (ten cents per page as the reasonable fee)',
    'https://codelibrary.amlegal.com/codes/alexandria/latest/alexandria_ky/0-0-0-842 (city ordinance reproducing KRS 61.874(1)-(3))',
    'https://codelibrary.amlegal.com/codes/ludlow/latest/ludlow_ky/0-0-0-1014 (city ordinance reproducing KRS 61.874(3)-(4))',
  ],
  uncertain: [
    'KRS 61.874(3) was read as quoted in Attorney General open records decisions, not in the official KRS text. The electronic-format rule was read as reproduced in a city ordinance that cites "KRS 61.874(1) - (3)"; the paragraph number (2)(a) and the wording were not checked against the official text. Agencies need not convert hard-copy records to electronic form, and a non-standardized or tailored format may be charged staff costs (KRS 61.874(3), second sentence, per the Ludlow ordinance).',
    'Commercial requesters may be charged more and may be required to certify the commercial purpose (KRS 61.874(4)).',
    'No statutory fee waiver found in the Kentucky Open Records Act.',
    'No expedited processing in the Kentucky Open Records Act.',
  ],
  checked: '2026-12-07',
};
