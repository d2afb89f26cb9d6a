/**
 * Embargoes end on their date: reads already treat an ended embargo as public; this job also makes
 * the stored visibility public (so exports and other systems see it) and records it in the audit log.
 */
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Db } from '../db/index.js';
import { requests } from '../db/schema.js';
import { requestToday } from './service.js';

export function expireEmbargoes(db: Db, now: Date): number[] {
  // An embargo ends when its date has begun in the agency's time zone, as every public read judges it.
  const today = requestToday(now);
  return db.transaction((tx) => {
    const due = tx
      .select({ id: requests.id, embargoUntil: requests.embargoUntil })
      .from(requests)
      .where(and(eq(requests.visibility, 'embargoed'), sql`${requests.embargoUntil} <= ${today}`))
      .all();
    for (const r of due) {
      tx.update(requests)
        .set({ visibility: 'public', embargoUntil: null, updatedAt: now.toISOString() })
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
