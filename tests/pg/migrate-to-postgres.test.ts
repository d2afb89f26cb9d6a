/**
 * `migrate-to-postgres` against a real SQLite file made by the tracker's own code (the demo data and
 * rows of every kind the copy must carry) and a real, throw-away PostgreSQL database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/index.js';
import { CopyError, CopyMismatchError, copyToPostgres, tablesInCopyOrder } from '../../src/db/pg/copy.js';
import { loadDemoData } from '../../src/demo.js';
import { createTestPgDatabase, postgresAvailable, type TestPgDatabase } from '../helpers/postgres.js';

const available = await postgresAvailable();

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });

/** The rows the demo lacks: clocks, documents and their text, redactions, a late parent, a deleted row. */
function addRows(file: string) {
  const db = openDb(file);
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
  db.$client.transaction(() => {
    const child = run(
      "insert into agencies (name, jurisdiction, level, updated_at) values ('Records unit', 'US', 'federal', '2026-01-02T00:00:00.000Z')",
    ).lastInsertRowid;
    const parent = run(
      "insert into agencies (name, jurisdiction, level, updated_at) values ('Department', 'US', 'federal', '2026-01-02T00:00:00.000Z')",
    ).lastInsertRowid;
    run('update agencies set parent_id = ? where id = ?', parent, child);
    const requestIds = (db.$client.prepare('select id from requests order by id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    // Owing with a due date, as the worker leaves it, so that its agency's record counts it.
    run("update requests set status = 'processing', next_due = '2026-02-01' where id = ?", requestIds[0]);
    run(
      "update requests set status = 'fulfilled', outcome = 'fulfilled', completed_on = '2026-01-30', response_days = 19, answered_on_time = 1 where id = ?",
      requestIds[2],
    );
    for (const [i, id] of requestIds.entries()) {
      run(
        "insert into deadlines (request_id, kind, status, due, explanation, computed_at, jurisdiction, late_key) values (?, 'response', 'open', ?, 'twenty business days', '2026-01-02T00:00:00.000Z', 'US', ?)",
        id,
        `2026-02-0${1 + (i % 3)}`,
        1000 + i,
      );
    }
    for (const tag of ['Zeta', 'alpha', 'Été', 'beta'])
      run('insert into request_tags (request_id, tag) values (?, ?)', requestIds[1], tag);
    const documentId = run(
      "insert into documents (request_id, sha256, size, name, updated_at) values (?, 'ab', 5000000000, 'contract.pdf', '2026-01-02T00:00:00.000Z')",
      requestIds[0],
    ).lastInsertRowid;
    run(
      "insert into documents (request_id, parent_id, sha256, size, name, depth, updated_at) values (?, ?, 'cd', 12, 'annex.txt', 1, '2026-01-02T00:00:00.000Z')",
      requestIds[0],
      documentId,
    );
    run(
      "insert into document_pages (document_id, page, text, source) values (?, 1, 'Geofeedia surveillance contract — Überwachung, café 🚓', 'embedded')",
      documentId,
    );
    run("insert into document_pages (document_id, page, text, source) values (?, 2, '', 'none')", documentId);
    run(
      "insert into document_redacted_pages (document_id, page, text) values (?, 1, 'Geofeedia surveillance contract')",
      documentId,
    );
    run(
      "insert into redactions (document_id, kind, page, x, y, width, height, case_sensitive, reason) values (?, 'box', 1, 0.1, ?, 0.25, 0.125, 1, 'b(6)')",
      documentId,
      1 / 3,
    );
    for (let i = 0; i < 3; i++) run("insert into sign_in_failures (account, at) values ('x', ?)", `2026-01-0${i + 1}`);
    // AUTOINCREMENT never gives an id twice: PostgreSQL must not give 3 again either.
    run('delete from sign_in_failures where id = 3');
  })();
  db.$client.close();
}

function sqliteCounts(file: string): Record<string, number> {
  const db = openDb(file);
  const counts = Object.fromEntries(
    tablesInCopyOrder().map((t) => [
      t.name,
      (db.$client.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n,
    ]),
  );
  db.$client.close();
  return counts;
}

describe.skipIf(!available)('migrate-to-postgres', () => {
  let dir: string;
  let file: string;
  const databases: TestPgDatabase[] = [];
  const database = async () => {
    const d = await createTestPgDatabase();
    databases.push(d);
    return d;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'foia-to-pg-'));
    file = join(dir, 'foia.sqlite');
    const db = openDb(file);
    await loadDemoData(db, new Date('2026-03-02T15:00:00Z'));
    db.$client.close();
    addRows(file);
  });
  afterAll(async () => {
    for (const d of databases) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every table with matching counts and checksums, and the copy works as a database', async () => {
    const target = await database();
    const report = await copyToPostgres({ from: file, to: target.url, batchSize: 7 });
    const counts = sqliteCounts(file);
    expect(report.map((r) => r.table).sort()).toEqual(Object.keys(counts).sort());
    for (const r of report) {
      expect(r, r.table).toMatchObject({ ok: true, sqliteRows: counts[r.table], pgRows: counts[r.table] });
      expect(r.pgChecksum).toBe(r.sqliteChecksum);
    }
    for (const table of [
      'requests',
      'deadlines',
      'owed_clock_counts',
      'agency_request_counts',
      'agency_owing_counts',
      'agency_response_days',
      'documents',
      'redactions',
      'tags',
    ]) {
      expect(counts[table], table).toBeGreaterThan(0);
    }

    // The next ids follow SQLite's, the deleted one included.
    const [sequence] = await target.query<{ next: string }>(
      "select nextval(pg_get_serial_sequence('sign_in_failures', 'id')) as next",
    );
    expect(sequence?.next).toBe('4');
    const [agency] = await target.query<{ id: number }>(
      "insert into agencies (name, jurisdiction, level, updated_at) values ('New', 'US', 'federal', 'x') returning id",
    );
    expect(agency?.id).toBe(
      Math.max(...(await target.query<{ id: number }>('select id from agencies')).map((a) => a.id)),
    );

    // Search data was built for the copied rows.
    const hits = await target.query<{ headline: string }>(
      "select ts_headline('english', text, q) as headline from document_pages, websearch_to_tsquery('english', 'surveillance contracts') q where search @@ q",
    );
    expect(hits.map((h) => h.headline)).toEqual([expect.stringContaining('<b>surveillance</b> <b>contract</b>')]);
    const found = await target.query("select id from requests where search @@ to_tsquery('english', 'polic:*')");
    expect(found.length).toBeGreaterThan(0);

    // The triggers are back on after the copy: a new event moves its request's revision.
    const [before] = await target.query<{ id: number; revision: number }>(
      'select id, revision from requests order by id limit 1',
    );
    await target.query("insert into request_events (request_id, type, date) values ($1, 'note', '2026-03-02')", [
      before?.id,
    ]);
    const [after] = await target.query<{ revision: number }>('select revision from requests where id = $1', [
      before?.id,
    ]);
    expect(after?.revision).toBe((before?.revision ?? 0) + 1);
    // And a request filed now is added to its agency's copied record.
    const [record] = await target.query<{ agency_id: number; shown: string; filed: number }>(
      "select agency_id, shown, filed from agency_request_counts where shown in ('public', 'private') order by agency_id, shown limit 1",
    );
    await target.query(
      "insert into requests (agency_id, title, body, status, visibility, updated_at) values ($1, 'Logs', 'Audit logs', 'submitted', $2, 'x')",
      [record?.agency_id, record?.shown],
    );
    const [grown] = await target.query<{ filed: number }>(
      'select filed from agency_request_counts where agency_id = $1 and shown = $2',
      [record?.agency_id, record?.shown],
    );
    expect(grown?.filed).toBe((record?.filed ?? 0) + 1);
  });

  it('refuses a target that already holds data, and changes nothing in it', async () => {
    const target = await database();
    await copyToPostgres({ from: file, to: target.url });
    const error = await copyToPostgres({ from: file, to: target.url }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(CopyError);
    expect((error as Error).message).toMatch(/already holds data \(.*requests.*\): .*empty database only/);
    const [rows] = await target.query<{ n: string }>('select count(*) as n from requests');
    expect(Number(rows?.n)).toBe(sqliteCounts(file).requests);
  });

  it('detects a row that differs after the copy, and rolls the whole copy back', async () => {
    const target = await database();
    const error = await copyToPostgres({
      from: file,
      to: target.url,
      beforeVerify: async (client) => {
        await client.query("update document_pages set text = 'tampered' where page = 2");
      },
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(CopyMismatchError);
    const report = (error as CopyMismatchError).report;
    expect(report.filter((r) => !r.ok).map((r) => r.table)).toEqual(['document_pages']);
    expect(report.find((r) => r.table === 'document_pages')).toMatchObject({ sqliteRows: 2, pgRows: 2 });
    for (const table of ['requests', 'document_pages', 'users']) {
      expect(await target.query(`select 1 from ${table}`), table).toEqual([]);
    }
    // Rolled back to the migrated, empty database: a second attempt is accepted.
    await expect(copyToPostgres({ from: file, to: target.url })).resolves.toHaveLength(report.length);
  });

  it('prints the table of counts and checksums from the command line', async () => {
    const target = await database();
    const r = cli('migrate-to-postgres', '--from', file, '--to', target.url);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^table\s+sqlite rows\s+postgres rows\s+sqlite sha256\s+postgres sha256/);
    expect(r.stdout).toMatch(/\nrequests\s+\d+\s+\d+\s+[0-9a-f]{16}\s+[0-9a-f]{16}\s+ok\n/);
    expect(r.stdout).toMatch(/every row count and checksum matches/);
    const again = cli('migrate-to-postgres', '--from', file, '--to', target.url);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toMatch(/^the target database already holds data/);
  });

  it.each([
    [['--from', 'x.sqlite'], /^usage: migrate-to-postgres --from FILE.sqlite --to postgres:/],
    [['--to', 'postgres://localhost/x'], /^usage: migrate-to-postgres/],
    [['--from', 'x.sqlite', '--to', 'mysql://localhost/x'], /^--to must be a postgres:\/\/ or postgresql:\/\/ URL$/],
    [
      ['--from', '/nowhere/foia.sqlite', '--to', 'postgres://localhost/x'],
      /^no SQLite database at \/nowhere\/foia.sqlite$/,
    ],
    [['--form', 'x.sqlite'], /^Unknown option '--form'/],
    [
      ['--from', 'FILE', '--to', 'postgres://u:secret@127.0.0.1:1/x'],
      /^cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127.0.0.1:1\/x: /,
    ],
  ])('refuses %j with one clear line', (args, message) => {
    const r = cli('migrate-to-postgres', ...args.map((a) => (a === 'FILE' ? file : a)));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });
});
