/**
 * A PDF read in page ranges by several workers, against a real SQLite file, the real Redis and real
 * tesseract: ready once with every page searchable and none twice, progress counted across ranges, a
 * killed worker's range taken up again (BullMQ's stall check, and the reconciler for a lost job), and
 * a range that cannot be read failing its document with the reason.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFile, openDb } from '../../src/db/index.js';
import { LocalBlobStore } from '../../src/documents/blob-store.js';
import { type IngestContext, ingestDocument, markFailed } from '../../src/documents/ingest.js';
import { extractRange, RANGE_PAGES, readingOf } from '../../src/documents/ranges.js';
import { jobs } from '../../src/jobs.js';
import { reconcile } from '../../src/queue/reconcile.js';
import { startWorker, type WorkerHandle } from '../../workers/main.js';
import { createTestEnv, drain, eventually, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { hasPoppler, hasTesseract, scannedPdf, textPdf } from '../helpers/files.js';
import { multipart } from '../helpers/multipart.js';

const ocr = hasPoppler() && hasTesseract();
let env: TestEnv;
let staff: string;
let requestId: number;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', env: { JOB_LEASE_MS: '300', JOB_RETRY_MS: '50' } });
  staff = (await userWithToken(env, 'staff')).token;
  const agency = (await makeAgency(env, staff)).id;
  requestId = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
  dir = mkdtempSync(join(tmpdir(), 'foia-ranges-'));
}, 30_000);
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(path: string) {
  const body = multipart([{ name: basename(path), content: readFileSync(path) }]);
  const res = await env.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${requestId}/documents`,
    headers: { ...body.headers, authorization: `Bearer ${staff}` },
    payload: body.payload,
  });
  expect(res.statusCode).toBe(202);
  return res.json().documents[0].id as number;
}

/** `n` pages "Page marker pgKx ..."; the pages listed in `scanned` are images of their text (no text layer). */
async function pdfOf(n: number, scanned: number[], name: string): Promise<string> {
  const words = (k: number) => `Page marker pg${k}x of the Geofeedia contract`;
  const text = await PDFDocument.load(
    readFileSync(
      await textPdf(
        dir,
        Array.from({ length: n }, (_, i) => words(i + 1)),
        `text-${name}`,
      ),
    ),
  );
  const out = await PDFDocument.create();
  const scans = scanned.length
    ? await PDFDocument.load(readFileSync(await scannedPdf(dir, scanned.map(words), `scan-${name}`)))
    : null;
  for (let k = 1; k <= n; k++) {
    const at = scanned.indexOf(k);
    const [page] = at >= 0 && scans ? await out.copyPages(scans, [at]) : await out.copyPages(text, [k - 1]);
    if (page) out.addPage(page);
  }
  const path = join(dir, name);
  writeFileSync(path, await out.save());
  return path;
}

const ctxOf = (db = env.db): IngestContext => ({
  db,
  blobs: new LocalBlobStore(env.config.DATA_DIR),
  config: env.config,
  now: env.now,
});

/** Ingests here, as the upload's job would have (its journal row is marked done, so no worker runs it again). */
async function ingestHere(id: number) {
  const result = await ingestDocument(ctxOf(), id);
  env.db.$client
    .prepare(`update outbox set finished_at = ?, outcome = 'done' where job_name = 'documents.ingest' and payload = ?`)
    .run(new Date().toISOString(), JSON.stringify({ documentId: id }));
  return result;
}

const doc = (id: number) =>
  env.db.$client
    .prepare('select status, pages, pages_done as done, error, text_source as textSource from documents where id = ?')
    .get(id) as { status: string; pages: number; done: number; error: string | null; textSource: string | null };

/** Every page once, in the pages table and in the full-text index, each found by its own marker. */
function expectEveryPageOnce(id: number, pages: number) {
  const c = env.db.$client;
  expect(
    c
      .prepare(
        'select count(*) as n, count(distinct page) as d, min(page) as lo, max(page) as hi from document_pages where document_id = ?',
      )
      .get(id),
  ).toEqual({ n: pages, d: pages, lo: 1, hi: pages });
  expect(() => c.exec(`insert into pages_fts(pages_fts, rank) values('integrity-check', 1)`)).not.toThrow();
  for (let k = 1; k <= pages; k++) {
    const hits = c
      .prepare(
        'select p.page from pages_fts join document_pages p on p.id = pages_fts.rowid where pages_fts match ? and p.document_id = ?',
      )
      .all(`"pg${k}x"`, id);
    expect(hits, `page ${k}`).toEqual([{ page: k }]);
  }
}

/** How many times the document was made ready: each time queues its first batch of page images once. */
const readyCount = (id: number) =>
  env.db.$client
    .prepare(
      `select count(*) from outbox where job_name = 'documents.pageImages'
       and json_extract(payload, '$.documentId') = ? and json_extract(payload, '$.from') = 1`,
    )
    .pluck()
    .get(id);

const ranges = (id: number) =>
  env.db.$client
    .prepare(
      'select first_page as "from", last_page as "to", done_to as doneTo, finished_at as finishedAt from document_ranges where document_id = ? order by first_page',
    )
    .all(id) as { from: number; to: number; doneTo: number | null; finishedAt: string | null }[];

async function settleWith(...workers: WorkerHandle[]) {
  const queue = env.queue;
  if (!queue) throw new Error('needs a queue');
  // Quiet twice in a row: a job moving between states (a retry from active to delayed, a delayed one
  // to waiting) can fall between two of the reads below once, not in two rounds 100 ms apart.
  let quietRounds = 0;
  await eventually(
    async () => {
      await drain(env, queue);
      let quiet = true;
      for (const q of [queue.queue, queue.extract]) {
        const counts = await q.getJobCounts('waiting', 'active', 'prioritized');
        if (!Object.values(counts).every((n) => n === 0)) quiet = false;
        // A retry waits delayed; the recurring schedules a worker process sets up wait for ever.
        if ((await q.getDelayed()).some((j) => !j.id?.startsWith('repeat:'))) quiet = false;
      }
      // Nothing waits to be handed over (the journal's own ends are the reconciler's to catch up).
      const pending = env.db.$client
        .prepare('select count(*) from outbox where dispatched_at is null and finished_at is null')
        .pluck()
        .get();
      quietRounds = quiet && pending === 0 ? quietRounds + 1 : 0;
      return quietRounds >= 2;
    },
    120_000,
    100,
  );
  return workers;
}

describe('a PDF over several ranges', () => {
  it.skipIf(!ocr)(
    'ingested by two workers: ready once, every page searchable once, embedded and OCR pages through the ranges',
    async () => {
      const pages = 2 * RANGE_PAGES + 3;
      const scanned = [3, RANGE_PAGES + 2, pages];
      const id = await upload(await pdfOf(pages, scanned, 'two-workers.pdf'));
      const a = startWorker(env.config, env.db, { schedule: false, clock: env.now, extractConcurrency: 2 });
      // The second worker with its own connection to the file, as another process would have.
      const db2 = openDb(dbFile(env.dataDir));
      const b = startWorker(env.config, db2, { schedule: false, clock: env.now, extractConcurrency: 2 });
      const ran = new Map<string, string[]>();
      for (const [w, name] of [
        [a, 'a'],
        [b, 'b'],
      ] as const) {
        w.extractWorker.on('completed', (job) => ran.set(name, [...(ran.get(name) ?? []), job.name]));
      }
      try {
        await settleWith(a, b);
      } finally {
        await Promise.all([a.close(), b.close()]);
        db2.$client.close();
      }
      expect(doc(id)).toMatchObject({ status: 'ready', pages, done: pages, error: null, textSource: 'mixed' });
      expect(ranges(id).map((r) => [r.from, r.to])).toEqual([
        [1, RANGE_PAGES],
        [RANGE_PAGES + 1, 2 * RANGE_PAGES],
        [2 * RANGE_PAGES + 1, pages],
      ]);
      expect([...ran.values()].flat().filter((n) => n === 'documents.extractRange')).toHaveLength(3);
      expect(readyCount(id)).toBe(1);
      expectEveryPageOnce(id, pages);
      const sources = env.db.$client
        .prepare("select page from document_pages where document_id = ? and source = 'ocr' order by page")
        .pluck()
        .all(id);
      expect(sources).toEqual(scanned);
      const hits = await api(env, 'GET', `/api/v1/search?q=pg${pages}x`);
      expect(hits.body.hits.map((h: { documentId: number; page: number }) => [h.documentId, h.page])).toContainEqual([
        id,
        pages,
      ]);
    },
    180_000,
  );

  it('progress counts pages across ranges; the last two ranges finished at once make it ready once', async () => {
    const pages = 3 * RANGE_PAGES;
    const id = await upload(await pdfOf(pages, [], 'progress.pdf'));
    expect((await ingestHere(id)).status).toBe('planned');
    expect(doc(id)).toMatchObject({ status: 'processing', pages, done: 0 });
    await extractRange(ctxOf(), id, RANGE_PAGES + 1, 2 * RANGE_PAGES);
    expect(doc(id)).toMatchObject({ status: 'processing', done: RANGE_PAGES });
    const shown = (await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body;
    expect(shown).toMatchObject({ status: 'processing', pages, pagesDone: RANGE_PAGES });
    // The last two ranges at once, from two connections to the file (two workers).
    const db2 = openDb(dbFile(env.dataDir));
    try {
      const results = await Promise.all([
        extractRange(ctxOf(), id, 1, RANGE_PAGES),
        extractRange(ctxOf(db2), id, 2 * RANGE_PAGES + 1, pages),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['done', 'ready']);
    } finally {
      db2.$client.close();
    }
    expect(doc(id)).toMatchObject({ status: 'ready', pages, done: pages });
    expect(readyCount(id)).toBe(1);
    expect(readyCount(id)).toBe(1);
    expectEveryPageOnce(id, pages);
  });

  it('one range run twice at once (a stall taken for a death) writes its pages once and counts them once', async () => {
    const pages = RANGE_PAGES + 2;
    const id = await upload(await pdfOf(pages, [], 'twice.pdf'));
    await ingestHere(id);
    const db2 = openDb(dbFile(env.dataDir));
    try {
      await Promise.all([extractRange(ctxOf(), id, 1, RANGE_PAGES), extractRange(ctxOf(db2), id, 1, RANGE_PAGES)]);
    } finally {
      db2.$client.close();
    }
    expect(doc(id)).toMatchObject({ status: 'processing', done: RANGE_PAGES });
    expect(await extractRange(ctxOf(), id, 1, RANGE_PAGES)).toMatchObject({ status: 'skipped' });
    await extractRange(ctxOf(), id, RANGE_PAGES + 1, pages);
    expect(doc(id)).toMatchObject({ status: 'ready', done: pages });
    expectEveryPageOnce(id, pages);
  });
});

describe('a range whose worker is lost', () => {
  it.skipIf(!ocr)(
    'killed mid-range: BullMQ hands the range to another worker, which goes on from its last page',
    async () => {
      const pages = RANGE_PAGES + 2;
      const id = await upload(await pdfOf(pages, [1, 2, 3, 4, RANGE_PAGES + 1], 'killed.pdf'));
      const queue = env.queue;
      if (!queue) throw new Error('needs a queue');
      await drain(env, queue);
      const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
        env: {
          ...process.env,
          DATA_DIR: env.config.DATA_DIR,
          REDIS_URL: env.config.REDIS_URL,
          QUEUE_PREFIX: env.config.QUEUE_PREFIX,
          WORKER_LOCK_MS: '2000',
          EXTRACT_CONCURRENCY: '1',
          LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      children.push(child);
      // Killed with the first range part-way through its pages.
      await eventually(() => (ranges(id)[0]?.doneTo ?? 0) >= 2, 90_000, 20);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const atKill = ranges(id)[0];
      expect(atKill?.finishedAt).toBeNull();
      expect(doc(id).status).toBe('processing');

      const w = startWorker(env.config, env.db, { schedule: false, clock: env.now, extractConcurrency: 2 });
      try {
        await eventually(() => doc(id).status === 'ready', 120_000, 100);
      } finally {
        await w.close();
      }
      expect(doc(id)).toMatchObject({ status: 'ready', pages, done: pages, textSource: 'mixed' });
      expect(readyCount(id)).toBe(1);
      expectEveryPageOnce(id, pages);
    },
    240_000,
  );

  it('a range job lost from the queue is put back by the reconciler and finishes the document', async () => {
    const pages = 2 * RANGE_PAGES + 1;
    const id = await upload(await pdfOf(pages, [], 'lost.pdf'));
    await ingestHere(id);
    await extractRange(ctxOf(), id, 1, RANGE_PAGES);
    // The other two range jobs vanish (a flushed Redis, an older release): their journal rows are gone.
    env.db.$client
      .prepare(
        `delete from outbox where job_name = 'documents.extractRange' and json_extract(payload, '$.documentId') = ?`,
      )
      .run(id);
    const log = pino({ level: 'silent' });
    const ctx = { db: env.db, config: env.config, clock: env.now, blobs: new LocalBlobStore(env.config.DATA_DIR), log };
    const queue = env.queue;
    if (!queue) throw new Error('needs a queue');
    const result = await reconcile(ctx, queue, jobs);
    expect(result.requeued).toBe(2);
    // The document itself is not ingested again: its ranges are the range jobs' to finish.
    expect(
      env.db.$client
        .prepare(`select count(*) from outbox where job_name = 'documents.ingest' and recovered = 1 and payload = ?`)
        .pluck()
        .get(JSON.stringify({ documentId: id })),
    ).toBe(0);
    const w = startWorker(env.config, env.db, { schedule: false, clock: env.now, reconcile: false });
    try {
      await settleWith(w);
    } finally {
      await w.close();
    }
    expect(doc(id)).toMatchObject({ status: 'ready', pages, done: pages });
    expect(readyCount(id)).toBe(1);
    expectEveryPageOnce(id, pages);
  }, 150_000);
});

describe('a document read again while its ranges run', () => {
  it("the earlier reading's range jobs step aside: they neither read nor fail the new one", async () => {
    const pages = 2 * RANGE_PAGES + 1;
    const id = await upload(await pdfOf(pages, [], 'again.pdf'));
    await ingestHere(id);
    const first = readingOf(env.db, id);
    // Ingestion runs again (a stalled job handed over): the plan stands, under a new reading.
    await ingestHere(id);
    const second = readingOf(env.db, id);
    expect(second).toBe(first + 1);
    expect(await extractRange(ctxOf(), id, 1, RANGE_PAGES, first)).toMatchObject({ status: 'skipped' });
    markFailed(env.db, id, 'a late failure of the earlier reading', env.now(), first);
    expect(doc(id).status).toBe('processing');
    const w = startWorker(env.config, env.db, { schedule: false, clock: env.now, reconcile: false });
    try {
      await settleWith(w);
    } finally {
      await w.close();
    }
    expect(doc(id)).toMatchObject({ status: 'ready', pages, done: pages });
    expect(readyCount(id)).toBe(1);
    expectEveryPageOnce(id, pages);
  }, 150_000);
});

describe('a range that cannot be read', () => {
  it('fails its document with the reason, which stays failed; a retry reads it again and it is ready', async () => {
    const pages = 2 * RANGE_PAGES + 1;
    const path = await pdfOf(pages, [], 'partly.pdf');
    const id = await upload(path);
    await ingestHere(id);
    await extractRange(ctxOf(), id, 1, RANGE_PAGES);
    // The file is gone from the blob store while the other ranges wait.
    const sha = env.db.$client.prepare('select sha256 from documents where id = ?').pluck().get(id) as string;
    const blob = new LocalBlobStore(env.config.DATA_DIR).localPath(sha);
    renameSync(blob, `${blob}.away`);
    const queue = env.queue;
    if (!queue) throw new Error('needs a queue');
    const w = startWorker(env.config, env.db, { schedule: false, clock: env.now, reconcile: false });
    try {
      await settleWith(w);
      expect(doc(id)).toMatchObject({ status: 'failed' });
      expect(doc(id).error).toMatch(/missing from the blob store.*\(pages \d+-\d+\)/);
      expect(readyCount(id)).toBe(0);
      // A range run after the failure does not make it ready.
      renameSync(`${blob}.away`, blob);
      expect(await extractRange(ctxOf(), id, RANGE_PAGES + 1, 2 * RANGE_PAGES)).toMatchObject({ status: 'skipped' });
      expect(doc(id).status).toBe('failed');
      const retry = await api(env, 'POST', `/api/v1/documents/${id}/retry`, staff);
      expect(retry.status).toBe(202);
      await settleWith(w);
    } finally {
      await w.close();
    }
    expect(doc(id)).toMatchObject({ status: 'ready', pages, done: pages, error: null });
    expect(readyCount(id)).toBe(1);
    expectEveryPageOnce(id, pages);
  }, 150_000);
});
