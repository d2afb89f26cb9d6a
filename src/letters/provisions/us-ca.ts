import type { LetterProvisions } from './types.js';

export const US_CA: LetterProvisions = {
  code: 'US-CA',
  electronicFormat: {
    text: 'An agency must make a public record it holds in electronic format available in an electronic format on request, in any electronic format in which it holds the information, and in the format requested if the agency has used that format for its own copies or for other agencies.',
    citation: 'Gov. Code § 7922.570',
    quote:
      '(a) Unless otherwise prohibited by law, any agency that has information that constitutes an identifiable public record not exempt from disclosure pursuant to this division that is in an electronic format shall make that information available in an electronic format when requested by any person. (b) When applicable, the agency shall do the following: (1) The agency shall make the information available in any electronic format in which it holds the information. (2) The agency shall provide a copy of an electronic record in the format requested if the requested format is one that the agency has used to create copies for its own use or for provision to other agencies.',
    source: 'https://lexace.ai/us/statute/california/gov-7922.570',
  },
  feeLimit: {
    text: 'An agency may charge only the direct cost of duplication (or a statutory fee), may not charge for inspection or for copies the requester makes with their own equipment, and may charge only the direct cost of producing an electronic copy.',
    citation: 'Gov. Code §§ 7922.530(a), (b); 7922.575(a)',
    quote:
      'shall make the records promptly available to any person upon payment of fees covering direct costs of duplication, or a statutory fee if applicable. [...] The cost of duplication of an electronic record pursuant to paragraph (2) of subdivision (b) of Section 7922.570 shall be limited to the direct cost of producing a copy of a record in an electronic format.',
    source: 'https://self-law.org/code/ca/government-code/7922-530',
  },
  sources: [
    'https://lexace.ai/us/statute/california/gov-7922.570',
    'https://codecond.com/codes/gov/title-1-general/division-10-access-to-public-records/part-3-procedures-and-related-matters/chapter-1-request-for-a-public-record/article-3-information-in-electronic-format',
    'https://self-law.org/code/ca/government-code/7922-575',
    'https://lexace.ai/us/statute/california/gov-7922.580',
    'https://self-law.org/code/ca/government-code/7922-530',
    'https://ca.codecond.com/codes/gov/title-1-general/division-10-access-to-public-records/part-3-procedures-and-related-matters/chapter-1-request-for-a-public-record/article-2-procedural-requirements-generally',
    'https://cetient.com/case/9749870/north-county-parents-organization-for-children-with-special-needs-v-department-of-education',
  ],
  uncertain: [
    'The statute text was read in unofficial copies (lexace.ai, self-law.org, codecond.com), not on leginfo.legislature.ca.gov.',
    'The requester bears the cost of constructing a record and of programming and computer services when the electronic record is produced only at regularly scheduled intervals or the request requires data compilation, extraction or programming (Gov. Code § 7922.575(b)). The agency need not reconstruct an electronic record it no longer has, nor release the native form if that would compromise security, and may not make information available only electronically (§ 7922.580).',
    'No statutory fee waiver. Agencies may waive fees as a matter of discretion (North County Parents Organization v. Department of Education (1994), read in part; former Gov. Code § 6253(e) let an agency allow "greater access to records than prescribed by the minimum standards"; its current Division 10 number was not confirmed).',
    'No expedited processing in the CPRA.',
  ],
  checked: '2026-12-07',
};
