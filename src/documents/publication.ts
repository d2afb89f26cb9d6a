/**
 * What the public may read of a document. Anonymous callers and read-only tokens (the public) are
 * served its redacted version once one is applied; signed-in staff and volunteers read the original.
 * A document is withheld from the public altogether (404, left out of lists and search) while
 * - redactions were added and not yet applied (or the apply is still running or failed), or
 * - its text layer has not yet been checked for text hidden under black boxes, or text was found
 *   there and staff have not decided (applied redactions over it, or accepted it as released), or
 * - staff withheld it (a record that cannot be redacted by box, such as a spreadsheet or an e-mail's
 *   text, or one not to publish yet).
 * A container (a zip, an e-mail) whose members are redacted or withheld keeps its own text public,
 * but not its original file: the file holds the members' original bytes.
 *
 * Every public route goes through `publicVersionOf` (one document) or `publicDocumentSql` (lists,
 * search): feeds and exports use the same two.
 */
import type { DbOrTx } from '../db/index.js';
import { connectionOf } from '../db/index.js';
import type { documents } from '../db/schema.js';

type DocumentRow = typeof documents.$inferSelect;

export type PublicVersion =
  | { kind: 'original' }
  | { kind: 'redacted'; version: number; sha256: string; size: number }
  | { kind: 'withheld'; reason: string };

/** SQL: redactions of document `alias` that were added and not applied yet (or whose apply has not finished). */
const pendingSql = (alias: string) =>
  `exists (select 1 from redactions x where x.document_id = ${alias}.id and x.removed_at is null
     and (x.version is null or x.version > ${alias}.redaction_version))`;

/** SQL: the document `alias` may be shown to the public (its request's visibility is checked apart). */
export function publicDocumentSql(alias = 'd'): string {
  return `(coalesce(${alias}.hidden_text_check, '') not in ('pending', 'flagged') and ${alias}.withheld_reason is null and not ${pendingSql(alias)})`;
}

/** How many redactions of the document wait to be applied. */
export function pendingRedactions(db: DbOrTx, documentId: number): number {
  return (
    connectionOf(db)
      .prepare(
        `select count(*) as n from redactions x join documents d on d.id = x.document_id
         where x.document_id = ? and x.removed_at is null and (x.version is null or x.version > d.redaction_version)`,
      )
      .get(documentId) as { n: number }
  ).n;
}

export function publicVersionOf(db: DbOrTx, d: DocumentRow): PublicVersion {
  if (d.withheldReason !== null) return { kind: 'withheld', reason: `staff withheld it: ${d.withheldReason}` };
  if (d.hiddenTextCheck === 'pending') {
    return { kind: 'withheld', reason: 'its text layer is still being checked for text hidden under black boxes' };
  }
  if (d.hiddenTextCheck === 'flagged') {
    return { kind: 'withheld', reason: 'text lies under black boxes in the released file and staff have not decided' };
  }
  if (pendingRedactions(db, d.id) > 0) {
    return { kind: 'withheld', reason: 'redactions were added and are not applied yet' };
  }
  if (d.redactedSha256 && d.redactedSize !== null && d.redactionVersion > 0) {
    return { kind: 'redacted', version: d.redactionVersion, sha256: d.redactedSha256, size: d.redactedSize };
  }
  return { kind: 'original' };
}

/** Ids of a request's documents the public may not see (for views that list them by name). */
export function withheldDocumentIds(db: DbOrTx, requestId: number): Set<number> {
  const rows = connectionOf(db)
    .prepare(`select d.id from documents d where d.request_id = ? and not ${publicDocumentSql('d')}`)
    .pluck()
    .all(requestId) as number[];
  return new Set(rows);
}

/**
 * Why the original file of a container may not go public (a member is redacted, has redactions
 * waiting, or is withheld), or null. Its members are found through the parent chain, any depth.
 */
export function containerFileWithheld(db: DbOrTx, d: DocumentRow): string | null {
  const row = connectionOf(db)
    .prepare(
      `with recursive tree(id) as (select id from documents where parent_id = @id
         union all select c.id from documents c join tree t on c.parent_id = t.id)
       select 1 from documents d join tree t on t.id = d.id
       where d.redaction_version > 0 or not ${publicDocumentSql('d')} limit 1`,
    )
    .get({ id: d.id });
  return row ? 'files inside it are redacted or not yet public; they are published one by one' : null;
}

/** Every document withheld from the public (few at any time): for searches, which filter many rows. */
export function withheldDocuments(db: DbOrTx): number[] {
  return connectionOf(db)
    .prepare(
      `select id from documents where hidden_text_check in ('pending', 'flagged')
       union select id from documents where withheld_reason is not null
       union select x.document_id from redactions x join documents d on d.id = x.document_id
       where x.removed_at is null and (x.version is null or x.version > d.redaction_version)`,
    )
    .pluck()
    .all() as number[];
}
