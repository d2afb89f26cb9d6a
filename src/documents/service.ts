/**
 * Documents of a request: intake (streamed to the blob store, one row per distinct file) and reads
 * that follow the request's visibility.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import type { Db } from '../db/index.js';
import { documents, requests } from '../db/schema.js';
import { notFound } from '../errors.js';
import { requestVisible } from '../requests/service.js';
import type { StoredBlob } from './blob-store.js';

export type DocumentRow = typeof documents.$inferSelect;

/** Records an uploaded file whose bytes are already on disk. The same bytes twice on one request are one document. */
export function recordUpload(
  db: Db,
  actor: Actor,
  now: Date,
  requestId: number,
  blob: StoredBlob,
  meta: { name: string; declaredType: string | null },
): { document: DocumentRow; duplicate: boolean } {
  return db.transaction((tx) => {
    const existing = tx
      .select()
      .from(documents)
      .where(and(eq(documents.requestId, requestId), eq(documents.sha256, blob.sha256), isNull(documents.parentId)))
      .get();
    if (existing) return { document: existing, duplicate: true };
    const at = now.toISOString();
    const row = tx
      .insert(documents)
      .values({
        requestId,
        sha256: blob.sha256,
        size: blob.size,
        name: meta.name,
        declaredType: meta.declaredType,
        createdBy: actor.userId,
        updatedAt: at,
      })
      .returning()
      .get();
    const req = tx.select({ revision: requests.revision }).from(requests).where(eq(requests.id, requestId)).get();
    tx.update(requests)
      .set({ revision: (req?.revision ?? 0) + 1, updatedAt: at })
      .where(eq(requests.id, requestId))
      .run();
    audit(tx, actor, now, 'document.upload', 'document', row.id, null, {
      requestId,
      name: meta.name,
      sha256: blob.sha256,
      size: blob.size,
    });
    return { document: row, duplicate: false };
  });
}

export function documentView(d: DocumentRow) {
  return {
    id: d.id,
    requestId: d.requestId,
    parentId: d.parentId,
    name: d.name,
    size: d.size,
    sha256: d.sha256,
    declaredType: d.declaredType,
    type: d.sniffedType,
    status: d.status as 'pending' | 'processing' | 'ready' | 'failed',
    error: d.error,
    pages: d.pages,
    pagesDone: d.pagesDone,
    textSource: d.textSource as 'embedded' | 'ocr' | 'mixed' | null,
    createdAt: d.createdAt,
  };
}

/** A document, if the caller may see its request (404 otherwise, as for the request). */
export function visibleDocument(db: Db, actor: Actor | null, id: number, today: string): DocumentRow {
  const d = db.select().from(documents).where(eq(documents.id, id)).get();
  if (!d) throw notFound(`Document ${id}`);
  try {
    requestVisible(db, actor, d.requestId, today);
  } catch {
    throw notFound(`Document ${id}`);
  }
  return d;
}

export function requestDocuments(db: Db, requestId: number) {
  return db.select().from(documents).where(eq(documents.requestId, requestId)).orderBy(asc(documents.id)).all();
}
