import { run } from './run.js';

const OCR_TIMEOUT_MS = 5 * 60 * 1000;

/** OCR an image file (png/jpeg/tiff/gif/bmp/webp; every page of a multi-page TIFF). */
export async function ocrImage(path: string): Promise<string> {
  const out = await run('tesseract', [path, 'stdout'], { timeoutMs: OCR_TIMEOUT_MS });
  return normaliseOcr(out);
}

/** Tesseract ends pages with form feeds and pads with blank lines; keep paragraphs only. */
export function normaliseOcr(text: string): string {
  return text
    .replace(/\f/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
