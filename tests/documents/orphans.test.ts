/**
 * Files no row refers to: an upload refused after its bytes arrived leaves none behind, and the
 * sweep at start removes what an interrupted process left (temporary files, unreferenced blobs),
 * while it keeps what rows refer to and what another process is writing now.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOrphans } from '../../src/documents/orphans.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { multipart } from '../helpers/multipart.js';

let env: TestEnv;
let staff: string;
let requestId: number;
let inboundToken: string;

beforeAll(async () => {
  env = await createTestEnv({ withQueue: false, env: { UPLOAD_MAX_BYTES: '4000' } });
  staff = (await userWithToken(env, 'staff')).token;
  const admin = (await userWithToken(env, 'admin')).token;
  requestId = (await makeRequest(env, staff, (await makeAgency(env, staff)).id)).id;
  inboundToken = (await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail' })).body.token;
});
afterAll(() => env.close());

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const blobPath = (hash: string) => join(env.dataDir, 'blobs', hash.slice(0, 2), hash.slice(2, 4), hash);

function blobFiles(): string[] {
  const root = join(env.dataDir, 'blobs');
  const out: string[] = [];
  for (const a of readdirSync(root).filter((n) => /^[0-9a-f]{2}$/.test(n))) {
    for (const b of readdirSync(join(root, a))) out.push(...readdirSync(join(root, a, b)));
  }
  return out.sort();
}

async function upload(files: { name: string; content: Buffer }[]) {
  const body = multipart(files);
  return env.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${requestId}/documents`,
    headers: { ...body.headers, authorization: `Bearer ${staff}` },
    payload: body.payload,
  });
}

describe('a refused upload', () => {
  it('with a second file over the limit: 413, and neither file is kept', async () => {
    const before = blobFiles();
    const small = Buffer.from(`Media Sonar purchase order ${Math.random()}`);
    const big = Buffer.alloc(10_000, 'x');
    const res = await upload([
      { name: 'order.txt', content: small },
      { name: 'scan.pdf', content: big },
    ]);
    expect(res.statusCode).toBe(413);
    expect(blobFiles()).toEqual(before);
    expect(existsSync(blobPath(sha(small)))).toBe(false);
    const docs = env.db.$client.prepare('select count(*) from documents where request_id = ?').pluck().get(requestId);
    expect(docs).toBe(0);
  });

  it('keeps bytes that a document already refers to', async () => {
    const kept = Buffer.from(`Snaptrends contract ${Math.random()}`);
    expect((await upload([{ name: 'contract.txt', content: kept }])).statusCode).toBe(202);
    const res = await upload([
      { name: 'again.txt', content: kept },
      { name: 'big.bin', content: Buffer.alloc(10_000, 'y') },
    ]);
    expect(res.statusCode).toBe(413);
    expect(existsSync(blobPath(sha(kept)))).toBe(true);
  });

  it('an empty inbound message: 422, and its bytes are not kept', async () => {
    const before = blobFiles();
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/email',
      headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inboundToken },
      payload: Buffer.alloc(0),
    });
    expect(res.statusCode).toBe(422);
    expect(blobFiles()).toEqual(before);
  });
});

describe('the sweep at start', () => {
  it('removes stale temporary files and unreferenced blobs; keeps referenced, fresh and unrelated files', async () => {
    const old = new Date(Date.now() - 2 * 3_600_000);
    const stale = (path: string) => utimesSync(path, old, old);
    const tmp = join(env.dataDir, 'tmp');
    mkdirSync(join(tmp, 'ingest-9-abandoned'), { recursive: true });
    writeFileSync(join(tmp, 'ingest-9-abandoned', 'page-1.png'), 'x');
    stale(join(tmp, 'ingest-9-abandoned'));
    writeFileSync(join(env.dataDir, 'blobs', 'tmp', 'half-written'), 'partial upload');
    stale(join(env.dataDir, 'blobs', 'tmp', 'half-written'));
    writeFileSync(join(env.dataDir, 'blobs', 'tmp', 'being-written'), 'an upload in progress elsewhere');

    const orphan = Buffer.from('bytes renamed into place before the process was killed');
    mkdirSync(join(blobPath(sha(orphan)), '..'), { recursive: true });
    writeFileSync(blobPath(sha(orphan)), orphan);
    stale(blobPath(sha(orphan)));
    const fresh = Buffer.from('bytes whose row another process is writing now');
    mkdirSync(join(blobPath(sha(fresh)), '..'), { recursive: true });
    writeFileSync(blobPath(sha(fresh)), fresh);
    const referenced = Buffer.from(`ShadowDragon invoice ${Math.random()}`);
    expect((await upload([{ name: 'invoice.txt', content: referenced }])).statusCode).toBe(202);
    stale(blobPath(sha(referenced)));

    const result = await sweepOrphans(env.db, env.dataDir, env.app.deps.blobs, new Date());
    expect(result).toEqual({ tmp: 2, blobs: 1 });
    expect(existsSync(join(tmp, 'ingest-9-abandoned'))).toBe(false);
    expect(existsSync(join(env.dataDir, 'blobs', 'tmp', 'half-written'))).toBe(false);
    expect(existsSync(join(env.dataDir, 'blobs', 'tmp', 'being-written'))).toBe(true);
    expect(existsSync(blobPath(sha(orphan)))).toBe(false);
    expect(existsSync(blobPath(sha(fresh)))).toBe(true);
    expect(existsSync(blobPath(sha(referenced)))).toBe(true);
  });
});
