/**
 * The SQLite and PostgreSQL schema definitions describe the same database: a column added to one
 * and forgotten in the other fails here, before a copy between them loses it.
 */
import { is } from 'drizzle-orm';
import { PgTable, getTableConfig as pgConfig } from 'drizzle-orm/pg-core';
import { SQLiteTable, getTableConfig as sqliteConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pg from '../../src/db/pg/schema.js';
import { DERIVED_COLUMNS } from '../../src/db/pg/schema.js';
import * as sqlite from '../../src/db/schema.js';

interface Shape {
  columns: string[];
  notNull: string[];
  primaryKey: string[];
  indexes: string[];
  foreignKeys: string[];
}

function shapes(configs: ReturnType<typeof sqliteConfig | typeof pgConfig>[], skip: Record<string, readonly string[]>) {
  const out: Record<string, Shape> = {};
  for (const c of configs) {
    const cols = c.columns.filter((col) => !(skip[c.name] ?? []).includes(col.name));
    out[c.name] = {
      columns: cols.map((col) => col.name).sort(),
      notNull: cols
        .filter((col) => col.notNull)
        .map((col) => col.name)
        .sort(),
      primaryKey: [
        ...cols.filter((col) => col.primary).map((col) => col.name),
        ...c.primaryKeys.flatMap((pk) => pk.columns.map((col) => col.name)),
      ].sort(),
      indexes: [
        ...c.indexes.map((i) => `${i.config.unique ? 'unique ' : ''}${i.config.name}`),
        ...cols.filter((col) => col.isUnique).map((col) => `unique ${col.uniqueName}`),
      ]
        .filter((name) => !/_search$/.test(name))
        .sort(),
      foreignKeys: c.foreignKeys
        .map((fk) => {
          const r = fk.reference();
          const target = is(r.foreignTable, PgTable)
            ? pgConfig(r.foreignTable as PgTable).name
            : sqliteConfig(r.foreignTable as SQLiteTable).name;
          return `${r.columns.map((col) => col.name).join(',')} -> ${target}(${r.foreignColumns.map((col) => col.name).join(',')}) on delete ${fk.onDelete ?? 'no action'}`;
        })
        .sort(),
    };
  }
  return out;
}

const sqliteShapes = shapes(
  Object.values(sqlite)
    .filter((t) => is(t, SQLiteTable))
    .map((t) => sqliteConfig(t as SQLiteTable)),
  {},
);
const pgShapes = shapes(
  Object.values(pg)
    .filter((t) => is(t, PgTable))
    .map((t) => pgConfig(t as PgTable)),
  DERIVED_COLUMNS,
);

describe('the SQLite and PostgreSQL schemas', () => {
  it('have the same tables', () => {
    expect(Object.keys(pgShapes).sort()).toEqual(Object.keys(sqliteShapes).sort());
  });

  it.each(Object.keys(sqliteShapes).sort())('%s has the same columns, keys and indexes in both', (table) => {
    expect(pgShapes[table]).toEqual(sqliteShapes[table]);
  });

  it('add only the derived search columns on PostgreSQL, each with its GIN index', () => {
    for (const [table, columns] of Object.entries(DERIVED_COLUMNS)) {
      const config = Object.values(pg)
        .filter((t) => is(t, PgTable))
        .map((t) => pgConfig(t as PgTable))
        .find((c) => c.name === table);
      expect(config?.columns.filter((c) => columns.includes(c.name)).map((c) => c.getSQLType())).toEqual(['tsvector']);
      expect(config?.indexes.find((i) => i.config.name === `${table}_search`)?.config.method).toBe('gin');
    }
  });
});
