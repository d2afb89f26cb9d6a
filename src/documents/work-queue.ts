/**
 * The volunteer work queue: the oldest ready, untagged, unfinished document goes to one volunteer at
 * a time under a short lease. Handing out is one UPDATE ... RETURNING, so two volunteers (or two API
 * processes) can never get the same document. Finishing or skipping releases it.
 */
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import { type Actor, seesPrivate } from '../auth/roles.js';
import type { Db } from '../db/index.js';
import { documentSkips, documents } from '../db/schema.js';
import { publicSql } from '../requests/service.js';
import { publicDocumentSql } from './publication.js';

export type DocumentRow = typeof documents.$inferSelect;

/** The queue's order: ready, with pages, untagged, not finished; yours first while you hold it. */
const QUEUE_WHERE = `d.status = 'ready' and d.reviewed_at is null and coalesce(d.pages, 0) > 0
  and (d.lease_until is null or d.lease_until < @now or d.lease_user_id = @user)
  and not exists (select 1 from document_tags t where t.document_id = d.id and t.removed_at is null)
  and not exists (select 1 from document_skips s where s.document_id = d.id and s.user_id = @user)`;

/**
 * The document the queue would hand this caller next, without taking it (a read changes nothing);
 * a caller who sees public records only is shown public ones only.
 */
export function peekDocument(db: Db, actor: Actor | null, now: Date): DocumentRow | null {
  const visible = seesPrivate(actor) ? '' : `and ${publicSql(now)} and ${publicDocumentSql('d')}`;
  const row = db.$client
    .prepare(
      `select d.id from documents d join requests r on r.id = d.request_id
       where ${QUEUE_WHERE} ${visible}
       order by (d.lease_user_id is @user and d.lease_until >= @now) desc, d.id
       limit 1`,
    )
    .get({ user: actor?.userId ?? -1, now: now.toISOString() }) as { id: number } | undefined;
  return row ? (db.select().from(documents).where(eq(documents.id, row.id)).get() ?? null) : null;
}

/** Takes the next document of the queue for this volunteer, under a lease, in one statement. */
export function nextDocument(db: Db, actor: Actor, now: Date, leaseMs: number): DocumentRow | null {
  const at = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const row = db.$client
    .prepare(
      `update documents set lease_user_id = @user, lease_until = @until
       where id = (
         select d.id from documents d
         where ${QUEUE_WHERE}
         order by (d.lease_user_id is @user and d.lease_until >= @now) desc, d.id
         limit 1)
       returning id`,
    )
    .get({ user: actor.userId, until, now: at }) as { id: number } | undefined;
  return row ? (db.select().from(documents).where(eq(documents.id, row.id)).get() ?? null) : null;
}

/** Tagging of this document is finished: it leaves the queue for everyone. */
export function finishDocument(db: Db, actor: Actor, now: Date, id: number): void {
  db.transaction((tx) => {
    tx.update(documents)
      .set({ reviewedAt: now.toISOString(), reviewedBy: actor.userId, leaseUserId: null, leaseUntil: null })
      .where(eq(documents.id, id))
      .run();
    audit(tx, actor, now, 'document.done', 'document', id, null, null);
  });
}

/** This volunteer passes on the document: it is released and not handed to them again. */
export function skipDocument(db: Db, actor: Actor, now: Date, id: number): void {
  db.transaction((tx) => {
    tx.insert(documentSkips).values({ documentId: id, userId: actor.userId }).onConflictDoNothing().run();
    tx.update(documents)
      .set({ leaseUserId: null, leaseUntil: null })
      .where(and(eq(documents.id, id), eq(documents.leaseUserId, actor.userId)))
      .run();
    audit(tx, actor, now, 'document.skip', 'document', id, null, null);
  });
}

export function queueDepth(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(documents)
      .where(
        sql`${documents.status} = 'ready' and ${documents.reviewedAt} is null and coalesce(${documents.pages}, 0) > 0
          and not exists (select 1 from document_tags t where t.document_id = ${documents.id} and t.removed_at is null)`,
      )
      .get()?.n ?? 0
  );
}
