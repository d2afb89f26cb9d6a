/**
 * Keeping our own staff's details out of what the public reads: a plain, predictable replacement of
 * known strings by "[withheld]", not a guess at what looks personal. Pure: the strings come in (see
 * staffDetails in ./service.ts), the text goes out.
 */

export const WITHHELD = '[withheld]';

export interface StaffDetails {
  /** Exact strings: sender names, e-mail addresses. Matched in any case. */
  literals: readonly string[];
  /** Phone numbers: matched by their digits, whatever the separators ("(617) 555-0101", "617.555.0101"). */
  phones: readonly string[];
  /** Postal addresses (several lines): the whole, with any line breaks or indentation, and each long line. */
  addresses: readonly string[];
  /** Domains under which `request-<id>@domain` (and `request-<id>+m<n>@domain`) are our request addresses. */
  requestDomains: readonly string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line of an address shorter than this ("MA", "USA") is too common to withhold on its own. */
const MIN_ADDRESS_LINE = 8;
/** A phone number with fewer digits is too short to find safely in free text. */
const MIN_PHONE_DIGITS = 7;

function phonePattern(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS) return null;
  // A North American number is written with or without its country code.
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : null;
  if (national) digits = national;
  const body = [...digits].join('[\\s().\\-]{0,3}');
  return `(?<![\\d(])(?:\\+?1[\\s().\\-]{0,3})?\\(?${body}(?!\\d)`;
}

/** One regular expression that finds every detail, longest alternatives first; null when there is none. */
export function detailsPattern(d: StaffDetails): RegExp | null {
  const parts: string[] = [];
  for (const domain of d.requestDomains) {
    if (domain) parts.push(`request-\\d+(?:\\+[\\w.-]*)?@${escapeRegExp(domain)}`);
  }
  const literals = new Set<string>();
  for (const l of d.literals) if (l.trim().length >= 3) literals.add(l.trim());
  for (const a of d.addresses) {
    const lines = a
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    // The whole address, its lines joined by any whitespace (a reply may re-wrap or indent them).
    if (lines.length > 1) parts.push(lines.map((l) => l.split(/\s+/).map(escapeRegExp).join('\\s+')).join('[\\s>]+'));
    for (const l of lines) if (l.length >= MIN_ADDRESS_LINE) literals.add(l);
  }
  for (const phone of d.phones) {
    const p = phonePattern(phone);
    if (p) parts.push(p);
    else if (phone.trim()) literals.add(phone.trim());
  }
  // Whole words only: a name in SMTP_FROM must not eat into a longer word that starts with it.
  parts.push(
    ...[...literals]
      .sort((a, b) => b.length - a.length)
      .map((l) => `(?<![\\p{L}\\p{N}])${l.split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`),
  );
  return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
}

/** The text with every detail replaced by "[withheld]". */
export function withhold(text: string, pattern: RegExp | null): string {
  if (!pattern || !text) return text;
  return text.replace(pattern, WITHHELD);
}
