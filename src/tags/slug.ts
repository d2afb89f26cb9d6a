/**
 * The one rule that says when two tag names are the same tag, for request tags and document tags
 * alike: case, accents and the separators between words do not count. "Media Sonar",
 * "media-sonar", "media sonar" and "MEDIA_SONAR" are all `media-sonar`; "Policía" is `policia`.
 *
 * Pure and dependency-free: the database registers it as the SQL function `tag_slug()` on every
 * connection (src/db/index.ts), so that a migration can re-slug stored rows by the same rule.
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A name as people wrote it, with its spaces tidied: what a new vocabulary entry is called. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
