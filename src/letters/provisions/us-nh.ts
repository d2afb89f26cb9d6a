import type { LetterProvisions } from './types.js';

export const US_NH: LetterProvisions = {
  code: 'US-NH',
  electronicFormat: {
    text: 'Where a governmental record is kept in electronic form, the requester may ask to receive it in electronic form, which the public body may provide on electronic media in a standard or common file format.',
    citation: 'RSA 91-A:4, V',
  },
  feeWaiver: {
    text: 'A public body that charges the per-communication fee for large requests for electronic communications must have a written policy that waives it for indigent requesters or those for whom it would be a financial hardship, and media requesters are exempt from certain charges.',
    citation: 'RSA 91-A:4, IV (as amended by HB 1002, 2024)',
  },
  feeLimit: {
    text: 'Inspecting records is free, and no fee may be charged for inspecting or delivering records without copying them; a copy may be charged only at the actual cost of providing it, and for electronic communications the first 250 are free, with any charge above that capped at $1.00 a communication.',
    citation: 'RSA 91-A:4, IV',
    quote:
      'No cost or fee shall be charged for the inspection or delivery, without copying, of governmental records, whether in paper, electronic, or other form',
    source: 'https://granitegrok.com/new-england/nh/2024/08/crowd-sourcing-what-hb1002-really-means',
  },
  sources: [
    'https://casetext.com/statute/new-hampshire-revised-statutes/title-6-public-officers-and-employees/chapter-91-a-access-to-governmental-records-and-meetings/section-91-a4-minutes-and-records-available-for-public-inspection (RSA 91-A:4, paragraphs I-III only)',
    'http://www.nhmunicipal.org/TownAndCity/Article/745 (NHMA on RSA 91-A:4 and Taylor v. SAU #55, 2017: records kept electronically can be had in electronic format)',
    'https://cetient.com/case/3195421/donna-m-green-v-school-administrative-unit-55-and-a (Green v. SAU #55, 2016: right to electronic copies)',
    'https://tuftonboro.net/max/town-government/amendment-right-know-law-clears-conference-committee/ (HB 606, 2016: no fee for inspection or delivery without copying; actual cost of copies)',
    'http://bills.nhliberty.org/bills/2024/HB1002 (HB 1002, 2024, version adopted by both bodies: opening only)',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=NHB00011130&billsummary_session=2024&billsummary_state=nh (HB 1002 summary: 250 free communications, $1.00 cap, indigent and hardship waivers, media requesters)',
    'https://granitegrok.com/new-england/nh/2024/08/crowd-sourcing-what-hb1002-really-means (quoting the RSA 91-A:4, IV no-fee sentence as it stood in the introduced HB 1002)',
  ],
  uncertain: [
    'RSA 91-A:4, IV and V were not read in an official or full copy. The no-fee quote is the current-law sentence as an article quotes it from the introduced HB 1002; the introduced bill would have added "unless the time to make the record available exceeds 10 hours", which reportedly did not pass.',
    "Electronic format comes from the NHMA article and Green v. SAU #55 (2016); the statute's own words were not read. In Taylor v. SAU #55 (2017) the court held that a public body may provide a different electronic format for good reason. HB 66 (2025), which would let any person elect electronic delivery, was seen only as a bill, and whether it was enacted is unknown.",
    'The fee waiver (indigence, financial hardship, media requesters) and the 250-communication / $1.00 limits come only from a bill summary and a news report of HB 1002 (2024, effective 2024-08-13). The paragraph and subparagraph numbers were not confirmed.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
