/**
 * The BlobStore contract, held by both stores: the local folder and an S3 bucket (a real s3rver
 * process, see tests/helpers/s3.ts for what it does not cover). Then what only the S3 store has:
 * a bucket that cannot be used stops the start, leftovers of interrupted puts are swept.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type BlobStore, LocalBlobStore, openBlobStore } from '../../src/documents/blob-store.js';
import { BlobStoreUnavailable, S3BlobStore } from '../../src/documents/s3-blob-store.js';
import { startS3, type TestS3 } from '../helpers/s3.js';

const MiB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** `total` pseudo-random bytes in 1 MiB chunks, hashed as they are made (never held whole). */
function randomSource(total: number) {
  const hash = createHash('sha256');
  async function* chunks() {
    for (let sent = 0; sent < total; sent += MiB) {
      const c = randomBytes(Math.min(MiB, total - sent));
      hash.update(c);
      yield c;
    }
  }
  return { stream: Readable.from(chunks()), digest: () => hash.digest('hex') };
}

/** A source that sends `before` bytes and then fails, as a client hanging up mid-upload. */
function failingSource(before: number) {
  async function* chunks() {
    for (let sent = 0; sent < before; sent += MiB) yield randomBytes(MiB);
    throw new Error('client went away');
  }
  return Readable.from(chunks());
}

async function listed(store: BlobStore): Promise<string[]> {
  const out: string[] = [];
  for await (const b of store.list()) out.push(b.sha256);
  return out.sort();
}

let s3: TestS3;
let dir: string;

beforeAll(async () => {
  s3 = await startS3();
  dir = mkdtempSync(join(tmpdir(), 'foia-blobs-'));
}, 30_000);
afterAll(async () => {
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

const stores: [string, () => BlobStore, () => Promise<string[]>][] = [
  [
    'local folder',
    () => new LocalBlobStore(join(dir, 'local')),
    async () => readdirSync(join(dir, 'local', 'blobs', 'tmp')),
  ],
  [
    's3 bucket',
    () => openBlobStore(loadConfig({ DATA_DIR: join(dir, 'unused'), ...s3.env })),
    async () => (await s3.keys()).filter((k) => k.startsWith('tmp/')),
  ],
];

describe.each(stores)('the blob store contract: %s', (_name, make, temporaries) => {
  let store: BlobStore;
  beforeAll(() => {
    store = make();
  });

  it('put streams and hashes; open gives the bytes back; a second put of the same bytes is not created again', async () => {
    const bytes = Buffer.from(`Stingray purchase order ${Math.random()}`);
    const first = await store.put(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]));
    expect(first).toEqual({ sha256: sha(bytes), size: bytes.length, created: true });
    expect(await store.has(first.sha256)).toBe(true);
    expect((await readAll(store.open(first.sha256))).equals(bytes)).toBe(true);
    expect(await store.put(Readable.from([bytes]))).toEqual({ ...first, created: false });
    expect(await store.putBytes(bytes)).toEqual({ ...first, created: false });
    expect(await listed(store)).toContain(first.sha256);
    expect(await temporaries()).toEqual([]);
  });

  it('putBytes stores bytes in one write; remove forgets them, twice is fine', async () => {
    const bytes = Buffer.from(`a message built here ${Math.random()}`);
    const stored = await store.putBytes(bytes);
    expect(stored).toEqual({ sha256: sha(bytes), size: bytes.length, created: true });
    expect((await readAll(store.open(stored.sha256))).equals(bytes)).toBe(true);
    await store.remove(stored.sha256);
    expect(await store.has(stored.sha256)).toBe(false);
    await store.remove(stored.sha256);
    expect(await listed(store)).not.toContain(stored.sha256);
  });

  it('open of a blob that is not there is an ENOENT error on the stream (open itself does not throw)', async () => {
    const missing = sha(Buffer.from(`never stored ${Math.random()}`));
    expect(await store.has(missing)).toBe(false);
    const stream = store.open(missing);
    await expect(readAll(stream)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a 20 MiB stream goes in and comes back out with the same SHA-256', async () => {
    const source = randomSource(20 * MiB);
    const stored = await store.put(source.stream);
    expect(stored).toMatchObject({ sha256: source.digest(), size: 20 * MiB, created: true });
    const back = createHash('sha256');
    let size = 0;
    for await (const c of store.open(stored.sha256)) {
      back.update(c as Buffer);
      size += (c as Buffer).length;
    }
    expect({ sha256: back.digest('hex'), size }).toEqual({ sha256: stored.sha256, size: stored.size });
    await store.remove(stored.sha256);
  }, 60_000);

  it('a source that fails midway (past the first multipart part) leaves no blob and no temporary file', async () => {
    const before = await listed(store);
    await expect(store.put(failingSource(12 * MiB))).rejects.toThrow('client went away');
    expect(await listed(store)).toEqual(before);
    expect(await temporaries()).toEqual([]);
  }, 60_000);

  it('a source that fails before any byte leaves nothing either', async () => {
    const before = await listed(store);
    await expect(store.put(failingSource(0))).rejects.toThrow('client went away');
    expect(await listed(store)).toEqual(before);
    expect(await temporaries()).toEqual([]);
  });

  it('a reader that stops early does not hang the store', async () => {
    const stored = await store.put(randomSource(3 * MiB).stream);
    const stream = store.open(stored.sha256);
    for await (const _ of stream) break; // destroys the stream
    expect(await store.has(stored.sha256)).toBe(true);
    expect((await readAll(store.open(stored.sha256))).length).toBe(3 * MiB);
  });
});

describe('the S3 store only', () => {
  it('keeps nothing on local disk: localPath is null, and keys are blobs/ab/cd/<sha256> under the prefix', async () => {
    const store = openBlobStore(
      loadConfig({ DATA_DIR: join(dir, 'unused'), ...s3.env, BLOB_STORE: `s3://${s3.bucket}/site-a/` }),
    );
    const bytes = Buffer.from(`keys ${Math.random()}`);
    const { sha256 } = await store.put(Readable.from([bytes]));
    expect(store.localPath(sha256)).toBeNull();
    expect(await s3.keys()).toContain(`site-a/blobs/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`);
    expect(await listed(store)).toEqual([sha256]);
  });

  it('sweeps temporary objects of puts that never finished, once they are older than the grace period', async () => {
    const store = openBlobStore(loadConfig({ DATA_DIR: join(dir, 'unused'), ...s3.env }));
    await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'tmp/crashed-put', Body: 'partial' }));
    expect(await store.sweepTemporary(new Date(Date.now() - 60_000))).toBe(0);
    expect(await s3.keys()).toContain('tmp/crashed-put');
    expect(await store.sweepTemporary(new Date(Date.now() + 60_000))).toBe(1);
    expect(await s3.keys()).not.toContain('tmp/crashed-put');
  });

  it('a bucket that cannot be used stops the start with one sentence naming it', async () => {
    const absent = new S3BlobStore({
      bucket: 'no-such-bucket',
      prefix: '',
      client: {
        endpoint: s3.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      },
    });
    await expect(absent.check()).rejects.toThrow(BlobStoreUnavailable);
    await expect(absent.check()).rejects.toThrow(/BLOB_STORE s3:\/\/no-such-bucket: .*no such bucket/);
    // (s3rver refuses an unknown key id; it does not verify signatures, so a wrong secret would pass.)
    const badKey = openBlobStore(loadConfig({ DATA_DIR: dir, ...s3.env, S3_ACCESS_KEY_ID: 'NOT-A-KEY' }));
    await expect(badKey.check()).rejects.toThrow(/BLOB_STORE s3:\/\/foia-test: .*InvalidAccessKeyId/);
    await expect(openBlobStore(loadConfig({ DATA_DIR: dir, ...s3.env })).check()).resolves.toBeUndefined();
  });
});
