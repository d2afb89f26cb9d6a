/**
 * The tag vocabulary and tagging of documents and pages. Every tagging records who and when; a
 * removal is recorded on the same row (removedAt/By), so the history stays.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import { type Actor, seesPrivate } from '../auth/roles.js';
import type { Db } from '../db/index.js';
import { documents, documentTags, tags } from '../db/schema.js';
import { AppError } from '../errors.js';
import { publicSql } from '../requests/service.js';
import { slugOf, tidyName } from './slug.js';

export type TagRow = typeof tags.$inferSelect;

export const tagView = (t: TagRow) => ({ id: t.id, name: t.name, category: t.category, description: t.description });

export { slugOf } from './slug.js';

export function listTags(db: Db, category?: string): TagRow[] {
  const q = db.select().from(tags);
  return (category ? q.where(eq(tags.category, category.trim().toLowerCase())) : q)
    .orderBy(asc(tags.category), asc(tags.slug))
    .all();
}

export function createTag(
  db: Db,
  actor: Actor,
  now: Date,
  input: { name: string; category: string; description?: string | null },
): TagRow {
  const name = tidyName(input.name);
  if (!slugOf(name)) {
    throw new AppError(422, 'invalid_tag', 'A tag name needs at least one letter or digit', {
      errors: [{ path: 'name', message: 'needs at least one letter or digit' }],
    });
  }
  return db.transaction((tx) => {
    if (
      tx
        .select({ id: tags.id })
        .from(tags)
        .where(eq(tags.slug, slugOf(name)))
        .get()
    ) {
      throw new AppError(409, 'tag_exists', `A tag named "${name}" already exists`, {
        errors: [{ path: 'name', message: 'already in use' }],
      });
    }
    const row = tx
      .insert(tags)
      .values({
        name,
        slug: slugOf(name),
        category: input.category.trim().toLowerCase(),
        description: input.description ?? null,
        createdBy: actor.userId,
      })
      .returning()
      .get();
    audit(tx, actor, now, 'tag.create', 'tag', row.id, null, tagView(row));
    return row;
  });
}

/** Resolves tag names (any case) or ids; unknown ones are a 422 naming each. */
export function resolveTags(db: Db, refs: readonly (string | number)[], path = 'tags'): TagRow[] {
  const out: TagRow[] = [];
  const errors: { path: string; message: string }[] = [];
  refs.forEach((ref, i) => {
    const row =
      typeof ref === 'number' || /^\d+$/.test(ref)
        ? db
            .select()
            .from(tags)
            .where(eq(tags.id, Number(ref)))
            .get()
        : db
            .select()
            .from(tags)
            .where(eq(tags.slug, slugOf(ref)))
            .get();
    if (row) out.push(row);
    else errors.push({ path: `${path}.${i}`, message: `is not in the vocabulary: ${JSON.stringify(ref)}` });
  });
  if (errors.length) {
    throw new AppError(422, 'unknown_tag', 'Some tags are not in the vocabulary (staff can add them)', { errors });
  }
  return out;
}

function checkPage(db: Db, documentId: number, page: number | null | undefined) {
  if (page == null) return;
  const d = db.select({ pages: documents.pages }).from(documents).where(eq(documents.id, documentId)).get();
  if (d?.pages == null || page > d.pages) {
    throw new AppError(422, 'no_such_page', `The document has ${d?.pages ?? 'no'} pages`, {
      errors: [{ path: 'page', message: `must be between 1 and ${d?.pages ?? 0}` }],
    });
  }
}

/**
 * Tags a document (page null) or one page, with an optional note. A page note without tags is kept
 * as a note row. Tagging with a tag that is already on that place again only updates the note.
 */
export function addTags(
  db: Db,
  actor: Actor,
  now: Date,
  documentId: number,
  input: { tags: (string | number)[]; page?: number | null; note?: string | null },
): void {
  const page = input.page ?? null;
  checkPage(db, documentId, page);
  const resolved = resolveTags(db, input.tags);
  if (!resolved.length && !input.note) {
    throw new AppError(422, 'nothing_to_add', 'Give at least one tag or a note', {
      errors: [{ path: 'tags', message: 'are empty, and there is no note' }],
    });
  }
  db.transaction((tx) => {
    const at = now.toISOString();
    const place = (tagId: number) =>
      and(
        eq(documentTags.documentId, documentId),
        eq(documentTags.tagId, tagId),
        page === null ? isNull(documentTags.page) : eq(documentTags.page, page),
        isNull(documentTags.removedAt),
      );
    const targets = resolved.length ? resolved : [noteTag(tx)];
    for (const tag of targets) {
      const existing = tx.select().from(documentTags).where(place(tag.id)).get();
      if (existing) {
        if (input.note !== undefined && input.note !== existing.note) {
          tx.update(documentTags).set({ note: input.note }).where(eq(documentTags.id, existing.id)).run();
        }
        continue;
      }
      const row = tx
        .insert(documentTags)
        .values({ documentId, tagId: tag.id, page, note: input.note ?? null, createdBy: actor.userId, createdAt: at })
        .returning()
        .get();
      audit(tx, actor, now, 'document.tag', 'document', documentId, null, {
        tag: tag.name,
        page,
        note: row.note,
      });
    }
  });
}

/** Page notes without a tag hang on the built-in "Note" tag (category "note"). */
function noteTag(tx: Pick<Db, 'select' | 'insert'>): TagRow {
  const found = tx.select().from(tags).where(eq(tags.slug, 'note')).get();
  if (found) return found;
  return tx.insert(tags).values({ name: 'Note', slug: 'note', category: 'note' }).returning().get();
}

/** Removes a tag from the document or from one page; recorded, not deleted. 404 when it is not there. */
export function removeTag(db: Db, actor: Actor, now: Date, documentId: number, ref: string, page: number | null) {
  const [tag] = resolveTags(db, [ref], 'tag');
  if (!tag) return;
  db.transaction((tx) => {
    const rows = tx
      .update(documentTags)
      .set({ removedAt: now.toISOString(), removedBy: actor.userId })
      .where(
        and(
          eq(documentTags.documentId, documentId),
          eq(documentTags.tagId, tag.id),
          page === null ? isNull(documentTags.page) : eq(documentTags.page, page),
          isNull(documentTags.removedAt),
        ),
      )
      .returning({ id: documentTags.id })
      .all();
    if (!rows.length) {
      throw new AppError(
        404,
        'not_found',
        `Tag "${tag.name}" is not on ${page === null ? 'the document' : `page ${page}`}`,
      );
    }
    audit(tx, actor, now, 'document.untag', 'document', documentId, { tag: tag.name, page }, null);
  });
}

export interface TaggingView {
  id: number;
  tag: { id: number; name: string; category: string };
  page: number | null;
  note: string | null;
  createdBy: number | null;
  createdAt: string;
  removedAt?: string | null;
  removedBy?: number | null;
}

/** The tags on some documents (current ones, or with history the removed ones too). */
export function documentTagViews(db: Db, documentIds: number[], history = false): Map<number, TaggingView[]> {
  const out = new Map<number, TaggingView[]>();
  if (!documentIds.length) return out;
  const rows = db
    .select({ t: documentTags, tag: tags })
    .from(documentTags)
    .innerJoin(tags, eq(tags.id, documentTags.tagId))
    .where(
      history
        ? inArray(documentTags.documentId, documentIds)
        : and(inArray(documentTags.documentId, documentIds), isNull(documentTags.removedAt)),
    )
    .orderBy(asc(documentTags.id))
    .all();
  for (const { t, tag } of rows) {
    const list = out.get(t.documentId) ?? [];
    list.push({
      id: t.id,
      tag: { id: tag.id, name: tag.name, category: tag.category },
      page: t.page,
      note: t.note,
      createdBy: t.createdBy,
      createdAt: t.createdAt,
      ...(history ? { removedAt: t.removedAt, removedBy: t.removedBy } : {}),
    });
    out.set(t.documentId, list);
  }
  return out;
}

/** Number of tagged documents per tag, for the vocabulary list; only documents the caller may see count. */
export function tagCounts(db: Db, actor: Actor | null, now: Date): Map<number, number> {
  const visible = seesPrivate(actor) ? '' : `and ${publicSql(now)}`;
  const rows = db.$client
    .prepare(
      `select dt.tag_id as tagId, count(distinct dt.document_id) as n from document_tags dt
       join documents d on d.id = dt.document_id join requests r on r.id = d.request_id
       where dt.removed_at is null ${visible} group by dt.tag_id`,
    )
    .all() as { tagId: number; n: number }[];
  return new Map(rows.map((r) => [r.tagId, r.n]));
}
