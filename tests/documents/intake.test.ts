/**
 * Document intake: streamed to the blob store by SHA-256, names are metadata only, the same file
 * twice is one document, the size limit is a clear 413 that records nothing, reads follow the
 * request's visibility.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { multipart } from '../helpers/multipart.js';

let env: TestEnv;
let staff: string;
let publicReq: number;
let privateReq: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: false, env: { UPLOAD_MAX_BYTES: '1000' } });
  staff = (await userWithToken(env, 'staff')).token;
  const agency = (await makeAgency(env, staff)).id;
  publicReq = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
  privateReq = (await makeRequest(env, staff, agency)).id;
});
afterAll(() => env.close());

async function upload(requestId: number, files: Parameters<typeof multipart>[0], token = staff) {
  const body = multipart(files);
  const res = await env.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${requestId}/documents`,
    headers: { ...body.headers, authorization: `Bearer ${token}` },
    payload: body.payload,
  });
  return { status: res.statusCode, body: res.json() };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const count = () => (env.db.$client.prepare('select count(*) as n from documents').get() as { n: number }).n;

describe('upload', () => {
  it('stores several files by content hash and answers 202 with their ids', async () => {
    const res = await upload(publicReq, [
      { name: 'contract.txt', type: 'text/plain', content: 'Geofeedia master services agreement' },
      { name: 'invoice.csv', type: 'text/csv', content: 'vendor,amount\nGeofeedia,1400000\n' },
    ]);
    expect(res.status).toBe(202);
    expect(res.body.documents).toMatchObject([
      { name: 'contract.txt', status: 'pending', duplicate: false },
      { name: 'invoice.csv', status: 'pending', duplicate: false },
    ]);
    const doc = await api(env, 'GET', `/api/v1/documents/${res.body.documents[0].id}`);
    expect(doc.body).toMatchObject({
      sha256: sha('Geofeedia master services agreement'),
      size: 35,
      requestId: publicReq,
    });
    const blob = join(env.dataDir, 'blobs', doc.body.sha256.slice(0, 2), doc.body.sha256.slice(2, 4), doc.body.sha256);
    expect(existsSync(blob)).toBe(true);
    const request = await api(env, 'GET', `/api/v1/requests/${publicReq}`);
    expect(request.body.documents.map((d: { name: string }) => d.name)).toEqual(['contract.txt', 'invoice.csv']);
  });

  it('the same file twice on a request is one document, and the response says so', async () => {
    const again = await upload(publicReq, [
      { name: 'copy-of-contract.txt', content: 'Geofeedia master services agreement' },
    ]);
    const first = (await api(env, 'GET', `/api/v1/requests/${publicReq}`)).body.documents[0];
    expect(again.body.documents[0]).toEqual({
      id: first.id,
      name: 'contract.txt',
      status: first.status,
      duplicate: true,
      uploadedName: 'copy-of-contract.txt',
      message: `“copy-of-contract.txt” is the same file as “contract.txt”, which was already on this request as document ${first.id} (/api/v1/documents/${first.id}); it was not stored again`,
    });
    expect((await upload(publicReq, [{ name: 'fresh.txt', content: 'new' }])).body.documents[0]).toMatchObject({
      duplicate: false,
      uploadedName: 'fresh.txt',
      message: null,
    });
  });

  it('a file name never becomes a path', async () => {
    const res = await upload(publicReq, [{ name: '../../../../tmp/evil.sh', content: '#!/bin/sh\necho owned' }]);
    expect(res.status).toBe(202);
    expect(existsSync('/tmp/evil.sh')).toBe(false);
    // Not yet ingested, so only staff may download it (the public downloads ready documents only).
    const file = await env.app.inject({
      url: `/api/v1/documents/${res.body.documents[0].id}/file`,
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('#!/bin/sh\necho owned');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="evil.sh"; filename*=UTF-8''evil.sh`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('over the size limit: 413, and nothing of the upload is recorded', async () => {
    const before = count();
    const res = await upload(publicReq, [
      { name: 'small.txt', content: 'fits' },
      { name: 'big.bin', content: Buffer.alloc(5000, 7) },
    ]);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('file_too_large');
    expect(count()).toBe(before);
    expect(readdirSync(join(env.dataDir, 'blobs', 'tmp'))).toEqual([]);
  });

  it('refuses a body that is not multipart, and an upload with no file', async () => {
    const notMultipart = await api(env, 'POST', `/api/v1/requests/${publicReq}/documents`, staff, { file: 'x' });
    expect(notMultipart.status).toBe(415);
    const empty = await upload(publicReq, []);
    expect(empty.status).toBe(400);
  });
});

describe('visibility', () => {
  it('documents of a private request are 404 to the public, like the request', async () => {
    const res = await upload(privateReq, [{ name: 'memo.txt', content: 'internal memo about Media Sonar' }]);
    const id = res.body.documents[0].id;
    expect((await api(env, 'GET', `/api/v1/documents/${id}`)).status).toBe(404);
    expect((await env.app.inject(`/api/v1/documents/${id}/file`)).statusCode).toBe(404);
    expect((await api(env, 'GET', `/api/v1/documents/${id}`, staff)).status).toBe(200);
  });
});
