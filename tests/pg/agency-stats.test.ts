/**
 * The agency records' sums (migration agency_stats) are kept the same on PostgreSQL as on SQLite:
 * the same request writes, run on both, leave the same rows in agency_request_counts,
 * agency_owing_counts and agency_response_days after every statement; and the migration's backfill,
 * run on a database that already holds requests, stores the same rows on both.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle as sqliteDrizzle } from 'drizzle-orm/better-sqlite3';
import { migrate as sqliteMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import { migrate as pgMigrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDb, registerSqlFunctions } from '../../src/db/index.js';
import { migratePg, PG_MIGRATIONS_DIR } from '../../src/db/pg/index.js';
import { createTestPgDatabase, postgresAvailable, type TestPgDatabase } from '../helpers/postgres.js';

const available = await postgresAvailable();

const T = "'2026-01-05T10:00:00.000Z'";
const request = (agency: number, status: string, more: Record<string, string> = {}) => {
  const columns = ['agency_id', 'title', 'body', 'status', 'updated_at', ...Object.keys(more)];
  const values = [String(agency), "'Records'", "'All records'", `'${status}'`, T, ...Object.values(more)];
  return `insert into requests (${columns.join(', ')}) values (${values.join(', ')})`;
};
const set = (id: number | string, assignments: string) => `update requests set ${assignments} where id = ${id}`;

const SETUP = [
  `insert into users (email, role) values ('staff@example.com', 'staff')`,
  `insert into agencies (name, jurisdiction, level, updated_at) values ('Police', 'US', 'federal', ${T})`,
  `insert into agencies (name, jurisdiction, level, updated_at) values ('Schools', 'US-CA', 'state', ${T})`,
];

/** Request writes of every kind the triggers watch, in portable SQL; ids 1 to 8 in order of insertion. */
const WRITES = [
  request(1, 'submitted', { visibility: "'public'", next_due: "'2026-02-01'" }),
  request(1, 'draft'),
  request(1, 'processing', { visibility: "'embargoed'", embargo_until: "'2026-06-01'", next_due: "'2026-02-01'" }),
  request(1, 'acknowledged', { visibility: "'embargoed'", next_due: "'2026-02-03'" }),
  // Filed once answered (an import): counted as completed at once.
  request(1, 'fulfilled', {
    visibility: "'public'",
    outcome: "'fulfilled'",
    response_days: '12',
    answered_on_time: 'true',
  }),
  request(2, 'awaiting_fee', { next_due: "'2026-02-01'" }),
  request(2, 'processing', { visibility: "'public'", next_due: "'2026-02-01'" }),
  request(1, 'submitted', { visibility: "'public'", next_due: "'2026-02-01'" }),
  // Out of draft, then due dates moved, set and cleared.
  set(2, "status = 'submitted', next_due = '2026-01-20'"),
  set(2, "next_due = '2026-01-22'"),
  set(4, 'next_due = null'),
  set(4, "next_due = '2026-02-03'"),
  // Paused (open, owing nothing) and resumed.
  set(1, "status = 'awaiting_clarification'"),
  set(1, "status = 'processing'"),
  // Answered on time, and late.
  set(1, "status = 'fulfilled', outcome = 'fulfilled', response_days = 12, answered_on_time = true, next_due = null"),
  set(3, "status = 'denied', outcome = 'denied', response_days = 40, answered_on_time = false, next_due = null"),
  set(8, "status = 'partially_fulfilled', outcome = 'partial', response_days = 12, answered_on_time = true"),
  // Appealed: owing again, the outcome stays; then decided with another outcome.
  set(3, "status = 'appealed', next_due = '2026-03-10'"),
  set(3, "status = 'appeal_decided', outcome = 'partial', response_days = 41, next_due = null"),
  // An answer's timing corrected: unknown, then late.
  set(5, 'answered_on_time = null'),
  set(5, 'answered_on_time = false, response_days = 13'),
  // Visibility and embargoes: public to embargoed (and back once the date is dropped), dates moved.
  set(1, "visibility = 'embargoed', embargo_until = '2026-05-01'"),
  set(1, "embargo_until = '2026-05-15'"),
  set(4, "embargo_until = '2026-05-15'"),
  set(1, 'embargo_until = null'),
  set(4, "visibility = 'private'"),
  set(3, "visibility = 'public', embargo_until = null"),
  // An embargo date left on a request no longer embargoed does not count.
  set(7, "embargo_until = '2026-09-01'"),
  // Withdrawn: no longer open or owing, still filed.
  set(6, "status = 'withdrawn', next_due = null"),
  set(2, "status = 'withdrawn'"),
  // Writes that change nothing counted.
  set(1, "title = 'Contracts'"),
  set(1, 'status = status, visibility = visibility'),
  // Moved to another agency, and back to draft.
  set(8, 'agency_id = 2'),
  set(7, "status = 'draft'"),
  // A draft is not counted, whatever else it holds (request 8 is counted under the same keys).
  set(7, "outcome = 'partial', response_days = 12"),
  set(7, 'embargo_until = null'),
  // Several rows at once.
  `update requests set next_due = '2026-02-10' where status in ('submitted', 'acknowledged', 'processing', 'appealed')`,
  `update requests set visibility = 'public' where agency_id = 2`,
  request(2, 'processing', { next_due: "'2026-02-10'" }),
  // Deleted: counted, a draft, and several at once.
  'delete from requests where id = 4',
  'delete from requests where id = 7',
  `insert into requests (agency_id, title, body, status, outcome, response_days, answered_on_time, updated_at) select agency_id, title, body, status, outcome, response_days, answered_on_time, updated_at from requests where id in (1, 5)`,
  'delete from requests where agency_id = 2 and id > 8',
  'delete from requests where id = 5',
];

const TABLES = {
  agency_request_counts:
    'select agency_id, shown, filed, open, completed, on_time, timed, fulfilled, partial, denied, no_records from agency_request_counts',
  agency_owing_counts: 'select agency_id, shown, next_due, n from agency_owing_counts',
  agency_response_days: 'select agency_id, shown, days, n from agency_response_days',
};

/** Rows in one order on both sides (SQLite and PostgreSQL collate text differently). */
const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

async function sums(sqlite: Database.Database, client: pg.Client) {
  const out: { table: string; sqlite: string[]; pg: string[] }[] = [];
  for (const [table, query] of Object.entries(TABLES)) {
    out.push({ table, sqlite: sorted(sqlite.prepare(query).all()), pg: sorted((await client.query(query)).rows) });
  }
  return out;
}

/** A copy of a migrations folder whose journal stops before its last migration. */
function withoutLastMigration(folder: string, into: string): string {
  cpSync(folder, into, { recursive: true });
  const file = join(into, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries: { tag: string }[] };
  expect(journal.entries.at(-1)?.tag).toMatch(/_agency_stats$/);
  journal.entries.pop();
  writeFileSync(file, JSON.stringify(journal));
  return into;
}

describe.skipIf(!available)('the agency records on PostgreSQL', () => {
  let dir: string;
  const databases: TestPgDatabase[] = [];
  const clients: pg.Client[] = [];
  const connect = async () => {
    const target = await createTestPgDatabase();
    databases.push(target);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    clients.push(client);
    return client;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'foia-pg-agency-stats-'));
  });
  afterAll(async () => {
    for (const c of clients) await c.end();
    for (const d of databases) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are kept by the triggers as on SQLite after each write', async () => {
    const sqlite = openDb(join(dir, 'triggers.sqlite')).$client;
    const client = await connect();
    await migratePg(client);
    const seen = new Map<string, number>();
    try {
      for (const write of [...SETUP, ...WRITES]) {
        sqlite.exec(write);
        await client.query(write);
        for (const s of await sums(sqlite, client)) {
          expect(s.pg, `${s.table} after: ${write}`).toEqual(s.sqlite);
          seen.set(s.table, Math.max(seen.get(s.table) ?? 0, s.sqlite.length));
        }
      }
    } finally {
      sqlite.close();
    }
    // The writes reached every table with several rows at once, and left some behind.
    for (const table of Object.keys(TABLES)) expect(seen.get(table), table).toBeGreaterThan(1);
    const left = await client.query('select agency_id, shown, filed from agency_request_counts order by 1, 2');
    // Agency 1: requests 1 (its embargo date dropped), 2 and the two copies private, 3 public;
    // agency 2: 6 and 8 (moved there), made public together.
    expect(left.rows).toEqual([
      { agency_id: 1, shown: 'private', filed: 4 },
      { agency_id: 1, shown: 'public', filed: 1 },
      { agency_id: 2, shown: 'public', filed: 2 },
    ]);
  });

  it("the migration's backfill stores the same rows as on SQLite on a database that holds requests", async () => {
    const sqlite = new Database(join(dir, 'backfill.sqlite'));
    registerSqlFunctions(sqlite);
    sqlite.pragma('foreign_keys = ON');
    const client = await connect();
    try {
      sqliteMigrate(sqliteDrizzle(sqlite), {
        migrationsFolder: withoutLastMigration(MIGRATIONS_DIR, join(dir, 'sqlite-before')),
      });
      await pgMigrate(pgDrizzle(client), {
        migrationsFolder: withoutLastMigration(PG_MIGRATIONS_DIR, join(dir, 'pg-before')),
      });
      // Every write but the deletions, so that the backfill has all kinds of rows to count.
      for (const write of [...SETUP, ...WRITES.filter((w) => !w.startsWith('delete'))]) {
        sqlite.exec(write);
        await client.query(write);
      }
      sqliteMigrate(sqliteDrizzle(sqlite), { migrationsFolder: MIGRATIONS_DIR });
      await migratePg(client);
      const backfilled = await sums(sqlite, client);
      for (const s of backfilled) {
        expect(s.pg, s.table).toEqual(s.sqlite);
        expect(s.sqlite.length, s.table).toBeGreaterThan(1);
      }
      // And the triggers carry on from there alike.
      for (const write of WRITES.filter((w) => w.startsWith('delete'))) {
        sqlite.exec(write);
        await client.query(write);
        for (const s of await sums(sqlite, client)) expect(s.pg, `${s.table} after: ${write}`).toEqual(s.sqlite);
      }
    } finally {
      sqlite.close();
    }
  });
});
