import type { LetterProvisions } from './types.js';

export const US_FL: LetterProvisions = {
  code: 'US-FL',
  electronicFormat: {
    text: 'An agency must provide a copy of a public record in the medium requested if the agency maintains the record in that medium.',
    citation: 'Fla. Stat. § 119.01(2)(f)',
    source:
      'https://hernandocountyfl.legistar.com/LegislationDetail.aspx?GUID=A112B02D-BA25-4EC5-93F9-7BBEFBFB6105&ID=7828767',
  },
  feeLimit: {
    text: 'Unless another law sets a fee, an agency may charge no more than 15 cents per one-sided copy (5 cents more for two-sided) and otherwise the actual cost of duplication, meaning materials and supplies without labor or overhead; inspection is free, and a special service charge is allowed only for extensive use of information technology or clerical or supervisory assistance.',
    citation: 'Fla. Stat. § 119.07(4); § 119.011(1)',
    quote:
      'for duplicated copies of not more than 14 inches by 81/Z inches, upon payment of not more than 15 cents per one-sided copy, and for all other copies, upon payment of the actual cost of duplication of the record. An agency may charge no more than an additional 5 cents for each two-sided duplicated copy. [...] The phrase "actual cost of duplication" means the cost of the material and supplies used to duplicate the record, but it does not include the labor cost or overhead cost associated with such duplication.',
    source: 'https://weblink.cityofsebastian.org/WebLink/DocView.aspx?dbid=0&id=51537&repo=City',
  },
  sources: [
    'https://weblink.cityofsebastian.org/WebLink/DocView.aspx?dbid=0&id=51537&repo=City (city page reproducing former § 119.07(1)(a)-(b))',
    'https://www.fkaa.com/282/Public-Records-Request (quoting § 119.07(4)(d))',
    "http://www.myflsunshine.com/sun.nsf/manual/8EF55371C466B09A852566F30070A187 (Attorney General's Government-in-the-Sunshine Manual: no fee for inspection)",
    'https://hernandocountyfl.legistar.com/LegislationDetail.aspx?GUID=A112B02D-BA25-4EC5-93F9-7BBEFBFB6105&ID=7828767 (county legal note restating the medium-requested rule)',
    'http://sarasotasheriff.org/statutes.asp (older text of § 119.01)',
  ],
  uncertain: [
    'The fee quote is the pre-2004 wording of § 119.07(1)(a), reproduced on a city web page; the same rates now appear in § 119.07(4)(a)-(c), and the definition of "actual cost of duplication" in § 119.011(1). The current section text was not read in the Florida Statutes. The special service charge wording (§ 119.07(4)(d)) was read as quoted by an agency page; the rule that inspection is free comes from the Attorney General\'s Sunshine Manual (AGO 85-03; State ex rel. Davis v. McMillan).',
    'The electronic-format rule was read only as restated in a Hernando County legal note ("an agency must provide a copy of the record in the medium requested if the agency maintains the record in that medium"); the citation § 119.01(2)(f) is corroborated by several independent third-party write-ups found in public repositories, but the section text itself was not read, so no quote is given.',
    'No statutory fee waiver in chapter 119; agencies may choose not to charge.',
    'No expedited processing; Florida has no fixed response deadline (records must be produced within a reasonable time).',
  ],
  checked: '2026-12-07',
};
