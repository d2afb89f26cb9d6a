/**
 * Prepared queries, built once per connection and query shape. Building a drizzle query and
 * preparing its SQLite statement costs far more than running it (a timeline event or a clock
 * recomputation runs a dozen queries, under the database's write lock), so hot paths prepare once
 * with `sql.placeholder` and execute many times. A statement belongs to its connection, not to a
 * transaction: one built through a transaction runs as well outside it, and inside the next one.
 */
import type { Statement } from 'better-sqlite3';
import { connectionOf, type DbOrTx } from './index.js';

const cache = new WeakMap<object, Map<string, unknown>>();

export function prepared<T>(db: DbOrTx, key: string, build: () => T): T {
  const connection = connectionOf(db);
  let perDb = cache.get(connection);
  if (!perDb) {
    perDb = new Map();
    cache.set(connection, perDb);
  }
  let q = perDb.get(key) as T | undefined;
  if (!q) {
    q = build();
    perDb.set(key, q);
  }
  return q;
}

/** A raw SQL statement prepared once per connection (see `prepared`). */
export function statement(db: DbOrTx, text: string): Statement<unknown[]> {
  return prepared(db, `sql:${text}`, () => connectionOf(db).prepare<unknown[]>(text));
}
