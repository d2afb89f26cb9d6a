import { open } from 'node:fs/promises';
import { ExtractError } from './errors.js';
import { run } from './run.js';

const OCR_TIMEOUT_MS = 5 * 60 * 1000;
/**
 * The most pixels an image may have to be OCRed. A tiny file can declare a huge canvas (an image
 * bomb: 100,000 x 100,000 pixels of one colour compresses to kilobytes), which tesseract would try
 * to allocate whole. 100 megapixels is a page scanned at 1,200 dpi with room to spare.
 */
export const MAX_OCR_PIXELS = 100_000_000;

/**
 * OCR an image file (png/jpeg/tiff/gif/bmp/webp; every page of a multi-page TIFF) in `language`,
 * tesseract's `-l` (`eng`, `spa`, `eng+spa`).
 */
export async function ocrImage(path: string, language = 'eng'): Promise<string> {
  const size = await imageSize(path);
  if (size && size.width * size.height > MAX_OCR_PIXELS) {
    throw new ExtractError(
      `The image is ${size.width} x ${size.height} pixels, more than the ${MAX_OCR_PIXELS / 1_000_000} megapixels that are OCRed; the original is kept and can be downloaded.`,
    );
  }
  const out = await run('tesseract', [path, 'stdout', '-l', language], { timeoutMs: OCR_TIMEOUT_MS });
  return normaliseOcr(out);
}

/**
 * Width and height from the image header (PNG, JPEG, GIF, BMP, WebP), read without decoding the
 * image; null for other formats (TIFF), which the OCR timeout still bounds.
 */
export async function imageSize(path: string): Promise<{ width: number; height: number } | null> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const b = buf.subarray(0, bytesRead);
    if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47)
      return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
    if (b.length >= 10 && b.toString('latin1', 0, 3) === 'GIF')
      return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
    if (b.length >= 26 && b.toString('latin1', 0, 2) === 'BM') {
      return { width: Math.abs(b.readInt32LE(18)), height: Math.abs(b.readInt32LE(22)) };
    }
    if (b.length >= 30 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
      const kind = b.toString('latin1', 12, 16);
      if (kind === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
      if (kind === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
      if (kind === 'VP8L') {
        const bits = b.readUInt32LE(21);
        return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
      }
      return null;
    }
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
    return null;
  } finally {
    await fh.close();
  }
}

/** The frame size from a JPEG's start-of-frame marker (any SOF but DHT/JPG/DAC). */
function jpegSize(b: Buffer): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] as number;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + len;
  }
  return null;
}

/** Tesseract ends pages with form feeds and pads with blank lines; keep paragraphs only. */
export function normaliseOcr(text: string): string {
  return text
    .replace(/\f/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
