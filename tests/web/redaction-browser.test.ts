/**
 * The document viewer and the redaction flow in Debian's Chromium (playwright-core), against the real
 * app on an ephemeral port with a real worker and the outbox drainer: page images beside their text,
 * keyboard paging, a page image that arrives once the worker renders it, a box drawn with the mouse
 * over a name, a phone-number pattern with its match marked in the text, apply, and then what the
 * public reads (text, search, the page image read back by OCR). A volunteer sees the redactions but
 * cannot draw; the public viewer shows the redacted version, paged by keyboard. Saves
 * docs/screenshots/redaction.png and public-viewer.png for the README.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.js';
import { renderPageImages } from '../../src/documents/page-images.js';
import { jobs } from '../../src/jobs.js';
import { startOutboxDrainer } from '../../src/queue/index.js';
import { startWorker, type WorkerHandle } from '../../workers/main.js';
import { createTestEnv, eventually, type TestEnv, testLog } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { hasPoppler, hasTesseract, ocrPng, textPdf, wordBox } from '../helpers/files.js';
import { multipart } from '../helpers/multipart.js';

const CHROMIUM = '/usr/bin/chromium';
const PASSWORD = 'correct horse battery staple';
const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

describe.skipIf(!existsSync(CHROMIUM) || !hasPoppler() || !hasTesseract())(
  'the viewer and redaction in the browser',
  () => {
    let env: TestEnv;
    let browser: Browser;
    let page: Page;
    let base: string;
    let token: string;
    let stopDrainer: () => Promise<void>;
    let worker: WorkerHandle | null = null;
    let dir: string;
    let pdf: string;
    let documentId = 0;
    const staffEmail = 'viewer-staff@example.com';
    const volunteerEmail = 'viewer-volunteer@example.com';

    async function signIn(p: Page, email: string) {
      await p.goto(`${base}/sign-in`);
      await p.getByLabel('E-mail').fill(email);
      await p.getByLabel('Password').fill(PASSWORD);
      await p.keyboard.press('Enter');
      await p.getByRole('heading', { name: 'Dashboard' }).waitFor();
    }

    const imageLoaded = (p: Page, n: number) =>
      p.waitForFunction(
        (sel: string) => {
          // Runs in the page; the test itself has no DOM types.
          const img = (globalThis as any).document.querySelector(sel);
          return !!img && img.complete && img.naturalWidth > 0;
        },
        `#page-${n} img.page-image`,
        { timeout: 20_000 },
      );

    beforeAll(async () => {
      env = await createTestEnv();
      dir = mkdtempSync(join(tmpdir(), 'foia-viewer-'));
      token = (await userWithToken(env, 'staff')).token;
      await createUser(env.db, null, new Date(), { email: staffEmail, role: 'staff', password: PASSWORD });
      await createUser(env.db, null, new Date(), { email: volunteerEmail, role: 'volunteer', password: PASSWORD });
      const agency = (await makeAgency(env, token, { name: 'Springfield Police Department', jurisdiction: 'US-MA' }))
        .id;
      const requestId = (
        await makeRequest(env, token, agency, { visibility: 'public', title: 'Geofeedia contracts and informants' })
      ).id;
      worker = startWorker(env.config, env.db, { concurrency: 4, schedule: false, drain: false });
      const queue = env.queue;
      if (!queue) throw new Error('needs the queue');
      stopDrainer = startOutboxDrainer(
        { db: env.db, queue, jobs, config: env.config },
        100,
        () => new Date(),
        testLog(env.config),
      );
      pdf = await textPdf(
        dir,
        [
          'MEMORANDUM: social media monitoring\nInformant Zebulon Quixotic met the Geofeedia sales team.\nCall him at 555-867-5309 before the demonstration.\nThe analysts watched #BlackLivesMatter posts near the station.',
          'ANNEX: Geofeedia price list\nAnnual subscription, 25 seats: $18,000.\nTraining for analysts: included.',
        ],
        'memo.pdf',
        13,
      );
      const body = multipart([{ name: 'memo.pdf', content: readFileSync(pdf) }]);
      const res = await env.app.inject({
        method: 'POST',
        url: `/api/v1/requests/${requestId}/documents`,
        headers: { ...body.headers, authorization: `Bearer ${token}` },
        payload: body.payload,
      });
      documentId = res.json().documents[0].id;
      await eventually(
        async () => {
          const d = (await api(env, 'GET', `/api/v1/documents/${documentId}`, token)).body;
          return d?.status === 'ready' && d.pageImages?.rendered === 2 && d.redaction?.hiddenTextCheck === 'clean';
        },
        30_000,
        200,
      );
      base = await env.app.listen({ port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.setDefaultTimeout(15_000);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await stopDrainer?.();
      await worker?.close();
      await env?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('shows each page image beside its text and pages with j/k and the arrows', async () => {
      await signIn(page, staffEmail);
      await page.goto(`${base}/documents/${documentId}`);
      await imageLoaded(page, 1);
      const img = await page.locator('#page-1 img.page-image').boundingBox();
      const text = await page.locator('#page-1 .page-text').boundingBox();
      if (!img || !text) throw new Error('the page image or its text is not shown');
      expect(text.x).toBeGreaterThan(img.x + img.width * 0.9); // beside it, not under it
      expect(img.height / img.width).toBeCloseTo(792 / 612, 1);
      await expect(page.locator('#page-1 .page-text').textContent()).resolves.toContain('Zebulon Quixotic');
      await page.keyboard.press('j');
      await expect(page.locator('#current-page').textContent()).resolves.toBe('2');
      await imageLoaded(page, 2);
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('#current-page').textContent()).resolves.toBe('1');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('#current-page').textContent()).resolves.toBe('2');
      await page.keyboard.press('k');
      await expect(page.locator('#current-page').textContent()).resolves.toBe('1');
    });

    it('a page image the worker has not rendered yet appears once it is', async () => {
      env.db.$client.prepare('delete from document_page_images where document_id = ? and page = 2').run(documentId);
      // A context of its own (the same session): this browser's memory cache holds the page image already.
      const context = await browser.newContext({
        viewport: { width: 1400, height: 1000 },
        storageState: await page.context().storageState(),
      });
      const fresh = await context.newPage();
      await fresh.goto(`${base}/documents/${documentId}#page-2`);
      await fresh.locator('#page-2 .image-status', { hasText: 'Rendering this page… (1 of 2 pages ready)' }).waitFor();
      await renderPageImages(
        { db: env.db, blobs: env.app.deps.blobs, config: env.config, clock: () => new Date() },
        documentId,
        1,
      );
      await imageLoaded(fresh, 2);
      await expect(fresh.locator('#page-2 .image-status').textContent()).resolves.toBe('');
      await context.close();
    }, 30_000);

    it('staff draw a box over a name and add a phone-number pattern, each with its reason, reviewed before they apply', async () => {
      await page.goto(`${base}/documents/${documentId}`);
      await imageLoaded(page, 1);
      await page.locator('#redaction-list li.empty').waitFor();
      await page.locator('#redact-reason').fill("informant's name");
      await page.locator('#page-1 h2').click(); // out of the field: shortcuts work again
      await page.keyboard.press('r');
      await expect(page.locator('#draw-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
      const first = wordBox(pdf, 'Zebulon');
      const last = wordBox(pdf, 'Quixotic');
      const canvas = page.locator('.page-canvas[data-page="1"]');
      await canvas.scrollIntoViewIfNeeded();
      const at = await canvas.boundingBox();
      if (!at) throw new Error('no page image');
      const px = (fx: number, fy: number) => [at.x + fx * at.width, at.y + fy * at.height] as const;
      const [x0, y0] = px(first.x - 0.004, first.y - 0.003);
      const [x1, y1] = px(last.x + last.width + 0.004, last.y + last.height + 0.003);
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
      await page.mouse.move(x1, y1, { steps: 4 });
      await page.mouse.up();
      const box = page.locator('.page-canvas[data-page="1"] .redaction-box.pending');
      await box.waitFor();
      await expect(box.locator('.redaction-reason').textContent()).resolves.toBe("informant's name");
      await expect(page.locator('#redaction-status').textContent()).resolves.toContain('Box added to page 1');
      await page.keyboard.press('Escape');
      await expect(page.locator('#draw-toggle').getAttribute('aria-pressed')).resolves.toBe('false');

      await page.locator('#redact-reason').fill('personal phone number');
      await page.locator('#pattern-kind').selectOption('phone');
      await page.getByRole('button', { name: 'Add pattern' }).click();
      await page.locator('#redaction-list li', { hasText: 'Phone numbers: 1 match on page 1' }).waitFor();
      await expect(page.locator('#page-1 mark.redaction-match').textContent()).resolves.toBe('555-867-5309');
      await expect(page.locator('#apply-redactions').textContent()).resolves.toBe('Apply 2 redactions');
      const stored = (await api(env, 'GET', `/api/v1/documents/${documentId}/redactions`, token)).body.redactions;
      expect(stored.map((r: any) => [r.kind, r.reason, r.status])).toEqual([
        ['box', "informant's name", 'pending'],
        ['phone', 'personal phone number', 'pending'],
      ]);
      // Review: the whole page, its boxes and marked matches, for the README.
      await page.reload();
      await page.locator('.page-canvas[data-page="1"] .redaction-box.pending').waitFor();
      await imageLoaded(page, 1);
      await page.locator('#page-1 mark.redaction-match').waitFor();
      await page.setViewportSize({ width: 1400, height: 1250 });
      await page.evaluate('window.scrollTo(0, 0)');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'redaction.png') });
      await page.setViewportSize({ width: 1400, height: 1000 });
    }, 30_000);

    it('applies them: the public reads the redacted version only', async () => {
      await page.getByRole('button', { name: 'Apply 2 redactions' }).click();
      await page.locator('#redaction-status', { hasText: 'Applied (version 1)' }).waitFor({ timeout: 30_000 });
      await page.locator('.page-canvas[data-page="1"] .redaction-box.applied').first().waitFor();
      await expect(page.locator('#public-state').textContent()).resolves.toContain(
        'The public sees the redacted version only',
      );

      const anonymous = await browser.newContext();
      try {
        const text = await (await anonymous.request.get(`${base}/api/v1/documents/${documentId}/text`)).text();
        expect(text).toContain('Informant [redacted] met the Geofeedia sales team.');
        expect(text).not.toMatch(/Zebulon|Quixotic|867-5309/);
        const search = await (await anonymous.request.get(`${base}/api/v1/search?q=Quixotic`)).json();
        expect(search.hits).toEqual([]);
        const image = await anonymous.request.get(`${base}/api/v1/documents/${documentId}/pages/1/image`);
        expect(image.status()).toBe(200);
        const seen = ocrPng(dir, await image.body());
        expect(seen).toContain('Geofeedia sales team');
        expect(seen).not.toMatch(/Zebulon|Quixotic|867-5309/);

        // The public viewer: the redacted page images beside the redacted text, paged by keyboard.
        const viewer = await anonymous.newPage();
        await viewer.setViewportSize({ width: 1400, height: 1000 });
        await viewer.goto(`${base}/documents/${documentId}`);
        await viewer.waitForURL(`${base}/public/documents/${documentId}`);
        await imageLoaded(viewer, 1);
        await expect(viewer.locator('#page-1 .page-text').textContent()).resolves.toContain(
          'Informant [redacted] met the Geofeedia sales team.',
        );
        expect(await viewer.locator('body').textContent()).not.toMatch(/Zebulon|Quixotic|867-5309/);
        await viewer.keyboard.press('j');
        await viewer.waitForURL(`${base}/public/documents/${documentId}#page-2`);
        await imageLoaded(viewer, 2);
        await viewer.keyboard.press('k');
        await viewer.waitForURL(`${base}/public/documents/${documentId}#page-1`);
        await viewer.evaluate('window.scrollTo(0, 0)');
        await viewer.screenshot({ path: join(SCREENSHOTS, 'public-viewer.png') });
      } finally {
        await anonymous.close();
      }
    }, 60_000);

    it('a volunteer sees the redactions but cannot draw, add or apply them', async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      try {
        const p = await context.newPage();
        await signIn(p, volunteerEmail);
        await p.goto(`${base}/documents/${documentId}`);
        await p.locator('#redaction-list li', { hasText: "informant's name" }).waitFor();
        await p.locator('.page-canvas[data-page="1"] .redaction-box.applied').first().waitFor();
        await expect(p.locator('#draw-toggle').count()).resolves.toBe(0);
        await expect(p.locator('#apply-redactions').count()).resolves.toBe(0);
        await expect(p.locator('.remove-redaction').count()).resolves.toBe(0);
        await p.keyboard.press('r');
        await expect(p.locator('.tagging.drawing').count()).resolves.toBe(0);
      } finally {
        await context.close();
      }
    });

    it('search lists hits grouped by document, each with its matching pages', async () => {
      await page.goto(`${base}/search?q=Geofeedia`);
      const hit = page.locator('.hits > li', { hasText: 'memo.pdf' });
      await hit.waitFor();
      await expect(hit.locator('h3').textContent()).resolves.toContain('2 pages match');
      await expect(hit.locator('.hit-pages a').allTextContents()).resolves.toEqual(['Page 1', 'Page 2']);
      await hit.locator(`a[href="/documents/${documentId}#page-2"]`).click();
      await page.waitForURL(`${base}/documents/${documentId}#page-2`);
      await expect(page.locator('#current-page').textContent()).resolves.toBe('2');
    });
  },
);
