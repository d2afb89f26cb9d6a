/**
 * The organisation's letter templates: written in the placeholder language (checked when saved),
 * each for a kind of letter and a jurisdiction or any. The default of a kind and jurisdiction is
 * what requests use unless they chose a template of their own; saving a new default takes the place
 * of the old one (in the same transaction).
 */
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { LETTER_KINDS, letterTemplates, requests } from '../db/schema.js';
import { findJurisdiction } from '../deadlines/index.js';
import { AppError, notFound } from '../errors.js';
import { noControlCharacters } from '../jurisdictions/schemas.js';
import type { Tx } from '../requests/service.js';
import type { LetterKind } from './defaults.js';
import { checkTemplate } from './template.js';

export type TemplateRow = typeof letterTemplates.$inferSelect;

const letterText = (max: number) =>
  z.string().max(max).refine(noControlCharacters, 'must not contain control characters (but tab and line breaks)');

export const jurisdictionCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => findJurisdiction(v) !== undefined, 'unknown jurisdiction code (use US, US-MA, ...)');

export const templateFields = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(LETTER_KINDS),
    jurisdiction: jurisdictionCode.nullable().optional().describe('null or absent: for any jurisdiction'),
    isDefault: z
      .boolean()
      .optional()
      .describe(
        'Default true: requests of this jurisdiction (or any, when jurisdiction is null) use it unless they chose another; it replaces the previous default of that kind and jurisdiction',
      ),
    subject: letterText(1000).pipe(z.string().trim().min(1)),
    body: letterText(100_000).pipe(z.string().trim().min(1)),
  })
  .strict();
export type TemplateInput = z.infer<typeof templateFields>;

export function templateView(row: TemplateRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    jurisdiction: row.jurisdiction,
    isDefault: row.isDefault,
    subject: row.subject,
    body: row.body,
    // Checked when saved; a template that no longer parses (the list changed) shows none here and
    // is refused with the 422 when rendered.
    placeholders: safePlaceholders(row),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function safePlaceholders(row: TemplateRow): string[] {
  try {
    return checkTemplate(row);
  } catch (err) {
    if (err instanceof AppError && err.status === 422) return [];
    throw err;
  }
}

function slot(kind: LetterKind, jurisdiction: string | null): SQL {
  return and(
    eq(letterTemplates.kind, kind),
    jurisdiction === null ? isNull(letterTemplates.jurisdiction) : eq(letterTemplates.jurisdiction, jurisdiction),
  ) as SQL;
}

/** Takes the default flag from the other templates of the slot (a new default replaces the old). */
function clearDefault(tx: Tx, kind: LetterKind, jurisdiction: string | null, except: number) {
  const others = tx
    .select({ id: letterTemplates.id })
    .from(letterTemplates)
    .where(and(slot(kind, jurisdiction), eq(letterTemplates.isDefault, true)))
    .all()
    .filter((t) => t.id !== except);
  for (const t of others) {
    tx.update(letterTemplates).set({ isDefault: false }).where(eq(letterTemplates.id, t.id)).run();
  }
}

export function createTemplate(db: DbOrTx, actor: Actor, now: Date, input: TemplateInput): TemplateRow {
  checkTemplate(input);
  return inTransaction(db, (tx) => {
    const at = now.toISOString();
    const row = tx
      .insert(letterTemplates)
      .values({
        name: input.name,
        kind: input.kind,
        jurisdiction: input.jurisdiction ?? null,
        isDefault: input.isDefault ?? true,
        subject: input.subject,
        body: input.body,
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    if (row.isDefault) clearDefault(tx, row.kind, row.jurisdiction, row.id);
    audit(tx, actor, now, 'letter_template.create', 'letter_template', row.id, null, row);
    return row;
  });
}

export function getTemplate(db: Pick<Db, 'select'>, id: number): TemplateRow {
  const row = db.select().from(letterTemplates).where(eq(letterTemplates.id, id)).get();
  if (!row) throw notFound(`Letter template ${id}`);
  return row;
}

export function updateTemplate(
  db: Db,
  actor: Actor,
  now: Date,
  id: number,
  input: Partial<TemplateInput>,
): TemplateRow {
  return db.transaction((tx) => {
    const before = getTemplate(tx, id);
    const merged = {
      ...before,
      ...input,
      jurisdiction: input.jurisdiction === undefined ? before.jurisdiction : input.jurisdiction,
    };
    checkTemplate(merged);
    const after = tx
      .update(letterTemplates)
      .set({
        name: merged.name,
        kind: merged.kind,
        jurisdiction: merged.jurisdiction ?? null,
        isDefault: merged.isDefault,
        subject: merged.subject,
        body: merged.body,
        updatedAt: now.toISOString(),
      })
      .where(eq(letterTemplates.id, id))
      .returning()
      .get();
    if (after.isDefault) clearDefault(tx, after.kind, after.jurisdiction, id);
    audit(tx, actor, now, 'letter_template.update', 'letter_template', id, before, after);
    return after;
  });
}

/** Deletes a template; requests that had chosen it go back to the organisation's or the default. */
export function deleteTemplate(db: Db, actor: Actor, now: Date, id: number): void {
  db.transaction((tx) => {
    const before = getTemplate(tx, id);
    const users = tx.select({ id: requests.id }).from(requests).where(eq(requests.letterTemplateId, id)).all();
    for (const r of users) {
      tx.update(requests)
        .set({ letterTemplateId: null, updatedAt: now.toISOString() })
        .where(eq(requests.id, r.id))
        .run();
    }
    tx.delete(letterTemplates).where(eq(letterTemplates.id, id)).run();
    audit(tx, actor, now, 'letter_template.delete', 'letter_template', id, before, {
      detachedRequests: users.map((r) => r.id),
    });
  });
}

export function listTemplates(
  db: Pick<Db, 'select'>,
  filter: { kind?: LetterKind | undefined; jurisdiction?: string | undefined } = {},
): TemplateRow[] {
  const conds: SQL[] = [];
  if (filter.kind) conds.push(eq(letterTemplates.kind, filter.kind));
  if (filter.jurisdiction) conds.push(eq(letterTemplates.jurisdiction, filter.jurisdiction));
  return db
    .select()
    .from(letterTemplates)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(
      asc(letterTemplates.kind),
      asc(letterTemplates.jurisdiction),
      asc(letterTemplates.name),
      asc(letterTemplates.id),
    )
    .all();
}

export type TemplateSource = 'request' | 'organisation' | 'default';

/**
 * Which template a letter of `kind` uses: the request's own choice (when it is of that kind and for
 * its jurisdiction or any), else the organisation's default for the kind and the jurisdiction, else
 * its default for the kind with no jurisdiction, else null (the generated default).
 */
export function chooseTemplate(
  db: Pick<Db, 'select'>,
  chosenId: number | null,
  kind: LetterKind,
  jurisdiction: string,
): { row: TemplateRow | null; source: TemplateSource } {
  if (chosenId !== null) {
    const own = db.select().from(letterTemplates).where(eq(letterTemplates.id, chosenId)).get();
    if (own && own.kind === kind && (own.jurisdiction === null || own.jurisdiction === jurisdiction)) {
      return { row: own, source: 'request' };
    }
  }
  for (const j of [jurisdiction, null]) {
    const row = db
      .select()
      .from(letterTemplates)
      .where(and(slot(kind, j), eq(letterTemplates.isDefault, true)))
      .orderBy(asc(letterTemplates.id))
      .get();
    if (row) return { row, source: 'organisation' };
  }
  return { row: null, source: 'default' };
}
