/**
 * Ingestion end to end: real files uploaded through the API, ingested by the real worker over the
 * real queue, then read back as a user would (document status, pages, text, search).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToolsForTest } from '../../src/documents/extract/tools.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import {
  docx,
  eml,
  emptyFile,
  hasPoppler,
  hasTesseract,
  lyingFile,
  pngOfText,
  scannedPdf,
  textPdf,
  xlsx,
  zipBomb,
  zipOf,
} from '../helpers/files.js';
import { multipart } from '../helpers/multipart.js';
import { startReceiver } from '../helpers/receiver.js';

let env: TestEnv;
let staff: string;
let requestId: number;
let dir: string;
const ocr = hasPoppler() && hasTesseract();

beforeAll(async () => {
  env = await createTestEnv({
    now: '2026-11-24T12:00:00Z',
    withQueue: true,
    env: { ARCHIVE_MAX_BYTES: String(50 * 1024 * 1024), ARCHIVE_MAX_DEPTH: '3', WEBHOOK_ALLOW_INTERNAL: '127.0.0.1' },
  });
  staff = (await userWithToken(env, 'staff')).token;
  const agency = (await makeAgency(env, staff)).id;
  requestId = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
  dir = mkdtempSync(join(tmpdir(), 'foia-ingest-'));
}, 30_000);
afterAll(async () => {
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => setToolsForTest(null));

async function upload(path: string, name = basename(path), req = requestId) {
  const body = multipart([{ name, content: readFileSync(path) }]);
  const res = await env.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${req}/documents`,
    headers: { ...body.headers, authorization: `Bearer ${staff}` },
    payload: body.payload,
  });
  expect(res.statusCode).toBe(202);
  return res.json().documents[0].id as number;
}

async function ingested(path: string, name?: string) {
  const id = await upload(path, name);
  await settle(env);
  return (await api(env, 'GET', `/api/v1/documents/${id}`)).body;
}

const pages = async (id: number) => (await api(env, 'GET', `/api/v1/documents/${id}/pages`)).body;

describe('text extraction', () => {
  it('a PDF with a text layer: every page, in order, textSource embedded', async () => {
    const path = await textPdf(dir, [
      'Geofeedia master services agreement',
      'Exhibit B: social media monitoring of protest hashtags',
      'Signed by the Chief of Police',
    ]);
    const doc = await ingested(path);
    expect(doc).toMatchObject({ status: 'ready', type: 'application/pdf', pages: 3, pagesDone: 3 });
    expect(doc.textSource).toBe('embedded');
    expect(doc.needsOcr).toBeNull();
    const p = await pages(doc.id);
    expect(p.total).toBe(3);
    expect(p.pages.map((x: { page: number }) => x.page)).toEqual([1, 2, 3]);
    expect(p.pages[1].text).toContain('protest hashtags');
    expect(p.pages[0].text).not.toContain('protest');

    const hits = await api(env, 'GET', `/api/v1/search?q=${encodeURIComponent('"protest hashtags"')}`);
    expect(hits.body.hits).toHaveLength(1);
    expect(hits.body.hits[0]).toMatchObject({ documentId: doc.id, page: 2, requestId });
    expect(hits.body.hits[0].snippet).toContain('monitoring of <mark>protest hashtags</mark>');

    const text = await env.app.inject(`/api/v1/documents/${doc.id}/text`);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.headers['content-disposition']).toContain('attachment; filename="text.txt"');
    expect(text.body.split('\f')).toHaveLength(3);
    const file = await env.app.inject(`/api/v1/documents/${doc.id}/file`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(file.rawPayload.equals(readFileSync(path))).toBe(true);
  });

  it.skipIf(!ocr)(
    'a scanned PDF (no text layer) is OCRed: textSource ocr, words found by search',
    async () => {
      const path = await scannedPdf(dir, ['SURVEILLANCE INVOICE', 'Snaptrends license renewal']);
      const doc = await ingested(path);
      expect(doc).toMatchObject({ status: 'ready', pages: 2, textSource: 'ocr', needsOcr: null });
      const p = await pages(doc.id);
      expect(p.pages[1].text.toLowerCase()).toContain('snaptrends');
      expect(p.pages.every((x: { source: string }) => x.source === 'ocr')).toBe(true);
      const hits = await api(env, 'GET', '/api/v1/search?q=snaptrends');
      expect(hits.body.hits.map((h: { documentId: number; page: number }) => [h.documentId, h.page])).toContainEqual([
        doc.id,
        2,
      ]);
      const image = await env.app.inject(`/api/v1/documents/${doc.id}/pages/1/image`);
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    },
    60_000,
  );

  it.skipIf(!ocr)(
    'a PDF with a text page and a scanned page is mixed',
    async () => {
      const text = await PDFDocument.load(readFileSync(await textPdf(dir, ['Media Sonar quote'], 'a.pdf')));
      const scan = await PDFDocument.load(readFileSync(await scannedPdf(dir, ['DATAMINR ALERT'], 'b.pdf')));
      const [page] = await text.copyPages(scan, [0]);
      if (page) text.addPage(page);
      const mixed = join(dir, 'mixed.pdf');
      (await import('node:fs')).writeFileSync(mixed, await text.save());
      const doc = await ingested(mixed);
      expect(doc).toMatchObject({ status: 'ready', pages: 2, textSource: 'mixed' });
      const p = await pages(doc.id);
      expect(p.pages.map((x: { source: string }) => x.source)).toEqual(['embedded', 'ocr']);
    },
    60_000,
  );

  it.skipIf(!hasPoppler())(
    'without OCR tools a scan is ready but marked "needs OCR" with the reason; a retry OCRs it',
    async () => {
      setToolsForTest({ tesseract: false });
      const path = await scannedPdf(dir, ['COBWEBS TECHNOLOGIES'], 'later.pdf');
      const doc = await ingested(path);
      expect(doc.status).toBe('ready');
      expect(doc.textSource).toBeNull();
      expect(doc.needsOcr).toMatch(/1 of 1 page has no text layer.*tesseract/);
      expect((await pages(doc.id)).pages[0]).toMatchObject({ page: 1, source: 'none', text: '' });
      if (!ocr) return;
      setToolsForTest(null);
      const retry = await api(env, 'POST', `/api/v1/documents/${doc.id}/retry`, staff);
      expect(retry.status).toBe(202);
      await settle(env);
      const after = (await api(env, 'GET', `/api/v1/documents/${doc.id}`)).body;
      expect(after).toMatchObject({ status: 'ready', textSource: 'ocr', needsOcr: null, pages: 1 });
      expect((await pages(doc.id)).pages[0].text.toLowerCase()).toContain('cobwebs');
    },
    60_000,
  );

  it.skipIf(!ocr)(
    'an image is OCRed as one page',
    async () => {
      const png = await pngOfText(dir, 'VOYAGER ANALYTICS');
      const doc = await ingested(png, 'photo-of-screen.png');
      expect(doc).toMatchObject({ status: 'ready', type: 'image/png', pages: 1, textSource: 'ocr' });
      expect((await pages(doc.id)).pages[0].text.toLowerCase()).toContain('voyager');
      const image = await env.app.inject(`/api/v1/documents/${doc.id}/pages/1/image`);
      expect(image.headers['content-type']).toBe('image/png');
    },
    60_000,
  );

  it('a .docx, by its bytes', async () => {
    const doc = await ingested(docx(dir, ['Voyager Labs pilot', 'Undercover account training']));
    expect(doc).toMatchObject({
      status: 'ready',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      textSource: 'embedded',
    });
    expect((await pages(doc.id)).pages[0].text).toContain('Undercover account training');
  });

  it('a large CSV (over 16 MB) is read as a stream into pages, nothing lost at the edges', async () => {
    const path = join(dir, 'export.csv');
    const fs = await import('node:fs');
    const fd = fs.openSync(path, 'w');
    const rows = 400_000;
    fs.writeSync(fd, 'id,vendor,amount,note\n');
    let chunk = '';
    for (let i = 1; i <= rows; i++) {
      chunk += `${i},${i === rows ? 'Zignal Labs' : 'Acme'},${i * 7},row ${i} of the export — café\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    expect(fs.statSync(path).size).toBeGreaterThan(16 * 1024 * 1024);
    const doc = await ingested(path);
    expect(doc).toMatchObject({ status: 'ready', type: 'text/csv', textSource: 'embedded' });
    expect(doc.pages).toBeGreaterThan(1000);
    const text = await env.app.inject(`/api/v1/documents/${doc.id}/text`);
    const lines = text.body.replaceAll('\f', '').split('\n').filter(Boolean);
    expect(lines).toHaveLength(rows + 1);
    expect(lines[rows]).toBe(`${rows},Zignal Labs,${rows * 7},row ${rows} of the export — café`);
    const hits = await api(env, 'GET', '/api/v1/search?q=zignal');
    expect(hits.body.hits[0]).toMatchObject({ documentId: doc.id, page: doc.pages });
  }, 60_000);

  it('a spreadsheet (.xlsx): every sheet, cells by tabs, rows by lines', async () => {
    const path = xlsx(dir, {
      'Purchase orders': [
        ['Vendor', 'Product', 'Amount'],
        ['Dataminr', 'First Alert', 96000],
        ['Babel Street', 'Locate X & more', 23500],
      ],
      Contacts: [['Sales rep', 'rep@vendor.example.com']],
    });
    const doc = await ingested(path, 'po-2022.xlsx');
    expect(doc).toMatchObject({
      status: 'ready',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      pages: 2,
      textSource: 'embedded',
    });
    const p = (await pages(doc.id)).pages.map((x: { text: string }) => x.text);
    expect(p[0]).toBe(
      'Sheet: Purchase orders\nVendor\tProduct\tAmount\nDataminr\tFirst Alert\t96000\nBabel Street\tLocate X & more\t23500',
    );
    expect(p[1]).toBe('Sheet: Contacts\nSales rep\trep@vendor.example.com');
    const hits = await api(env, 'GET', `/api/v1/search?q=${encodeURIComponent('"locate x"')}`);
    expect(hits.body.hits[0]).toMatchObject({ documentId: doc.id, page: 1 });
  });

  it('a file with a lying extension is read as what its bytes are', async () => {
    const { pdfNamedJpg } = await lyingFile(dir);
    const doc = await ingested(pdfNamedJpg, 'invoice.jpg');
    expect(doc).toMatchObject({ name: 'invoice.jpg', type: 'application/pdf', status: 'ready' });
    const file = await env.app.inject(`/api/v1/documents/${doc.id}/file`);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('an empty file fails with a reason a person understands, and can be found as failed', async () => {
    const doc = await ingested(emptyFile(dir), 'blank.txt');
    expect(doc).toMatchObject({ status: 'failed' });
    expect(doc.error).toMatch(/empty/);
    // Retrying the same bytes is allowed and fails the same way.
    expect((await api(env, 'POST', `/api/v1/documents/${doc.id}/retry`, staff)).status).toBe(202);
    await settle(env);
    expect((await api(env, 'GET', `/api/v1/documents/${doc.id}`)).body).toMatchObject({ status: 'failed' });
  });

  it('a ready document cannot be retried (409)', async () => {
    const doc = await ingested(await textPdf(dir, ['ready already'], 'ready.pdf'));
    const res = await api(env, 'POST', `/api/v1/documents/${doc.id}/retry`, staff);
    expect(res.status).toBe(409);
  });
});

describe('the demo files', () => {
  it('the hand-written demo PDF and reply e-mail ingest into searchable pages', async () => {
    const { replyEmail, textPdf: demoPdf } = await import('../../src/demo-files.js');
    const pdfPath = join(dir, 'demo.pdf');
    (await import('node:fs')).writeFileSync(
      pdfPath,
      demoPdf([['First (page) one'], ['Second page: avoid the warrant process']]),
    );
    const doc = await ingested(pdfPath);
    expect(doc).toMatchObject({ status: 'ready', pages: 2, textSource: 'embedded' });
    expect((await pages(doc.id)).pages.map((p: { text: string }) => p.text)).toEqual([
      'First (page) one',
      'Second page: avoid the warrant process',
    ]);
    const mailPath = join(dir, 'demo.eml');
    (await import('node:fs')).writeFileSync(
      mailPath,
      replyEmail({
        to: 'r@example.org',
        subject: 'RE: request',
        text: 'See attached.',
        csvName: 'po.csv',
        csv: 'a,b\n1,2\n',
        date: new Date(),
      }),
    );
    const mail = await ingested(mailPath);
    expect(mail).toMatchObject({ status: 'ready', type: 'message/rfc822' });
    expect(mail.children).toEqual([expect.objectContaining({ name: 'po.csv', status: 'ready' })]);
  });
});

describe('containers', () => {
  it('a zip holding a PDF and another zip: members become child documents, recursively', async () => {
    const pdf = readFileSync(await textPdf(dir, ['ShadowDragon contract'], 'inner.pdf'));
    const innerZip = readFileSync(zipOf(dir, { 'notes/minutes.txt': 'Meeting notes: Fivecast demo' }, 'inner.zip'));
    const outer = zipOf(dir, { 'records/contract.pdf': pdf, 'more.zip': innerZip }, 'outer.zip');
    const doc = await ingested(outer);
    expect(doc).toMatchObject({ status: 'ready', type: 'application/zip', pages: 0 });
    expect(doc.children.map((c: { name: string }) => c.name).sort()).toEqual(['contract.pdf', 'more.zip']);
    const all = (await api(env, 'GET', `/api/v1/requests/${requestId}/documents`)).body.documents as {
      id: number;
      parentId: number | null;
      name: string;
      status: string;
    }[];
    const more = all.find((d) => d.name === 'more.zip' && d.parentId === doc.id);
    const minutes = all.find((d) => d.name === 'minutes.txt' && d.parentId === more?.id);
    expect(minutes?.status).toBe('ready');
    expect(all.find((d) => d.name === 'contract.pdf' && d.parentId === doc.id)?.status).toBe('ready');
    const hits = await api(env, 'GET', '/api/v1/search?q=fivecast');
    expect(hits.body.hits[0]).toMatchObject({ documentId: minutes?.id, documentName: 'minutes.txt' });
  });

  it('an .eml with two attachments: the message is page 1, each attachment a child document', async () => {
    const path = eml(dir, {
      from: 'Records Officer <records@agency.example.gov>',
      to: 'requests@example.com',
      subject: 'Your request 2026-0042: responsive records',
      text: 'Attached are the Babel Street purchase order and the training slides.',
      attachments: [
        { name: 'po.txt', contentType: 'text/plain', content: 'Purchase order: Babel Street Locate X' },
        {
          name: 'slides.pdf',
          contentType: 'application/pdf',
          content: readFileSync(await textPdf(dir, ['Training'], 's.pdf')),
        },
      ],
    });
    const doc = await ingested(path, 'reply.eml');
    expect(doc).toMatchObject({ status: 'ready', type: 'message/rfc822', pages: 1 });
    expect(doc.children.map((c: { name: string; status: string }) => [c.name, c.status]).sort()).toEqual([
      ['po.txt', 'ready'],
      ['slides.pdf', 'ready'],
    ]);
    const text = (await pages(doc.id)).pages[0].text;
    expect(text).toContain('Subject: Your request 2026-0042');
    expect(text).toContain('Babel Street purchase order');
  });

  it('a zip bomb is refused with the reason, and nothing is left behind', async () => {
    const doc = await ingested(await zipBomb(dir, 120 * 1024 * 1024));
    expect(doc.status).toBe('failed');
    expect(doc.error).toMatch(/limit|ratio|expands/i);
    expect(doc.children).toEqual([]);
    expect(readdirSync(join(env.dataDir, 'tmp'))).toEqual([]);
  }, 60_000);

  it('containers nested deeper than ARCHIVE_MAX_DEPTH are not unpacked', async () => {
    let inner = readFileSync(zipOf(dir, { 'deep.txt': 'deepest' }, 'z0.zip'));
    for (let i = 1; i <= 4; i++) inner = readFileSync(zipOf(dir, { [`z${i - 1}.zip`]: inner }, `z${i}.zip`));
    const top = await ingested(join(dir, 'z4.zip'));
    expect(top.status).toBe('ready');
    const all = (await api(env, 'GET', `/api/v1/requests/${requestId}/documents`)).body.documents as {
      name: string;
      status: string;
      error: string | null;
    }[];
    // z4 (depth 0) -> z3 (1) -> z2 (2) -> z1 (3): z1's contents would be depth 4.
    const z1 = all.find((d) => d.name === 'z1.zip');
    expect(z1).toMatchObject({ status: 'failed' });
    expect(z1?.error).toMatch(/nested more than 3/);
    expect(all.some((d) => d.name === 'deep.txt')).toBe(false);
  }, 30_000);
});

describe('archives of archives (42.zip-style)', () => {
  it('the file-count limit holds for the whole tree of one upload, not only per container', async () => {
    const small = await createTestEnv({ withQueue: true, env: { ARCHIVE_MAX_ENTRIES: '10' } });
    try {
      const token = (await userWithToken(small, 'staff')).token;
      const req = (await makeRequest(small, token, (await makeAgency(small, token)).id)).id;
      const leaf = (i: number) =>
        readFileSync(zipOf(dir, { a: `x${i}`, b: `y${i}`, c: `z${i}`, d: `w${i}` }, `leaf${i}.zip`));
      const mid = (i: number) =>
        readFileSync(
          zipOf(
            dir,
            { 'l1.zip': leaf(i * 4), 'l2.zip': leaf(i * 4 + 1), 'l3.zip': leaf(i * 4 + 2), 'l4.zip': leaf(i * 4 + 3) },
            `mid${i}.zip`,
          ),
        );
      const top = zipOf(dir, { 'm1.zip': mid(1), 'm2.zip': mid(2), 'm3.zip': mid(3), 'm4.zip': mid(4) }, 'nested.zip');
      const body = multipart([{ name: 'nested.zip', content: readFileSync(top) }]);
      const res = await small.app.inject({
        method: 'POST',
        url: `/api/v1/requests/${req}/documents`,
        headers: { ...body.headers, authorization: `Bearer ${token}` },
        payload: body.payload,
      });
      const rootId = res.json().documents[0].id;
      await settle(small);
      const c = small.db.$client;
      const tree = c.prepare('select count(*) as n from documents where root_id = ?').get(rootId) as { n: number };
      expect(tree.n).toBeLessThanOrEqual(10);
      const refused = c.prepare(`select error from documents where root_id = ? and status = 'failed'`).all(rootId) as {
        error: string;
      }[];
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0]?.error).toMatch(/more than 10 files in all/);
      expect((c.prepare('select status from documents where id = ?').get(rootId) as { status: string }).status).toBe(
        'ready',
      );
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe('document.ready', () => {
  it('tells webhook subscribers once a document is ready, without its name or its request title', async () => {
    const hook = await startReceiver();
    try {
      const admin = (await userWithToken(env, 'admin')).token;
      const sub = await api(env, 'POST', '/api/v1/webhooks', admin, { url: hook.url, events: ['document.ready'] });
      expect(sub.status).toBe(201);
      const doc = await ingested(await textPdf(dir, ['Secret vendor name: Fivecast'], 'confidential-fivecast.pdf'));
      await settle(env);
      const mine = hook.received
        .map((r) => JSON.parse(r.body))
        .filter((b) => b.type === 'document.ready' && b.data.documentId === doc.id);
      expect(mine).toHaveLength(1);
      expect(mine[0].data).toMatchObject({ documentId: doc.id, requestId, pages: 1, textSource: 'embedded' });
      expect(JSON.stringify(mine[0])).not.toMatch(/fivecast|monitoring records/i);
      await api(env, 'DELETE', `/api/v1/webhooks/${sub.body.subscription.id}`, admin);
    } finally {
      await hook.close();
    }
  });
});

describe('the index', () => {
  it('has no page twice and agrees with the pages table', () => {
    const { n, d } = env.db.$client
      .prepare(`select count(*) as n, count(distinct document_id || '-' || page) as d from document_pages`)
      .get() as { n: number; d: number };
    expect(n).toBe(d);
    expect(() =>
      env.db.$client.exec(`insert into pages_fts(pages_fts, rank) values('integrity-check', 1)`),
    ).not.toThrow();
  });
});
