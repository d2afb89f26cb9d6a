/**
 * Words with their place on the page, so that text found by a pattern can be blacked out where it
 * is drawn, and text under a box can be taken out of the text layer. A text layer's words come from
 * poppler's `pdftotext -bbox-layout` (points, with lines); a scan's from tesseract's TSV output
 * (pixels, with lines) on the same render ingestion OCRed. Boxes are kept in fractions of the page.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../extract/run.js';
import type { Box } from '../images/raster.js';
import { renderRange } from '../images/render.js';

export interface Word {
  text: string;
  box: Box;
  /** Words of one line share a number (in reading order). */
  line: number;
}

/** The words of a page joined as text (a space between words, a newline between lines), with each word's span. */
export interface WordText {
  text: string;
  spans: { start: number; end: number }[];
}

const TIMEOUT_MS = 5 * 60 * 1000;
const OCR_DPI = 300;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });

/**
 * Parses `pdftotext -bbox-layout` output: pages in order, each with its words in fractions of the
 * page as it is shown (and rendered). poppler gives a rotated page's size unrotated but its words'
 * places rotated, so for a page turned by 90 or 270 degrees (`rotations`, from pdfinfo) the size is
 * turned too.
 */
export function parseBboxLayout(xml: string, firstPage: number, rotations?: Map<number, number>): Map<number, Word[]> {
  const pages = new Map<number, Word[]>();
  let page = firstPage - 1;
  let width = 1;
  let height = 1;
  let line = -1;
  let words: Word[] = [];
  const re =
    /<page width="([\d.]+)" height="([\d.]+)">|<line\b|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const m of xml.matchAll(re)) {
    if (m[1] !== undefined) {
      page++;
      const turned = ((rotations?.get(page) ?? 0) / 90) % 2 === 1;
      width = Number(turned ? m[2] : m[1]) || 1;
      height = Number(turned ? m[1] : m[2]) || 1;
      line = -1;
      words = [];
      pages.set(page, words);
    } else if (m[0] === '<line') {
      line++;
    } else {
      const [x0, y0, x1, y1] = [m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number];
      words.push({
        text: unescapeXml(m[7] ?? ''),
        box: { x: x0 / width, y: y0 / height, width: (x1 - x0) / width, height: (y1 - y0) / height },
        line: Math.max(line, 0),
      });
    }
  }
  return pages;
}

/** The words of a PDF's text layer on pages from..to (`rotations` by page, as pdfinfo gives them). */
export async function pdfWords(
  path: string,
  from: number,
  to: number,
  rotations?: Map<number, number>,
): Promise<Map<number, Word[]>> {
  const xml = await run('pdftotext', ['-q', '-bbox-layout', '-f', String(from), '-l', String(to), path, '-'], {
    timeoutMs: TIMEOUT_MS,
    maxBuffer: 512 * 1024 * 1024,
  });
  return parseBboxLayout(xml, from, rotations);
}

/** Parses tesseract's TSV: words (level 5) with their boxes in fractions of the image (level 1). */
export function parseTsv(tsv: string): Word[] {
  let width = 1;
  let height = 1;
  const words: Word[] = [];
  const lines = new Map<string, number>();
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12) continue;
    const [level, , block, par, lineNo, , left, top, w, h] = f.map(Number) as number[];
    if (level === 1) {
      width = (w as number) || 1;
      height = (h as number) || 1;
      continue;
    }
    const text = f.slice(11).join('\t').trim();
    if (level !== 5 || !text) continue;
    const key = `${block}.${par}.${lineNo}`;
    if (!lines.has(key)) lines.set(key, lines.size);
    words.push({
      text,
      box: {
        x: (left as number) / width,
        y: (top as number) / height,
        width: (w as number) / width,
        height: (h as number) / height,
      },
      line: lines.get(key) as number,
    });
  }
  return words;
}

/** OCR words of an image file (as ingestion OCRs an image document). */
export async function imageWords(path: string): Promise<Word[]> {
  return parseTsv(await run('tesseract', [path, 'stdout', 'tsv'], { timeoutMs: TIMEOUT_MS }));
}

/** OCR words of a scanned PDF page, from the same 300 dpi grey render that ingestion OCRs. */
export async function scannedPageWords(path: string, page: number, dpi: number, tmp: string): Promise<Word[]> {
  const prefix = `ocr-${randomUUID()}`;
  const files = await renderRange(path, page, page, Math.min(OCR_DPI, dpi), tmp, { grey: true, prefix });
  const file = files.get(page) as string;
  try {
    return parseTsv(await run('tesseract', [file, 'stdout', 'tsv'], { timeoutMs: TIMEOUT_MS }));
  } finally {
    await rm(file, { force: true });
  }
}

/** The words as text: one line per line number, words separated by a space. */
export function joinWords(words: Word[]): WordText {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  let line: number | null = null;
  for (const w of words) {
    if (line !== null) text += w.line === line ? ' ' : '\n';
    line = w.line;
    spans.push({ start: text.length, end: text.length + w.text.length });
    text += w.text;
  }
  return { text, spans };
}

/** Union of boxes. */
function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** The boxes over text spans (character ranges of `joined.text`): the words each touches, one box per line. */
export function locate(words: Word[], joined: WordText, ranges: [number, number][]): Box[] {
  const boxes: Box[] = [];
  for (const [start, end] of ranges) {
    const byLine = new Map<number, Box>();
    joined.spans.forEach((s, i) => {
      if (s.end <= start || s.start >= end) return;
      const w = words[i] as Word;
      const had = byLine.get(w.line);
      byLine.set(w.line, had ? union(had, w.box) : w.box);
    });
    boxes.push(...byLine.values());
  }
  return boxes;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The words a box hides: a tenth of the word's area under any box is enough (a word half hidden in
 * the image is taken out of the text layer, not left there whole).
 */
export function coveredWords(words: Word[], boxes: Box[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    const area = w.box.width * w.box.height;
    if (area <= 0) {
      if (boxes.some((b) => overlap(b, { ...w.box, width: w.box.width || 1e-6, height: w.box.height || 1e-6 }) > 0))
        out.add(i);
      return;
    }
    if (boxes.some((b) => overlap(b, w.box) >= 0.1 * area)) out.add(i);
  });
  return out;
}

export const REDACTED_MARK = '[redacted]';

/** The page's text from its words, each run of hidden words on a line replaced by one mark. */
export function textWithout(words: Word[], hidden: Set<number>): string {
  let text = '';
  let line: number | null = null;
  let lastHidden = false;
  words.forEach((w, i) => {
    const newLine = line !== null && w.line !== line;
    if (hidden.has(i)) {
      if (lastHidden && !newLine) return;
      if (line !== null) text += newLine ? '\n' : ' ';
      text += REDACTED_MARK;
      lastHidden = true;
    } else {
      if (line !== null) text += newLine ? '\n' : ' ';
      text += w.text;
      lastHidden = false;
    }
    line = w.line;
  });
  return text;
}

/** A temporary directory name under DATA_DIR/tmp (swept at start if left behind). */
export const tmpDirName = (dataDir: string, what: string, id: number) =>
  join(dataDir, 'tmp', `${what}-${id}-${randomUUID()}`);
