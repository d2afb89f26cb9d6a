import type { LetterProvisions } from './types.js';

export const US_ID: LetterProvisions = {
  code: 'US-ID',
  feeWaiver: {
    text: "An agency may not charge any fee for copies or labor when the requester shows that the request is likely to contribute significantly to the public's understanding of government operations or activities, is not primarily in the requester's individual interest (including litigation), and will not happen if fees are charged because the requester lacks the money to pay them.",
    citation: 'Idaho Code § 74-102(10)',
    quote:
      "shall not charge any cost or fee for copies or labor when the requester demonstrates that the requester's examination and/or copying of public records: 1. Is likely to contribute significantly to the public's understanding of the operations or activities of the government 2. Is not primarily in the individual interest of the requester including, but not limited to, the requester's interest in litigation in which the requester is or may become a party 3. Will not occur if fees are charged because the requester has insufficient financial resources to pay such fees.",
    source: 'https://adm.idaho.gov/public-records-request-waiver/',
  },
  feeLimit: {
    text: 'No fee may be charged for the first two hours of labor or the first 100 pages of copies, and fees beyond that may recover only actual costs (labor at the rate of the lowest-paid qualified employee), chargeable only when the request exceeds 100 pages, requires redaction of nonpublic information, or takes more than two person-hours.',
    citation: 'Idaho Code § 74-102(10)',
    quote:
      'Except for fees that are authorized or prescribed under other provisions of Idaho law, no fee shall be charged for the first two (2) hours of labor in responding to a PRR or for copying the first one hundred (100) pages of public records requested.',
    source: 'http://forums.idaho.gov/contact-us/public-records-request/prr-fee-schedule/',
  },
  sources: [
    'https://adm.idaho.gov/public-records-request-waiver/ (Department of Administration waiver form restating the statutory test)',
    'http://forums.idaho.gov/contact-us/public-records-request/prr-fee-schedule/ (Department of Environmental Quality fee schedule restating § 74-102(10))',
    'https://swc.idaho.gov/home-2/about-us/public-records-request/',
    'https://codelibrary.amlegal.com/codes/fruitlandid/latest/fruitland_id/0-0-0-216 (lowest-paid qualified employee rate)',
    'https://legislature.idaho.gov/statutesrules/idstat/Title74/T74CH1/SECT74-102/',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=IDB00008081&billsummary_session=2025&billsummary_state=id (2025 bill: resident / non-resident distinctions)',
  ],
  uncertain: [
    'The official text of § 74-102 was found (legislature.idaho.gov) but only subsections (1)-(5) were read. The fee-waiver quote is from a State agency waiver form that reproduces the statutory test (with "PRR" and list numbering in agency form), and the fee-limit quote from a State agency fee schedule; the exact paragraph letters within § 74-102(10) were not confirmed.',
    'A 2025 bill amending §§ 74-101 to 74-103 would confine the free two hours / 100 pages to Idaho residents and allow separate non-resident fee schedules; its enactment was not confirmed (the deadline data notes the stored § 74-102 still says "every person"). If enacted, a letter should state the requester\'s Idaho residency.',
    'Electronic media may be charged at actual cost (§ 74-102(10)(d), per the DEQ schedule); no statutory right to a particular electronic format was read, so none is encoded.',
    'No expedited processing in the Idaho Public Records Act.',
  ],
  checked: '2026-12-07',
};
