/**
 * The whole product with BLOB_STORE=s3://...: the real app and worker (real queue) against a real
 * S3-protocol server process (s3rver; see tests/helpers/s3.ts for what it does not cover). A PDF
 * is uploaded, ingested, searched, downloaded byte for byte and its page image served; an inbound
 * e-mail is read; the export zips blobs from the bucket; the orphan sweep lists the bucket. And
 * DATA_DIR holds no blob at all: only the database.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOrphans } from '../../src/documents/orphans.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import { eml, hasPoppler, textPdf } from '../helpers/files.js';
import { multipart } from '../helpers/multipart.js';
import { startS3, type TestS3 } from '../helpers/s3.js';

let s3: TestS3;
let env: TestEnv;
let staff: string;
let admin: string;
let requestId: number;
let dir: string;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const blobKey = (h: string) => `blobs/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`;

/** Every file under a folder, relative to it. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

beforeAll(async () => {
  s3 = await startS3();
  env = await createTestEnv({
    now: '2026-11-24T12:00:00Z',
    withQueue: true,
    env: { ...s3.env, INBOUND_EMAIL_DOMAIN: 'records.example.org' },
  });
  staff = (await userWithToken(env, 'staff')).token;
  admin = (await userWithToken(env, 'admin')).token;
  const agency = (await makeAgency(env, staff)).id;
  requestId = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
  dir = mkdtempSync(join(tmpdir(), 'foia-s3-e2e-'));
}, 30_000);
afterAll(async () => {
  await env?.close();
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('with BLOB_STORE=s3://bucket', () => {
  it('the app and the worker use the bucket, and DATA_DIR holds no blob', () => {
    expect(env.app.deps.blobs.localPath('0'.repeat(64))).toBeNull();
  });

  it.skipIf(!hasPoppler())(
    'a PDF is uploaded, ingested by the worker, searchable, downloaded byte for byte, its page image served',
    async () => {
      const path = await textPdf(dir, ['Cellebrite quote', 'Premium licence for the Records Unit']);
      const original = readFileSync(path);
      const body = multipart([{ name: 'quote.pdf', content: original }]);
      const res = await env.app.inject({
        method: 'POST',
        url: `/api/v1/requests/${requestId}/documents`,
        headers: { ...body.headers, authorization: `Bearer ${staff}` },
        payload: body.payload,
      });
      expect(res.statusCode, res.body).toBe(202);
      const id = res.json().documents[0].id as number;
      await settle(env);

      const doc = (await api(env, 'GET', `/api/v1/documents/${id}`, staff)).body;
      expect(doc).toMatchObject({ status: 'ready', pages: 2, sha256: sha(original) });
      expect(await s3.keys()).toContain(blobKey(sha(original)));

      const hits = await api(env, 'GET', `/api/v1/search?q=${encodeURIComponent('"premium licence"')}`);
      expect(hits.body.hits).toHaveLength(1);
      expect(hits.body.hits[0]).toMatchObject({ documentId: id, page: 2 });

      const file = await env.app.inject(`/api/v1/documents/${id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.rawPayload.equals(original)).toBe(true);

      const image = await env.app.inject(`/api/v1/documents/${id}/pages/2/image`);
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
      // The image is a blob in the bucket too, named by its own hash.
      expect(await s3.keys()).toContain(blobKey(sha(image.rawPayload)));

      // The request's export zips the original from the bucket.
      const zip = await env.app.inject({
        url: `/api/v1/requests/${requestId}/export.zip`,
        headers: { authorization: `Bearer ${staff}` },
      });
      expect(zip.statusCode).toBe(200);
      const entries = unzipSync(new Uint8Array(zip.rawPayload));
      const pdfs = Object.entries(entries).filter(([name]) => name.endsWith('quote.pdf'));
      expect(pdfs).toHaveLength(1);
      expect(Buffer.from(pdfs[0]?.[1] ?? []).equals(original)).toBe(true);
    },
    60_000,
  );

  it('an inbound e-mail is read from the bucket (no local blob store needed)', async () => {
    const token = (await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail provider' })).body.token;
    const raw = readFileSync(
      eml(dir, {
        from: 'FOIA Officer <foia@police.example.gov>',
        to: `Records <request-${requestId}@records.example.org>`,
        subject: 'Your records request',
        text: 'Fog Reveal records attached.',
      }),
    );
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/email',
      headers: { 'content-type': 'message/rfc822', 'x-inbound-token': token },
      payload: raw,
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().message).toMatchObject({ status: 'matched', requestId, subject: 'Your records request' });
    expect(await s3.keys()).toContain(blobKey(sha(raw)));
    await settle(env);
  });

  it('the orphan sweep removes an unreferenced blob from the bucket and keeps the referenced ones', async () => {
    const orphan = await env.app.deps.blobs.put(Readable.from([Buffer.from('bytes nothing refers to')]));
    const before = await s3.keys();
    expect(before).toContain(blobKey(orphan.sha256));
    const swept = await sweepOrphans(env.db, env.dataDir, env.app.deps.blobs, new Date(Date.now() + 60_000), {
      blobGraceMs: 0,
    });
    expect(swept.blobs).toBe(1);
    const after = await s3.keys();
    expect(after).toEqual(before.filter((k) => k !== blobKey(orphan.sha256)));
  });

  it('DATA_DIR holds the database and nothing of the blobs', () => {
    const files = filesUnder(env.dataDir);
    expect(files.filter((f) => !/^foia\.sqlite(-wal|-shm)?$/.test(f))).toEqual([]);
  });
});
