import { readFile, rename } from 'node:fs/promises';
import { getDocumentProxy } from 'unpdf';
import { dpiFor, type PageSize, pageSizes } from '../images/render.js';
import { ExtractError } from './errors.js';
import { normaliseOcr } from './image.js';
import { run, runPiped, type Step } from './run.js';

/** Why a PDF that needs a password to open cannot be read (a plain reason, never a tool's output). */
export const NEEDS_PASSWORD = 'The PDF is password-protected (encrypted); it cannot be read without the password.';

export interface PdfHandle {
  pageCount: number;
  /** Text layer of page n (1-based); '' for a scanned page without text. */
  pageText(n: number): Promise<string>;
  close(): Promise<void>;
}

export const OCR_DPI = 300;
// A 300 dpi render of an oversized page (posters, CAD sheets) can need gigabytes; cap the
// long side in pixels and lower the resolution for such pages instead.
const MAX_RENDER_PIXELS = 10_000;
const RENDER_TIMEOUT_MS = 2 * 60 * 1000;
const OCR_TIMEOUT_MS = 5 * 60 * 1000;

type TextPart = { str?: string; hasEOL?: boolean; transform?: number[]; width?: number; height?: number };

export async function openPdf(path: string): Promise<PdfHandle> {
  const data = new Uint8Array(await readFile(path));
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(data, { verbosity: 0, stopAtErrors: false });
  } catch (err) {
    throw pdfError(err);
  }
  const pageCount = doc.numPages;
  if (!Number.isInteger(pageCount) || pageCount < 1) {
    // The error that matters is the one thrown below; a failure to release pdf.js's copy is not.
    await doc.destroy().catch((destroyErr: unknown) => destroyErr);
    throw new ExtractError('The PDF has no pages; it is damaged or not a real PDF.');
  }
  return {
    pageCount,
    async pageText(n: number): Promise<string> {
      if (!Number.isInteger(n) || n < 1 || n > pageCount) {
        throw new RangeError(`page ${n} is outside 1..${pageCount}`);
      }
      try {
        const page = await doc.getPage(n);
        try {
          const content = await page.getTextContent();
          return joinTextItems(content.items as TextPart[]);
        } finally {
          page.cleanup();
        }
      } catch (err) {
        throw pdfError(err, n);
      }
    },
    async close(): Promise<void> {
      await doc.destroy();
    },
  };
}

function pdfError(err: unknown, page?: number): ExtractError {
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new ExtractError(NEEDS_PASSWORD);
  const where = page ? ` (page ${page})` : '';
  const detail = err instanceof Error && err.message ? `: ${err.message}` : '';
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new ExtractError(`The PDF is damaged and could not be read${where}${detail}`);
  }
  return new ExtractError(`The PDF could not be read${where}${detail}`);
}

/**
 * pdf.js returns positioned fragments. Join them in stream order, breaking lines where
 * pdf.js says (hasEOL) or where the baseline moves, and adding a space when there is a
 * visible horizontal gap, so words from separate fragments do not run together.
 */
export function joinTextItems(items: TextPart[]): string {
  let out = '';
  let prev: { x: number; y: number; end: number; size: number } | null = null;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const t = item.transform;
    const pos =
      t && t.length >= 6
        ? {
            x: t[4] as number,
            y: t[5] as number,
            size: Math.abs((t[3] as number) || item.height || 10),
          }
        : null;
    if (prev && pos && item.str !== '' && !out.endsWith('\n')) {
      if (Math.abs(pos.y - prev.y) > prev.size * 0.5) out += '\n';
      else if (pos.x - prev.end > prev.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    }
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (pos && item.str !== '') prev = { x: pos.x, y: pos.y, end: pos.x + (item.width ?? 0), size: pos.size };
  }
  return out
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The resolution to render each of pages from..to at (`wanted`, lowered for a page whose long side
 * would pass MAX_RENDER_PIXELS), from one pdfinfo run for them all rather than one per page.
 */
export async function renderDpis(path: string, from: number, to: number, wanted: number): Promise<Map<number, number>> {
  let sizes: Map<number, PageSize>;
  try {
    sizes = await pageSizes(path, from, to);
  } catch (err) {
    // pdfinfo missing or failing on these pages (it is in the same package as pdftoppm): render at
    // the asked resolution, and let pdftoppm report what is wrong with a page.
    if (err instanceof ExtractError) sizes = new Map();
    else throw err;
  }
  const dpis = new Map<number, number>();
  for (let n = from; n <= to; n++) dpis.set(n, dpiFor(sizes.get(n), wanted, MAX_RENDER_PIXELS));
  return dpis;
}

/** pdftoppm appends ".png" itself, so it is given the path without the extension. */
async function pdftoppm(path: string, n: number, prefix: string, dpi: number): Promise<string> {
  const args = ['-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', '-png', path, prefix];
  await run('pdftoppm', args, { timeoutMs: RENDER_TIMEOUT_MS });
  return `${prefix}.png`;
}

/**
 * The page count from poppler's pdfinfo (no need to parse the whole file in-process). A PDF that
 * opens without a password but restricts copying or printing (an owner password: "Encrypted: yes
 * (print:no copy:no ...)") is read like any other; only one that needs a password to open is refused.
 */
export async function pdfinfoPages(path: string): Promise<number> {
  let out: string;
  try {
    out = await run('pdfinfo', [path], { timeoutMs: RENDER_TIMEOUT_MS });
  } catch (err) {
    if (err instanceof ExtractError && /incorrect password/i.test(err.message)) throw new ExtractError(NEEDS_PASSWORD);
    throw err;
  }
  const n = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  if (!Number.isInteger(n) || n < 1) throw new ExtractError('The PDF has no pages; it is damaged or not a real PDF.');
  return n;
}

/**
 * The two commands that OCR page n of a PDF: pdftoppm renders it in grey to its standard output, as
 * uncompressed PGM, and tesseract reads that on its standard input (`--dpi`: a PGM carries no
 * resolution, which tesseract would otherwise guess). The OCR benchmark's raw lanes check that they
 * run these very arguments.
 */
export function ocrSteps(path: string, n: number, language: string, dpi: number): [Step, Step] {
  return [
    { cmd: 'pdftoppm', args: ['-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', '-gray', path] },
    { cmd: 'tesseract', args: ['stdin', 'stdout', '-l', language, '--dpi', String(dpi)] },
  ];
}

/**
 * Render page n (1-based) in grey and OCR it in `language` (tesseract's `-l`), at `dpi` (see
 * renderDpis for a page that may be oversized). No temporary file: the image goes through a pipe.
 */
export async function ocrPdfPage(path: string, n: number, language = 'eng', dpi = OCR_DPI): Promise<string> {
  const [render, read] = ocrSteps(path, n, language, dpi);
  return normaliseOcr(await runPiped(render, read, { timeoutMs: RENDER_TIMEOUT_MS + OCR_TIMEOUT_MS }));
}

/**
 * Text layers of pages from..to (1-based, inclusive) in one pdftotext run; pdftotext ends every
 * page with a form feed, so the output splits into exactly one string per page.
 */
export async function pdftotextPages(path: string, from: number, to: number): Promise<string[]> {
  const out = await run('pdftotext', ['-q', '-enc', 'UTF-8', '-f', String(from), '-l', String(to), path, '-'], {
    timeoutMs: RENDER_TIMEOUT_MS,
    maxBuffer: 512 * 1024 * 1024,
  });
  const pages = out.split('\f');
  const want = to - from + 1;
  if (pages.length < want) throw new ExtractError(`pdftotext returned ${pages.length} of ${want} pages`);
  return pages.slice(0, want).map((t) => t.replace(/[ \t]+\n/g, '\n').trim());
}

/** Render page n (1-based) to outPng, e.g. to show the page image of a scan. */
export async function renderPdfPage(path: string, n: number, outPng: string, dpi = 150): Promise<void> {
  const prefix = outPng.replace(/\.png$/i, '');
  const dpis = await renderDpis(path, n, n, dpi);
  const made = await pdftoppm(path, n, prefix, dpis.get(n) ?? dpi);
  if (made !== outPng) await rename(made, outPng);
}
