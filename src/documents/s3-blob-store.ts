/**
 * The blob store in an S3-compatible bucket (AWS S3, MinIO, Garage, Ceph...). Keys are
 * `<prefix>blobs/ab/cd/<sha256>`, as on disk. Bytes stream both ways: a put is uploaded while it is
 * hashed (multipart past 5 MiB, so memory stays at a few parts), a read is the GetObject body.
 *
 * A streamed put only knows its SHA-256, and so its key, at the end. It is uploaded under a
 * temporary key (`<prefix>tmp/<uuid>`), then copied server-side to its final key and the temporary
 * object deleted. An object appears under a key only whole (a PutObject, a completed multipart
 * upload and a CopyObject are each atomic), so a final key never holds a partial blob: a failed or
 * cut-off source aborts the upload, and a crash between copy and delete leaves only a temporary
 * object, which the start-up sweep removes once it is older than its grace period.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { BlobStore, StoredBlob } from './blob-store.js';

const SHA = /^[0-9a-f]{64}$/;

type Sdk = typeof import('@aws-sdk/client-s3') & Pick<typeof import('@aws-sdk/lib-storage'), 'Upload'>;
let sdk: Sdk | undefined;

/**
 * The SDK is loaded when the first S3 store is made, not at import: a tracker on the local folder
 * does not pay its ~200 ms of start. Synchronously (its CommonJS build), so that nothing waits
 * between a put's call and its reading of the source.
 */
function loadSdk(): Sdk {
  if (!sdk) {
    const require = createRequire(import.meta.url);
    const s3 = require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
    const { Upload } = require('@aws-sdk/lib-storage') as typeof import('@aws-sdk/lib-storage');
    sdk = { ...s3, Upload };
  }
  return sdk;
}
const MiB = 1024 * 1024;
/** The largest object one CopyObject may copy; larger ones are copied in parts. */
const COPY_LIMIT = 5 * 1024 * MiB;
/** Part size of a multipart copy (S3 allows 5 MiB to 5 GiB a part, 10,000 parts). */
const COPY_PART = 1024 * MiB;

export interface S3BlobStoreOptions {
  bucket: string;
  /** Prepended to every key: '' or 'a/prefix/'. */
  prefix: string;
  client: S3ClientConfig;
  /** Upload part size (default 8 MiB; at least 5 MiB, S3's minimum; at most 10,000 parts make a blob). */
  partSize?: number;
}

/** The store cannot be used: said in one sentence at start, without a stack trace. */
export class BlobStoreUnavailable extends Error {}

/** A blob asked for that the store does not hold: `code` is ENOENT, as the local store's error. */
export class BlobMissing extends Error {
  readonly code = 'ENOENT';
}

function status(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}

function isNotFound(err: unknown): boolean {
  const name = (err as { name?: string } | undefined)?.name;
  return name === 'NotFound' || name === 'NoSuchKey' || status(err) === 404;
}

export class S3BlobStore implements BlobStore {
  private readonly s3: S3Client;
  private readonly m: Sdk;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly partSize: number;
  private readonly endpoint: string;

  constructor(options: S3BlobStoreOptions) {
    this.m = loadSdk();
    this.s3 = new this.m.S3Client(options.client);
    this.bucket = options.bucket;
    this.prefix = options.prefix;
    this.partSize = Math.max(5 * MiB, options.partSize ?? 8 * MiB);
    this.endpoint = typeof options.client.endpoint === 'string' ? options.client.endpoint : 'AWS S3';
  }

  private key(sha256: string): string {
    if (!SHA.test(sha256)) throw new Error('not a sha256');
    return `${this.prefix}blobs/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  }

  private get tmpPrefix(): string {
    return `${this.prefix}tmp/`;
  }

  localPath(): null {
    return null;
  }

  async check(): Promise<void> {
    try {
      // A listing: the sweep needs that permission. Of the few temporary keys, without MaxKeys:
      // s3rver (the tests' server) fails on a listing it has to truncate.
      await this.s3.send(new this.m.ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.tmpPrefix }));
    } catch (err) {
      const why = status(err) === 404 ? 'no such bucket' : ((err as Error).name ?? 'error');
      throw new BlobStoreUnavailable(
        `BLOB_STORE s3://${this.bucket}: the bucket cannot be used at ${this.endpoint} (${why}: ${(err as Error).message}). Check BLOB_STORE, S3_ENDPOINT, S3_REGION and the credentials.`,
      );
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.s3.send(new this.m.HeadObjectCommand({ Bucket: this.bucket, Key: this.key(sha256) }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  /**
   * Synchronous as the interface wants: the stream is returned at once and fed when GetObject
   * answers; a missing blob or a failed request is an error on the stream.
   */
  open(sha256: string): Readable {
    const key = this.key(sha256);
    const out = new PassThrough({ highWaterMark: MiB });
    const abort = new AbortController();
    // A reader that goes away (a client hanging up) cancels the request or the body.
    out.once('close', () => abort.abort());
    this.s3
      .send(new this.m.GetObjectCommand({ Bucket: this.bucket, Key: key }), { abortSignal: abort.signal })
      .then((res) => pipeline(res.Body as Readable, out))
      .catch((err: unknown) => {
        if (out.destroyed) return; // the reader left: nothing to tell it
        out.destroy(isNotFound(err) ? new BlobMissing(`blob ${sha256} is not in the store`) : (err as Error));
      });
    return out;
  }

  async putBytes(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (await this.has(sha256)) return { sha256, size: bytes.length, created: false };
    // The key is known before the upload here, and a PutObject appears whole or not at all.
    await this.s3.send(new this.m.PutObjectCommand({ Bucket: this.bucket, Key: this.key(sha256), Body: bytes }));
    return { sha256, size: bytes.length, created: true };
  }

  async put(source: Readable): Promise<StoredBlob> {
    const tmpKey = `${this.tmpPrefix}${randomUUID()}`;
    const hash = createHash('sha256');
    let size = 0;
    const body = new PassThrough({ highWaterMark: MiB });
    const upload = new this.m.Upload({
      client: this.s3,
      params: { Bucket: this.bucket, Key: tmpKey, Body: body },
      partSize: this.partSize,
      queueSize: 2,
      // A failure aborts the multipart upload: no parts are left to be billed.
      leavePartsOnError: false,
    });
    try {
      await Promise.all([
        pipeline(
          source,
          async function* (chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              hash.update(chunk);
              size += chunk.length;
              yield chunk;
            }
          },
          body,
        ).catch(async (err: unknown) => {
          // The source failed: stop the upload so that it does not complete with the bytes so far.
          await Promise.allSettled([upload.abort()]);
          throw err;
        }),
        upload.done().catch((err: unknown) => {
          // The store failed: stop reading the source (nothing would drain it).
          body.destroy(err as Error);
          throw err;
        }),
      ]);
      const sha256 = hash.digest('hex');
      const final = this.key(sha256);
      let created = false;
      if (!(await this.has(sha256))) {
        await this.copy(tmpKey, final, size);
        created = true;
      }
      // The blob is stored: a temporary object that cannot be deleted now is left to the sweep
      // rather than failing the put.
      await Promise.allSettled([this.s3.send(new this.m.DeleteObjectCommand({ Bucket: this.bucket, Key: tmpKey }))]);
      return { sha256, size, created };
    } catch (err) {
      // Best effort: an upload aborted midway has no object to delete; one left behind by a
      // failing delete is removed by the start-up sweep (sweepTemporary).
      await Promise.allSettled([this.s3.send(new this.m.DeleteObjectCommand({ Bucket: this.bucket, Key: tmpKey }))]);
      throw err;
    }
  }

  /** A server-side copy; above CopyObject's 5 GiB limit, a multipart copy (complete only when every part is). */
  private async copy(from: string, to: string, size: number): Promise<void> {
    const source = `${this.bucket}/${encodeURIComponent(from).replaceAll('%2F', '/')}`;
    if (size <= COPY_LIMIT) {
      await this.s3.send(new this.m.CopyObjectCommand({ Bucket: this.bucket, Key: to, CopySource: source }));
      return;
    }
    const { UploadId } = await this.s3.send(new this.m.CreateMultipartUploadCommand({ Bucket: this.bucket, Key: to }));
    try {
      const parts: { ETag?: string; PartNumber: number }[] = [];
      for (let start = 0, n = 1; start < size; start += COPY_PART, n++) {
        const end = Math.min(size, start + COPY_PART) - 1;
        const res = await this.s3.send(
          new this.m.UploadPartCopyCommand({
            Bucket: this.bucket,
            Key: to,
            UploadId,
            PartNumber: n,
            CopySource: source,
            CopySourceRange: `bytes=${start}-${end}`,
          }),
        );
        parts.push({ ETag: res.CopyPartResult?.ETag, PartNumber: n });
      }
      await this.s3.send(
        new this.m.CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: to,
          UploadId,
          MultipartUpload: { Parts: parts },
        }),
      );
    } catch (err) {
      await Promise.allSettled([
        this.s3.send(new this.m.AbortMultipartUploadCommand({ Bucket: this.bucket, Key: to, UploadId })),
      ]);
      throw err;
    }
  }

  async remove(sha256: string): Promise<void> {
    // Deleting a key that is not there succeeds on S3.
    await this.s3.send(new this.m.DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(sha256) }));
  }

  private async *objects(prefix: string): AsyncGenerator<{ key: string; modified: Date }> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new this.m.ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        if (o.Key) yield { key: o.Key, modified: o.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async *list(): AsyncGenerator<{ sha256: string; modified: Date }> {
    for await (const o of this.objects(`${this.prefix}blobs/`)) {
      const name = o.key.slice(o.key.lastIndexOf('/') + 1);
      if (SHA.test(name) && o.key === this.key(name)) yield { sha256: name, modified: o.modified };
    }
  }

  async sweepTemporary(before: Date): Promise<number> {
    let removed = 0;
    for await (const o of this.objects(this.tmpPrefix)) {
      if (o.modified >= before) continue;
      await this.s3.send(new this.m.DeleteObjectCommand({ Bucket: this.bucket, Key: o.key }));
      removed++;
    }
    return removed;
  }
}
