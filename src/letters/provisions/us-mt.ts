import type { LetterProvisions } from './types.js';

export const US_MT: LetterProvisions = {
  code: 'US-MT',
  feeLimit: {
    text: 'A public agency may charge only the fee the statute allows for fulfilling a public information request, and the fee must be documented; it may not exceed the actual costs directly incident to fulfilling the request.',
    citation: 'MCA 2-6-1006(1)(c), (5)',
    quote:
      'A public agency other than the office of the secretary of state may charge a fee pursuant to subsections (1)(e) and (5) and this subsection (1)(c). The fee must be documented.',
    source:
      'https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html',
  },
  sources: [
    'https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html (MCA 2025, 2-6-1006 (Temporary), subsection (1) only)',
    'https://peer.org/montana-public-record-laws/ (restating the fee limit: "The fee may not exceed the actual costs directly incident to fulfilling the request in the most cost-efficient and timely manner possible.")',
    'https://app.legiplex.com/mt/legislature/2025/2025-r/bills/hb100/draft-2301354?id=2301354 (HB 100, 2025, enrolled: title only read)',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=MTB00014483&billsummary_session=2025&billsummary_state=mt (HB 100 summary: first hour free, $25 an hour cap)',
    'https://archive.legmt.gov/bills/2001/mca/2/6/2-6-110.htm (former 2-6-110, 2001: electronic and nonprint records)',
  ],
  uncertain: [
    'Only subsection (1) of 2-6-1006 could be read; the fee subsection (5) was not read. The "actual costs directly incident to fulfilling the request" limit is taken from a PEER summary of the earlier text; it is in `text` but not quoted.',
    'HB 100 (2025) amended 2-6-1006: its title says the first hour of service is not charged and sets an hourly fee limit, and a bill summary gives that limit as $25 an hour for agencies that are not local governments. The enacted subsection text was not read, and a later version of 2-6-1006 takes effect 2026-07-01, so neither point is in `feeLimit`.',
    'Electronic format is left out. 2-6-1006(1)(d) says "A public agency is not required to alter or customize public information to provide it in a form specified to meet the needs of the requesting person." The former 2-6-110 (2001) gave a right to a copy of public information kept in electronic format, but no current section saying this was read.',
    'Fee waiver is left out: no statutory waiver was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
