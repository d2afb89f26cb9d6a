/**
 * Files no row refers to. Bytes are stored before their row is written (so a row never points at
 * missing bytes); an upload refused after its bytes arrived (over the size limit, too many files, not
 * an e-mail) or cut off (the client gone, the process killed) would leave them behind:
 * - a refused or cut-off upload removes at once the blobs it created that nothing refers to;
 * - at start, temporary files older than a grace period and unreferenced blobs older than another
 *   are swept. The grace periods leave alone what another process on this machine is writing now.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/index.js';
import type { BlobStore } from './blob-store.js';

/** Every column that holds a blob's SHA-256 (each indexed): a blob is kept while any of them names it. */
const REFERENCES = [
  { table: 'documents', column: 'sha256' },
  { table: 'documents', column: 'redacted_sha256' },
  { table: 'document_page_images', column: 'sha256' },
  { table: 'inbound_messages', column: 'sha256' },
  { table: 'messages', column: 'eml_sha256' },
];

function referenced(db: Db, sha256: string): boolean {
  return REFERENCES.some(
    ({ table, column }) =>
      db.$client.prepare(`select 1 from ${table} where ${column} = ? limit 1`).get(sha256) !== undefined,
  );
}

function allReferenced(db: Db): Set<string> {
  const union = REFERENCES.map(({ table, column }) => `select ${column} as sha from ${table}`).join(' union ');
  return new Set((db.$client.prepare(union).pluck().all() as string[]).filter(Boolean));
}

/** Removes the blobs an upload created, unless a row refers to them meanwhile. */
export async function discardUnreferenced(db: Db, blobs: BlobStore, created: readonly string[]): Promise<void> {
  for (const sha256 of new Set(created)) {
    if (!referenced(db, sha256)) await blobs.remove(sha256);
  }
}

export interface SweepResult {
  tmp: number;
  blobs: number;
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

async function olderThan(path: string, cutoff: number): Promise<boolean> {
  try {
    return (await stat(path)).mtimeMs < cutoff;
  } catch (err) {
    // Removed meanwhile by its own writer.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/**
 * Sweeps `DATA_DIR/tmp` and the blob store's temporary files (untouched for `tmpGraceMs`) and the
 * blobs no row refers to (untouched for `blobGraceMs`), through the store, local folder or bucket.
 */
export async function sweepOrphans(
  db: Db,
  dataDir: string,
  blobs: BlobStore,
  now: Date,
  grace: { tmpGraceMs?: number; blobGraceMs?: number } = {},
): Promise<SweepResult> {
  const result: SweepResult = { tmp: 0, blobs: 0 };
  const tmpCutoff = now.getTime() - (grace.tmpGraceMs ?? 15 * 60_000);
  const dir = join(dataDir, 'tmp');
  for (const name of await entries(dir)) {
    const path = join(dir, name);
    if (!(await olderThan(path, tmpCutoff))) continue;
    await rm(path, { recursive: true, force: true });
    result.tmp++;
  }
  result.tmp += await blobs.sweepTemporary(new Date(tmpCutoff));
  const blobCutoff = now.getTime() - (grace.blobGraceMs ?? 60 * 60_000);
  const kept = allReferenced(db);
  for await (const { sha256, modified } of blobs.list()) {
    if (kept.has(sha256) || modified.getTime() >= blobCutoff) continue;
    // Written and referred to since the list was read: keep it.
    if (referenced(db, sha256)) continue;
    await blobs.remove(sha256);
    result.blobs++;
  }
  return result;
}
