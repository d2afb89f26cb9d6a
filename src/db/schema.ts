/**
 * Database schema, by domain. Migrations in drizzle/ are generated from this file by drizzle-kit.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/** Extra non-business days (snow days, shutdowns) for a whole jurisdiction. */
export const closures = sqliteTable(
  'closures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jurisdiction: text('jurisdiction').notNull(),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('closures_jurisdiction_date').on(t.jurisdiction, t.date)],
);

/**
 * Work for the queue, written in the same transaction as the change that needs it. A drainer hands
 * rows to BullMQ (job id = outbox id, so a row sent twice is one job); if Redis is down rows wait.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jobName: text('job_name').notNull(),
    payload: text('payload').notNull(),
    createdAt: createdAt(),
    dispatchedAt: text('dispatched_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_pending').on(t.dispatchedAt, t.id)],
);
