/**
 * Rendering PDF pages to pixels with poppler: page sizes from one pdfinfo run, then pdftoppm over a
 * range of pages at once (one process per batch, not per page), as PPM that src/documents/images/
 * raster.ts reads without decoding.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ExtractError } from '../extract/errors.js';
import { run } from '../extract/run.js';

/** Page images for the viewer and the redacted version: sharp enough to read small print. */
export const IMAGE_DPI = 150;
/**
 * The long side of a page image at most, in pixels: a poster or a CAD sheet is rendered at a lower
 * resolution rather than at gigapixels (a Letter page at 150 dpi is 1275 x 1650).
 */
export const MAX_IMAGE_PIXELS = 2600;
const RENDER_TIMEOUT_MS = 2 * 60 * 1000;

export interface PageSize {
  page: number;
  /** In points, as pdfinfo gives them (before rotation). */
  width: number;
  height: number;
  rotation: number;
}

/** The sizes of pages from..to, from one pdfinfo run. */
export async function pageSizes(path: string, from: number, to: number): Promise<Map<number, PageSize>> {
  const out = await run('pdfinfo', ['-f', String(from), '-l', String(to), path], { timeoutMs: RENDER_TIMEOUT_MS });
  const sizes = new Map<number, PageSize>();
  for (const m of out.matchAll(/^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts/gm)) {
    sizes.set(Number(m[1]), { page: Number(m[1]), width: Number(m[2]), height: Number(m[3]), rotation: 0 });
  }
  for (const m of out.matchAll(/^Page\s+(\d+)\s+rot:\s+(\d+)/gm)) {
    const s = sizes.get(Number(m[1]));
    if (s) s.rotation = Number(m[2]);
  }
  return sizes;
}

/** Each page's rotation (0, 90, 180, 270), for reading word positions. */
export const rotationsOf = (sizes: Map<number, PageSize>) => new Map([...sizes].map(([p, s]) => [p, s.rotation]));

/** The resolution for a page: IMAGE_DPI, lowered so that its long side stays under MAX_IMAGE_PIXELS. */
export function dpiFor(size: PageSize | undefined, wanted = IMAGE_DPI, maxPixels = MAX_IMAGE_PIXELS): number {
  const longest = size ? Math.max(size.width, size.height) : 0;
  if (!(longest > 0)) return wanted;
  return Math.max(20, Math.min(wanted, Math.floor((maxPixels * 72) / longest)));
}

/** Consecutive pages that render at the same resolution, each run one pdftoppm process. */
export function renderRuns(
  pages: number[],
  dpi: (page: number) => number,
): { from: number; to: number; dpi: number }[] {
  const runs: { from: number; to: number; dpi: number }[] = [];
  for (const p of [...pages].sort((a, b) => a - b)) {
    const d = dpi(p);
    const last = runs[runs.length - 1];
    if (last && last.to === p - 1 && last.dpi === d) last.to = p;
    else runs.push({ from: p, to: p, dpi: d });
  }
  return runs;
}

/**
 * Renders pages from..to at `dpi` into `dir` as PPM (PGM with `grey`); returns each page's file.
 * pdftoppm names files after the page, padded to the digits of the last page of the document.
 */
export async function renderRange(
  path: string,
  from: number,
  to: number,
  dpi: number,
  dir: string,
  options: { grey?: boolean; prefix?: string } = {},
): Promise<Map<number, string>> {
  const prefix = options.prefix ?? `r${from}`;
  const args = ['-r', String(dpi), '-f', String(from), '-l', String(to)];
  if (options.grey) args.push('-gray');
  args.push(path, join(dir, prefix));
  await run('pdftoppm', args, { timeoutMs: RENDER_TIMEOUT_MS * (to - from + 1) });
  const files = new Map<number, string>();
  const re = new RegExp(`^${prefix}-(\\d+)\\.p[gp]m$`);
  for (const name of await readdir(dir)) {
    const m = re.exec(name);
    if (m) files.set(Number(m[1]), join(dir, name));
  }
  for (let p = from; p <= to; p++) {
    if (!files.has(p)) throw new ExtractError(`pdftoppm wrote no image of page ${p}`);
  }
  return files;
}
