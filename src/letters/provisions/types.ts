/**
 * What a jurisdiction's law says that a request letter should invoke beyond its deadlines: records in
 * electronic form, fee waivers and limits, and expedited processing with the certification it needs.
 * Pure data, one object per jurisdiction, each provision with its citation; a field is absent where
 * the law has no such provision or none could be read in the statute's text (see `uncertain`).
 */
export interface Provision {
  /** Plain-language statement a letter can use, e.g. "fees may be waived or reduced when disclosure is in the public interest". */
  text: string;
  /** The statute or regulation, e.g. "5 U.S.C. 552(a)(4)(A)(iii)". */
  citation: string;
  /** The statute's own words, where they were read. */
  quote?: string;
  /** Where the text was read (URL of the official code or the stored copy). */
  source?: string;
}

export interface LetterProvisions {
  /** `US` or `US-XX`, as in src/deadlines. */
  code: string;
  /** The requester may ask for records in electronic form, or in the format in which they are kept. */
  electronicFormat?: Provision;
  /** Fees may be waived or reduced (public interest, news media, indigence ...). */
  feeWaiver?: Provision;
  /** Limits on what may be charged (actual cost, no charge for inspection, free first pages/hours ...). */
  feeLimit?: Provision;
  /** Expedited processing where the law has it, and the certification the law requires of the requester. */
  expedited?: Provision & { certification: string };
  /** Sources consulted for this jurisdiction. */
  sources: string[];
  /** Points that could not be confirmed in statute text, and what was left out because of it. */
  uncertain?: string[];
  /** The date the research was done, YYYY-MM-DD. */
  checked: string;
}
