/**
 * A document becomes ready once, in the caller's transaction: pages beyond the count are dropped (a
 * shorter re-run), the text sources are summed up, a PDF's page images are queued, subscribers are
 * told. Only a document still `processing` becomes ready, so that two workers finishing its last two
 * ranges at once (each in its own immediate transaction) cannot both make it ready, and a document a
 * failed range has failed stays failed.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index.js';
import { documentPages, documents } from '../db/schema.js';
import { emit } from '../webhooks/service.js';
import { ocrTools } from './extract/tools.js';
import { planPageImages } from './page-images.js';

export type Source = 'embedded' | 'ocr' | 'none';

/** Returns whether this call made the document ready. */
export function finishDocument(tx: DbOrTx, id: number, pages: number, now: Date): boolean {
  const current = tx.select({ status: documents.status }).from(documents).where(eq(documents.id, id)).get();
  if (current?.status !== 'processing') return false;
  tx.delete(documentPages)
    .where(and(eq(documentPages.documentId, id), gt(documentPages.page, pages)))
    .run();
  const counts = tx
    .select({ source: documentPages.source, n: sql<number>`count(*)` })
    .from(documentPages)
    .where(eq(documentPages.documentId, id))
    .groupBy(documentPages.source)
    .all();
  const n = (s: Source) => counts.find((c) => c.source === s)?.n ?? 0;
  const textSource = n('embedded') && n('ocr') ? 'mixed' : n('ocr') ? 'ocr' : n('embedded') ? 'embedded' : null;
  const tools = ocrTools();
  const needsOcr = n('none')
    ? `${n('none')} of ${pages} page${pages === 1 ? '' : 's'} ha${n('none') === 1 ? 's' : 've'} no text layer and could not be OCRed: ${tools.available ? 'OCR found no text' : tools.reason}`
    : null;
  const row = tx
    .update(documents)
    .set({
      status: 'ready',
      error: null,
      pages,
      pagesDone: pages,
      textSource,
      needsOcr,
      updatedAt: now.toISOString(),
    })
    .where(and(eq(documents.id, id), eq(documents.status, 'processing')))
    .returning()
    .get();
  if (!row) return false;
  planPageImages(tx, id);
  emit(
    tx,
    'document.ready',
    {
      documentId: id,
      requestId: row.requestId,
      parentId: row.parentId,
      pages,
      textSource,
      needsOcr: needsOcr !== null,
    },
    now,
  );
  return true;
}
