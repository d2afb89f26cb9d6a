import type { LetterProvisions } from './types.js';

export const US_AR: LetterProvisions = {
  code: 'US-AR',
  electronicFormat: {
    text: 'A custodian may agree to summarize, compile or tailor electronic data or provide it in an electronic format to which it is not readily convertible, and should agree to provide the data as requested where the cost and time involved are relatively minimal.',
    citation: 'Ark. Code Ann. § 25-19-109(a)',
    quote:
      '(1) At his or her discretion, a custodian may agree to summarize, compile, or tailor electronic data in a particular manner or medium and may agree to provide the data in an electronic format to which it is not readily convertible. (2) Where the cost and time involved in complying with the requests are relatively minimal, custodians should agree to provide the data as requested.',
    source: 'https://law.justia.com/codes/arkansas/2019/title-25/chapter-19/section-25-19-109/',
  },
  feeLimit: {
    text: 'Fees for copies may not exceed the actual cost of reproduction and of mailing or transmitting the records, and may not include existing agency personnel time spent searching for, retrieving, reviewing or copying the records.',
    citation: 'Ark. Code Ann. § 25-19-105(d)(3)(A)',
    quote: 'agency personnel time associated with searching for, retrieving, reviewing, or copying the records',
    source: 'http://ballotpedia.org/Arkansas_FOIA_procedures',
  },
  sources: [
    'https://law.justia.com/codes/arkansas/2019/title-25/chapter-19/section-25-19-109/',
    'https://lexace.ai/us/statute/arkansas/25-19-109',
    'http://ballotpedia.org/Arkansas_FOIA_procedures',
    'https://getpocketlaw.com/law/state_arkansas/section-25-19-105-examination-and-copying-of-public-records_bb47e763adb5',
    'https://www.pcssd.org/6-30p-freedom-of-information-act-requests (school district policy restating 25-19-105(d)(3) and 25-19-109)',
    'https://cetient.com/case/3260672/opinion-no (Attorney General opinion on fee waivers, follow-up to Op. 2010-169)',
  ],
  uncertain: [
    'The fee limit of § 25-19-105(d)(3) was not read in the statute: only its (a) and (b) parts were read in a copy of § 25-19-105. The fee-limit wording is as quoted by Ballotpedia and restated in a school-district policy ("actual costs of reproduction, including the costs of the medium of reproduction, supplies, equipment, and maintenance, but not including existing ... personnel time associated with searching for, retrieving, reviewing, or copying the records", plus "actual costs of mailing or transmitting the record by facsimile or other electronic means"). Ballotpedia also says an estimated fee over $25 may be required in advance.',
    'If the custodian agrees to tailor or convert electronic data under § 25-19-109, it may also charge actual, verifiable personnel time beyond two hours, at no more than the salary of the lowest-paid qualified employee, with an itemized breakdown (§ 25-19-109(b), (c)).',
    'A right to copies "in any medium in which the record is maintained" (reported as § 25-19-105(d)(2)) was not confirmed in the text read; only the discretionary § 25-19-109 is encoded.',
    'No statutory fee waiver confirmed. An Attorney General opinion (follow-up to Op. 2010-169) says a custodian need not always charge and may charge less than actual cost; the statute text of any waiver clause was not read.',
    'No expedited processing in the Arkansas FOIA (records in active use or storage within three working days, § 25-19-105(e)). The Act covers citizens of Arkansas only (§ 25-19-105(a)(1)(A)).',
  ],
  checked: '2026-12-07',
};
