/**
 * Documents: (1) upload of a 200 MB file through the real API process (throughput and the process's
 * peak memory) next to a raw hash-and-write of the same bytes; (2) text extraction in pages per second
 * next to poppler's pdftotext on the same PDF; (3) page images for the viewer in pages per second
 * through the product (render, hidden-text check, PNG, blob store) next to raw `pdftoppm -png` on the
 * same pages, and redaction (a box on every page and an SSN pattern, burned in, text rebuilt, the
 * image-only PDF written) in pages per second against the same ceiling; (4) search p50/p95 over
 * 100,000 indexed pages for a rare word, a common word and a phrase, next to a bare FTS5 MATCH of the
 * same words. Same run, as ratios.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';
import { openBlobStore } from '../src/documents/blob-store.js';
import { ingestDocument } from '../src/documents/ingest.js';
import { IMAGE_BATCH, renderPageImages } from '../src/documents/page-images.js';
import { applyRedactions } from '../src/documents/redaction/apply.js';
import { search } from '../src/search/service.js';

const MB = 1024 * 1024;
const UPLOAD_MB = 200;
const PDF_PAGES = 500;
const SEARCH_PAGES = 100_000;
/** Pages rendered for the image and redaction figures (eight batches of the page-image job). */
const IMAGE_PAGES = 128;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const f = (n: number, d = 1) => n.toFixed(d);

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0) / 1024;
}

async function http(
  port: number,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; json: { id: number } }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(
      {
        port,
        host: '127.0.0.1',
        method,
        path,
        headers: { authorization: `Bearer ${token}`, ...(data ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString() || 'null') }),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** Streams a file as multipart/form-data, as a browser would, without reading it into memory. */
async function uploadFile(port: number, path: string, requestId: number, token: string): Promise<number> {
  const size = (await stat(path)).size;
  const boundary = `----bench${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: `/api/v1/requests/${requestId}/documents`,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.write(head);
    const file = createReadStream(path, { highWaterMark: MB });
    file.on('data', (c) => {
      if (!req.write(c)) {
        file.pause();
        req.once('drain', () => file.resume());
      }
    });
    file.on('end', () => req.end(tail));
    file.on('error', reject);
  });
}

async function rawHashAndWrite(path: string, out: string): Promise<void> {
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(path, { highWaterMark: MB }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const c of chunks) {
        hash.update(c);
        yield c;
      }
    },
    createWriteStream(out, { highWaterMark: MB }),
  );
  const fh = await open(out, 'r');
  await fh.sync();
  await fh.close();
  hash.digest('hex');
}

async function benchUpload(dir: string) {
  const file = join(dir, 'big.bin');
  const fh = await open(file, 'w');
  for (let i = 0; i < UPLOAD_MB; i++) await fh.write(randomBytes(MB));
  await fh.close();

  const token = `bench-bootstrap-${randomUUID()}`;
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      DATA_DIR: join(dir, 'api'),
      PORT: String(port),
      FOIA_BOOTSTRAP_TOKEN: token,
      DEMO_DATA: '0',
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: `bench-${randomUUID().slice(0, 8)}`,
      UPLOAD_MAX_BYTES: String(1024 * MB),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (let i = 0; i < 200; i++) {
      const ok = await http(port, 'GET', '/health', token).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const agency = await http(port, 'POST', '/api/v1/agencies', token, {
      name: 'Bench PD',
      jurisdiction: 'US',
      level: 'federal',
    });
    const req = await http(port, 'POST', '/api/v1/requests', token, {
      agencyId: agency.json.id,
      title: 'Bench',
      body: 'Bench.',
    });
    const pid = server.pid as number;
    const rssBefore = procStatus(pid, 'VmRSS');
    // Warm the page cache for both paths, then alternate them.
    await rawHashAndWrite(file, join(dir, 'warm.bin'));
    const raw: number[] = [];
    const api: number[] = [];
    for (let round = 0; round < 3; round++) {
      // Start each measurement with no dirty pages left over from the one before.
      execFileSync('sync');
      let t = performance.now();
      await rawHashAndWrite(file, join(dir, `raw-${round}.bin`));
      raw.push(UPLOAD_MB / ((performance.now() - t) / 1000));
      rmSync(join(dir, `raw-${round}.bin`));
      // A fresh request and an empty blob store each round, so the second upload stores the bytes again.
      const r =
        round === 0
          ? req.json.id
          : (
              await http(port, 'POST', '/api/v1/requests', token, {
                agencyId: agency.json.id,
                title: 'Bench 2',
                body: 'Bench.',
              })
            ).json.id;
      rmSync(join(dir, 'api', 'blobs'), { recursive: true, force: true });
      mkdirSync(join(dir, 'api', 'blobs', 'tmp'), { recursive: true });
      execFileSync('sync');
      t = performance.now();
      const status = await uploadFile(port, file, r, token);
      if (status !== 202) throw new Error(`upload answered ${status}`);
      api.push(UPLOAD_MB / ((performance.now() - t) / 1000));
    }
    const peak = procStatus(pid, 'VmHWM');
    const rawMid = pct(raw, 50);
    const apiMid = pct(api, 50);
    console.log(
      `upload ${UPLOAD_MB} MB: API ${f(apiMid)} MB/s vs raw hash+write+fsync of the same file ${f(rawMid)} MB/s = ${f((100 * apiMid) / rawMid, 0)}% (medians of 3 alternating runs: API ${api.map((x) => f(x)).join(', ')}; raw ${raw.map((x) => f(x)).join(', ')})`,
    );
    console.log(
      `  API process memory: ${f(rssBefore, 0)} MB resident before, peak ${f(peak, 0)} MB during three ${UPLOAD_MB} MB uploads (${f(((peak - rssBefore) / UPLOAD_MB) * 100, 1)}% of the file size added)`,
    );
  } finally {
    server.kill('SIGTERM');
  }
}

async function benchExtraction(dir: string) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const words = 'the records show that the vendor offered social media monitoring of protest activity'.split(' ');
  for (let i = 0; i < PDF_PAGES; i++) {
    const page = pdf.addPage([612, 792]);
    for (let l = 0; l < 40; l++) {
      const line = Array.from({ length: 12 }, (_, k) => words[(i + l + k) % words.length]).join(' ');
      page.drawText(line, { x: 50, y: 740 - l * 17, size: 10, font });
    }
  }
  const bytes = await pdf.save();
  const pdfPath = join(dir, 'pages.pdf');
  writeFileSync(pdfPath, bytes);

  let popplerRate: number | null = null;
  try {
    const t = performance.now();
    execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, join(dir, 'pages.txt')]);
    popplerRate = PDF_PAGES / ((performance.now() - t) / 1000);
  } catch {}

  const config = loadConfig({ DATA_DIR: join(dir, 'extract'), LOG_LEVEL: 'silent' });
  mkdirSync(config.DATA_DIR, { recursive: true });
  const db = openDb(join(config.DATA_DIR, 'foia.sqlite'));
  const blobs = openBlobStore(config);
  const c = db.$client;
  c.prepare("insert into users (email, role) values ('b@example.com', 'staff')").run();
  c.prepare("insert into agencies (name, jurisdiction, level, updated_at) values ('A', 'US', 'federal', 'x')").run();
  c.prepare(
    "insert into requests (agency_id, title, body, created_at, updated_at) values (1, 't', 'b', 'x', 'x')",
  ).run();
  const blob = await blobs.put(createReadStream(pdfPath));
  const rates: number[] = [];
  for (let run = 0; run < 3; run++) {
    const { id } = c
      .prepare(
        'insert into documents (request_id, sha256, size, name, updated_at, parent_id) values (1, ?, ?, ?, ?, ?) returning id',
      )
      .get(blob.sha256, blob.size, `p${run}.pdf`, 'x', null) as { id: number };
    c.prepare('delete from documents where id <> ?').run(id);
    const t = performance.now();
    const r = await ingestDocument({ db, blobs, config, now: () => new Date(), inline: true }, id);
    if (r.status !== 'ready') throw new Error('extraction failed');
    rates.push(PDF_PAGES / ((performance.now() - t) / 1000));
  }
  const best = Math.max(...rates);
  console.log(
    `text extraction (${PDF_PAGES}-page PDF, 40 lines a page, indexed in FTS5): ${f(best, 0)} pages/s (runs ${rates.map((x) => f(x, 0)).join(', ')})` +
      (popplerRate
        ? `; pdftotext alone ${f(popplerRate, 0)} pages/s = ${f((100 * best) / popplerRate, 0)}% of it`
        : ''),
  );
  db.$client.close();
}

async function benchPageImages(dir: string) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const words = 'the records show that the vendor offered social media monitoring of protest activity'.split(' ');
  for (let i = 0; i < IMAGE_PAGES; i++) {
    const page = pdf.addPage([612, 792]);
    for (let l = 0; l < 40; l++) {
      const line = Array.from({ length: 12 }, (_, k) => words[(i + l + k) % words.length]).join(' ');
      page.drawText(l === 7 ? `Complainant SSN 123-45-${String(1000 + i).slice(-4)}, ${line}` : line, {
        x: 50,
        y: 740 - l * 17,
        size: 10,
        font,
      });
    }
  }
  const pdfPath = join(dir, 'images.pdf');
  writeFileSync(pdfPath, await pdf.save());
  const config = loadConfig({ DATA_DIR: join(dir, 'images'), LOG_LEVEL: 'silent' });
  mkdirSync(config.DATA_DIR, { recursive: true });
  const db = openDb(join(config.DATA_DIR, 'foia.sqlite'));
  const blobs = openBlobStore(config);
  const c = db.$client;
  c.prepare("insert into users (email, role) values ('b@example.com', 'staff')").run();
  c.prepare("insert into agencies (name, jurisdiction, level, updated_at) values ('A', 'US', 'federal', 'x')").run();
  c.prepare(
    "insert into requests (agency_id, title, body, created_at, updated_at) values (1, 't', 'b', 'x', 'x')",
  ).run();
  const blob = await blobs.put(createReadStream(pdfPath));
  const { id } = c
    .prepare('insert into documents (request_id, sha256, size, name, updated_at) values (1, ?, ?, ?, ?) returning id')
    .get(blob.sha256, blob.size, 'images.pdf', 'x') as { id: number };
  const ctx = { db, blobs, config, clock: () => new Date() };
  if ((await ingestDocument({ ...ctx, now: ctx.clock, inline: true }, id)).status !== 'ready')
    throw new Error('ingestion failed');

  // Alternating runs: pdftoppm to PNG (what a viewer would otherwise be served), pdftoppm to raw
  // pixels (the render alone: the product's own floor), and the product's page-image job.
  const rate = (ms: number) => IMAGE_PAGES / (ms / 1000);
  const timed = (fn: () => void) => {
    const t = performance.now();
    fn();
    return rate(performance.now() - t);
  };
  const png: number[] = [];
  const pixels: number[] = [];
  const product: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [format, into] of [
      ['-png', png],
      ['', pixels],
    ] as const) {
      const out = join(dir, `raw-${round}${format}`);
      mkdirSync(out);
      into.push(
        timed(() => execFileSync('pdftoppm', ['-r', '150', ...(format ? [format] : []), pdfPath, join(out, 'p')])),
      );
      rmSync(out, { recursive: true, force: true });
    }
    c.prepare('delete from document_page_images where document_id = ?').run(id);
    const t = performance.now();
    for (let from = 1; from <= IMAGE_PAGES; from += IMAGE_BATCH) await renderPageImages(ctx, id, from);
    product.push(rate(performance.now() - t));
  }
  const [pngMid, pixelsMid, productMid] = [pct(png, 50), pct(pixels, 50), pct(product, 50)];
  const runs = (xs: number[]) => xs.map((x) => f(x)).join(', ');
  console.log(
    `page images (${IMAGE_PAGES}-page PDF, 40 lines a page, 150 dpi, batches of ${IMAGE_BATCH}), medians of 3 alternating runs: ${f(productMid)} pages/s through the product (render, hidden-text check, PNG, blob store; runs ${runs(product)}) = ${f((100 * productMid) / pngMid, 0)}% of raw \`pdftoppm -png\` on the same pages (${f(pngMid)} pages/s; runs ${runs(png)}) and ${f((100 * productMid) / pixelsMid, 0)}% of its render alone to raw pixels (${f(pixelsMid)} pages/s; runs ${runs(pixels)})`,
  );

  // Redaction: a box on every page and an SSN pattern (one match a page), applied as version 1.
  const box = c.prepare(
    "insert into redactions (document_id, kind, page, x, y, width, height, reason, version) values (?, 'box', ?, 0.1, 0.2, 0.3, 0.03, 'bench', 1)",
  );
  for (let p = 1; p <= IMAGE_PAGES; p++) box.run(id, p);
  c.prepare("insert into redactions (document_id, kind, reason, version) values (?, 'ssn', 'bench', 1)").run(id);
  c.prepare('update documents set redaction_target = 1 where id = ?').run(id);
  const t = performance.now();
  const result = await applyRedactions(ctx, id, 1);
  const redaction = rate(performance.now() - t);
  if (result.redactedPages?.length !== IMAGE_PAGES || result.blackedOutPages?.length) {
    throw new Error(`redaction did not go as planned: ${JSON.stringify(result).slice(0, 300)}`);
  }
  console.log(
    `redaction (the same ${IMAGE_PAGES} pages, a box on each and an SSN pattern: words located, burned in, text rebuilt, image-only PDF written): ${f(redaction)} pages/s = ${f((100 * redaction) / pngMid, 0)}% of raw \`pdftoppm -png\`, ${f((100 * redaction) / pixelsMid, 0)}% of its render alone`,
  );
  db.$client.close();
}

function benchSearch(dir: string) {
  const db = openDb(join(dir, 'search.sqlite'));
  const c = db.$client;
  c.pragma('synchronous = OFF');
  const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  // Zipf-like: low word numbers are frequent.
  const word = () => vocab[Math.floor(vocab.length * rnd() ** 3)] as string;
  const t0 = performance.now();
  c.transaction(() => {
    c.prepare("insert into users (email, role) values ('b@example.com', 'staff')").run();
    c.prepare("insert into agencies (name, jurisdiction, level, updated_at) values ('A', 'US', 'federal', 'x')").run();
    const req = c.prepare(
      "insert into requests (agency_id, title, body, visibility, created_at, updated_at) values (1, ?, 'b', 'public', 'x', 'x')",
    );
    const doc = c.prepare(
      "insert into documents (request_id, sha256, size, name, status, pages, updated_at, created_at) values (?, ?, 1, ?, 'ready', 100, 'x', '2026-11-01') returning id",
    );
    const page = c.prepare("insert into document_pages (document_id, page, text, source) values (?, ?, ?, 'embedded')");
    for (let r = 1; r <= 100; r++) req.run(`Request ${r}`);
    for (let d = 0; d < SEARCH_PAGES / 100; d++) {
      const { id } = doc.get((d % 100) + 1, randomUUID(), `doc${d}.pdf`) as { id: number };
      for (let p = 1; p <= 100; p++) {
        const n = d * 100 + p;
        const words = Array.from({ length: 250 }, word);
        words.push('records'); // the common word: on every page
        if (n % 20_000 === 7) words.push('geofeedia'); // the rare word: on 5 pages
        if (n % 100 === 3) words.push('avoid the warrant process'); // the phrase: on 1% of pages
        page.run(id, p, words.join(' '));
      }
    }
  })();
  c.exec(`insert into pages_fts(pages_fts) values('optimize')`);
  c.pragma('synchronous = NORMAL');
  const seeded = (performance.now() - t0) / 1000;
  const cases = [
    ['rare word', 'geofeedia', '"geofeedia"'],
    ['common word', 'records', '"records"'],
    ['phrase', '"warrant process"', '"warrant process"'],
  ] as const;
  const bare = c.prepare('select rowid from pages_fts where pages_fts match ? limit 20');
  console.log(`search over ${SEARCH_PAGES.toLocaleString('en')} indexed pages (seeded in ${f(seeded)} s):`);
  for (const [label, q, match] of cases) {
    const api: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < 60; i++) {
      let t = performance.now();
      const res = search(db, null, { q, limit: 20 }, new Date('2026-11-24T12:00:00Z'));
      api.push(performance.now() - t);
      if (i === 0 && !res.hits.length) throw new Error(`no hits for ${q}`);
      t = performance.now();
      bare.all(match);
      raw.push(performance.now() - t);
    }
    console.log(
      `  ${label} (${q}): p50 ${f(pct(api, 50), 2)} ms, p95 ${f(pct(api, 95), 2)} ms; bare MATCH (no ranking, joins, snippets, visibility) p50 ${f(pct(raw, 50), 2)} ms, p95 ${f(pct(raw, 95), 2)} ms`,
    );
  }
  c.close();
}

export async function benchDocuments() {
  const dir = join(process.cwd(), 'bench', 'results', `documents-${randomUUID().slice(0, 6)}`);
  mkdirSync(dir, { recursive: true });
  try {
    await benchUpload(dir);
    await benchExtraction(dir);
    await benchPageImages(dir);
    benchSearch(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
