/**
 * OCR over every core: a 100-page scanned PDF (image-only pages, made here from rendered text pages)
 * ingested through the real queue and worker (page-range jobs, one per core at once), next to the
 * same pages rendered and OCRed by as many raw `pdftoppm | tesseract` lanes as there are cores with
 * the same commands (checked equal to the worker's: 300 dpi grey, the same language, tesseract's
 * default page segmentation, one tesseract thread each). Lanes and worker take turns in one run
 * (OCR_BENCH_ROUNDS rounds, 2 by default); pages/s of each, and the ratio of the medians and of the
 * bests (aim: at least 85% of the raw lanes).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';
import { LocalBlobStore } from '../src/documents/blob-store.js';
import { OCR_DPI, ocrSteps } from '../src/documents/extract/pdf.js';
import { RANGE_PAGES } from '../src/documents/ranges.js';
import { EXTRACT_QUEUE, QUEUE_NAME } from '../src/queue/jobs.js';
import { enqueue } from '../src/queue/outbox.js';
import { startWorker } from '../workers/main.js';

const PAGES = 100;
const f = (n: number, d = 2) => n.toFixed(d);

/** Image-only PDF: text pages rendered at 150 dpi in grey and placed back as pictures, as a scanner would. */
async function scannedPdf(dir: string): Promise<string> {
  const source = await PDFDocument.create();
  const font = await source.embedFont(StandardFonts.Helvetica);
  const words =
    'the records show that the vendor offered social media monitoring of protest activity to the police department'.split(
      ' ',
    );
  for (let i = 0; i < PAGES; i++) {
    const page = source.addPage([612, 792]);
    page.drawText(`Page ${i + 1} of the Geofeedia contract file`, { x: 50, y: 740, size: 14, font });
    for (let l = 0; l < 24; l++) {
      const line = Array.from({ length: 10 }, (_, k) => words[(i + l + k) % words.length]).join(' ');
      page.drawText(line, { x: 50, y: 710 - l * 20, size: 11, font });
    }
  }
  const sourcePath = join(dir, 'source.pdf');
  writeFileSync(sourcePath, await source.save());
  const pngDir = join(dir, 'png');
  mkdirSync(pngDir);
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', sourcePath, join(pngDir, 'p')]);
  const scan = await PDFDocument.create();
  for (const name of readdirSync(pngDir).sort()) {
    const png = await scan.embedPng(readFileSync(join(pngDir, name)));
    scan.addPage([612, 792]).drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  }
  const path = join(dir, 'scan.pdf');
  writeFileSync(path, await scan.save());
  return path;
}

/**
 * The ceiling's commands for page n, written out here rather than taken from the product, and checked
 * against the product's own (`ocrSteps`) before anything is measured: both sides render at the same
 * resolution in grey and read in the same language, page segmentation (tesseract's default) and
 * number of threads.
 */
function rawSteps(pdf: string, n: number, language: string): [string, string[]][] {
  return [
    ['pdftoppm', ['-r', String(OCR_DPI), '-f', String(n), '-l', String(n), '-singlefile', '-gray', pdf]],
    ['tesseract', ['stdin', 'stdout', '-l', language, '--dpi', String(OCR_DPI)]],
  ];
}

function sameCommands(pdf: string, language: string): string {
  const raw = rawSteps(pdf, 1, language);
  const ours = ocrSteps(pdf, 1, language, OCR_DPI).map((s): [string, string[]] => [s.cmd, s.args]);
  if (JSON.stringify(raw) !== JSON.stringify(ours)) {
    throw new Error(`the raw lanes and the worker would run different commands: ${JSON.stringify({ raw, ours })}`);
  }
  return raw.map(([cmd, args]) => [cmd, ...args.map((a) => (a === pdf ? 'scan.pdf' : a))].join(' ')).join(' | ');
}

/** Exits with 0 or throws, naming the command. */
function exited(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${what} ended with ${code ?? signal}`)),
    );
  });
}

/**
 * The ceiling: `lanes` plain `pdftoppm | tesseract` pipelines at once, each lane taking the next page
 * as soon as it is done with one (no range, no queue, no database), with OMP_THREAD_LIMIT=1 as the
 * worker sets it.
 */
async function rawLanes(pdf: string, lanes: number, language: string): Promise<number> {
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  let next = 1;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next <= PAGES) {
        const n = next++;
        const [[renderCmd, renderArgs], [readCmd, readArgs]] = rawSteps(pdf, n, language) as [
          [string, string[]],
          [string, string[]],
        ];
        const render = spawn(renderCmd, renderArgs, { env, stdio: ['ignore', 'pipe', 'ignore'] });
        const read = spawn(readCmd, readArgs, { env, stdio: ['pipe', 'pipe', 'ignore'] });
        if (!render.stdout || !read.stdin || !read.stdout) throw new Error('no pipe');
        render.stdout.pipe(read.stdin);
        let text = '';
        read.stdout.on('data', (d: Buffer) => {
          text += d.toString('utf8');
        });
        await Promise.all([exited(render, `pdftoppm (page ${n})`), exited(read, `tesseract (page ${n})`)]);
        if (!/\p{L}{2,}/u.test(text)) throw new Error(`a raw lane read no text on page ${n}`);
      }
    }),
  );
  return PAGES / ((performance.now() - t) / 1000);
}

/** The product: the document through the outbox, the queue and a real worker, until it is ready. */
async function product(pdf: string, dir: string): Promise<{ rate: number; ranges: number }> {
  const config = loadConfig({
    // A database and blob store of its own each round: the fixtures below are inserted anew.
    DATA_DIR: join(dir, `data-${randomUUID().slice(0, 8)}`),
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `bench-ocr-${randomUUID().slice(0, 8)}`,
    OUTBOX_INTERVAL_MS: '50',
  });
  mkdirSync(config.DATA_DIR, { recursive: true });
  const db = openDb(join(config.DATA_DIR, 'foia.sqlite'));
  const blobs = new LocalBlobStore(config.DATA_DIR);
  const c = db.$client;
  c.prepare("insert into users (email, role) values ('b@example.com', 'staff')").run();
  c.prepare("insert into agencies (name, jurisdiction, level, updated_at) values ('A', 'US', 'federal', 'x')").run();
  c.prepare(
    "insert into requests (agency_id, title, body, created_at, updated_at) values (1, 't', 'b', 'x', 'x')",
  ).run();
  const blob = await blobs.put(createReadStream(pdf));
  const worker = startWorker(config, db, { schedule: false });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const t = performance.now();
    const id = db.transaction((tx) => {
      const row = c
        .prepare(
          "insert into documents (request_id, sha256, size, name, ocr_language, updated_at) values (1, ?, ?, 'scan.pdf', 'eng', 'x') returning id",
        )
        .get(blob.sha256, blob.size) as { id: number };
      enqueue(tx, 'documents.ingest', { documentId: row.id });
      return row.id;
    });
    const status = c.prepare('select status, error from documents where id = ?');
    for (;;) {
      const s = status.get(id) as { status: string; error: string | null };
      if (s.status === 'ready') break;
      if (s.status === 'failed') throw new Error(`ingestion failed: ${s.error}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const rate = PAGES / ((performance.now() - t) / 1000);
    const ocred = c.prepare("select count(*) from document_pages where document_id = ? and source = 'ocr'").pluck();
    if (ocred.get(id) !== PAGES) throw new Error('not every page was OCRed');
    const ranges = c.prepare('select count(*) from document_ranges where document_id = ?').pluck().get(id) as number;
    return { rate, ranges };
  } finally {
    await worker.close();
    const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
    for (const name of [QUEUE_NAME, EXTRACT_QUEUE]) {
      const q = new Queue(name, { connection: redis, prefix: config.QUEUE_PREFIX });
      await q.obliterate({ force: true });
      await q.close();
    }
    redis.disconnect();
    db.$client.close();
    rmSync(config.DATA_DIR, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const best = (xs: number[]) => Math.max(...xs);
const list = (xs: number[]) => xs.map((x) => f(x)).join(', ');

export async function benchOcr() {
  const dir = join(process.cwd(), 'bench', 'results', `ocr-${randomUUID().slice(0, 6)}`);
  mkdirSync(dir, { recursive: true });
  try {
    const cores = availableParallelism();
    // English alone, for the document and the lanes: the product's default (eng+spa where the Spanish
    // data is installed) doubles the time of both without changing the ratio.
    const language = 'eng';
    const rounds = Math.max(1, Number(process.env.OCR_BENCH_ROUNDS ?? 2));
    const pdf = await scannedPdf(dir);
    const commands = sameCommands(pdf, language);
    // Lanes and worker in turn, lanes first and last (rounds + 1 of them, `rounds` of the worker), so
    // that a noisy minute on a shared machine falls on both sides; each side's median and best.
    const raw: number[] = [];
    const ours: number[] = [];
    let ranges = 0;
    // Each figure as it comes, on stderr: a run takes minutes, and longer on a busy machine.
    const lanes = async () => {
      raw.push(await rawLanes(pdf, cores, language));
      console.error(`  lanes ${raw.length}: ${f(raw[raw.length - 1] ?? 0)} pages/s`);
    };
    for (let i = 0; i < rounds; i++) {
      await lanes();
      const run = await product(pdf, dir);
      ours.push(run.rate);
      ranges = run.ranges;
      console.error(`  worker ${ours.length}: ${f(run.rate)} pages/s`);
    }
    await lanes();
    console.log(
      `OCR (${PAGES}-page scanned PDF, ${cores} cores; both sides: ${commands}, OMP_THREAD_LIMIT=1)\n` +
        `  worker (${ranges} ranges of ${RANGE_PAGES} pages, ${cores} at once): ${list(ours)} pages/s\n` +
        `  ${cores} raw lanes: ${list(raw)} pages/s\n` +
        `  worker = ${f((100 * median(ours)) / median(raw), 0)}% of the lanes by medians ` +
        `(${f(median(ours))} / ${f(median(raw))}), ${f((100 * best(ours)) / best(raw), 0)}% by bests ` +
        `(${f(best(ours))} / ${f(best(raw))})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
