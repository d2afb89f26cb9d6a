/**
 * The pages in Debian's Chromium (playwright-core), against the real app listening on an ephemeral
 * port, a real worker and the outbox drainer: sign in, file a request, log events, upload a PDF,
 * tag it with the keyboard alone, find it through search, make a campaign and add an agency to it,
 * sign out and read the public page.
 */
import { existsSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.js';
import { jobs } from '../../src/jobs.js';
import { startOutboxDrainer } from '../../src/queue/index.js';
import { startWorker, type WorkerHandle } from '../../workers/main.js';
import { createTestEnv, eventually, type TestEnv, testLog } from '../helpers/app.js';
import { api, makeAgency, userWithToken } from '../helpers/factories.js';

const CHROMIUM = '/usr/bin/chromium';
const PASSWORD = 'correct horse battery staple';

async function twoPagePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [
    ['Purchase agreement between the Police Department and Geofeedia Inc.', 'Social media monitoring licence.'],
    ['Annex: invoice for the annual subscription.', 'Signed by the chief of police.'],
  ];
  for (const text of lines) {
    const page = pdf.addPage([612, 792]);
    text.forEach((line, i) => {
      page.drawText(line, { x: 72, y: 700 - i * 20, size: 12, font });
    });
  }
  return Buffer.from(await pdf.save());
}

/** What sticks out past a 390 px screen (outside the boxes that scroll on purpose), to say why a page is too wide. */
function overflowing(page: Page): Promise<string> {
  return page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > 391)
    .slice(0, 8)
    .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right))
    .join(', ')`);
}

describe.skipIf(!existsSync(CHROMIUM))('in the browser', () => {
  let env: TestEnv;
  let browser: Browser;
  let page: Page;
  let base: string;
  let token: string;
  let stopDrainer: () => Promise<void>;
  let worker: WorkerHandle | null = null;
  const email = 'browser-staff@example.com';
  const title = `Geofeedia contracts ${Date.now()}`;
  let requestId = 0;
  let documentId = 0;
  let campaignId = 0;

  beforeAll(async () => {
    env = await createTestEnv();
    token = (await userWithToken(env, 'staff')).token;
    await makeAgency(env, token, { name: 'Springfield Police Department', jurisdiction: 'US-MA', level: 'municipal' });
    await createUser(env.db, null, new Date(), { email, role: 'staff', password: PASSWORD });
    // The test's own drainer is the only one (the worker's is off), so a test can hold the outbox.
    worker = startWorker(env.config, env.db, { concurrency: 4, schedule: false, drain: false });
    const queue = env.queue;
    if (!queue) throw new Error('needs the queue');
    stopDrainer = startOutboxDrainer(
      { db: env.db, queue, jobs, config: env.config },
      100,
      () => new Date(),
      testLog(env.config),
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
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await stopDrainer?.();
    await worker?.close();
    await env?.close();
  });

  it('signs in and files a request', async () => {
    await page.goto(`${base}/`);
    await expect(page.title()).resolves.toContain('Sign in');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();

    await page.getByRole('link', { name: 'New request', exact: true }).first().click();
    await page.getByLabel('Agency').selectOption({ label: 'Springfield Police Department (US-MA)' });
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Letter').fill('All contracts, invoices and training material about Geofeedia since 2014.');
    await page.getByLabel('Tags').fill('geofeedia, contracts');
    await page.getByRole('button', { name: 'Create draft request' }).click();
    await page.waitForURL(/\/requests\/\d+\?msg=created/);
    requestId = Number(/\/requests\/(\d+)/.exec(page.url())?.[1]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    // It says it is a draft, that nothing was sent, and what can be done with it.
    await page.getByText('Draft request created. Nothing has gone to the agency yet').waitFor();
    await page.getByRole('heading', { name: 'This request is a draft' }).waitFor();
    await expect(page.locator('#send-slot').textContent()).resolves.toContain('keep it as a draft');
  });

  it('logs submitted and acknowledgment through the event form', async () => {
    // Only the events the state machine allows: a draft can be submitted, not acknowledged.
    const options = await page.locator('#ev-type option').evaluateAll((os) => os.map((o) => (o as any).value));
    expect(options).toContain('submitted');
    expect(options).not.toContain('acknowledged');
    await page.locator('#ev-type').selectOption('submitted');
    await expect(page.locator('fieldset[data-event="acknowledged"]').isHidden()).resolves.toBe(true);
    await page.locator('#ev-submitted-channel').selectOption('email');
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.waitForURL(/msg=event/);
    await page.locator('#ev-type').selectOption('acknowledged');
    await page.locator('#ev-acknowledged-trackingNumber').fill('PRR-2026-0042');
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.waitForURL(/msg=event/);
    await expect(page.locator('.facts').first().textContent()).resolves.toContain('acknowledged');
    await expect(page.locator('#timeline').textContent()).resolves.toMatch(/submitted[\s\S]*acknowledged/);
  });

  it('a refused event keeps what was typed, names the conflict, and marks a bad field', async () => {
    const today = await page.locator('#ev-date').inputValue();
    const dayBefore = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await page.locator('#ev-type').selectOption('records_released');
    await page.locator('#ev-date').fill(dayBefore);
    await page.locator('#ev-note').fill('First batch, by post');
    await page.locator('#ev-records_released-pages').fill('120');
    await page.getByRole('button', { name: 'Add event' }).click();
    await page
      .getByRole('alert')
      .filter({
        hasText: `A records released event dated ${dayBefore} is not possible: on that date the request was a draft, until the submitted event of ${today}`,
      })
      .waitFor();
    await expect(page.locator('#ev-type').inputValue()).resolves.toBe('records_released');
    await expect(page.locator('#ev-date').inputValue()).resolves.toBe(dayBefore);
    await expect(page.locator('#ev-note').inputValue()).resolves.toBe('First batch, by post');
    await expect(page.locator('#ev-records_released-pages').inputValue()).resolves.toBe('120');
    // The fieldset of the kept type is the one shown.
    await expect(page.locator('fieldset[data-event="records_released"]').isVisible()).resolves.toBe(true);

    // A date the browser would refuse itself (min 2000-01-01): the server's answer marks the field.
    await page.locator('#event-form').evaluate((f: any) => {
      f.noValidate = true;
    });
    await page.locator('#ev-date').fill('1999-12-31');
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.locator('#ev-date-error').waitFor();
    await expect(page.locator('#ev-date').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#ev-date-error').textContent()).resolves.toBe(
      'The date must be between 2000-01-01 and 2100-12-31',
    );
    await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('ev-date');
    await expect(page.locator('#ev-note').inputValue()).resolves.toBe('First batch, by post');
    // The note is required for a note only.
    await page.locator('#ev-type').selectOption('note');
    await expect(page.locator('#ev-note').evaluate((el: any) => el.required)).resolves.toBe(true);
    await page.locator('#ev-type').selectOption('records_released');
    await expect(page.locator('#ev-note').evaluate((el: any) => el.required)).resolves.toBe(false);
  });

  it('updates the clocks in place once the worker has recomputed them, without a reload', async () => {
    await page.goto(`${base}/requests/${requestId}`);
    // Hold the outbox so that the page surely opens before the worker has the job.
    await stopDrainer();
    await page.locator('#ev-type').selectOption('fee_requested');
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.waitForURL(/msg=event/);
    await expect(page.locator('#clocks-status').textContent()).resolves.toContain('being recomputed');
    await page.evaluate('window.stillTheSamePage = true');
    const queue = env.queue;
    if (!queue) throw new Error('needs the queue');
    stopDrainer = startOutboxDrainer(
      { db: env.db, queue, jobs, config: env.config },
      100,
      () => new Date(),
      testLog(env.config),
    );
    await page.getByText('The clocks are up to date.').waitFor({ timeout: 25_000 });
    await expect(page.evaluate('window.stillTheSamePage')).resolves.toBe(true);
    // The fee request paused the response clock; the status follows it.
    await expect(page.locator('#clocks').textContent()).resolves.toContain('paused');
    await expect(page.locator('#request-status').textContent()).resolves.toContain('awaiting fee');
    // Again, held so that the page opens before the worker has the job (else there is nothing to wait for).
    await stopDrainer();
    await page.locator('#ev-type').selectOption('fee_paid');
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.waitForURL(/msg=event/);
    await expect(page.locator('#clocks-status').textContent()).resolves.toContain('being recomputed');
    stopDrainer = startOutboxDrainer(
      { db: env.db, queue, jobs, config: env.config },
      100,
      () => new Date(),
      testLog(env.config),
    );
    await page.getByText('The clocks are up to date.').waitFor({ timeout: 25_000 });
    await expect(page.locator('#request-status').textContent()).resolves.not.toContain('awaiting fee');
  }, 60_000);

  it('uploads a PDF through the page and waits until it is ready', async () => {
    // One copy of the bytes: pdf-lib stamps the time, so a second call would be another file.
    const pdf = await twoPagePdf();
    await page
      .locator('#file')
      .setInputFiles({ name: 'geofeedia-contract.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.waitForURL(/msg=uploaded/);
    const link = page.getByRole('link', { name: 'geofeedia-contract.pdf' });
    documentId = Number(/\/documents\/(\d+)/.exec((await link.getAttribute('href')) ?? '')?.[1]);
    expect(documentId).toBeGreaterThan(0);
    await eventually(
      async () => (await api(env, 'GET', `/api/v1/documents/${documentId}`, token)).body?.status === 'ready',
      25_000,
      200,
    );
    // The same file under another name: said, with a link to the one already there.
    await page.locator('#file').setInputFiles({ name: 'scan-copy.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.waitForURL(/msg=uploaded&dup=/);
    await expect(page.locator('#duplicates').textContent()).resolves.toContain(
      '“scan-copy.pdf” is the same file as geofeedia-contract.pdf',
    );
    await expect(page.locator('#duplicates a').getAttribute('href')).resolves.toBe(`/documents/${documentId}`);
  }, 30_000);

  it('tags the document with the keyboard alone', async () => {
    await page.goto(`${base}/documents/${documentId}`);
    await page.locator('#page-2').waitFor();
    await expect(page.locator('#page-1 .page-text').textContent()).resolves.toContain('Geofeedia');

    await page.keyboard.press('t');
    await expect(
      page.locator('#tag-search').evaluate((el: any) => el === el.ownerDocument.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type('geof');
    await page.locator('#tag-options [role="option"][aria-selected="true"]').filter({ hasText: 'Geofeedia' }).waitFor();
    await page.keyboard.press('Enter'); // the current page: 1
    await page.locator('[data-page-tags="1"] .tag', { hasText: 'Geofeedia' }).waitFor();
    await expect(page.locator('#tag-status').textContent()).resolves.toContain('Tagged page 1 with Geofeedia');

    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect(page.locator('#current-page').textContent()).resolves.toBe('2');
    await page.keyboard.press('t');
    await page.keyboard.type('invoi');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.locator('[data-page-tags="2"] .tag', { hasText: 'Invoice' }).waitFor();
    await page.keyboard.type('contract');
    await page.keyboard.press('Shift+Enter'); // the whole document
    await page.locator('#doc-tags .tag', { hasText: 'Contract' }).waitFor();

    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await page.keyboard.type('Signed by the chief; compare with the council minutes.');
    await page.keyboard.press('Enter');
    await page.locator('[data-page-tags="2"] .note', { hasText: 'Signed by the chief' }).waitFor();

    // Shortcuts do not fire while typing: "d" in the tag box is a letter, not "done".
    await page.keyboard.press('t');
    await page.keyboard.type('d');
    await expect(page.url()).toContain(`/documents/${documentId}`);
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.locator('#help').evaluate((d: any) => d.open)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#help').evaluate((d: any) => d.open)).resolves.toBe(false);

    await page.keyboard.press('d'); // done: finish and go to the next document (there is none)
    await page.waitForURL(`${base}/documents/next`);
    await page.getByText('No document waits for tagging').waitFor();

    const doc = (await api(env, 'GET', `/api/v1/documents/${documentId}`, token)).body;
    const summary = doc.tags.map((t: any) => `${t.tag.name}@${t.page ?? 'doc'}${t.note ? `:${t.note}` : ''}`).sort();
    expect(summary).toEqual([
      'Contract@doc',
      'Geofeedia@1',
      'Invoice@2',
      'Note@2:Signed by the chief; compare with the council minutes.',
    ]);
  });

  it('staff create a tag from the tagging page and it goes on the page at once', async () => {
    await page.goto(`${base}/documents/${documentId}`);
    await page.locator('#page-1').waitFor();
    await page.keyboard.press('t');
    await page.keyboard.type('Zeta Monitoring Co');
    await page
      .locator('#tag-options [role="option"][aria-selected="true"]')
      .filter({ hasText: 'Create tag “Zeta Monitoring Co”' })
      .waitFor();
    await page.keyboard.press('Enter');
    await expect(page.locator('#new-tag').evaluate((d: any) => d.open)).resolves.toBe(true);
    await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('new-tag-category');
    await expect(page.locator('#new-tag-name').inputValue()).resolves.toBe('Zeta Monitoring Co');
    await page.keyboard.type('vendor');
    await page.keyboard.press('Enter');
    await page.locator('[data-page-tags="1"] .tag', { hasText: 'Zeta Monitoring Co' }).waitFor();
    await expect(page.locator('#tag-status').textContent()).resolves.toBe(
      'Created the tag Zeta Monitoring Co (vendor) and tagged page 1 with it.',
    );
    const vendors = (await api(env, 'GET', '/api/v1/tags?category=vendor', token)).body.tags;
    expect(vendors.map((t: any) => t.name)).toContain('Zeta Monitoring Co');
  });

  it('finds the document through search and opens it at the page', async () => {
    await page.goto(`${base}/search`);
    await page.getByLabel('Words', { exact: true }).fill('subscription');
    await page.keyboard.press('Enter');
    const hit = page.locator(`.hits a[href="/documents/${documentId}#page-2"]`);
    await hit.waitFor();
    await expect(page.locator('.snippet mark').first().textContent()).resolves.toMatch(/subscription/i);
    await hit.click();
    await page.waitForURL(`${base}/documents/${documentId}#page-2`);
    await expect(page.locator('#current-page').textContent()).resolves.toBe('2');
  });

  it('creates a campaign through the form, adds an agency and sees its row', async () => {
    await page.goto(`${base}/campaigns`);
    await page.getByRole('link', { name: 'New campaign' }).click();
    await page.getByLabel('Title').fill('Fusion centre contracts');
    await page.getByLabel('What is asked for').fill('Contracts with social media monitoring vendors since 2014.');
    await page.getByRole('button', { name: 'Create the campaign' }).click();
    await page.waitForURL(/\/campaigns\/\d+\?msg=created/);
    campaignId = Number(/\/campaigns\/(\d+)/.exec(page.url())?.[1]);
    await page.locator('#add-agencyId').selectOption({ label: 'Springfield Police Department (municipal)' });
    await page.getByRole('button', { name: 'Add the picked agencies' }).click();
    await page.locator('#report').getByText('Agencies added: 1, refused: 0').waitFor();
    const row = page.locator('#campaign-requests tbody tr');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('th').textContent()).resolves.toContain('Springfield Police Department');
    await expect(row.locator('.status').textContent()).resolves.toBe('draft');
  });

  it('every page has one h1, a main landmark, a skip link, and a name for every form control', async () => {
    for (const path of [
      '/',
      '/requests',
      '/requests/new',
      `/requests/${requestId}`,
      '/agencies',
      `/documents/${documentId}`,
      '/search?q=subscription',
      '/inbox',
      '/campaigns',
      '/campaigns/new',
      `/campaigns/${campaignId}`,
    ]) {
      await page.goto(`${base}${path}`);
      // Run in the page (plain JavaScript: the test itself has no DOM types).
      const report = await page.evaluate(`(() => {
        const unnamed = [...document.querySelectorAll('input, select, textarea, button')]
          .filter((el) => el.type !== 'hidden')
          .filter((el) => {
            const labelled = (el.labels?.length ?? 0) > 0 || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
            return !labelled && !(el.tagName === 'BUTTON' && el.textContent.trim()) && !el.title;
          })
          .map((el) => el.outerHTML.slice(0, 80));
        return {
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
          skip: document.querySelector('a.skip-link')?.getAttribute('href'),
          lang: document.documentElement.lang,
          unnamed,
          images: [...document.querySelectorAll('img')].filter((i) => !i.hasAttribute('alt')).length,
        };
      })()`);
      expect(report, path).toEqual({ h1: 1, main: 1, skip: '#main', lang: 'en', unnamed: [], images: 0 });
      // The first Tab lands on the skip link.
      await page.keyboard.press('Tab');
      await expect(page.evaluate('document.activeElement?.className'), path).resolves.toBe('skip-link');
    }
  });

  it('fits a phone: at 390 x 844 no signed-in page is wider than the screen', async () => {
    // Long names and many columns, as real data has them.
    const agency = await makeAgency(env, token, {
      name: 'Office of the Sheriff of the County of Los Angeles, Records and Identification Bureau',
      jurisdiction: 'US-CA',
      level: 'county',
    });
    await api(env, 'POST', '/api/v1/requests', token, {
      agencyId: agency.id,
      title: 'Contracts, purchase orders and training material for social-media monitoring software since 2014',
      body: 'All records. https://example.org/a-very-long-address-that-does-not-break-by-itself/with/many/segments',
      tags: ['social media monitoring', 'contracts', 'training'],
    });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const path of ['/', '/requests', `/requests/${requestId}`, '/agencies', `/agencies/${agency.id}`]) {
        await page.goto(`${base}${path}`);
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        expect(width, `${path}: ${width > 390 ? await overflowing(page) : ''}`).toBeLessThanOrEqual(390);
      }
      // The wide tables scroll inside their own box instead.
      await page.goto(`${base}/requests`);
      const box = await page.evaluate(
        `(() => { const b = document.querySelector('.table-scroll'); return b && [b.clientWidth, b.scrollWidth]; })()`,
      );
      expect(box).not.toBeNull();
      expect((box as number[])[0]).toBeLessThanOrEqual(390);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('signs out; the public page needs no sign-in once the request is made public', async () => {
    await page.goto(`${base}/public/requests/${requestId}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor(); // private so far
    await page.goto(`${base}/requests/${requestId}`);
    await page.getByText('Change visibility').click();
    await page.getByLabel('Visibility', { exact: true }).selectOption('public');
    await page.getByRole('button', { name: 'Save visibility' }).click();
    await page.waitForURL(/msg=visibility/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/sign-in`);
    // The staff address of a public request sends a signed-out visitor to its public page.
    await page.goto(`${base}/requests/${requestId}`);
    await page.waitForURL(`${base}/public/requests/${requestId}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await expect(page.locator('main').textContent()).resolves.toContain('acknowledged');
    await page.getByRole('link', { name: 'geofeedia-contract.pdf', exact: true }).waitFor();
  });

  it('the public pages fit a phone too (390 x 844), signed out', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const agencyId = (await api(env, 'GET', `/api/v1/requests/${requestId}`, token)).body.agency.id;
      for (const path of ['/public/requests', `/public/requests/${requestId}`, `/public/agencies/${agencyId}`]) {
        await page.goto(`${base}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        expect(width, `${path}: ${width > 390 ? await overflowing(page) : ''}`).toBeLessThanOrEqual(390);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
