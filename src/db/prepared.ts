/**
 * Prepared drizzle queries, built once per database and query shape. Building a drizzle query and
 * preparing its SQLite statement costs far more than running it, so hot paths prepare once with
 * `sql.placeholder` and execute many times.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './index.js';

const cache = new WeakMap<Db, Map<string, unknown>>();

export function prepared<T>(db: Db, key: string, build: () => T): T {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let q = perDb.get(key) as T | undefined;
  if (!q) {
    q = build();
    perDb.set(key, q);
  }
  return q;
}

const statements = new WeakMap<Db['$client'], Map<string, Statement<unknown[]>>>();

/**
 * A raw SQL statement prepared once per connection, for the hottest write paths (the worker's
 * clock recomputation holds the write lock while it runs: every query built and compiled anew
 * there is time other processes wait). Statements run inside the caller's transaction, if any.
 */
export function statement(db: Db, text: string): Statement<unknown[]> {
  let perDb = statements.get(db.$client);
  if (!perDb) {
    perDb = new Map();
    statements.set(db.$client, perDb);
  }
  let stmt = perDb.get(text);
  if (!stmt) {
    stmt = db.$client.prepare<unknown[]>(text);
    perDb.set(text, stmt);
  }
  return stmt;
}
