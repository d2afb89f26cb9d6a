import type { LetterProvisions } from './types.js';

export const US_NE: LetterProvisions = {
  code: 'US-NE',
  electronicFormat: {
    text: 'Copies may be obtained in any form the requester designates in which the public record is maintained or produced, including printouts and electronic data.',
    citation: 'Neb. Rev. Stat. 84-712',
  },
  feeLimit: {
    text: "Examining public records, and copying them with one's own equipment, is free of charge; a fee for copies may not exceed the actual added cost of making them available, and may not include staff pay for the first four cumulative hours of searching, identifying, physically redacting or copying.",
    citation: 'Neb. Rev. Stat. 84-712',
    quote:
      'all residents of this state and all other persons interested in the examination of the public records . . . are hereby fully empowered and authorized to (a) examine such records, and make memoranda, copies using their own copying or photocopying equipment . . . and abstracts therefrom, all free of charge',
    source: 'https://ago.nebraska.gov/public_records/statutes',
  },
  sources: [
    "https://ago.nebraska.gov/public_records/statutes (Attorney General's outline, quoting 84-712)",
    'https://nebraskalegislature.gov/laws/statutes.php?statute=84-712.01&print=true',
    'https://peer.org/nebraska-public-record-laws/ (restating the 84-712 fee rules)',
    'https://codelibrary.amlegal.com/codes/wahoo/latest/wahoo_ne/0-0-0-6210 (a city ordinance that repeats the 84-712 wording on form of copies and actual cost)',
    'https://law.justia.com/cases/nebraska/supreme-court/2024/s-23-155.html (Nebraska Journalism Trust v. Dept. of Envt. & Energy, 316 Neb. 174 (2024): staff time reviewing records beyond four cumulative hours may be charged; summary only)',
  ],
  uncertain: [
    "The official text of 84-712 was not read; the only statutory words read are the free-examination clause, quoted by the Attorney General's outline.",
    'Electronic format has no quote. The statute\'s wording ("in any form designated by the requester in which the public record is maintained or produced, including, but not limited to, printouts, electronic data, discs, tapes, and photocopies") comes from a Wahoo city ordinance that repeats the statute. The subsection number was not confirmed.',
    'The "actual added cost" limit and the four free cumulative hours come from PEER\'s summary and the 2024 Supreme Court case summary, not from the statute\'s text. The Supreme Court held that staff review time beyond four hours may be charged.',
    'Fee waiver is left out: no statutory waiver was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
