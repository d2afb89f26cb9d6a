/**
 * The blob store keeps each file once, by SHA-256. The local store writes under DATA_DIR/blobs:
 * stream to a temporary file while hashing, fsync, then rename into place (the rename is atomic, so
 * a blob is either absent or complete). `BLOB_STORE=s3://bucket` keeps them in an S3-compatible
 * bucket instead (s3-blob-store.ts); `openBlobStore` is the one place that chooses.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config.js';
import { S3BlobStore } from './s3-blob-store.js';

export interface StoredBlob {
  sha256: string;
  size: number;
  /** False when the same bytes were already stored. */
  created: boolean;
}

export interface BlobStore {
  put(source: Readable): Promise<StoredBlob>;
  /** The same for bytes already in memory (a message built here): one write, nothing streamed. */
  putBytes(bytes: Buffer): Promise<StoredBlob>;
  open(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
  /** Removes a blob (one no row refers to: see src/documents/orphans.ts). Absent already is fine. */
  remove(sha256: string): Promise<void>;
  /** A path on local disk, for tools that need one (pdftotext, tesseract); null when the store is remote. */
  localPath(sha256: string): string | null;
  /** Every stored blob and when it was written, for the orphan sweep. */
  list(): AsyncIterable<{ sha256: string; modified: Date }>;
  /** Removes the temporary files of puts that never finished, written before `before`; returns how many. */
  sweepTemporary(before: Date): Promise<number>;
  /** Fails, saying why in one sentence, when the store cannot be used (run at start). */
  check(): Promise<void>;
}

/** A path on local disk for a blob, for tools that need one (a remote store's blob is copied into `tmp` first). */
export async function localBlob(blobs: BlobStore, sha256: string, tmp: string): Promise<string> {
  const local = blobs.localPath(sha256);
  if (local) return local;
  const path = join(tmp, `blob-${sha256}`);
  await pipeline(blobs.open(sha256), createWriteStream(path, { highWaterMark: 1 << 20 }));
  return path;
}

/** The store BLOB_STORE names: DATA_DIR/blobs by default, or an S3-compatible bucket. */
export function openBlobStore(
  config: Pick<
    Config,
    | 'DATA_DIR'
    | 'BLOB_STORE'
    | 'S3_ENDPOINT'
    | 'S3_REGION'
    | 'S3_ACCESS_KEY_ID'
    | 'S3_SECRET_ACCESS_KEY'
    | 'S3_FORCE_PATH_STYLE'
    | 'UPLOAD_MAX_BYTES'
    | 'ARCHIVE_MAX_BYTES'
  >,
): BlobStore {
  if (config.BLOB_STORE === 'local') return new LocalBlobStore(config.DATA_DIR);
  // config.ts has checked the form: s3://bucket or s3://bucket/a/prefix.
  const [bucket = '', ...rest] = config.BLOB_STORE.slice('s3://'.length).split('/');
  const path = rest.filter(Boolean).join('/');
  return new S3BlobStore({
    bucket,
    prefix: path ? `${path}/` : '',
    // S3 allows 10,000 parts: parts large enough for the largest file this tracker may store.
    partSize: Math.max(8 * 1024 * 1024, Math.ceil(Math.max(config.UPLOAD_MAX_BYTES, config.ARCHIVE_MAX_BYTES) / 9_000)),
    client: {
      region: config.S3_REGION,
      ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
      forcePathStyle: config.S3_FORCE_PATH_STYLE ?? config.S3_ENDPOINT !== undefined,
      ...(config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY } }
        : {}),
    },
  });
}

const SHA = /^[0-9a-f]{64}$/;

/**
 * Renames a finished temporary file into place, making its two-level folder the first time (making
 * a folder that exists already costs more than the rename, and almost every folder exists).
 */
async function moveInto(tmpPath: string, final: string): Promise<void> {
  try {
    await rename(tmpPath, final);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(join(final, '..'), { recursive: true });
    await rename(tmpPath, final);
  }
}

export class LocalBlobStore implements BlobStore {
  private readonly root: string;
  private readonly tmp: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'blobs');
    this.tmp = join(this.root, 'tmp');
    mkdirSync(this.tmp, { recursive: true });
  }

  localPath(sha256: string): string {
    if (!SHA.test(sha256)) throw new Error('not a sha256');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(source: Readable): Promise<StoredBlob> {
    const tmpPath = join(this.tmp, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    try {
      const out = createWriteStream(tmpPath, { highWaterMark: 1 << 20 });
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            hash.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        out,
      );
      const fh = await open(tmpPath, 'r');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
      const sha256 = hash.digest('hex');
      const final = this.localPath(sha256);
      if (existsSync(final)) {
        await rm(tmpPath, { force: true });
        return { sha256, size, created: false };
      }
      await moveInto(tmpPath, final);
      return { sha256, size, created: true };
    } catch (err) {
      await rm(tmpPath, { force: true });
      throw err;
    }
  }

  async putBytes(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const final = this.localPath(sha256);
    if (existsSync(final)) return { sha256, size: bytes.length, created: false };
    const tmpPath = join(this.tmp, randomUUID());
    try {
      const fh = await open(tmpPath, 'wx');
      try {
        await fh.writeFile(bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await moveInto(tmpPath, final);
      return { sha256, size: bytes.length, created: true };
    } catch (err) {
      await rm(tmpPath, { force: true });
      throw err;
    }
  }

  open(sha256: string): Readable {
    return createReadStream(this.localPath(sha256), { highWaterMark: 1 << 20 });
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.localPath(sha256), { force: true });
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.localPath(sha256))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  async check(): Promise<void> {
    // The folders were made by the constructor.
  }

  async *list(): AsyncGenerator<{ sha256: string; modified: Date }> {
    for (const a of await entries(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await entries(join(this.root, a))) {
        for (const name of await entries(join(this.root, a, b))) {
          if (!SHA.test(name)) continue;
          const modified = await mtime(join(this.root, a, b, name));
          if (modified) yield { sha256: name, modified };
        }
      }
    }
  }

  async sweepTemporary(before: Date): Promise<number> {
    let removed = 0;
    for (const name of await entries(this.tmp)) {
      const modified = await mtime(join(this.tmp, name));
      if (!modified || modified >= before) continue;
      await rm(join(this.tmp, name), { recursive: true, force: true });
      removed++;
    }
    return removed;
  }
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** When a file was last written; null when it was removed meanwhile (by its own writer). */
async function mtime(path: string): Promise<Date | null> {
  try {
    return (await stat(path)).mtime;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
