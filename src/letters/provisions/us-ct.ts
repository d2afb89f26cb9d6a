import type { LetterProvisions } from './types.js';

export const US_CT: LetterProvisions = {
  code: 'US-CT',
  electronicFormat: {
    text: 'An agency that keeps records in a computer storage system must provide a copy of nonexempt data on paper, disk or any other electronic medium the requester asks for, including by e-mail, if it can reasonably make such a copy.',
    citation: 'C.G.S. § 1-211(a)',
    quote:
      'Any public agency [which] that maintains public records in a computer storage system shall provide, to any person making a request pursuant to the Freedom of Information Act, a copy of any nonexempt data contained in such records, properly identified, on paper, disk, tape or any other electronic storage device or medium requested by the person, including an electronic copy sent to the electronic mail address of the person making such request, if the agency can reasonably make any such copy or have any such copy made.',
    source: 'https://app.legiplex.com/ct/legislature/2021/2021-r/bills/sb01072/draft-561698',
  },
  feeWaiver: {
    text: 'A public agency must waive copying fees for an indigent requester.',
    citation: 'C.G.S. § 1-212(d)(1)',
  },
  feeLimit: {
    text: "Copies may cost no more than 25 cents a page from a State agency and 50 cents a page from any other public agency, and a copy of computer-stored data no more than the agency's cost.",
    citation: 'C.G.S. § 1-212(a), (b)',
    quote:
      '(A) By an executive, administrative or legislative office of the state, a state agency [...] shall not exceed twenty-five cents per page; and (B) By all other public agencies, as defined in section 1-200, shall not exceed fifty cents per page. [...] (b) The fee for any copy provided in accordance with subsection (a) of section 1-211 shall not exceed the cost thereof to the public agency.',
    source:
      'http://casetext.com/statute/general-statutes-of-connecticut/title-1-provisions-of-general-application/chapter-14-freedom-of-information-act/section-1-212-formerly-sec-1-15-copies-and-scanning-of-public-records-fees',
  },
  sources: [
    'http://casetext.com/statute/general-statutes-of-connecticut/title-1-provisions-of-general-application/chapter-14-freedom-of-information-act/section-1-212-formerly-sec-1-15-copies-and-scanning-of-public-records-fees',
    'https://law.justia.com/codes/connecticut/2016/title-1/chapter-14/section-1-212/',
    'https://app.legiplex.com/ct/legislature/2021/2021-r/bills/sb01072/draft-561698 (Raised Bill 1072 of 2021, showing the existing text of § 1-211(a))',
    'https://portal.ct.gov/foi/decisions/finaldecisions2012/fic2012-027 (FOIC decision on an indigence fee waiver)',
    'http://www.state.ct.us/foi/1996FD/19960812/FIC1995-426.htm (FOIC decision on a fee waiver under former § 1-15(d)(1))',
    'https://ct-tax.org/news/make-electronic-records-available-to-the-public/',
  ],
  uncertain: [
    "Fee waiver: the text of § 1-212(d) was not read. That an agency must waive fees for an indigent requester under § 1-212(d)(1) (former § 1-15(d)(1)) comes from Freedom of Information Commission decisions (FIC 1995-426, FIC 2012-027), which apply the indigence waiver. Other waiver grounds in subsection (d) (reportedly exempt records and cases where, in the agency's judgment, the fee would not be in the public interest) were not confirmed and are not encoded.",
    'The § 1-211(a) wording is as shown as existing law in 2021 Raised Bill 1072, which only struck "[which]" for "that" (the brackets are the bill\'s deletion marks); the 2021 enactment status was not checked.',
    '§ 1-212(a) lets the agency choose the type of copy (plain, facsimile, electronic or certified) except that a certified copy must be given on request. For computer-stored data, the cost may include only listed items (§ 1-212(b)(1)-(4): hourly salary of employees formatting or programming, outside-vendor cost, storage medium, and similar). Not encoded in detail.',
    'No expedited processing in the Connecticut FOI Act.',
  ],
  checked: '2026-12-07',
};
