/**
 * A real S3-protocol server for tests: s3rver, started as its own process on a free port with a
 * temporary folder, one bucket created, everything removed on close. It speaks PutObject,
 * multipart uploads, CopyObject, GetObject, ListObjectsV2, HeadObject and DeleteObject over real
 * HTTP with SigV4-signed requests from the real SDK, and knows one access key (`S3RVER`).
 *
 * What it does not cover, so what these tests cannot show about a real S3 (AWS, MinIO, Garage):
 * - multipart limits: it accepts parts of any size and any count (S3 wants 5 MiB to 5 GiB a part,
 *   at most 10,000 parts) and does not implement UploadPartCopy, so the multipart copy of a blob
 *   over 5 GiB (S3BlobStore.copy) is not run here;
 * - consistency, latency, throttling (503 SlowDown) and the SDK's retries against them;
 * - access policies, bucket ownership, object lock, versioning, encryption, lifecycle rules
 *   (incomplete multipart uploads are only cleaned by a rule on a real bucket);
 * - authentication: it refuses an unknown access key id but does not verify SigV4 signatures at
 *   all (a wrong secret passes), nor clock skew, session tokens or presigned URLs;
 * - integrity: it does not check a body against its x-amz-content-sha256 or the SDK's CRC
 *   checksum headers;
 * - listings longer than one page: s3rver answers InternalError when ListObjectsV2 has to truncate
 *   (MaxKeys below the count), so the continuation-token loop of the sweep is not run here;
 * - virtual-host-style addressing (tests use path style) and TLS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

const require = createRequire(import.meta.url);

export interface TestS3 {
  endpoint: string;
  bucket: string;
  /** The settings that point the tracker at this bucket. */
  env: Record<string, string>;
  client: S3Client;
  /** Every key in the bucket. */
  keys(): Promise<string[]>;
  close(): Promise<void>;
}

export async function startS3(bucket = 'foia-test'): Promise<TestS3> {
  const dir = mkdtempSync(join(tmpdir(), 'foia-s3rver-'));
  const bin = require.resolve('s3rver/bin/s3rver.js');
  // Port 0: the system picks a free one, which s3rver prints.
  const child = spawn(
    process.execPath,
    [bin, '-d', dir, '-a', '127.0.0.1', '-p', '0', '--no-vhost-buckets', '--silent'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let port: number;
  try {
    port = await listening(child);
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    endpoint,
    bucket,
    client,
    env: {
      BLOB_STORE: `s3://${bucket}`,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    },
    async keys() {
      const out: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        for (const o of page.Contents ?? []) if (o.Key) out.push(o.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return out.sort();
    },
    async close() {
      client.destroy();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listening(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`s3rver did not start within 15 s: ${err}`)), 15_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on [^:\s]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited (${code}) before listening: ${err}`));
    });
  });
}
