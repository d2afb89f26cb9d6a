/**
 * Page images as pixels. Poppler's pdftoppm writes PPM (P6, RGB) or PGM (P5, grey) at 8 bits, read
 * here as they are; redaction boxes are painted black into the pixels themselves (nothing of the
 * original survives under them); PNG is encoded here with zlib and PNG row filters, so that the same
 * compressed rows serve as the viewer's PNG and as the redacted PDF's image (PDF's Flate filter
 * takes PNG predictors: src/documents/images/pdf-writer.ts).
 */
import { crc32, deflateSync } from 'node:zlib';

export interface Raster {
  width: number;
  height: number;
  /** 1: grey, 3: RGB; 8 bits each. */
  channels: 1 | 3;
  data: Buffer;
}

/** A rectangle in fractions of the page (0..1 from the top left). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads a binary PGM (P5) or PPM (P6) with 8-bit samples. */
export function readPnm(buf: Buffer): Raster {
  const magic = buf.toString('latin1', 0, 2);
  if (magic !== 'P5' && magic !== 'P6') throw new Error(`not a binary PGM/PPM image (${magic})`);
  const fields: number[] = [];
  let i = 2;
  while (fields.length < 3) {
    while (i < buf.length && /\s/.test(String.fromCharCode(buf[i] as number))) i++;
    if (buf[i] === 0x23) {
      while (i < buf.length && buf[i] !== 0x0a) i++;
      continue;
    }
    const start = i;
    while (i < buf.length && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39) i++;
    if (start === i) throw new Error('malformed PGM/PPM header');
    fields.push(Number(buf.toString('latin1', start, i)));
  }
  const [width, height, max] = fields as [number, number, number];
  if (max !== 255) throw new Error(`only 8-bit PGM/PPM images are read (max ${max})`);
  const channels = magic === 'P5' ? 1 : 3;
  const data = buf.subarray(i + 1, i + 1 + width * height * channels);
  if (data.length !== width * height * channels) throw new Error('truncated PGM/PPM image');
  return { width, height, channels, data };
}

/** The same image in one grey channel when every pixel is grey already (most pages): a third of the bytes. */
export function toGreyIfNeutral(r: Raster): Raster {
  if (r.channels === 1) return r;
  const d = r.data;
  // One pass: the grey copy is written while checking, and dropped at the first coloured pixel.
  const grey = Buffer.allocUnsafe(r.width * r.height);
  for (let i = 0, j = 0; j < grey.length; i += 3, j++) {
    const v = d[i] as number;
    if (v !== d[i + 1] || v !== d[i + 2]) return r;
    grey[j] = v;
  }
  return { width: r.width, height: r.height, channels: 1, data: grey };
}

/** The pixel rectangle of a box, grown by `pad` pixels on each side and clipped to the image. */
export function pixelRect(r: Pick<Raster, 'width' | 'height'>, b: Box, pad = 0) {
  return {
    x0: Math.max(0, Math.floor(b.x * r.width) - pad),
    y0: Math.max(0, Math.floor(b.y * r.height) - pad),
    x1: Math.min(r.width, Math.ceil((b.x + b.width) * r.width) + pad),
    y1: Math.min(r.height, Math.ceil((b.y + b.height) * r.height) + pad),
  };
}

/** Paints a box opaque black into the pixels. */
export function blackOut(r: Raster, b: Box, pad = 0): void {
  const { x0, y0, x1, y1 } = pixelRect(r, b, pad);
  if (x1 <= x0 || y1 <= y0) return;
  const stride = r.width * r.channels;
  for (let y = y0; y < y1; y++) r.data.fill(0, y * stride + x0 * r.channels, y * stride + x1 * r.channels);
}

/** The share of dark pixels (luminance under 96 of 255) in a box, 0 for an empty box. */
export function darkShare(r: Raster, b: Box): number {
  const { x0, y0, x1, y1 } = pixelRect(r, b);
  if (x1 <= x0 || y1 <= y0) return 0;
  const stride = r.width * r.channels;
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    let i = y * stride + x0 * r.channels;
    for (let x = x0; x < x1; x++, i += r.channels) {
      const lum =
        r.channels === 1
          ? (r.data[i] as number)
          : (299 * (r.data[i] as number) + 587 * (r.data[i + 1] as number) + 114 * (r.data[i + 2] as number)) / 1000;
      if (lum < 96) dark++;
    }
  }
  return dark / ((x1 - x0) * (y1 - y0));
}

export interface EncodedImage {
  width: number;
  height: number;
  channels: 1 | 3;
  /** The zlib stream of the filtered rows: a PNG's IDAT data, and a PDF image with /Predictor 15. */
  zdata: Buffer;
  png: Buffer;
}

/** A cheap measure of how well a byte compresses: its distance from zero, as a signed byte. */
const cost = (v: number) => (v < 128 ? v : 256 - v);

/**
 * PNG row filtering, one filter for the whole image: "Up" (the difference to the row above) where it
 * leaves smaller values on a sample of rows (scans, shaded areas), "None" otherwise (rendered text,
 * where deflate finds the repeats itself and Up only adds noise). Choosing per image on a sample
 * costs a sixteenth of a pass; per row would cost a whole one for a few percent.
 */
function filtered(r: Raster): Buffer {
  const stride = r.width * r.channels;
  let none = 0;
  let up = 0;
  for (let y = 1; y < r.height; y += 16) {
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const v = r.data[row + x] as number;
      none += cost(v);
      up += cost((v - (r.data[row - stride + x] as number)) & 0xff);
    }
  }
  const useUp = up < none * 0.8;
  const out = Buffer.allocUnsafe((stride + 1) * r.height);
  for (let y = 0; y < r.height; y++) {
    const o = y * (stride + 1);
    const row = y * stride;
    if (y === 0 || !useUp) {
      out[o] = 0;
      r.data.copy(out, o + 1, row, row + stride);
      continue;
    }
    out[o] = 2;
    const above = row - stride;
    for (let x = 0; x < stride; x++)
      out[o + 1 + x] = ((r.data[row + x] as number) - (r.data[above + x] as number)) & 0xff;
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function encodePng(r: Raster): EncodedImage {
  // Level 3: nearly level 6's size on page images at half its time.
  const zdata = deflateSync(filtered(r), { level: 3 });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(r.width, 0);
  ihdr.writeUInt32BE(r.height, 4);
  ihdr[8] = 8; // bits per sample
  ihdr[9] = r.channels === 1 ? 0 : 2; // grey or RGB
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0; // not interlaced
  const png = Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zdata), chunk('IEND', Buffer.alloc(0))]);
  return { width: r.width, height: r.height, channels: r.channels, zdata, png };
}
