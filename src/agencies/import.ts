/**
 * CSV import of agencies (`npm run cli -- agencies import FILE.csv`). Columns: name, jurisdiction,
 * level (required); parent, request_email, portal_url, postal_address, notes, appeal_email,
 * appeal_address, appeal_body (optional). The key is
 * (jurisdiction, name): a row that matches an agency updates it only if something differs, so
 * importing the same file twice changes nothing. Every refused row is reported with its reason.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/roles.js';
import type { DbOrTx } from '../db/index.js';
import { agencies } from '../db/schema.js';
import { AppError } from '../errors.js';
import { fieldMessage } from '../http/messages.js';
import { parseCsv } from './csv.js';
import { type AgencyInput, agencyFields, createAgency, updateAgency } from './service.js';

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  refused: { line: number; name: string; reason: string }[];
  /** The agency of every accepted line (created, updated or unchanged), in the file's order. */
  agencyIds: number[];
}

const COLUMNS: Record<string, keyof AgencyInput | 'parent'> = {
  name: 'name',
  jurisdiction: 'jurisdiction',
  level: 'level',
  parent: 'parent',
  request_email: 'requestEmail',
  portal_url: 'portalUrl',
  postal_address: 'postalAddress',
  notes: 'notes',
  appeal_email: 'appealEmail',
  appeal_address: 'appealAddress',
  appeal_body: 'appealBody',
};

const refused = (reason: string) => new AppError(422, 'line_refused', reason);

export function importAgencies(
  db: DbOrTx,
  actor: Actor | null,
  now: Date,
  csv: string,
  maxRows = Number.POSITIVE_INFINITY,
): ImportReport {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, refused: [], agencyIds: [] };
  const rows = parseCsv(csv);
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  // Counted before any row is written: a file too long for its purpose is refused whole, at once.
  const lines = rows.filter((cells) => cells.some((c) => c.trim() !== '')).length;
  if (lines > maxRows) {
    throw new AppError(422, 'too_many_rows', `The file has ${lines} agencies; at most ${maxRows} are taken at once`, {
      errors: [{ path: 'csv', message: `has more than ${maxRows} rows` }],
    });
  }
  const missing = ['name', 'jurisdiction', 'level'].filter((c) => !header.includes(c));
  if (missing.length) {
    throw new AppError(422, 'bad_csv_header', `The header row lacks: ${missing.join(', ')}`);
  }
  const unknown = header.filter((h) => !(h in COLUMNS));
  if (unknown.length) throw new AppError(422, 'bad_csv_header', `Unknown columns: ${unknown.join(', ')}`);

  rows.forEach((cells, i) => {
    const line = i + 2;
    const raw: Record<string, string | null> = {};
    header.forEach((h, j) => {
      const v = (cells[j] ?? '').trim();
      raw[COLUMNS[h] as string] = v === '' ? null : v;
    });
    const name = raw.name ?? '';
    try {
      let parentId: number | null = null;
      if (raw.parent) {
        const parent =
          db
            .select({ id: agencies.id })
            .from(agencies)
            .where(
              and(eq(agencies.name, raw.parent), eq(agencies.jurisdiction, (raw.jurisdiction ?? '').toUpperCase())),
            )
            .get() ?? db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, raw.parent)).get();
        if (!parent) throw refused(`parent agency "${raw.parent}" is not known (list it on an earlier line)`);
        parentId = parent.id;
      }
      const parsed = agencyFields.safeParse({
        name: raw.name ?? '',
        jurisdiction: raw.jurisdiction ?? '',
        level: raw.level?.toLowerCase() ?? '',
        parentId,
        requestEmail: raw.requestEmail,
        portalUrl: raw.portalUrl,
        postalAddress: raw.postalAddress,
        notes: raw.notes,
        appealEmail: raw.appealEmail,
        appealAddress: raw.appealAddress,
        appealBody: raw.appealBody,
      });
      if (!parsed.success) {
        throw refused(parsed.error.issues.map((x) => fieldMessage(x.path, x.message)).join('; '));
      }
      const input = parsed.data;
      const existing = db
        .select()
        .from(agencies)
        .where(and(eq(agencies.jurisdiction, input.jurisdiction), eq(agencies.name, input.name)))
        .get();
      if (!existing) {
        report.agencyIds.push(createAgency(db, actor, now, input).id);
        report.created++;
        return;
      }
      report.agencyIds.push(existing.id);
      const fields = [
        'level',
        'parentId',
        'requestEmail',
        'portalUrl',
        'postalAddress',
        'notes',
        'appealEmail',
        'appealAddress',
        'appealBody',
      ] as const;
      const changed = fields.filter((f) => (existing[f] ?? null) !== (input[f] ?? null));
      if (!changed.length) {
        report.unchanged++;
        return;
      }
      if (!actor) throw refused('an update needs an acting user');
      updateAgency(db, actor, now, existing.id, Object.fromEntries(changed.map((f) => [f, input[f] ?? null])));
      report.updated++;
    } catch (err) {
      // A line the rules refuse is reported with its reason; anything else (the database) is not a line's fault.
      if (!(err instanceof AppError)) throw err;
      report.refused.push({ line, name, reason: err.message });
    }
  });
  return report;
}
