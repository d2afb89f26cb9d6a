/**
 * The PL/pgSQL triggers of drizzle/pg do what the SQLite triggers of drizzle/sqlite do: the same
 * writes, run on both, leave the same request revisions and the same owed_clock_counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../src/db/index.js';
import { migratePg } from '../../src/db/pg/index.js';
import { createTestPgDatabase, postgresAvailable, type TestPgDatabase } from '../helpers/postgres.js';

const available = await postgresAvailable();

const T = "'2026-01-05T10:00:00.000Z'";
const clock = (request: number, kind: string, status: string, due: string | null, jurisdiction = 'US') =>
  `insert into deadlines (request_id, kind, status, due, explanation, computed_at, jurisdiction) values (${request}, '${kind}', '${status}', ${due ? `'${due}'` : 'null'}, 'why', ${T}, '${jurisdiction}')`;

/** Writes of every kind the triggers watch, in portable SQL. */
const WRITES = [
  `insert into users (email, role) values ('staff@example.com', 'staff')`,
  `insert into agencies (name, jurisdiction, level, updated_at) values ('Police', 'US', 'federal', ${T})`,
  `insert into requests (agency_id, title, body, status, updated_at) values (1, 'Contracts', 'All contracts', 'submitted', ${T})`,
  `insert into requests (agency_id, title, body, status, updated_at) values (1, 'Emails', 'All e-mails', 'draft', ${T})`,
  `insert into requests (agency_id, title, body, status, updated_at) values (1, 'Logs', 'Audit logs', 'processing', ${T})`,
  clock(1, 'acknowledgment', 'open', '2026-01-10'),
  clock(1, 'response', 'open', '2026-02-01'),
  clock(1, 'fee_estimate', 'open', '2026-02-01'),
  clock(2, 'response', 'open', '2026-02-01'),
  clock(3, 'response', 'open', '2026-02-01', 'US-MA'),
  clock(3, 'acknowledgment', 'open', null),
  `update deadlines set status = 'met' where request_id = 1 and kind = 'acknowledgment'`,
  `update deadlines set due = '2026-02-03' where request_id = 3 and kind = 'response'`,
  `update requests set status = 'appealed' where id = 2`,
  `update requests set status = 'completed' where id = 3`,
  `update requests set status = 'processing' where id = 3`,
  `update requests set title = 'Contracts 2025' where id = 1`,
  `update requests set revision = revision + 5 where id = 2`,
  `delete from deadlines where request_id = 2`,
  `insert into request_tags (request_id, tag) values (1, 'geofeedia')`,
  `insert into request_tags (request_id, tag) values (1, 'palantir')`,
  `delete from request_tags where tag = 'palantir'`,
  `insert into request_events (request_id, type, date) values (1, 'note', '2026-01-06')`,
  `update request_events set note = 'seen' where request_id = 1`,
  `insert into documents (request_id, sha256, size, name, updated_at) values (1, 'aa', 10, 'a.pdf', ${T})`,
  `update documents set name = 'b.pdf' where id = 1`,
  `update documents set pages = 3 where id = 1`,
  `update documents set withheld_reason = 'names' where id = 1`,
  `update documents set redaction_version = 1 where id = 1`,
  `insert into redactions (document_id, kind, reason) values (1, 'ssn', 'b(6)')`,
  `update redactions set removed_at = ${T} where id = 1`,
  `update documents set request_id = 3 where id = 1`,
  `insert into reminders (request_id, clock_kind, kind, user_id, due, send_on, updated_at) values (1, 'response', 'due', 1, '2026-02-01', '2026-01-29', ${T})`,
  `update reminders set attempts = 1 where id = 1`,
  `update reminders set status = 'sent' where id = 1`,
  `insert into request_tracking_numbers (request_id, number, added_at) values (1, 'F-1', ${T})`,
  `delete from request_tracking_numbers where id = 1`,
  `delete from documents where id = 1`,
  `delete from reminders where id = 1`,
];

const OUTCOME = {
  revisions: 'select id, revision from requests order by id',
  owed: 'select jurisdiction, due, n from owed_clock_counts order by jurisdiction, due',
};

describe.skipIf(!available)('the PostgreSQL triggers', () => {
  let dir: string;
  let sqlite: Db;
  let target: TestPgDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'foia-pg-triggers-'));
    sqlite = openDb(join(dir, 'foia.sqlite'));
    target = await createTestPgDatabase();
    client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await migratePg(client);
  });
  afterAll(async () => {
    await client?.end();
    await target?.drop();
    sqlite?.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are applied once: migrating again applies nothing', async () => {
    const applied = async () => (await client.query('select hash from drizzle.__drizzle_migrations order by id')).rows;
    const before = await applied();
    expect(before).toHaveLength(3);
    await migratePg(client);
    expect(await applied()).toEqual(before);
  });

  it('leave the same revisions and owed clock counts as the SQLite ones after each write', async () => {
    for (const write of WRITES) {
      sqlite.$client.exec(write);
      await client.query(write);
      for (const query of Object.values(OUTCOME)) {
        const expected = sqlite.$client.prepare(query).all();
        const actual = (await client.query(query)).rows;
        expect(actual, `${query} after: ${write}`).toEqual(expected);
      }
    }
    // The writes reached every trigger's condition: clocks counted and uncounted, revisions moved.
    const revisions = (await client.query(OUTCOME.revisions)).rows as { revision: number }[];
    expect(revisions.every((r) => r.revision > 1)).toBe(true);
    const owed = (await client.query(OUTCOME.owed)).rows;
    expect(owed).toEqual([
      { jurisdiction: 'US', due: '2026-02-01', n: 1 },
      { jurisdiction: 'US-MA', due: '2026-02-03', n: 1 },
    ]);
  });
});
