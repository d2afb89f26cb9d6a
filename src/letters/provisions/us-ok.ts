import type { LetterProvisions } from './types.js';

export const US_OK: LetterProvisions = {
  code: 'US-OK',
  feeWaiver: {
    text: 'No search fee may be charged when the release of records is in the public interest, including release to the news media, scholars, authors and taxpayers seeking to determine whether public officials are honestly, faithfully and competently performing their duties.',
    citation: '51 O.S. § 24A.5(3)',
    quote:
      'In no case, shall a search fee be charged when the release of records is in the public interest, including, but not limited to, release to the news media, scholars, authors and taxpayers seeking to determine whether those entrusted with the affairs of the government are honestly, faithfully, and competently performing their duties as public servants.',
    source:
      'https://foioklahoma.org/blog/2010/06/07/da-says-search-fee-may-be-charged-for-promptly-sorting-out-pawnee-county-commissioners-e-mails-about-controversial-public-project',
  },
  feeLimit: {
    text: 'A public body may charge only the reasonable, direct cost of copying or mechanical reproduction, never more than 25 cents a page for copies 8.5 by 14 inches or smaller (or $1.00 for a certified copy); a search fee is allowed only when a request is solely for a commercial purpose or would clearly cause excessive disruption.',
    citation: '51 O.S. § 24A.5(3)',
    quote: 'Otherwise, a public body may charge a fee only for recovery of the reasonable, direct costs of',
    source: 'http://oklegal.onenet.net/oklegal-cgi/get_statute?99/Title.51/51-24A.5.html',
  },
  sources: [
    'http://oklegal.onenet.net/oklegal-cgi/get_statute?99/Title.51/51-24A.5.html (51 O.S. § 24A.5, 1999 compilation; read up to paragraph 3)',
    'https://foioklahoma.org/blog/2010/06/07/da-says-search-fee-may-be-charged-for-promptly-sorting-out-pawnee-county-commissioners-e-mails-about-controversial-public-project (FOI Oklahoma quoting § 24A.5(3) and 1996 OK AG 26)',
    'https://www.mcalesternews.com/news/local_news/5-things-to-know-costs-for-obtaining-public-records-under-the-open-records-act/article_a2e5f60e-511e-50b6-af48-dcdbb979b55a.html (2022 article quoting § 24A.5: 25-cent cap, commercial or disruptive search fee, news-media electronic data at direct cost)',
  ],
  uncertain: [
    'The public-interest clause is quoted as FOI Oklahoma and the Attorney General (1996 OK AG 26) quote it. It bars a search fee only; copying fees may still be charged.',
    'The 25-cent and $1.00 caps and the commercial or disruption search fee come from a 2022 newspaper article quoting § 24A.5; the official current text (oscn.net) was not read.',
    'Electronic format is left out: no statutory right to a chosen format was found. The 2022 article quotes § 24A.5 as saying that copies of electronic data for the news media for a news purpose may cost no more than the direct cost of making the copy.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
