import type { LetterProvisions } from './types.js';

export const US_CO: LetterProvisions = {
  code: 'US-CO',
  electronicFormat: {
    text: 'A public record stored in a searchable digital format must be provided as a digital copy in a searchable format unless the requester asks otherwise (and a record stored in a sortable digital format in a sortable format).',
    citation: 'C.R.S. 24-72-203(3.5)(a)',
    quote:
      'If a public record is stored in a digital format that is searchable, but not sortable, the custodian shall provide a DIGITAL copy of the public record in a searchable format UNLESS OTHERWISE REQUESTED BY THE REQUESTER.',
    source: 'https://app.legiplex.com/co/legislature/2023/2023-r/bills/sb286/drafts-latest',
  },
  feeLimit: {
    text: 'No transmission fee may be charged for sending records by e-mail, and a research and retrieval fee may be charged only under a published policy, not for the first hour, and at no more than the statutory hourly maximum.',
    citation: 'C.R.S. 24-72-205(1)(b), (6)',
    quote:
      'No transmission fees may be charged to the record requester for transmitting public records via electronic mail.',
    source: 'https://lexace.ai/us/statute/colorado/24-72-205',
  },
  sources: [
    'https://lexace.ai/us/statute/colorado/24-72-205',
    'https://app.legiplex.com/co/legislature/2023/2023-r/bills/sb286/drafts-latest (S.B. 23-286 enrolled: amends 24-72-203(3.5))',
    'https://sholleredwards.com/colorado-open-records-act-new-era/ (2017 amendment: searchable/sortable formats)',
    'https://www.lyonsgaddis.com/blog/open-records-are-not-free-records (2014 research-and-retrieval fee law)',
    'https://stvrainwaterauthority.com/public-records-requests ($33.58/hour after the first hour; $0.25 per standard page)',
    'https://colorado.public.law/statutes/crs_24-72-203',
  ],
  uncertain: [
    'The research-and-retrieval limits (24-72-205(6): fee only under a written policy posted or published before the request, no charge for the first hour, hourly cap of $30 adjusted for inflation every five years, currently stated by agencies as $33.58 or more) and the copy cap of twenty-five cents per standard page (24-72-205(5)(a)) come from a law-firm summary of the 2014 law and from agency policies; those subsections were not read in the statute. Only 24-72-205(1) was read.',
    'The electronic-format text was read in the 2023 amending bill (S.B. 23-286), which amends 24-72-203(3.5)(a)(II); the companion rule for sortable records (3.5)(a)(I) and the feasibility exceptions in (3.5)(b) are summarized from a 2017 law-firm note, not read.',
    'No statutory fee waiver criteria found. 24-72-205(1)(b) only contemplates that a custodian may have "waived" recovery of all or part of the costs or fees; waiver is discretionary.',
    'No expedited processing in CORA (3 working days, extendable by 7, 24-72-203(3)).',
  ],
  checked: '2026-12-07',
};
