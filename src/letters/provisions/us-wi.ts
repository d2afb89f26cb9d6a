import type { LetterProvisions } from './types.js';

export const US_WI: LetterProvisions = {
  code: 'US-WI',
  feeWaiver: {
    text: 'An authority may provide copies of a record without charge or at a reduced charge, for example when it determines that doing so is in the public interest.',
    citation: 'Wis. Stat. § 19.35(3)(e)',
  },
  feeLimit: {
    text: 'An authority may charge no more than the actual, necessary and direct cost of reproducing (and transcribing, photographing, mailing or locating) a record; a location charge is allowed only when it comes to $50 or more, and no charge may be made for redaction.',
    citation: 'Wis. Stat. § 19.35(3)(a), (c)',
    quote:
      'an authority may impose a fee upon the requester of a copy of a record which may not exceed the actual, necessary and direct cost of reproduction and transcription of the record',
    source: 'https://docs-preview.legis.wisconsin.gov/misc/oag/archival/_109/_1?up=1',
  },
  sources: [
    "https://docs-preview.legis.wisconsin.gov/misc/oag/archival/_109/_1?up=1 (72 Op. Att'y Gen. 150 (1983), quoting § 19.35(3)(a))",
    'https://www.doj.state.wi.us/office-open-government/ask-the-oog/authority-will-not-provide-me-records-i-requested-unless-i-pay (Department of Justice Office of Open Government: four chargeable tasks at actual, necessary and direct cost; location fee only if $50 or more; no charge for redaction; discretion to waive or reduce in the public interest)',
    'https://wnanews.com/category/news-and-announcements/wna-member-content/page/48 (Wisconsin Freedom of Information Council on copy costs)',
  ],
  uncertain: [
    'The § 19.35(3)(a) quote is as a 1983 Attorney General opinion quotes it; the current statute page was not read.',
    'The waiver is from the Department of Justice\'s summary ("an authority has discretion to provide requested records for free or at a reduced charge if it determines that doing so is in the public interest"); the words of § 19.35(3)(e) were not read, and the statute sets no standard for the waiver.',
    'The $50 location threshold and the no-charge-for-redaction rule are from the Department of Justice summary, not statute text.',
    "Electronic format is left out: the statute's provisions on the form of copies (§ 19.35(1)(b)-(e)) and the case law on electronic copies (reportedly Lueders v. Krug, 2019) were not read.",
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
