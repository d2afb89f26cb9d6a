/**
 * A zip archive written as a stream with fflate: entries go in one after another, each from an
 * (async) iterable of chunks, and the archive's bytes come out as they are made, so that a caller
 * that pulls them (an HTTP reply) holds one chunk at a time, never a whole file. Each entry's size
 * and SHA-256 are taken on the way through, for the manifest.
 *
 * fflate writes no Zip64 records: every size and offset must stay below 4 GiB and the entries below
 * 65,535. Crossing a limit throws, which cuts the download short (a reader sees a broken archive)
 * rather than letting it end as a well-formed-looking but corrupt one.
 */
import { createHash } from 'node:crypto';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export const ZIP32_MAX_BYTES = 0xffff_ffff;
export const ZIP32_MAX_ENTRIES = 0xffff;

export interface ZipEntry {
  /** A path inside the archive, with forward slashes; made by the caller from cleaned parts only. */
  name: string;
  /** Deflate it (text) or store it as is (documents, which are mostly compressed already). */
  compress: boolean;
  data: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export interface WrittenEntry {
  name: string;
  size: number;
  sha256: string;
}

export class ZipTooLarge extends Error {}

export class ZipWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private emitted = 0;
  private entries = 0;

  constructor(private readonly mtime: Date) {
    this.zip = new Zip((err, data) => {
      if (err) this.failure = err;
      else {
        this.pending.push(data);
        this.emitted += data.length;
      }
    });
  }

  /** The bytes made since the last call. */
  private *take(): Generator<Uint8Array> {
    if (this.failure) throw this.failure;
    if (this.emitted >= ZIP32_MAX_BYTES) {
      throw new ZipTooLarge('The archive passed 4 GiB, which a zip without Zip64 cannot address');
    }
    const out = this.pending;
    this.pending = [];
    yield* out;
  }

  /** Writes one entry, yielding the archive's bytes as they come; returns its size and SHA-256. */
  async *add(entry: ZipEntry): AsyncGenerator<Uint8Array, WrittenEntry> {
    if (++this.entries > ZIP32_MAX_ENTRIES) {
      throw new ZipTooLarge(`More than ${ZIP32_MAX_ENTRIES} files, which a zip without Zip64 cannot list`);
    }
    const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
    file.mtime = this.mtime;
    this.zip.add(file);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of entry.data) {
      if (chunk.length === 0) continue;
      size += chunk.length;
      if (size >= ZIP32_MAX_BYTES) throw new ZipTooLarge(`${entry.name} is 4 GiB or more`);
      hash.update(chunk);
      file.push(chunk);
      yield* this.take();
    }
    file.push(new Uint8Array(0), true);
    yield* this.take();
    return { name: entry.name, size, sha256: hash.digest('hex') };
  }

  /** Writes the central directory: the archive is complete after these bytes. */
  *end(): Generator<Uint8Array> {
    this.zip.end();
    yield* this.take();
  }
}

/** A string as one chunk of UTF-8. */
export function* utf8(text: string): Generator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}
