/**
 * Request tags join the one vocabulary: a request is tagged with a vocabulary slug, and a tag that is
 * not in the vocabulary yet is added to it (category `topic`) in the caller's transaction, so that
 * the tagging page, search and the request filters all know it by the same slug.
 */
import { eq } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import type { DbOrTx } from '../db/index.js';
import { tags } from '../db/schema.js';
import { slugOf, tidyName } from './slug.js';

/** The category of tags that first came from a request's tags. */
export const REQUEST_TAG_CATEGORY = 'topic';

/**
 * The slugs of `names` (duplicates and variants of one tag given once), each in the vocabulary
 * afterwards. A new entry keeps the name as typed and its creator, so that the public sees it only
 * once it is on something public (see GET /api/v1/tags).
 */
export function requestTagSlugs(tx: DbOrTx, actor: Actor, now: Date, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const slug = slugOf(name);
    if (!slug || out.includes(slug)) continue;
    out.push(slug);
    if (tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get()) continue;
    const row = tx
      .insert(tags)
      .values({ name: tidyName(name), slug, category: REQUEST_TAG_CATEGORY, createdBy: actor.userId })
      .returning()
      .get();
    audit(tx, actor, now, 'tag.create', 'tag', row.id, null, {
      name: row.name,
      category: row.category,
      from: 'request tags',
    });
  }
  return out;
}
