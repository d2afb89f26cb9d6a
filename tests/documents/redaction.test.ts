/**
 * Page images and redaction end to end, with real files through the real API, queue and worker:
 * PDFs made here are ingested, rendered, redacted by box and by pattern, and then read back as the
 * public reads them (anonymous and read-only tokens: document, pages, text, file, page images,
 * search), checked with independent tools (poppler's pdftotext on the redacted PDF, tesseract on
 * the redacted page images), while staff still read the original. A release with text under a drawn
 * black box is flagged and withheld until staff decide.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPageImages, strandedPageImages } from '../../src/documents/page-images.js';
import { createTestEnv, eventually, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import {
  blackBoxPdf,
  hasPoppler,
  hasTesseract,
  ocrPng,
  pdfText,
  pngOfText,
  scannedPdf,
  textPdf,
  wordBox,
  zipOf,
} from '../helpers/files.js';
import { multipart } from '../helpers/multipart.js';

let env: TestEnv;
let staff: string;
let volunteer: string;
let readOnly: string;
let admin: string;
let requestId: number;
let dir: string;
const tools = hasPoppler() && hasTesseract();

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: true });
  staff = (await userWithToken(env, 'staff')).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  readOnly = (await userWithToken(env, 'admin', { readOnly: true })).token;
  admin = (await userWithToken(env, 'admin')).token;
  const agency = (await makeAgency(env, staff)).id;
  requestId = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
  dir = mkdtempSync(join(tmpdir(), 'foia-redaction-'));
}, 30_000);
afterAll(async () => {
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(path: string, name = basename(path)) {
  const body = multipart([{ name, content: readFileSync(path) }]);
  const res = await env.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${requestId}/documents`,
    headers: { ...body.headers, authorization: `Bearer ${staff}` },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(202);
  const id = res.json().documents[0].id as number;
  await settle(env);
  return id;
}

/** Raw bytes of a GET, as a caller sees them (no token: anonymous). */
async function bytes(url: string, token?: string) {
  const res = await env.app.inject({
    method: 'GET',
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.statusCode, body: res.rawPayload, headers: res.headers, text: res.body };
}

/** Everything the public can read of a document, as one string per route. */
async function publicReads(id: number, token?: string) {
  const out: Record<string, string> = {};
  for (const url of [`/api/v1/documents/${id}`, `/api/v1/documents/${id}/pages`, `/api/v1/documents/${id}/text`]) {
    const r = await bytes(url, token);
    out[url] = `${r.status} ${r.text}`;
  }
  const list = await bytes(`/api/v1/requests/${requestId}/documents`, token);
  out.list = list.text;
  return out;
}

const hits = async (q: string, token?: string) =>
  (await api(env, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}`, token)).body.hits as {
    documentId: number;
    page: number;
    snippet: string;
  }[];

describe.skipIf(!tools)('page images', () => {
  it('every page of a PDF is rendered once into the blob store, served with its ETag; a page not yet rendered is a 202', async () => {
    const id = await upload(await textPdf(dir, ['Geofeedia invoice one', 'Geofeedia invoice two'], 'two-pages.pdf'));
    const doc = (await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body;
    expect(doc.pageImages).toEqual({ rendered: 2, total: 2 });
    expect(doc.redaction).toMatchObject({ version: 0, pending: 0, hiddenTextCheck: 'clean', badRedactions: [] });
    const rows = env.db.$client
      .prepare(
        'select page, version, sha256, width, height from document_page_images where document_id = ? order by page',
      )
      .all(id) as { page: number; sha256: string; width: number; height: number }[];
    expect(rows.map((r) => [r.page, r.width, r.height])).toEqual([
      [1, 1275, 1650],
      [2, 1275, 1650],
    ]);
    const img = await bytes(`/api/v1/documents/${id}/pages/2/image`);
    expect(img.status).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.headers['x-content-type-options']).toBe('nosniff');
    expect(img.headers['content-security-policy']).toContain('sandbox');
    expect(img.headers.etag).toBe(`"${rows[1]?.sha256}"`);
    expect(ocrPng(dir, img.body)).toContain('invoice two');
    const again = await env.app.inject({
      url: `/api/v1/documents/${id}/pages/2/image`,
      headers: { 'if-none-match': img.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    // Not rendered yet (the rows gone, as before the worker reached them): ask again later.
    env.db.$client.prepare('delete from document_page_images where document_id = ? and page = 2').run(id);
    const waiting = await bytes(`/api/v1/documents/${id}/pages/2/image`, staff);
    expect(waiting.status).toBe(202);
    expect(waiting.headers['retry-after']).toBe('2');
    expect(JSON.parse(waiting.text)).toMatchObject({ status: 'rendering', page: 2, rendered: 1, pages: 2 });
    expect((await bytes(`/api/v1/documents/${id}/pages/3/image`, staff)).status).toBe(404);
  }, 60_000);
});

describe.skipIf(!tools)('older documents', () => {
  it('a PDF ingested before page images existed is found by the reconciler and rendered batch after batch', async () => {
    const id = await upload(
      await textPdf(
        dir,
        Array.from({ length: 20 }, (_, i) => `Older release, page ${i + 1}`),
        'older.pdf',
      ),
    );
    env.db.$client.prepare('delete from document_page_images where document_id = ?').run(id);
    env.db.$client.prepare("update documents set updated_at = '2020-01-01T00:00:00.000Z' where id = ?").run(id);
    // (Once the worker's journal has recorded the end of the ingestion's own page-image jobs.)
    await eventually(() =>
      strandedPageImages(env.db, '2026-01-01T00:00:00.000Z').some(
        (p) => p.documentId === id && p.from === 1 && p.chain,
      ),
    );
    // The job the reconciler writes renders its batch and queues the next one until none is left.
    await renderPageImages(
      { db: env.db, blobs: env.app.deps.blobs, config: env.config, clock: () => new Date() },
      id,
      1,
      true,
    );
    await settle(env);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body.pageImages).toEqual({
      rendered: 20,
      total: 20,
    });
    expect(strandedPageImages(env.db, '2026-01-01T00:00:00.000Z').map((p) => p.documentId)).not.toContain(id);
  }, 60_000);
});

describe.skipIf(!tools)('scans and images', () => {
  it('a literal on a scanned page and on a photographed page is found by OCR, blacked out and taken out of the text', async () => {
    const scan = await upload(
      await scannedPdf(dir, ['Witness Theodora Vance saw the camera van.'], 'witness-scan.pdf'),
    );
    const photo = await upload(await pngOfText(dir, 'Witness Theodora Vance saw the camera van.', 'witness.png'));
    for (const id of [scan, photo]) {
      expect((await api(env, 'GET', `/api/v1/documents/${id}/text`, staff)).raw).toContain('Theodora');
      const add = await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
        kind: 'literal',
        pattern: 'Theodora Vance',
        reason: 'witness',
      });
      expect(add.status, JSON.stringify(add.body)).toBe(201);
      expect((await api(env, 'POST', `/api/v1/documents/${id}/redactions/apply`, staff)).status).toBe(202);
    }
    await settle(env);
    for (const id of [scan, photo]) {
      const text = (await api(env, 'GET', `/api/v1/documents/${id}/text`)).raw;
      expect(text).not.toContain('Theodora');
      expect(text).toContain('camera van');
      const seen = ocrPng(dir, (await bytes(`/api/v1/documents/${id}/pages/1/image`)).body);
      expect(seen).toContain('camera van');
      expect(seen).not.toMatch(/Theodora|Vance/);
      const file = await bytes(`/api/v1/documents/${id}/file`);
      expect(file.headers['content-type']).toBe('application/pdf');
    }
  }, 90_000);
});

describe.skipIf(!tools)('a page turned in its PDF', () => {
  it('is redacted where its words are shown, not where they would be unturned', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([612, 792]);
    page.drawText('Witness Ignatius Pemberton watched the camera van.', { x: 72, y: 700, size: 18, font });
    page.drawText('The van was parked outside the station all day.', { x: 72, y: 670, size: 18, font });
    page.setRotation(degrees(90));
    const path = join(dir, 'turned.pdf');
    writeFileSync(path, await pdf.save());
    const id = await upload(path);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body.redaction.hiddenTextCheck).toBe('clean');
    await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
      kind: 'literal',
      pattern: 'Ignatius Pemberton',
      reason: 'witness',
    });
    expect((await api(env, 'POST', `/api/v1/documents/${id}/redactions/apply`, staff)).status).toBe(202);
    await settle(env);
    const image = await bytes(`/api/v1/documents/${id}/pages/1/image`);
    const seen = ocrPng(dir, image.body, true);
    expect(seen).toContain('watched the camera van');
    expect(seen).not.toMatch(/Ignatius|Pemberton/);
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text`)).raw).toContain('Witness [redacted] watched');
  }, 60_000);
});

describe.skipIf(!tools)('a box redaction', () => {
  let id: number;
  let pdf: string;
  const SECRET = 'Quixotic';

  beforeAll(async () => {
    pdf = await textPdf(
      dir,
      [
        'Informant Zebulon Quixotic met the Geofeedia sales team.\nThe contract was signed later.',
        'Annex: Geofeedia price list.',
      ],
      'informant.pdf',
    );
    id = await upload(pdf);
    // Tagged on its first page: the search by tag alone must not show the public that page's original text.
    const tagged = await api(env, 'POST', `/api/v1/documents/${id}/tags`, staff, { tags: ['Geofeedia'], page: 1 });
    expect(tagged.status, JSON.stringify(tagged.body)).toBeLessThan(300);
  }, 60_000);

  /** What the public pages, feeds and the search by tag show of the request's documents. */
  async function publicSurroundings(token?: string) {
    const page = await bytes(`/public/requests/${requestId}`, token);
    const feed = await bytes(`/feeds/requests/${requestId}.atom`, token);
    const byTag = (await api(env, 'GET', '/api/v1/search?tag=Geofeedia', token)).body.hits as {
      documentId: number;
      snippet: string;
    }[];
    const viewer = await bytes(`/public/documents/${id}`, token);
    return {
      page: page.text,
      feed: feed.text,
      byTag: byTag.filter((h) => h.documentId === id),
      viewer: `${viewer.status} ${viewer.text}`,
    };
  }

  it('pending, the document is withheld from the public altogether; staff still read it', async () => {
    const box = wordBox(pdf, SECRET);
    const before = wordBox(pdf, 'Zebulon');
    const add = await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
      page: 1,
      box: {
        x: before.x - 0.005,
        y: box.y - 0.004,
        width: box.x + box.width - before.x + 0.008,
        height: box.height + 0.008,
      },
      reason: 'informant',
    });
    expect(add.status, JSON.stringify(add.body)).toBe(201);
    expect(add.body).toMatchObject({ kind: 'box', page: 1, reason: 'informant', status: 'pending' });
    // A volunteer cannot redact; a read-only token cannot even read the list (it shows the original's text).
    expect(
      (await api(env, 'POST', `/api/v1/documents/${id}/redactions`, volunteer, { page: 1, box, reason: 'x' })).status,
    ).toBe(403);
    expect((await api(env, 'GET', `/api/v1/documents/${id}/redactions`, readOnly)).status).toBe(403);
    expect((await api(env, 'GET', `/api/v1/documents/${id}/redactions`, volunteer)).body.redactions).toHaveLength(1);

    for (const token of [undefined, readOnly]) {
      const reads = await publicReads(id, token);
      expect(reads[`/api/v1/documents/${id}`]).toMatch(/^404 /);
      expect(reads[`/api/v1/documents/${id}/pages`]).toMatch(/^404 /);
      expect(reads[`/api/v1/documents/${id}/text`]).toMatch(/^404 /);
      expect(reads.list).not.toContain(`"id":${id}`);
      expect((await bytes(`/api/v1/documents/${id}/file`, token)).status).toBe(404);
      expect((await bytes(`/api/v1/documents/${id}/pages/1/image`, token)).status).toBe(404);
      expect((await hits('Geofeedia', token)).filter((h) => h.documentId === id)).toEqual([]);
      const req = (await api(env, 'GET', `/api/v1/requests/${requestId}`, token)).body;
      expect(req.documents.map((d: { id: number }) => d.id)).not.toContain(id);
      const around = await publicSurroundings(token);
      expect(around.page).not.toContain('informant.pdf');
      expect(around.feed).not.toContain('informant.pdf');
      expect(around.byTag).toEqual([]);
      expect(around.viewer).toMatch(/^404 /);
    }
    // A signed-out visitor of the staff viewer is not sent to a public page that does not exist.
    expect((await bytes(`/documents/${id}`)).headers.location ?? '').not.toContain('/public/');
    const mine = (await api(env, 'GET', `/api/v1/documents/${id}/text`, staff)).raw;
    expect(mine).toContain(SECRET);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body.redaction).toMatchObject({ pending: 1 });
  });

  it('applied: every public route serves the redacted version only, and the public index has no redacted word', async () => {
    const apply = await api(env, 'POST', `/api/v1/documents/${id}/redactions/apply`, staff);
    expect(apply.status, JSON.stringify(apply.body)).toBe(202);
    expect(apply.body).toEqual({ version: 1, redactions: 1 });
    await settle(env);
    const doc = (await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body;
    expect(doc.redaction).toMatchObject({ version: 1, applying: false, pending: 0, error: null });
    expect(doc.redacted).toBe(true);

    for (const token of [undefined, readOnly]) {
      const reads = await publicReads(id, token);
      for (const [url, body] of Object.entries(reads)) {
        expect(body, url).not.toContain(SECRET);
        expect(body, url).not.toContain('Zebulon');
      }
      const view = JSON.parse(reads[`/api/v1/documents/${id}`]?.slice(4) ?? '{}');
      expect(view).toMatchObject({ redacted: true, sha256: doc.redaction.redactedSha256, type: 'application/pdf' });
      expect(view.redaction).toBeNull();
      const pages = JSON.parse(reads[`/api/v1/documents/${id}/pages`]?.slice(4) ?? '{}').pages;
      expect(pages[0].text).toContain('Informant [redacted] met the Geofeedia sales team.');
      expect(pages[1].text).toBe('Annex: Geofeedia price list.');

      const file = await bytes(`/api/v1/documents/${id}/file`, token);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain('informant-redacted.pdf');
      // A PDF of page images only: no text layer at all, let alone the hidden words.
      expect(pdfText(dir, file.body).trim()).toBe('');
      const image = await bytes(`/api/v1/documents/${id}/pages/1/image`, token);
      expect(image.status).toBe(200);
      const seen = ocrPng(dir, image.body);
      expect(seen).toMatch(/informant/i);
      expect(seen).toContain('Geofeedia sales team');
      expect(seen).not.toContain(SECRET);
      expect(seen).not.toContain('Zebulon');

      expect(await hits(SECRET, token)).toEqual([]);
      expect(await hits('Zebulon', token)).toEqual([]);
      // The public page and the feed name it and link the redacted PDF; the search by tag shows its redacted text.
      const around = await publicSurroundings(token);
      expect(around.page).toContain('informant.pdf');
      expect(around.feed).toContain('informant.pdf');
      expect(around.feed).toContain('type="application/pdf"');
      expect(around.byTag).toHaveLength(1);
      expect(around.byTag[0]?.snippet).toContain('Informant [redacted] met');
      // The public viewer shows the redacted pages, their images asked for as the redacted version.
      expect(around.viewer).toMatch(/^200 /);
      expect(around.viewer).toContain('Informant [redacted] met the Geofeedia sales team.');
      expect(around.viewer).toContain(`/api/v1/documents/${id}/pages/1/image?version=redacted`);
      expect(around.page).toContain(`/public/documents/${id}`);
      for (const text of [around.page, around.feed, around.byTag[0]?.snippet ?? '', around.viewer]) {
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain('Zebulon');
      }
      expect((await hits('Informant', token)).map((h) => [h.documentId, h.page])).toEqual([[id, 1]]);
      const grouped = (await api(env, 'GET', `/api/v1/search?q=Geofeedia&group=document&documentId=${id}`, token)).body;
      expect(grouped.hits).toBeUndefined();
      expect(grouped.documents).toEqual([
        expect.objectContaining({
          documentId: id,
          pagesMatched: 2,
          pages: [expect.objectContaining({ page: 1 }), expect.objectContaining({ page: 2 })],
        }),
      ]);
    }

    // Staff read the original, and the redacted version when they ask for it.
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text`, staff)).raw).toContain(SECRET);
    expect(pdfText(dir, (await bytes(`/api/v1/documents/${id}/file`, staff)).body)).toContain(SECRET);
    expect((await hits(SECRET, staff)).map((h) => h.documentId)).toContain(id);
    expect((await hits(SECRET, volunteer)).map((h) => h.documentId)).toContain(id);
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text?version=redacted`, staff)).raw).not.toContain(SECRET);
    const original = ocrPng(dir, (await bytes(`/api/v1/documents/${id}/pages/1/image`, staff)).body);
    expect(original).toContain(SECRET);
    // The public viewer is the public version for a signed-in reader too, images included.
    const staffView = await bytes(`/public/documents/${id}`, staff);
    expect(staffView.text).not.toContain(SECRET);
    const viewed = ocrPng(dir, (await bytes(`/api/v1/documents/${id}/pages/1/image?version=redacted`, staff)).body);
    expect(viewed).not.toContain(SECRET);
    // A signed-out visitor of the staff viewer is sent to the public one.
    const signedOut = await bytes(`/documents/${id}`);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toBe(`/public/documents/${id}`);

    // The export (signed-in) keeps the original and puts the published, redacted version beside it.
    const zip = await bytes(`/api/v1/requests/${requestId}/export.zip`, staff);
    expect(zip.status).toBe(200);
    expect(zip.body.includes(Buffer.from(`documents/${id}-informant.pdf`))).toBe(true);
    expect(zip.body.includes(Buffer.from(`documents/${id}-redacted-v1-informant.pdf`))).toBe(true);

    // The audit log has the redaction, its apply and its outcome.
    const log = (await api(env, 'GET', `/api/v1/audit?entity=document&entityId=${id}`, admin)).body.data as {
      action: string;
    }[];
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['redaction.add', 'redaction.apply', 'redaction.applied']),
    );
  }, 60_000);

  it('removing the redaction and applying again publishes the original text again', async () => {
    const list = (await api(env, 'GET', `/api/v1/documents/${id}/redactions`, staff)).body.redactions;
    expect(list[0]).toMatchObject({ status: 'applied', version: 1 });
    const del = await api(env, 'DELETE', `/api/v1/documents/${id}/redactions/${list[0].id}`, staff);
    expect(del.status).toBe(200);
    expect(del.body.removedAt).not.toBeNull();
    // Until applied again the public keeps the redacted version.
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text`)).raw).not.toContain(SECRET);
    expect((await api(env, 'POST', `/api/v1/documents/${id}/redactions/apply`, staff)).status).toBe(202);
    await settle(env);
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text`)).raw).toContain(SECRET);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`)).body.redacted).toBe(false);
    expect((await api(env, 'POST', `/api/v1/documents/${id}/redactions/apply`, staff)).status).toBe(409);
    const log = (await api(env, 'GET', `/api/v1/audit?entity=document&entityId=${id}`, admin)).body.data as {
      action: string;
    }[];
    expect(log.map((e) => e.action)).toContain('redaction.delete');
  }, 60_000);
});

describe.skipIf(!tools)('pattern redactions', () => {
  it('a Social Security number and an e-mail address: reviewed with their matches, then gone from every public read', async () => {
    const id = await upload(
      await textPdf(
        dir,
        ['Complainant SSN 123-45-6789, e-mail jane.roe@example.com.\nFiled with the Police Department.'],
        'complaint.pdf',
      ),
    );
    for (const kind of ['ssn', 'email']) {
      const res = await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
        kind,
        reason: 'personal information',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const list = (await api(env, 'GET', `/api/v1/documents/${id}/redactions`, staff)).body.redactions;
    expect(list.map((r: any) => [r.kind, r.matches.map((m: any) => [m.page, m.text])])).toEqual([
      ['ssn', [[1, '123-45-6789']]],
      ['email', [[1, 'jane.roe@example.com']]],
    ]);
    expect((await api(env, 'POST', `/api/v1/documents/${id}/redactions/apply`, staff)).status).toBe(202);
    await settle(env);
    const text = (await api(env, 'GET', `/api/v1/documents/${id}/text`)).raw;
    expect(text).not.toContain('6789');
    expect(text).not.toContain('jane.roe');
    expect(text).toContain('Filed with the Police Department.');
    const seen = ocrPng(dir, (await bytes(`/api/v1/documents/${id}/pages/1/image`)).body);
    expect(seen).toContain('Police Department');
    expect(seen).not.toMatch(/6789|jane|example\.com/);
    expect(await hits('jane.roe@example.com')).toEqual([]);
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text`, staff)).raw).toContain('123-45-6789');
  }, 60_000);

  it('refuses a regular expression that can backtrack catastrophically, one that matches nothing, and a malformed one', async () => {
    const id = await upload(await textPdf(dir, ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'], 'aaa.pdf'));
    for (const pattern of ['(a+)+$', '(?:\\w*x)*y', '(a|b)(c{2,})+']) {
      const res = await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
        kind: 'regex',
        pattern,
        reason: 'x',
      });
      expect(res.status, pattern).toBe(422);
      expect(res.body.detail).toContain('repeats a group');
    }
    expect(
      (
        await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
          kind: 'regex',
          pattern: 'x*',
          reason: 'x',
        })
      ).body.detail,
    ).toContain('empty text');
    expect(
      (
        await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
          kind: 'regex',
          pattern: '(',
          reason: 'x',
        })
      ).status,
    ).toBe(422);
    // Backtracking the check lets through is stopped by the time limit, not left to hold the process.
    const slow = await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
      kind: 'regex',
      pattern:
        '(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)(a|aa|aaa|aaaa)c',
      reason: 'x',
    });
    expect([201, 422]).toContain(slow.status);
    const ok = await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
      kind: 'regex',
      pattern: 'a{3}b',
      reason: 'x',
    });
    expect(ok.status).toBe(201);
    expect(
      (await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, { kind: 'literal', reason: 'x' })).status,
    ).toBe(422);
  }, 60_000);
});

describe('a document staff withhold', () => {
  it('a text file cannot be redacted by box, so staff withhold it: gone from every public read until published again', async () => {
    const path = join(dir, 'names.txt');
    writeFileSync(path, 'Surveillance list: Philippa Vandersloot, 12 Elm Street.\n');
    const id = await upload(path);
    const refused = await api(env, 'POST', `/api/v1/documents/${id}/redactions`, staff, {
      kind: 'literal',
      pattern: 'Philippa Vandersloot',
      reason: 'private person',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('Withhold it from the public instead');
    expect((await hits('Vandersloot')).map((h) => h.documentId)).toContain(id);

    expect((await api(env, 'PATCH', `/api/v1/documents/${id}`, volunteer, { withheld: 'private person' })).status).toBe(
      403,
    );
    expect((await api(env, 'PATCH', `/api/v1/documents/${id}`, staff, {})).status).toBe(422);
    const withheld = await api(env, 'PATCH', `/api/v1/documents/${id}`, staff, {
      withheld: 'names of private persons',
    });
    expect(withheld.status, JSON.stringify(withheld.body)).toBe(200);
    expect(withheld.body.withheld).toMatchObject({ reason: 'names of private persons' });

    for (const token of [undefined, readOnly]) {
      const reads = await publicReads(id, token);
      expect(reads[`/api/v1/documents/${id}`]).toMatch(/^404 /);
      expect(reads[`/api/v1/documents/${id}/text`]).toMatch(/^404 /);
      expect(reads.list).not.toContain(`"id":${id}`);
      expect((await bytes(`/api/v1/documents/${id}/file`, token)).status).toBe(404);
      expect((await bytes(`/public/documents/${id}`, token)).status).toBe(404);
      expect((await bytes(`/public/requests/${requestId}`, token)).text).not.toContain('names.txt');
      expect((await bytes(`/feeds/requests/${requestId}.atom`, token)).text).not.toContain('names.txt');
      expect(await hits('Vandersloot', token)).toEqual([]);
    }
    // Staff still read it, and see why it is withheld.
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text`, staff)).raw).toContain('Vandersloot');
    expect((await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body.withheld.reason).toBe(
      'names of private persons',
    );

    const published = await api(env, 'PATCH', `/api/v1/documents/${id}`, staff, { withheld: null });
    expect(published.body.withheld).toBeNull();
    expect((await api(env, 'GET', `/api/v1/documents/${id}`)).status).toBe(200);
    expect((await hits('Vandersloot')).map((h) => h.documentId)).toContain(id);
    const log = (await api(env, 'GET', `/api/v1/audit?entity=document&entityId=${id}`, admin)).body.data as {
      action: string;
    }[];
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['document.withhold', 'document.publish']));
  }, 60_000);
});

describe.skipIf(!tools)('bad redactions in a release', () => {
  const lines = [
    'Memo from the Fusion Center.',
    'The source is Marguerite Okonkwo-Blackwood of Springfield.',
    'Distribution: internal.',
  ];

  it('text under a drawn black box is flagged with its page and withheld until staff apply the suggestion', async () => {
    const id = await upload(await blackBoxPdf(dir, lines, 'Marguerite Okonkwo-Blackwood', 'memo-a.pdf'));
    const doc = (await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body;
    expect(doc.redaction.hiddenTextCheck).toBe('flagged');
    expect(doc.redaction.badRedactions).toEqual([
      expect.objectContaining({ page: 1, text: 'Marguerite Okonkwo-Blackwood' }),
    ]);
    const suggested = (await api(env, 'GET', `/api/v1/documents/${id}/redactions`, staff)).body.redactions;
    expect(suggested).toEqual([
      expect.objectContaining({ kind: 'box', page: 1, source: 'detected', status: 'pending' }),
    ]);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`)).status).toBe(404);
    expect(await hits('Okonkwo')).toEqual([]);
    expect((await api(env, 'POST', `/api/v1/documents/${id}/redactions/apply`, staff)).status).toBe(202);
    await settle(env);
    const after = (await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body;
    expect(after.redaction.hiddenTextCheck).toBe('reviewed');
    const text = (await api(env, 'GET', `/api/v1/documents/${id}/text`)).raw;
    expect(text).toContain('The source is [redacted] of Springfield.');
    expect(text).not.toContain('Okonkwo');
    expect(await hits('Okonkwo')).toEqual([]);
    expect(pdfText(dir, (await bytes(`/api/v1/documents/${id}/file`)).body)).not.toContain('Okonkwo');
    expect((await hits('Springfield')).map((h) => h.documentId)).toContain(id);
  }, 60_000);

  it('text under a black box annotation (not the page content) is flagged too', async () => {
    const id = await upload(
      await blackBoxPdf(dir, lines, 'Marguerite Okonkwo-Blackwood', 'memo-annot.pdf', 'annotation'),
    );
    const doc = (await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body;
    expect(doc.redaction.hiddenTextCheck).toBe('flagged');
    expect(doc.redaction.badRedactions).toEqual([
      expect.objectContaining({ page: 1, text: 'Marguerite Okonkwo-Blackwood' }),
    ]);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`)).status).toBe(404);
  }, 60_000);

  it('staff may instead publish the release as it came (the suggestion is removed)', async () => {
    const id = await upload(
      await blackBoxPdf(
        dir,
        [...lines, 'A second copy, for the county.'],
        'Marguerite Okonkwo-Blackwood',
        'memo-b.pdf',
      ),
    );
    expect((await api(env, 'POST', `/api/v1/documents/${id}/bad-redactions/accept`, volunteer)).status).toBe(403);
    const res = await api(env, 'POST', `/api/v1/documents/${id}/bad-redactions/accept`, staff);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.hiddenTextCheck).toBe('reviewed');
    expect((await api(env, 'GET', `/api/v1/documents/${id}/text`)).raw).toContain('Okonkwo');
    expect((await api(env, 'GET', `/api/v1/documents/${id}/redactions`, staff)).body.redactions).toEqual([]);
    expect((await api(env, 'POST', `/api/v1/documents/${id}/bad-redactions/accept`, staff)).status).toBe(409);
  }, 60_000);

  it('an ordinary PDF with black text (no box) is not flagged', async () => {
    const id = await upload(await textPdf(dir, ['BLACK TEXT IN CAPITALS', 'Nothing hidden here.'], 'plain.pdf', 28));
    expect((await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body.redaction.hiddenTextCheck).toBe('clean');
    expect((await api(env, 'GET', `/api/v1/documents/${id}`)).status).toBe(200);
  }, 60_000);
});

describe.skipIf(!tools)('containers', () => {
  it('a zip whose member is redacted keeps its original file from the public; the member is served redacted', async () => {
    const member = await textPdf(dir, ['Witness Philomena Starling saw the drone.'], 'witness.pdf');
    const zipId = await upload(zipOf(dir, { 'witness.pdf': readFileSync(member) }, 'release.zip'));
    const child = (await api(env, 'GET', `/api/v1/documents/${zipId}`, staff)).body.children[0].id as number;
    await api(env, 'POST', `/api/v1/documents/${child}/redactions`, staff, {
      kind: 'literal',
      pattern: 'Philomena Starling',
      reason: 'witness',
    });
    expect((await bytes(`/api/v1/documents/${zipId}/file`)).status).toBe(404);
    expect((await api(env, 'POST', `/api/v1/documents/${child}/redactions/apply`, staff)).status).toBe(202);
    await settle(env);
    expect((await bytes(`/api/v1/documents/${zipId}/file`)).status).toBe(404);
    expect((await bytes(`/api/v1/documents/${zipId}/file`, staff)).status).toBe(200);
    const text = (await api(env, 'GET', `/api/v1/documents/${child}/text`)).raw;
    expect(text).toContain('Witness [redacted] saw the drone.');
  }, 60_000);
});
