import type { LetterProvisions } from './types.js';

export const US_AZ: LetterProvisions = {
  code: 'US-AZ',
  feeLimit: {
    text: 'For a non-commercial request the custodian may charge a fee only for copies it makes and furnishes, not for inspection or for searching for the records.',
    citation: "A.R.S. 39-121.01(D)(1); Ariz. Att'y Gen. Op. I13-012",
    quote: 'may charge a fee if the facilities are available',
    source:
      'http://www.rcfp.org/arizona-open-government-guide/i-statute-basic-application/d-fee-provisions-or-practices',
  },
  sources: [
    'http://www.rcfp.org/arizona-open-government-guide/i-statute-basic-application/d-fee-provisions-or-practices',
    'http://azag.gov/opinions/i13-012-r13-018',
    'https://www.rcfp.org/open-government-sections/3-are-certain-records-available-for-inspection-but-not-copying/',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=AZB00021310&billsummary_session=57th-2nd-regular&billsummary_state=az',
  ],
  uncertain: [
    'The text of A.R.S. 39-121.01 was not read in an official or full copy; the fee words ("may charge a fee if the facilities are available") are as quoted by the RCFP Open Government Guide. The statute sets no rate or actual-cost cap for non-commercial requests. The limits in the fee field (no fee for inspection, and none for a copy the agency must make to allow inspection or for copies made with the requester\'s own device) come from Attorney General Opinion I13-012 (2013), read in summary on azag.gov; the bar on search fees comes from Hanania v. City of Tucson, 128 Ariz. 135 (App. 1980), as cited in an agency handbook excerpt, not read.',
    'Commercial-purpose requests (A.R.S. 39-121.03) require a verified statement of the commercial purpose and may be charged more (portion of the cost of obtaining the records, labor, and the value of the reproduction on the commercial market); not encoded.',
    "Free copies by statute only in narrow cases: records used for veterans' and similar federal benefit claims (A.R.S. 39-122(A)) and one copy of the police report for a crime victim (A.R.S. 39-127), per the RCFP guide. No general fee waiver found.",
    'No statutory right to electronic copies found in the text read. A 2026 bill (57th Legislature, 2nd Regular Session, amending 39-121.01) would require copies in the least expensive manner with a preference for electronic copies and fees based on material costs only; whether it was enacted was not confirmed, so it is not encoded.',
    'No expedited processing; the statute requires only that records be furnished "promptly" (39-121.01(D)(1), (E)).',
  ],
  checked: '2026-12-07',
};
