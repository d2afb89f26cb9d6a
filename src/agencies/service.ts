/**
 * Agencies and their record: how many requests were filed, how many are open and overdue, how long
 * the agency takes to give a final response (median and 90th percentile), how often it answers on
 * time, and how its answers split between fulfilled, partial, denied and no records.
 */
import { type AnyColumn, and, asc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../audit/log.js';
import { type Actor, seesPrivate } from '../auth/roles.js';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { agencies, agencyOwingCounts, agencyRequestCounts, agencyResponseDays } from '../db/schema.js';
import { findJurisdiction } from '../deadlines/index.js';
import { AppError, notFound } from '../errors.js';
import { enqueue } from '../queue/outbox.js';
import { rowToday } from '../requests/service.js';

export type AgencyRow = typeof agencies.$inferSelect;

export const LEVELS = ['federal', 'state', 'county', 'municipal'] as const;

export const agencyFields = z
  .object({
    name: z.string().trim().min(1).max(300),
    jurisdiction: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => findJurisdiction(v) !== undefined, 'is not a known jurisdiction code (use US, US-MA, ...)'),
    level: z.enum(LEVELS),
    parentId: z.number().int().positive().nullable().optional(),
    requestEmail: z.email().max(320).nullable().optional(),
    portalUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .optional(),
    postalAddress: z.string().max(1000).nullable().optional(),
    notes: z.string().max(10_000).nullable().optional(),
    appealEmail: z
      .email()
      .max(320)
      .nullable()
      .optional()
      .describe('Where appeals go by e-mail (default: requestEmail)'),
    appealAddress: z
      .string()
      .max(1000)
      .nullable()
      .optional()
      .describe('Where appeals go by post (default: postalAddress)'),
    appealBody: z
      .string()
      .trim()
      .max(300)
      .nullable()
      .optional()
      .describe('Who decides appeals, e.g. "Director, Office of Information Policy"'),
  })
  .strict();
export type AgencyInput = z.infer<typeof agencyFields>;

function checkParent(tx: Pick<Db, 'select'>, parentId: number | null | undefined, selfId?: number) {
  if (!parentId) return;
  if (parentId === selfId) {
    throw new AppError(422, 'invalid_parent', 'An agency cannot be its own parent', {
      errors: [{ path: 'parentId', message: 'cannot be the agency itself' }],
    });
  }
  // Walk up to refuse cycles (ICE -> DHS -> ICE).
  let cursor: number | null = parentId;
  for (let depth = 0; cursor !== null && depth < 50; depth++) {
    const parent: { id: number; parentId: number | null } | undefined = tx
      .select({ id: agencies.id, parentId: agencies.parentId })
      .from(agencies)
      .where(eq(agencies.id, cursor))
      .get();
    if (!parent) {
      throw new AppError(422, 'unknown_parent', `No agency with id ${cursor}`, {
        errors: [{ path: 'parentId', message: 'is not a known agency' }],
      });
    }
    if (selfId !== undefined && parent.parentId === selfId) {
      throw new AppError(422, 'invalid_parent', 'That parent would make a cycle', {
        errors: [{ path: 'parentId', message: 'would make a cycle' }],
      });
    }
    cursor = parent.parentId;
  }
}

function duplicate(name: string, jurisdiction: string) {
  return new AppError(409, 'agency_exists', `An agency named ${name} already exists in ${jurisdiction}`, {
    errors: [{ path: 'name', message: 'already exists in this jurisdiction' }],
  });
}

export function createAgency(db: DbOrTx, actor: Actor | null, now: Date, input: AgencyInput): AgencyRow {
  return inTransaction(db, (tx) => {
    checkParent(tx, input.parentId);
    const exists = tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.jurisdiction, input.jurisdiction), eq(agencies.name, input.name)))
      .get();
    if (exists) throw duplicate(input.name, input.jurisdiction);
    const at = now.toISOString();
    const row = tx
      .insert(agencies)
      .values({ ...input, parentId: input.parentId ?? null, createdAt: at, updatedAt: at })
      .returning()
      .get();
    audit(tx, actor, now, 'agency.create', 'agency', row.id, null, row);
    return row;
  });
}

export function updateAgency(db: DbOrTx, actor: Actor, now: Date, id: number, input: Partial<AgencyInput>): AgencyRow {
  return inTransaction(db, (tx) => {
    const before = tx.select().from(agencies).where(eq(agencies.id, id)).get();
    if (!before) throw notFound(`Agency ${id}`);
    checkParent(tx, input.parentId, id);
    const name = input.name ?? before.name;
    const jurisdiction = input.jurisdiction ?? before.jurisdiction;
    if (name !== before.name || jurisdiction !== before.jurisdiction) {
      const clash = tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(and(eq(agencies.jurisdiction, jurisdiction), eq(agencies.name, name)))
        .get();
      if (clash && clash.id !== id) throw duplicate(name, jurisdiction);
    }
    const after = tx
      .update(agencies)
      .set({ ...input, updatedAt: now.toISOString() })
      .where(eq(agencies.id, id))
      .returning()
      .get();
    audit(tx, actor, now, 'agency.update', 'agency', id, before, after);
    // Its requests' clocks follow its law and calendar (and store them, for the dashboard's order).
    if (after.jurisdiction !== before.jurisdiction || after.level !== before.level) {
      enqueue(tx, 'closures.recompute', { agencyId: id });
    }
    return after;
  });
}

// ---- the record -----------------------------------------------------------------------------------

export interface AgencyStats {
  filed: number;
  open: number;
  overdue: number;
  completed: number;
  medianDaysToFinal: number | null;
  p90DaysToFinal: number | null;
  onTimeShare: number | null;
  shares: { fulfilled: number | null; partial: number | null; denied: number | null; noRecords: number | null };
}

const EMPTY: AgencyStats = {
  filed: 0,
  open: 0,
  overdue: 0,
  completed: 0,
  medianDaysToFinal: null,
  p90DaysToFinal: null,
  onTimeShare: null,
  shares: { fulfilled: null, partial: null, denied: null, noRecords: null },
};

/** Median of sorted numbers (mean of the middle two for an even count). */
export function median(sorted: number[]): number | null {
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);

/** Median of a histogram: [value, count] pairs in ascending order of value (see `median`). */
export function medianOfCounts(hist: [number, number][]): number | null {
  const total = hist.reduce((n, [, c]) => n + c, 0);
  if (!total) return null;
  const mid = Math.floor(total / 2);
  return total % 2 ? nthOfCounts(hist, mid) : (nthOfCounts(hist, mid - 1) + nthOfCounts(hist, mid)) / 2;
}

/** Nearest-rank percentile of a histogram (see `percentile`). */
export function percentileOfCounts(hist: [number, number][], p: number): number | null {
  const total = hist.reduce((n, [, c]) => n + c, 0);
  if (!total) return null;
  return nthOfCounts(hist, Math.max(1, Math.ceil((p / 100) * total)) - 1);
}

/** The value at 0-based position `k` of the numbers a histogram holds, in order. */
function nthOfCounts(hist: [number, number][], k: number): number {
  let seen = 0;
  for (const [value, count] of hist) {
    seen += count;
    if (k < seen) return value;
  }
  throw new Error(`position ${k} is past the end of the histogram`);
}

/**
 * SQL: the stored sums (`shown` is their column) that the caller may count. The staff see every
 * request; the public see public ones and those whose embargo has ended by the agency's today,
 * worked out now from the stored end dates (the rows are read joined to `agencies`).
 */
function shownTo(actor: Actor | null, now: Date, shown: AnyColumn): SQL | undefined {
  if (seesPrivate(actor)) return undefined;
  const today = rowToday(now, sql`${agencies.jurisdiction}`);
  return sql`(${shown} = 'public' or (${shown} not in ('public', 'private') and ${shown} <= ${today}))`;
}

/**
 * Statistics for the given agencies (all when `ids` is null), over the requests the caller may see
 * (drafts are not counted). Read from the sums the triggers keep (see `agencyRequestCounts` in the
 * schema), so the cost follows the number of agencies and dates, not of requests; what depends on
 * today (overdue now, which embargoes have ended) is worked out on reading.
 */
export function agencyStats(db: Db, actor: Actor | null, ids: number[] | null, now: Date): Map<number, AgencyStats> {
  const which = (agencyId: AnyColumn, shown: AnyColumn) =>
    and(shownTo(actor, now, shown), ids ? inArray(agencyId, ids.length ? ids : [-1]) : undefined);
  const c = agencyRequestCounts;
  const rows = db
    .select({
      agencyId: c.agencyId,
      filed: sql<number>`sum(${c.filed})`,
      open: sql<number>`sum(${c.open})`,
      completed: sql<number>`sum(${c.completed})`,
      onTime: sql<number>`sum(${c.onTime})`,
      timed: sql<number>`sum(${c.timed})`,
      fulfilled: sql<number>`sum(${c.fulfilled})`,
      partial: sql<number>`sum(${c.partial})`,
      denied: sql<number>`sum(${c.denied})`,
      noRecords: sql<number>`sum(${c.noRecords})`,
    })
    .from(c)
    .innerJoin(agencies, eq(agencies.id, c.agencyId))
    .where(which(c.agencyId, c.shown))
    .groupBy(c.agencyId)
    .all();
  const o = agencyOwingCounts;
  const overdue = new Map(
    db
      .select({ agencyId: o.agencyId, n: sql<number>`sum(${o.n})` })
      .from(o)
      .innerJoin(agencies, eq(agencies.id, o.agencyId))
      .where(and(which(o.agencyId, o.shown), sql`${o.nextDue} < ${rowToday(now, sql`${agencies.jurisdiction}`)}`))
      .groupBy(o.agencyId)
      .all()
      .map((r) => [r.agencyId, r.n]),
  );
  const d = agencyResponseDays;
  const days = new Map<number, [number, number][]>();
  for (const r of db
    .select({ agencyId: d.agencyId, days: d.days, n: sql<number>`sum(${d.n})` })
    .from(d)
    .innerJoin(agencies, eq(agencies.id, d.agencyId))
    .where(which(d.agencyId, d.shown))
    .groupBy(d.agencyId, d.days)
    .orderBy(d.agencyId, d.days)
    .all()) {
    const hist = days.get(r.agencyId);
    if (hist) hist.push([r.days, r.n]);
    else days.set(r.agencyId, [[r.days, r.n]]);
  }
  const out = new Map<number, AgencyStats>();
  for (const r of rows) {
    const hist = days.get(r.agencyId) ?? [];
    out.set(r.agencyId, {
      filed: r.filed,
      open: r.open,
      overdue: overdue.get(r.agencyId) ?? 0,
      completed: r.completed,
      medianDaysToFinal: medianOfCounts(hist),
      p90DaysToFinal: percentileOfCounts(hist, 90),
      onTimeShare: share(r.onTime, r.timed),
      shares: {
        fulfilled: share(r.fulfilled, r.completed),
        partial: share(r.partial, r.completed),
        denied: share(r.denied, r.completed),
        noRecords: share(r.noRecords, r.completed),
      },
    });
  }
  return out;
}

export function agencyView(row: AgencyRow, stats: AgencyStats | undefined) {
  return {
    id: row.id,
    name: row.name,
    jurisdiction: row.jurisdiction,
    level: row.level,
    parentId: row.parentId,
    requestEmail: row.requestEmail,
    portalUrl: row.portalUrl,
    postalAddress: row.postalAddress,
    notes: row.notes,
    appealEmail: row.appealEmail,
    appealAddress: row.appealAddress,
    appealBody: row.appealBody,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    stats: stats ?? EMPTY,
  };
}

/** Every agency as a choice in a form or filter: id, name, jurisdiction and level, by name. */
export function agencyChoices(db: Db) {
  return db
    .select({ id: agencies.id, name: agencies.name, jurisdiction: agencies.jurisdiction, level: agencies.level })
    .from(agencies)
    .orderBy(asc(agencies.name))
    .all();
}

export function getAgency(db: Db, actor: Actor | null, id: number, now: Date) {
  const row = db.select().from(agencies).where(eq(agencies.id, id)).get();
  if (!row) throw notFound(`Agency ${id}`);
  return agencyView(row, agencyStats(db, actor, [id], now).get(id));
}

export const AGENCY_SORTS = [
  'name',
  '-name',
  'filed',
  '-filed',
  'overdue',
  '-overdue',
  'medianDaysToFinal',
  '-medianDaysToFinal',
  'p90DaysToFinal',
  '-p90DaysToFinal',
  'onTimeShare',
  '-onTimeShare',
] as const;
export type AgencySort = (typeof AGENCY_SORTS)[number];

export function listAgencies(
  db: Db,
  actor: Actor | null,
  q: { q?: string; jurisdiction?: string; level?: string; sort: AgencySort; limit: number; cursor?: string },
  now: Date,
) {
  const conds: SQL[] = [];
  if (q.q) conds.push(like(agencies.name, `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  if (q.jurisdiction) conds.push(eq(agencies.jurisdiction, q.jurisdiction));
  if (q.level) conds.push(eq(agencies.level, q.level as AgencyRow['level']));
  const rows = db
    .select()
    .from(agencies)
    .where(conds.length ? and(...conds) : undefined)
    .all();
  const stats = agencyStats(db, actor, null, now);
  const views = rows.map((r) => agencyView(r, stats.get(r.id)));
  const desc = q.sort.startsWith('-');
  const field = q.sort.replace('-', '') as
    | 'name'
    | 'filed'
    | 'overdue'
    | 'medianDaysToFinal'
    | 'p90DaysToFinal'
    | 'onTimeShare';
  const value = (v: (typeof views)[number]) => (field === 'name' ? v.name.toLowerCase() : v.stats[field]);
  views.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    // Agencies without a figure go last whichever way the list is sorted.
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
    return a.id - b.id;
  });
  let offset = 0;
  if (q.cursor) {
    const n = Number(Buffer.from(q.cursor, 'base64url').toString('utf8'));
    if (!Number.isInteger(n) || n < 0) {
      throw new AppError(422, 'invalid_cursor', 'The cursor is not one this API gave out', {
        errors: [{ path: 'cursor', message: 'is not one this API gave out' }],
      });
    }
    offset = n;
  }
  const page = views.slice(offset, offset + q.limit);
  const next = offset + q.limit < views.length ? Buffer.from(String(offset + q.limit)).toString('base64url') : null;
  return { data: page, nextCursor: next };
}
