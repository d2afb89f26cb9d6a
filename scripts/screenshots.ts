/**
 * Screenshots of the web pages for the README: `node --import tsx scripts/screenshots.ts`.
 * Starts the whole product (API, worker, outbox drainer) on the demo data in a temporary directory,
 * uploads and tags one document, and saves PNGs of the dashboard, a request page, its event form
 * after a refusal and the tagging page to docs/screenshots/. Needs Redis (REDIS_URL) and Debian's Chromium at /usr/bin/chromium.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { createToken, createUser } from '../src/auth/users.js';
import { loadConfig } from '../src/config.js';
import { dbFile, openDb } from '../src/db/index.js';
import { loadDemoData } from '../src/demo.js';
import { createLogger } from '../src/log.js';
import { createQueueClient } from '../src/queue/index.js';
import { startWorker } from '../workers/main.js';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const PASSWORD = 'screenshots-password';

async function samplePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = [
    [
      'MASTER SERVICES AGREEMENT',
      'Between the City of Boston Police Department and Geofeedia, Inc.',
      'Geofeedia provides location-based social media monitoring of public posts',
      'within geofences drawn by the Department, with alerts on keywords.',
    ],
    ['SCHEDULE A: FEES', 'Annual subscription, 25 seats: $18,000.', 'Training for analysts (two days): included.'],
  ];
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 72, y: 700 - i * 22, size: 13, font });
    });
  }
  return Buffer.from(await pdf.save());
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'foia-screens-'));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `screens-${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: 'silent',
    DEMO_DATA: '1',
  });
  const db = openDb(dbFile(dataDir));
  const log = createLogger(config, 'screenshots');
  const queue = createQueueClient(config.REDIS_URL, config.QUEUE_PREFIX, log);
  const now = new Date();
  await loadDemoData(db, now);
  const user = await createUser(db, null, now, {
    email: 'sam@example.org',
    role: 'staff',
    name: 'Sam',
    password: PASSWORD,
  });
  const { token } = createToken(db, null, now, user.id, { name: 'screenshots' });
  // The worker hands the outbox to the queue itself.
  const worker = startWorker(config, db, { schedule: false, log });
  const app = await buildApp({ db, queue, config, clock: () => new Date() });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const auth = { authorization: `Bearer ${token}` };
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const list = await app.inject({ method: 'GET', url: '/api/v1/requests?q=Geofeedia', headers: auth });
    const requestId = (list.json() as { data: { id: number }[] }).data[0]?.id;
    if (!requestId) throw new Error('the demo data has no Geofeedia request');
    const overdue = await app.inject({ method: 'GET', url: '/api/v1/requests?overdue=true', headers: auth });
    const lateId = (overdue.json() as { data: { id: number }[] }).data[0]?.id ?? requestId;
    await until(async () => {
      const r = await app.inject({ method: 'GET', url: `/api/v1/requests/${lateId}`, headers: auth });
      return (r.json() as { deadlinesPending: boolean }).deadlinesPending === false;
    }, 'the clocks');

    const boundary = `----screens${Date.now()}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="geofeedia-msa-2016.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      await samplePdf(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await app.inject({
      method: 'POST',
      url: `/api/v1/requests/${requestId}/documents`,
      headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    const documentId = (upload.json() as { documents: { id: number }[] }).documents[0]?.id;
    await until(async () => {
      const d = await app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}`, headers: auth });
      return (d.json() as { status: string }).status === 'ready';
    }, 'the document to be ready');
    for (const body of [
      { tags: ['Geofeedia', 'Contract'] },
      { tags: ['Geofeedia'], page: 1, note: 'Geofence alerts on keywords: the core of the service.' },
      { tags: [], page: 2, note: 'Compare the fee with the invoices from 2017.' },
    ]) {
      await app.inject({ method: 'POST', url: `/api/v1/documents/${documentId}/tags`, headers: auth, payload: body });
    }

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'dashboard.png'), fullPage: true });
    await page.goto(`${base}/requests/${lateId}`);
    await page.locator('.explanation summary').first().click();
    await page.screenshot({ path: join(OUT, 'request.png'), fullPage: true });
    // The event form after a refusal: what was typed is kept, the bad field is marked and says why.
    await page.locator('#ev-type').selectOption('note');
    await page.locator('#event-form').evaluate((f) => {
      (f as { noValidate: boolean }).noValidate = true;
    });
    await page.locator('#ev-date').fill('1999-12-31');
    await page.locator('#ev-note').fill('Called the records office: the letter was received.');
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.locator('#ev-date-error').waitFor();
    await page.locator('#event-form').screenshot({ path: join(OUT, 'event-form.png') });
    await page.goto(`${base}/documents/${documentId}`);
    await page.keyboard.press('t');
    await page.keyboard.type('sna');
    await page.screenshot({ path: join(OUT, 'tagging.png') });
    console.log(`saved dashboard.png, request.png, event-form.png and tagging.png in ${OUT}`);
  } finally {
    await browser.close();
    await app.close();
    await worker.close();
    await queue.queue
      .obliterate({ force: true })
      .catch((err) => console.error(`the screenshots' queue was left in Redis: ${err}`));
    await queue.close();
    db.$client.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  // Redis connections of the closed worker may linger for a moment; nothing is left to do.
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
