/**
 * Writes a PDF made of page images only (the redacted version): no text layer, no fonts, nothing of
 * the original file but the pixels of each page as the redaction left them. Written to disk page by
 * page, so a long document never sits whole in memory. Each image is the PNG encoder's compressed
 * rows as they are: PDF's FlateDecode with /Predictor 15 reads PNG-filtered rows.
 */
import { open } from 'node:fs/promises';
import type { EncodedImage } from './raster.js';

const num = (n: number) => String(Math.round(n * 1000) / 1000);

export interface ImagePdfWriter {
  /** Adds a page of `widthPt` x `heightPt` points covered by the image. */
  addPage(image: EncodedImage, widthPt: number, heightPt: number): Promise<void>;
  /** Writes the page tree, cross-reference table and trailer, and closes the file. */
  finish(): Promise<void>;
  /** Closes the file without finishing it (after an error). */
  abort(): Promise<void>;
}

export async function imagePdfWriter(
  path: string,
  producer = 'FOIA tracker (redacted version)',
): Promise<ImagePdfWriter> {
  const fh = await open(path, 'w');
  let offset = 0;
  // Object 1 is the catalog, 2 the page tree, 3 the document information; pages follow.
  const offsets: number[] = [];
  const pages: number[] = [];
  let next = 4;
  const write = async (data: Buffer | string) => {
    const buf = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    await fh.write(buf);
    offset += buf.length;
  };
  const object = async (id: number, body: Buffer | string, stream?: Buffer) => {
    offsets[id] = offset;
    await write(`${id} 0 obj\n`);
    await write(body);
    if (stream) {
      await write('\nstream\n');
      await write(stream);
      await write('\nendstream');
    }
    await write('\nendobj\n');
  };
  await write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  return {
    async addPage(image, widthPt, heightPt) {
      const [img, content, page] = [next, next + 1, next + 2];
      next += 3;
      const colours = image.channels === 1 ? 1 : 3;
      await object(
        img,
        `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /${colours === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent 8 /Columns ${image.width} >> /Length ${image.zdata.length} >>`,
        image.zdata,
      );
      const ops = Buffer.from(`q ${num(widthPt)} 0 0 ${num(heightPt)} 0 0 cm /Im0 Do Q`, 'latin1');
      await object(content, `<< /Length ${ops.length} >>`, ops);
      await object(
        page,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(widthPt)} ${num(heightPt)}] /Resources << /XObject << /Im0 ${img} 0 R >> >> /Contents ${content} 0 R >>`,
      );
      pages.push(page);
    },
    async finish() {
      try {
        await object(1, '<< /Type /Catalog /Pages 2 0 R >>');
        await object(2, `<< /Type /Pages /Kids [${pages.map((p) => `${p} 0 R`).join(' ')}] /Count ${pages.length} >>`);
        const escaped = producer.replace(/[\\()]/g, (c) => `\\${c}`);
        await object(3, `<< /Producer (${escaped}) >>`);
        const xref = offset;
        const rows = ['0000000000 65535 f \n'];
        for (let id = 1; id < next; id++) rows.push(`${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`);
        await write(`xref\n0 ${next}\n${rows.join('')}`);
        await write(`trailer\n<< /Size ${next} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
        await fh.sync();
      } finally {
        await fh.close();
      }
    },
    async abort() {
      await fh.close();
    },
  };
}
