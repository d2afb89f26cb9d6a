/**
 * Prepared drizzle queries, built once per database and query shape. Building a drizzle query and
 * preparing its SQLite statement costs far more than running it, so hot paths prepare once with
 * `sql.placeholder` and execute many times.
 */
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
