import type { LetterProvisions } from './types.js';

export const US_VT: LetterProvisions = {
  code: 'US-VT',
  electronicFormat: {
    text: 'Where an agency keeps public records in electronic format, nonexempt records must be available for copying in either the standard electronic format or the standard paper format, as the requester designates.',
    citation: '1 V.S.A. § 316',
  },
  feeLimit: {
    text: 'An agency may charge only the actual cost of providing a copy, plus mailing or transmission costs, and may charge for staff time only when compliance takes more than 30 minutes, when it agrees to create a record, or when it agrees to provide a nonstandard format and compliance takes more than 30 minutes.',
    citation: '1 V.S.A. § 316(b), (c)',
    quote:
      '(b) If copying equipment maintained for use by a public agency is used by the agency to copy the public record or document requested, the agency may charge and collect from the person requesting the copy the actual cost of providing the copy. ... (c) In the following instances an agency may also charge and collect the cost of staff time associated with complying with a request for a copy of a public record: (1) the time directly involved in complying with the request exceeds 30 minutes; (2) the agency agrees to create a public record; or (3) the agency agrees to provide the public record in a nonstandard format and the time directly involved in complying with the request exceeds 30 minutes.',
    source: 'http://www.waitsfieldvt.us/about/government_1vsa316.cfm',
  },
  sources: [
    'http://www.waitsfieldvt.us/about/government_1vsa316.cfm (Town of Waitsfield copy of 1 V.S.A. § 316, older text)',
    'http://www.leg.state.vt.us/docs/1996/acts/ACT159.HTM (Act 159 of 1996 amending § 316)',
    'https://sos.vermont.gov/vsara/learn/public-records-act/access (VSARA: Act 159 "clarified in which formats individuals could expect to receive copies of records")',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=VTB00010779&billsummary_session=2025-2026&billsummary_state=vt (S.114, 2025: restates that electronically kept records must be available in standard electronic and paper formats; would allow charging staff time for inspection)',
  ],
  uncertain: [
    "Electronic format: the statute's words were not read. The provision is from the VSARA history page, which says Act 159 of 1996 clarified the formats requesters could expect, and from the S.114 (2025) bill summary. It is cited to § 316 without a subsection letter.",
    "The fee quote is from a town's copy of the older § 316 text; the Secretary of State sets a uniform schedule of actual-cost charges (§ 316(d)). Only copying is charged under this text; S.114 and H.502 (2025) would allow charging staff time for inspection too, and whether they were enacted was not checked.",
    'Fee waiver is left out: no statutory waiver was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
