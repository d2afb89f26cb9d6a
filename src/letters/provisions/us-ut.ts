import type { LetterProvisions } from './types.js';

export const US_UT: LetterProvisions = {
  code: 'US-UT',
  feeWaiver: {
    text: "A governmental entity may fulfill a record request without charge, and is encouraged to, when releasing the record primarily benefits the public rather than a person, when the requester is the subject of the record, or when the requester's legal rights are directly implicated and the requester is impecunious.",
    citation: 'Utah Code 63G-2-203(4)',
  },
  feeLimit: {
    text: 'A governmental entity may charge only a reasonable fee covering its actual cost of providing a record, and any hourly charge for compiling or searching may not exceed the salary of the lowest-paid employee with the necessary skill and training.',
    citation: 'Utah Code 63G-2-203(1)(a), (2)(b)',
    quote:
      "(1) (a) Subject to Subsection (5), a governmental entity may charge a reasonable fee to cover the governmental entity's actual cost of providing a record. ... (b) An hourly charge under Subsection (2)(a) may not exceed the salary of the lowest paid employee who, in the discretion of the custodian of records, has the necessary skill and training to perform the request.",
    source: 'https://lexace.ai/us/statute/utah/63G-2-203',
  },
  expedited: {
    text: 'A requester who demonstrates that the record request benefits the public rather than the requester may seek an expedited response: the entity must respond within 5 business days instead of 10, and must tell within 5 business days any requester who has not made that showing that the response will not be expedited.',
    citation: 'Utah Code 63G-2-204(4)',
    quote:
      'review each request that seeks an expedited response and notify, within five business days after receiving the request, each requester that has not demonstrated that their record request benefits the public rather than the person that their response will not be expedited',
    source: 'https://lexace.ai/us/statute/utah/63G-2-204',
    certification:
      'The request must ask for an expedited response and demonstrate that the record request benefits the public rather than the person making it (for example, that it is made for news reporting or public-interest research and will be disseminated to the public).',
  },
  sources: [
    'https://lexace.ai/us/statute/utah/63G-2-203 (subsections (1)-(4), in part)',
    'https://lexace.ai/us/statute/utah/63G-2-204',
    'https://codelibrary.amlegal.com/codes/murrayut/latest/murray_ut/0-0-0-2122 (Murray City ordinance 2.65.190, restating 63G-2-203: no-charge grounds; no charge for the first quarter hour)',
    'https://le.utah.gov/Session/2025/bills/introduced/HB0526S01.xml (H.B. 526, 2025, amending 63G-2-203 and 63G-2-201 effective 2025-05-07; not read)',
  ],
  uncertain: [
    'The fee waiver (63G-2-203(4)) is taken from the Murray City ordinance that restates it, because the lexace excerpt breaks off at "(4) A governmental entity may fulfill a record reques[t]"; its wording was not read in the statute, so there is no quote.',
    "The 5-business-day expedited response limit (63G-2-204(4)(b)) is from the repository's deadline data (us-ut.ts); the excerpt read here stops before it. The `certification` example wording is a suggestion: the statute requires only that the requester demonstrate the request benefits the public rather than the person.",
    "The Murray ordinance says no charge may be made for the first quarter hour of staff time, and 63G-2-203(5) reportedly bars fees for reviewing a record's classification and for inspection; neither was read in the statute, so neither is in `feeLimit`. H.B. 526 (2025) amended 63G-2-203 and was not read.",
    'Electronic format is left out: 63G-2-201 reportedly does not require a record in a format the entity does not keep, and no right to a chosen format was read.',
  ],
  checked: '2026-12-07',
};
