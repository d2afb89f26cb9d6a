import type { LetterProvisions } from './types.js';

export const US_ND: LetterProvisions = {
  code: 'US-ND',
  electronicFormat: {
    text: 'An electronic copy of a record must be provided on request, at no cost beyond the standard allowed charges unless the request needs more than an hour of information technology resources, and automation of public records may not erode the right of access.',
    citation: 'N.D.C.C. 44-04-18(3)',
  },
  feeLimit: {
    text: 'A public entity may charge no more than 25 cents per impression for a paper copy up to 8.5 by 14 inches, and for any other copy only a reasonable fee, meaning its actual cost.',
    citation: 'N.D.C.C. 44-04-18(2)',
    quote:
      'A public entity may charge up to twenty-five cents per impression of a paper copy. As used in this section, "paper copy" means a one-sided or two-sided duplicated copy of a size not more than eight and one-half by fourteen inches [19.05 by 35.56 centimeters]. For any copy of a record that is not a paper copy as defined in this section, the public entity may charge a reasonable fee for making the copy. As used in this section, "reasonable fee" means the actual cost to',
    source: 'https://lexace.ai/us/statute/north-dakota/44-04-18',
  },
  sources: [
    'https://lexace.ai/us/statute/north-dakota/44-04-18 (subsections 1 and 2, in part)',
    'https://www.rcfp.org/north-dakota-open-government-guide/iii-state-law-electronic-records (RCFP guide restating 44-04-18(3))',
    'https://www.rcfp.org/access-electronic-communications/north-dakota',
    'https://app.legiplex.com/nd/legislature/2025/2025-r/bills/hb1306/drafts-compare (HB 1306, 2025, amending 44-04-18(2) fees; outcome not checked)',
  ],
  uncertain: [
    'The electronic-copy rule of 44-04-18(3) is taken from the RCFP Open Government Guide; the statute\'s own words were not read. There, "extensive" use of information technology means more than one hour, and the charge is then limited to the actual cost.',
    'The 44-04-18(2) quote breaks off where the stored excerpt ends. The rest of subsection 2 was not read: the definition of actual cost, and any charge for locating or redacting records (reportedly an hourly fee after a free first hour).',
    'HB 1306 (2025) proposed to amend the fees in 44-04-18(2); whether and how it was enacted was not checked.',
    'Fee waiver is left out: no statutory waiver was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
