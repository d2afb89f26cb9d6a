/**
 * Redactions of a document: staff add boxes (a page and a rectangle in fractions of the page) and
 * patterns (built-in kinds, a literal, a regular expression), each with the reason shown on it; the
 * list shows each pattern's matches (pages and text spans) for review; applying queues the job that
 * makes the redacted version (src/documents/redaction/apply.ts). Every change is in the audit log.
 *
 * Versions: applying gives every redaction not applied yet the next version number N and asks the
 * job for version N; the job writes version N only if it is still the one asked for. Until then the
 * document is withheld from the public (src/documents/publication.ts), so nothing goes out half
 * redacted. Removal is recorded, never deleted; removing an applied redaction takes effect at the
 * next apply (the public keeps the more redacted version meanwhile).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { audit } from '../../audit/log.js';
import type { Actor } from '../../auth/roles.js';
import { type Db, type DbOrTx, inTransaction } from '../../db/index.js';
import { documentPages, documents, redactions } from '../../db/schema.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { enqueue } from '../../queue/outbox.js';
import { hasPdftoppm } from '../extract/tools.js';
import type { Box } from '../images/raster.js';
import { PDF_TYPE } from '../page-images.js';
import { pendingRedactions } from '../publication.js';
import { BUILT_IN, compilePattern, findMatches, type PatternKind } from './patterns.js';

type DocumentRow = typeof documents.$inferSelect;
type RedactionRow = typeof redactions.$inferSelect;

/** Image documents that can be redacted: pdf-lib can make them a PDF page for the renderer. */
export const REDACTABLE_IMAGES = ['image/png', 'image/jpeg'];

export type RedactionInput =
  | { page: number; box: Box; reason: string }
  | { kind: PatternKind; pattern?: string | null; caseSensitive?: boolean; reason: string };

/** Matches listed for review, at most this many per redaction (`matchCount` says how many in all). */
const LISTED_MATCHES = 200;

/** Why this document cannot be redacted here, or null. */
export function notRedactable(d: DocumentRow): string | null {
  if (d.status !== 'ready') return `it is ${d.status}; redactions are made on a ready document`;
  if (d.sniffedType !== PDF_TYPE && !REDACTABLE_IMAGES.includes(d.sniffedType ?? '')) {
    return `it is ${d.sniffedType ?? 'of an unknown type'}; PDFs and PNG or JPEG images can be redacted (their pages are images). Withhold it from the public instead (PATCH the document with a reason in withheld)`;
  }
  if (!d.pages) return 'it has no pages';
  return null;
}

function mustBeRedactable(d: DocumentRow): void {
  const why = notRedactable(d);
  if (why) throw new AppError(409, 'not_redactable', `Document ${d.id} cannot be redacted: ${why}`);
}

function pageTexts(db: DbOrTx, documentId: number, pages: number): string[] {
  const texts = Array.from({ length: pages }, () => '');
  for (const r of db
    .select({ page: documentPages.page, text: documentPages.text })
    .from(documentPages)
    .where(eq(documentPages.documentId, documentId))
    .all()) {
    if (r.page >= 1 && r.page <= pages) texts[r.page - 1] = r.text;
  }
  return texts;
}

/** A box within the page: positive size, inside 0..1 (a hair over the edge from a drag is clipped). */
function checkedBox(b: Box): Box {
  const eps = 0.001;
  if (b.width <= 0 || b.height <= 0) throw invalid('box', 'must have a width and a height above 0');
  if (b.x < -eps || b.y < -eps || b.x + b.width > 1 + eps || b.y + b.height > 1 + eps) {
    throw invalid('box', 'must lie within the page: x, y, width and height are fractions of the page (0 to 1)');
  }
  const x = Math.max(0, b.x);
  const y = Math.max(0, b.y);
  return { x, y, width: Math.min(1 - x, b.width), height: Math.min(1 - y, b.height) };
}

export type RedactionStatus = 'pending' | 'applying' | 'applied';

function statusOf(r: RedactionRow, d: DocumentRow): RedactionStatus {
  if (r.version !== null && r.version <= d.redactionVersion) return 'applied';
  if (r.version !== null && d.redactionTarget !== null && r.version <= d.redactionTarget) return 'applying';
  return 'pending';
}

export function redactionView(r: RedactionRow, d: DocumentRow) {
  return {
    id: r.id,
    kind: r.kind,
    page: r.page,
    box:
      r.kind === 'box'
        ? { x: r.x as number, y: r.y as number, width: r.width as number, height: r.height as number }
        : null,
    pattern: r.kind === 'literal' || r.kind === 'regex' ? r.pattern : null,
    caseSensitive: r.caseSensitive,
    label: r.kind === 'box' || r.kind === 'literal' || r.kind === 'regex' ? null : BUILT_IN[r.kind].label,
    reason: r.reason,
    source: r.source,
    status: statusOf(r, d),
    version: r.version,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
  };
}

const activeOf = (db: DbOrTx, documentId: number) =>
  db
    .select()
    .from(redactions)
    .where(and(eq(redactions.documentId, documentId), isNull(redactions.removedAt)))
    .orderBy(asc(redactions.id))
    .all();

export function addRedaction(db: Db, actor: Actor, now: Date, d: DocumentRow, input: RedactionInput) {
  mustBeRedactable(d);
  const pages = d.pages as number;
  let values: typeof redactions.$inferInsert;
  if ('box' in input) {
    if (input.page > pages) throw invalid('page', `the document has ${pages} page${pages === 1 ? '' : 's'}`);
    values = { documentId: d.id, kind: 'box', page: input.page, ...checkedBox(input.box), reason: input.reason };
  } else {
    const compiled = compilePattern(input.kind, input.pattern, input.caseSensitive ?? false);
    // Run it once over the document now: a pattern too slow for this text is refused here, not at apply.
    findMatches([compiled], pageTexts(db, d.id, pages), { max: 1 });
    values = {
      documentId: d.id,
      kind: input.kind,
      pattern: input.kind === 'literal' || input.kind === 'regex' ? (input.pattern ?? '').trim() : null,
      caseSensitive: input.caseSensitive ?? false,
      reason: input.reason,
    };
  }
  return inTransaction(db, (tx) => {
    const row = tx
      .insert(redactions)
      .values({ ...values, createdBy: actor.userId, createdAt: now.toISOString() })
      .returning()
      .get();
    tx.update(documents).set({ updatedAt: now.toISOString() }).where(eq(documents.id, d.id)).run();
    const view = redactionView(row, d);
    audit(tx, actor, now, 'redaction.add', 'document', d.id, null, view);
    return view;
  });
}

export interface ReviewMatch {
  page: number;
  start: number;
  end: number;
  text: string;
}

/** The document's redactions (removed ones left out), each pattern with the matches it finds in the pages' text. */
export function listRedactions(db: Db, d: DocumentRow) {
  const rows = activeOf(db, d.id);
  const patterns = rows.filter((r) => r.kind !== 'box');
  const texts = patterns.length && d.pages ? pageTexts(db, d.id, d.pages) : [];
  const found = patterns.length
    ? findMatches(
        patterns.map((r) => compilePattern(r.kind as PatternKind, r.pattern, r.caseSensitive)),
        texts,
        { timeoutMs: 5000 },
      )
    : [];
  const matchesOf = new Map(patterns.map((r, i) => [r.id, found[i] ?? []]));
  return rows.map((r) => {
    const m = matchesOf.get(r.id);
    return {
      ...redactionView(r, d),
      matches: m
        ? m.slice(0, LISTED_MATCHES).map(([t, start, end]) => ({
            page: t + 1,
            start,
            end,
            text: (texts[t] ?? '').slice(start, end),
          }))
        : null,
      matchCount: m ? m.length : null,
    };
  });
}

export function removeRedaction(db: Db, actor: Actor, now: Date, d: DocumentRow, id: number) {
  return inTransaction(db, (tx) => {
    const row = tx
      .select()
      .from(redactions)
      .where(and(eq(redactions.id, id), eq(redactions.documentId, d.id), isNull(redactions.removedAt)))
      .get();
    if (!row) throw notFound(`Redaction ${id} of document ${d.id}`);
    const removed = tx
      .update(redactions)
      .set({ removedAt: now.toISOString(), removedBy: actor.userId })
      .where(eq(redactions.id, id))
      .returning()
      .get();
    tx.update(documents).set({ updatedAt: now.toISOString() }).where(eq(documents.id, d.id)).run();
    const before = redactionView(row, d);
    audit(tx, actor, now, 'redaction.delete', 'document', d.id, before, null);
    return { ...redactionView(removed, d), removedAt: removed.removedAt };
  });
}

/**
 * Whether a redaction that went into an apply was removed since: the next apply leaves it out. (An
 * apply request clears the version of removed redactions, so each removal asks for one apply.)
 */
function removedSinceApply(db: DbOrTx, d: DocumentRow): boolean {
  return (
    db
      .select({ one: sql`1` })
      .from(redactions)
      .where(
        and(
          eq(redactions.documentId, d.id),
          sql`${redactions.removedAt} is not null`,
          sql`${redactions.version} is not null`,
        ),
      )
      .get() !== undefined
  );
}

/** Asks for the redacted version: every redaction not applied yet gets the next version; the job makes it. */
export function requestApply(db: Db, actor: Actor, now: Date, d: DocumentRow) {
  mustBeRedactable(d);
  if (!hasPdftoppm()) {
    throw new AppError(
      409,
      'no_renderer',
      'Redaction renders the pages: install poppler-utils (pdftoppm) on the server',
    );
  }
  return inTransaction(db, (tx) => {
    const doc = tx.select().from(documents).where(eq(documents.id, d.id)).get() as DocumentRow;
    const active = activeOf(tx, d.id);
    const waiting = active.filter((r) => r.version === null || r.version > doc.redactionVersion);
    if (!waiting.length && !removedSinceApply(tx, doc) && doc.redactionTarget === null) {
      throw new AppError(
        409,
        'nothing_to_apply',
        `Document ${d.id} has no redaction waiting to be applied${doc.redactionVersion ? ' (its redacted version is up to date)' : ''}`,
      );
    }
    const version = Math.max(doc.redactionVersion, doc.redactionTarget ?? 0) + 1;
    const unversioned = waiting.filter((r) => r.version === null).map((r) => r.id);
    if (unversioned.length) {
      tx.update(redactions).set({ version }).where(inArray(redactions.id, unversioned)).run();
    }
    tx.update(redactions)
      .set({ version: null })
      .where(and(eq(redactions.documentId, d.id), sql`${redactions.removedAt} is not null`))
      .run();
    const row = tx
      .update(documents)
      .set({ redactionTarget: version, redactionError: null, redactedBy: actor.userId, updatedAt: now.toISOString() })
      .where(eq(documents.id, d.id))
      .returning()
      .get() as DocumentRow;
    enqueue(tx, 'documents.redact', { documentId: d.id, version });
    audit(tx, actor, now, 'redaction.apply', 'document', d.id, null, {
      version,
      redactions: active.map((r) => r.id),
    });
    return { version, redactions: active.length, document: row };
  });
}

/**
 * Staff looked at the text found under black boxes and publish it as released: the suggested
 * redactions not applied yet are removed, and the document is no longer held back for it.
 */
export function acceptBadRedactions(db: Db, actor: Actor, now: Date, d: DocumentRow) {
  return inTransaction(db, (tx) => {
    const doc = tx.select().from(documents).where(eq(documents.id, d.id)).get() as DocumentRow;
    if (doc.hiddenTextCheck !== 'flagged') {
      throw new AppError(
        409,
        'not_flagged',
        `Document ${d.id} has no text under black boxes waiting for a decision (${doc.hiddenTextCheck ?? 'not checked'})`,
      );
    }
    const suggested = activeOf(tx, d.id).filter((r) => r.source === 'detected' && r.version === null);
    if (suggested.length) {
      tx.update(redactions)
        .set({ removedAt: now.toISOString(), removedBy: actor.userId })
        .where(
          inArray(
            redactions.id,
            suggested.map((r) => r.id),
          ),
        )
        .run();
    }
    const row = tx
      .update(documents)
      .set({ hiddenTextCheck: 'reviewed', updatedAt: now.toISOString() })
      .where(eq(documents.id, d.id))
      .returning()
      .get() as DocumentRow;
    audit(
      tx,
      actor,
      now,
      'bad_redactions.accept',
      'document',
      d.id,
      { hiddenTextCheck: 'flagged' },
      { hiddenTextCheck: 'reviewed', removedSuggestions: suggested.map((r) => r.id) },
    );
    return row;
  });
}

export interface BadRedaction {
  page: number;
  text: string | null;
  box: Box | null;
}

/** The redaction state of a document, for signed-in readers. */
export function redactionSummary(db: DbOrTx, d: DocumentRow) {
  return {
    version: d.redactionVersion,
    applying: d.redactionTarget !== null,
    pending: pendingRedactions(db, d.id),
    redactedAt: d.redactedAt,
    redactedSha256: d.redactedSha256,
    error: d.redactionError,
    redactable: notRedactable(d) === null,
    hiddenTextCheck: d.hiddenTextCheck,
    badRedactions: d.badRedactions ? (JSON.parse(d.badRedactions) as BadRedaction[]) : [],
  };
}
