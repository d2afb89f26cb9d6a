/**
 * OCR in Spanish: a real scan made here (Spanish text with accents, rendered to an image and put in
 * a PDF without a text layer) is read in the language chosen for the document. In Spanish the
 * accented words come out right; English alone loses the accents. The language is chosen on upload
 * (`ocrLanguage`) or changed later (PATCH, which reads an OCRed document again).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ocrImage } from '../../src/documents/extract/image.js';
import { ocrPdfPage } from '../../src/documents/extract/pdf.js';
import {
  defaultOcrLanguage,
  installedOcrLanguages,
  type OcrLanguage,
  setToolsForTest,
  tesseractLanguage,
} from '../../src/documents/extract/tools.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import { hasPoppler, hasTesseract, pngOfText, scannedPdf } from '../helpers/files.js';
import { multipart } from '../helpers/multipart.js';

const SPANISH = [
  'Solicitud de información pública\nContratos de vigilancia de redes sociales\nfirmados por la policía del condado.',
];
const spanishData = hasPoppler() && hasTesseract() && installedOcrLanguages().includes('spa');
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'foia-ocr-lang-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => setToolsForTest(null));

describe('the language passed to tesseract', () => {
  const cases: [string[], OcrLanguage | null, string, string][] = [
    [['eng', 'spa', 'osd'], null, 'eng+spa', 'the default with the Spanish data installed'],
    [['eng', 'osd'], null, 'eng', 'the default without it'],
    [['eng', 'spa'], 'spa', 'spa', 'chosen'],
    [['eng'], 'spa', 'eng', 'chosen but not installed on this worker: English, rather than failing'],
    [['eng'], 'eng+spa', 'eng', 'the installed part of a pair'],
  ];
  it.each(cases)('installed %j, chosen %s -> %s (%s)', (installed, chosen, expected) => {
    setToolsForTest(null, installed);
    expect(tesseractLanguage(chosen)).toBe(expected);
  });

  it('defaults to English and Spanish where the Spanish data is installed', () => {
    setToolsForTest(null, ['eng', 'spa']);
    expect(defaultOcrLanguage()).toBe('eng+spa');
  });
});

describe.skipIf(!spanishData)('a Spanish scan', () => {
  it('comes out right in Spanish, accents included; English alone loses them', async () => {
    const scan = await scannedPdf(dir, SPANISH, 'escaneo.pdf');
    const spanish = words(await ocrPdfPage(scan, 1, 'spa'));
    expect(spanish).toEqual(expect.arrayContaining(['información', 'pública', 'vigilancia', 'policía']));
    const both = words(await ocrPdfPage(scan, 1, 'eng+spa'));
    expect(both).toEqual(expect.arrayContaining(['información', 'vigilancia', 'policía']));
    const english = words(await ocrPdfPage(scan, 1, 'eng'));
    expect(english).toContain('vigilancia');
    expect(english).not.toContain('policía');
    const png = await pngOfText(dir, 'La policía pidió información', 'imagen.png');
    expect(words(await ocrImage(png, 'spa'))).toEqual(expect.arrayContaining(['policía', 'información']));
  });
});

describe.skipIf(!spanishData)('OCR language of a document, through the API and the worker', () => {
  let env: TestEnv;
  let staff: string;
  let requestId: number;

  beforeAll(async () => {
    env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: true });
    staff = (await userWithToken(env, 'staff')).token;
    requestId = (await makeRequest(env, staff, (await makeAgency(env, staff)).id, { visibility: 'public' })).id;
  }, 30_000);
  afterAll(() => env?.close());

  async function upload(path: string, name: string, fields: Record<string, string>) {
    const body = multipart([{ name, content: readFileSync(path), type: 'application/pdf' }], fields);
    return env.app.inject({
      method: 'POST',
      url: `/api/v1/requests/${requestId}/documents`,
      headers: { ...body.headers, authorization: `Bearer ${staff}` },
      payload: body.payload,
    });
  }
  const pageText = async (id: number) =>
    (await api(env, 'GET', `/api/v1/documents/${id}/pages`)).body.pages[0].text as string;

  it('reads an upload in the language given with it, and search finds its accented words', async () => {
    const res = await upload(await scannedPdf(dir, SPANISH, 'solicitud.pdf'), 'solicitud.pdf', {
      ocrLanguage: 'spa',
    });
    expect(res.statusCode).toBe(202);
    const id = res.json().documents[0].id as number;
    await settle(env);
    const doc = (await api(env, 'GET', `/api/v1/documents/${id}`)).body;
    expect(doc).toMatchObject({ status: 'ready', textSource: 'ocr', ocrLanguage: 'spa' });
    expect(words(await pageText(id))).toEqual(expect.arrayContaining(['información', 'vigilancia', 'policía']));
    const hits = (await api(env, 'GET', `/api/v1/search?q=${encodeURIComponent('policía')}`)).body.hits;
    expect(hits.map((h: { documentId: number }) => h.documentId)).toContain(id);
  }, 60_000);

  it('changes the language of an OCRed document and reads it again (PATCH)', async () => {
    const res = await upload(await scannedPdf(dir, SPANISH, 'otra.pdf'), 'otra.pdf', { ocrLanguage: 'eng' });
    const id = res.json().documents[0].id as number;
    await settle(env);
    expect(words(await pageText(id))).not.toContain('policía');
    const patched = await api(env, 'PATCH', `/api/v1/documents/${id}`, staff, { ocrLanguage: 'spa' });
    expect(patched.status).toBe(202);
    expect(patched.body).toMatchObject({ ocrLanguage: 'spa', status: 'pending' });
    await settle(env);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`)).body.status).toBe('ready');
    expect(words(await pageText(id))).toEqual(expect.arrayContaining(['información', 'policía']));
    // The same language again changes nothing.
    expect((await api(env, 'PATCH', `/api/v1/documents/${id}`, staff, { ocrLanguage: 'spa' })).status).toBe(200);
  }, 60_000);

  it('refuses a language it does not know, on upload and on PATCH, naming the field', async () => {
    const bad = await upload(await scannedPdf(dir, ['x'], 'x.pdf'), 'x.pdf', { ocrLanguage: 'fra' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ path: 'ocrLanguage', message: expect.stringContaining('eng, spa, eng+spa') }]);
    const docs = (await api(env, 'GET', `/api/v1/requests/${requestId}/documents`)).body.documents;
    expect(docs.map((d: { name: string }) => d.name)).not.toContain('x.pdf');
    const id = docs[0].id;
    const patch = await api(env, 'PATCH', `/api/v1/documents/${id}`, staff, { ocrLanguage: 'fra' });
    expect(patch.status).toBe(422);
    expect((await api(env, 'PATCH', `/api/v1/documents/${id}`, staff, { ocrLanguage: 'spa' })).status).toBeLessThan(
      300,
    );
  });
});
