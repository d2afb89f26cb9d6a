/**
 * The SQLite migrations moved from drizzle/ to drizzle/sqlite/ (one folder per dialect). An
 * installation migrated before the move records each applied migration by hash and time in
 * `__drizzle_migrations`; opening it with the moved folder must apply nothing again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDb, registerSqlFunctions } from '../../src/db/index.js';

interface Applied {
  id: number;
  hash: string;
  created_at: number;
}

const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

function applied(file: string): Applied[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare('select id, hash, created_at from __drizzle_migrations order by id').all() as Applied[];
  } finally {
    sqlite.close();
  }
}

describe('the SQLite migrations folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'foia-migrations-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lives in drizzle/sqlite', () => {
    expect(MIGRATIONS_DIR.split(/[\\/]/).slice(-2)).toEqual(['drizzle', 'sqlite']);
  });

  it('applies nothing again to a database migrated from the old drizzle/ folder', () => {
    // The layout before the move: the same files directly under drizzle/.
    const old = join(dir, 'old', 'drizzle');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const file = join(dir, 'before-the-move.sqlite');
    const sqlite = new Database(file);
    registerSqlFunctions(sqlite);
    migrate(drizzle(sqlite), { migrationsFolder: old });
    sqlite.close();
    const before = applied(file);
    expect(before).toHaveLength(journal.entries.length);

    openDb(file).$client.close();
    expect(applied(file)).toEqual(before);
  });

  it('applies nothing again to a database it migrated itself, opened a second time', () => {
    const file = join(dir, 'twice.sqlite');
    const db = openDb(file);
    // A row written between the two opens survives: no migration re-ran over it.
    db.$client.prepare("insert into tags (name, slug, category) values ('Kept', 'kept', 'topic')").run();
    db.$client.close();
    const first = applied(file);
    expect(first).toHaveLength(journal.entries.length);

    const again = openDb(file);
    expect(applied(file)).toEqual(first);
    expect(again.$client.prepare("select count(*) as n from tags where slug = 'kept'").get()).toEqual({ n: 1 });
    again.$client.close();
  });
});
