/**
 * The SQLite connection: WAL, foreign keys on, migrations from drizzle/sqlite/ applied on open.
 *
 * Every write transaction begins IMMEDIATE. Under WAL a deferred transaction that reads and then
 * writes must upgrade its read lock, and SQLite refuses that at once with SQLITE_BUSY when another
 * process (the API next to a worker) has written meanwhile, whatever the busy timeout; an immediate
 * transaction takes the write lock first and waits its turn under the busy timeout instead.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { listJurisdictions } from '../deadlines/index.js';
import { lateKey } from '../requests/clocks.js';
import { slugOf } from '../tags/slug.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** A transaction handed to a callback by `db.transaction`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * What a service writes through: the database (it opens its own transaction) or the caller's
 * transaction (it joins it, as a savepoint), so that two services can commit together.
 */
export type DbOrTx = Db | Tx;

/** Runs `fn` in a transaction of its own on a database, or in a savepoint of the caller's transaction. */
export function inTransaction<T>(db: DbOrTx, fn: (tx: Tx) => T): T {
  return (db as Tx).transaction(fn);
}

/**
 * The SQLite connection behind a database or a transaction. Drizzle keeps it on a transaction's
 * session; checked here, so that a drizzle upgrade that moves it fails loudly rather than quietly.
 */
export function connectionOf(db: DbOrTx): Database.Database {
  if ('$client' in db) return (db as Db).$client;
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (!(client instanceof Database)) throw new Error('no SQLite connection behind this transaction');
  return client;
}

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle', 'sqlite');

/** How long a write waits for another process's write lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;

/** The SQL functions the migrations call, registered on every connection before they run. */
export function registerSqlFunctions(sqlite: Database.Database): void {
  // The tag rule in SQL, for the migration that merged tag variants and for any query that needs it.
  sqlite.function('tag_slug', { deterministic: true }, (name: unknown) =>
    typeof name === 'string' ? slugOf(name) : null,
  );
  // A clock's late key (src/requests/clocks.ts), for the migration that stored it on every clock.
  const known = new Set(listJurisdictions().map((j) => j.code));
  sqlite.function('clock_late_key', { deterministic: true }, (jurisdiction: unknown, unit: unknown, due: unknown) =>
    typeof jurisdiction === 'string' && known.has(jurisdiction) && typeof due === 'string'
      ? lateKey(jurisdiction, unit === 'calendar' ? 'calendar' : 'business', due)
      : null,
  );
}

export function openDb(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('synchronous = NORMAL');
  // Reads of a large database: a bigger page cache and memory-mapped I/O save a system call per page.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 268435456');
  registerSqlFunctions(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  const begin = db.transaction.bind(db);
  db.transaction = ((fn, config) => begin(fn, { behavior: 'immediate', ...config })) as Db['transaction'];
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

export function dbFile(dataDir: string): string {
  return join(dataDir, 'foia.sqlite');
}

export function dbHealthy(db: Db): boolean {
  try {
    return db.$client.prepare('select 1 as ok').get() !== undefined;
  } catch (err) {
    // Health reports the database down rather than failing the probe; a closed handle is the usual cause.
    if (err instanceof Error) return false;
    throw err;
  }
}

export { schema };
