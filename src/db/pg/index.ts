/**
 * PostgreSQL: where its migrations live and how they are applied. The runtime still runs on SQLite
 * (src/db/index.ts); this is what `migrate-to-postgres` and the PostgreSQL tests stand on.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import * as schema from './schema.js';

export const PG_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'drizzle', 'pg');

/** `postgres://` or `postgresql://`: the URLs that name a PostgreSQL database. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/** Applies the migrations of drizzle/pg not yet applied (drizzle records them in `drizzle.__drizzle_migrations`). */
export async function migratePg(client: pg.Client): Promise<void> {
  await migrate(drizzle(client, { schema }), { migrationsFolder: PG_MIGRATIONS_DIR });
}

export { schema };
