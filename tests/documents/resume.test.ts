/**
 * A worker process killed (SIGKILL) in the middle of a large document: after a new worker starts, the
 * document finishes, with every page indexed exactly once and the blob intact.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestEnv, drain, eventually, type TestEnv } from '../helpers/app.js';
import { makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { multipart } from '../helpers/multipart.js';

const PAGES = 1500;
let env: TestEnv;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  env = await createTestEnv({ withQueue: true });
  dir = mkdtempSync(join(tmpdir(), 'foia-resume-'));
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
    env: {
      ...process.env,
      DATA_DIR: env.config.DATA_DIR,
      REDIS_URL: env.config.REDIS_URL,
      QUEUE_PREFIX: env.config.QUEUE_PREFIX,
      WORKER_LOCK_MS: '2000',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return child;
}

const row = (id: number) =>
  env.db.$client.prepare('select status, pages, pages_done as done, error from documents where id = ?').get(id) as {
    status: string;
    pages: number | null;
    done: number | null;
    error: string | null;
  };

it('finishes after the worker is killed mid-document: no page twice in the index, no blob lost', async () => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= PAGES; i++) {
    pdf
      .addPage([612, 792])
      .drawText(`Page marker pg${i}x of the Snaptrends archive`, { x: 72, y: 700, size: 12, font });
  }
  const bytes = Buffer.from(await pdf.save());
  const staff = (await userWithToken(env, 'staff')).token;
  const agency = (await makeAgency(env, staff)).id;
  const req = (await makeRequest(env, staff, agency)).id;
  const body = multipart([{ name: 'archive.pdf', content: bytes }]);
  const res = await env.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${req}/documents`,
    headers: { ...body.headers, authorization: `Bearer ${staff}` },
    payload: body.payload,
  });
  const id = res.json().documents[0].id as number;
  const queue = env.queue;
  if (!queue) throw new Error('needs a queue');
  await drain(env, queue);

  const first = startWorker();
  await eventually(() => (row(id).done ?? 0) >= 50, 60_000, 5);
  first.kill('SIGKILL');
  await new Promise((r) => first.once('exit', r));
  const atKill = row(id);
  expect(atKill.status).toBe('processing');
  expect(atKill.done).toBeLessThan(PAGES);

  startWorker();
  await eventually(() => row(id).status === 'ready', 90_000, 100);
  expect(row(id)).toMatchObject({ status: 'ready', pages: PAGES, done: PAGES, error: null });

  const c = env.db.$client;
  const counts = c
    .prepare(
      'select count(*) as n, count(distinct page) as d, min(page) as lo, max(page) as hi from document_pages where document_id = ?',
    )
    .get(id);
  expect(counts).toEqual({ n: PAGES, d: PAGES, lo: 1, hi: PAGES });
  // The FTS index agrees with the pages table (a page indexed twice fails this check).
  expect(() => c.exec(`insert into pages_fts(pages_fts, rank) values('integrity-check', 1)`)).not.toThrow();
  for (const n of [1, atKill.done ?? 1, (atKill.done ?? 1) + 1, PAGES]) {
    const hits = c
      .prepare(
        'select p.page from pages_fts join document_pages p on p.id = pages_fts.rowid where pages_fts match ? and p.document_id = ?',
      )
      .all(`"pg${n}x"`, id);
    expect(hits, `page ${n}`).toEqual([{ page: n }]);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  const blob = readFileSync(join(env.dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha));
  expect(createHash('sha256').update(blob).digest('hex')).toBe(sha);
}, 180_000);
