import type { LetterProvisions } from './types.js';

export const US_OR: LetterProvisions = {
  code: 'US-OR',
  electronicFormat: {
    text: 'If a public record is kept in machine-readable or electronic form, the public body must provide a copy in the form requested if available, and otherwise in the form in which it keeps the record.',
    citation: 'ORS 192.324(3)',
    quote:
      'If the public record is maintained in a machine readable or electronic form, the public body shall provide a copy of the public record in the form requested, if available. If the public record is not available in the form requested, the public body shall make the public record available in the form in which the public body maintains the public record.',
    source: 'https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-324',
  },
  feeWaiver: {
    text: 'The custodian may furnish copies free or at a substantially reduced fee when the waiver or reduction is in the public interest because making the record available primarily benefits the general public; an unreasonable denial of a waiver may be petitioned to the Attorney General or district attorney.',
    citation: 'ORS 192.324(5), (6)',
    quote:
      'The custodian of a public record may furnish copies without charge or at a substantially reduced fee if the custodian determines that the waiver or reduction of fees is in the public interest because making the record available primarily benefits the general public.',
    source: 'https://oregonstateauthority.com/laws/state_statute/205.320/',
  },
  feeLimit: {
    text: 'A public body may charge only fees reasonably calculated to reimburse its actual cost of making public records available.',
    citation: 'ORS 192.324(4)(a)',
    quote:
      "The public body may establish fees reasonably calculated to reimburse the public body for the public body's actual cost of making public records available",
    source: 'https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-324',
  },
  sources: [
    'https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-324 (ORS 192.324(1)-(4)(a), in part)',
    'https://oregonstateauthority.com/laws/state_statute/205.320/ (a page showing ORS 192.324(5)-(8), "[Formerly 192.440; 2025 c.30 §1]")',
    'https://pwe.eugene-or.gov/PWESewerConn/0/doc/355787/Page9.aspx (older text of ORS 192.440, same wording)',
  ],
  uncertain: [
    'The ORS 192.324 text was read in unofficial compilations; the 2025 amendment (2025 c.30) may have changed the subsection numbers. The rest of subsection (4), on what costs may be included and whether attorney time determining the application of the law may be charged, was not read.',
    'A 2023 Oregon bill (fastdemocracy summary of ORB00016648) would have made the public-interest waiver mandatory, presumed news-media requests to be in the public interest, and capped hourly rates. The 2025 text read (2025 c.30) still has the discretionary "may furnish" wording, so the bill is taken not to have been enacted in that form; this was not checked.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
