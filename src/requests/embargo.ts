/**
 * Embargoes end on their date: reads already treat an ended embargo as public; this job also makes
 * the stored visibility public (so exports and other systems see it) and records it in the audit log.
 */
import { and, eq, lte } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Db } from '../db/index.js';
import { requests } from '../db/schema.js';

export function expireEmbargoes(db: Db, now: Date): number[] {
  const today = now.toISOString().slice(0, 10);
  return db.transaction((tx) => {
    const due = tx
      .select({ id: requests.id, embargoUntil: requests.embargoUntil, revision: requests.revision })
      .from(requests)
      .where(and(eq(requests.visibility, 'embargoed'), lte(requests.embargoUntil, today)))
      .all();
    for (const r of due) {
      tx.update(requests)
        .set({ visibility: 'public', embargoUntil: null, revision: r.revision + 1, updatedAt: now.toISOString() })
        .where(eq(requests.id, r.id))
        .run();
      audit(
        tx,
        null,
        now,
        'request.embargo_ended',
        'request',
        r.id,
        { visibility: 'embargoed', embargoUntil: r.embargoUntil },
        { visibility: 'public' },
      );
    }
    return due.map((r) => r.id);
  });
}
