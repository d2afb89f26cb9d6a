/**
 * The blob store keeps each file once, by SHA-256. The local store writes under DATA_DIR/blobs:
 * stream to a temporary file while hashing, fsync, then rename into place (the rename is atomic, so
 * a blob is either absent or complete). An S3-compatible store can implement the same interface.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

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
}
