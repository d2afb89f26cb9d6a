import type { LetterProvisions } from './types.js';

export const US_AK: LetterProvisions = {
  code: 'US-AK',
  electronicFormat: {
    text: 'A public agency must provide a copy of a public record in the form in which it is maintained, including electronic form, and may charge no more than its actual incremental costs to duplicate a record in the electronic form it keeps.',
    citation: '2 AAC 96.355(a); AS 40.25.115(c)',
    quote:
      'Except as otherwise provided by law, public records maintained in electronic form are subject to disclosure and copying. Upon receipt of a request complying with this chapter, a public agency shall provide a copy of a public record in the form in which it is maintained or disseminated by the public agency.',
    source: 'http://touchngo.com/lglcntr/akstats/aac/title02/chapter096/section355.htm',
  },
  feeWaiver: {
    text: 'A public agency may reduce or waive a fee when it determines that the reduction or waiver is in the public interest, and waivers must be applied uniformly to similarly situated requesters.',
    citation: 'AS 40.25.110(d); AS 40.25.115(b)',
    quote:
      'A public agency may reduce or waive a fee when the public agency determines that the reduction or waiver is in the public interest. Fee reductions and waivers shall be uniformly applied among persons who are similarly situated.',
    source: 'http://ak.elaws.us/as/40.25.110',
  },
  feeLimit: {
    text: 'Copying fees may not exceed the standard unit cost of duplication, and search and copying staff time may be charged only once production for one requester exceeds five person-hours in a calendar month, at no more than actual salary and benefit costs.',
    citation: 'AS 40.25.110(b), (c)',
    quote:
      '(b) Except as otherwise provided in this section, the fee for copying public records may not exceed the standard unit cost of duplication established by the public agency. (c) If the production of records for one requester in a calendar month exceeds five person-hours, the public agency shall require the requester to pay the personnel costs required during the month to complete the search and copying tasks. The personnel costs may not exceed the actual salary and benefit costs for the personnel time required to perform the search and copying tasks.',
    source: 'http://ak.elaws.us/as/40.25.110',
  },
  sources: [
    'http://ak.elaws.us/as/40.25.110',
    'https://lawserver.com/law/state/alaska/ak-statutes/alaska_statutes_40-25-110',
    'https://instalawyer.io/laws/alaska-statutes/sec-4025115-electronic-services-and',
    'http://touchngo.com/lglcntr/akstats/aac/title02/chapter096/section355.htm',
    'http://touchngo.com/lglcntr/akstats/aac/title02/chapter096/section360.htm',
    'https://instalawyer.io/laws/alaska-statutes/sec-4025220-definitions-for-as',
    'http://www.rcfp.org/alaska-open-government-guide/iii-state-law-electronic-records/i-how-are-fees-electronic-records-asse',
  ],
  uncertain: [
    'The electronic-format duty is in the regulation (2 AAC 96.355(a)), whose "public agency" is limited to the executive branch (2 AAC 96.900, per the deadline data); the statute itself only says agencies are "encouraged to make information available in usable electronic formats to the greatest extent feasible" (AS 40.25.115(a)) and caps the fee for a copy "in the electronic form kept by a public agency" at "the actual incremental costs" (AS 40.25.115(c)).',
    'Records in formats the agency does not use, or tailored data, are "electronic services and products" (AS 40.25.220(1)), which carry an enhanced fee; that fee "may be reduced or waived by the public agency if the electronic services and products are to be used for a public purpose, including public agency program support, nonprofit activities, journalism, and academic research" (AS 40.25.115(b)).',
    'The regulation bars requiring advance payment from news organizations except in listed cases (2 AAC 96.360(c)); not encoded as a separate field.',
    'A third-party guide (akpublicrecords.org) quotes a "primarily in the public interest and not primarily for commercial use" waiver standard that does not appear in the statute text read; the statute\'s words are used here.',
    'No expedited processing in the Alaska Public Records Act.',
  ],
  checked: '2026-12-07',
};
