/**
 * Builders for real test files (PDFs, scans, images, docx, zips, zip bombs, e-mails) written
 * into a directory the test owns. Each returns the path(s) it wrote. Scans and images need
 * poppler's pdftoppm; tests that use them check hasPoppler()/hasTesseract() first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { fill, PDFDocument, rectangle, rgb, StandardFonts, setFillingRgbColor } from 'pdf-lib';

function onPath(tool: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { stdio: 'ignore' }).status === 0;
}

let poppler: boolean | undefined;
let tesseract: boolean | undefined;
export function hasPoppler(): boolean {
  poppler ??= onPath('pdftoppm');
  return poppler;
}
export function hasTesseract(): boolean {
  tesseract ??= onPath('tesseract');
  return tesseract;
}

const PAGE_W = 612;
const PAGE_H = 792;

/** A PDF with a real text layer: one Letter page per string, '\n' starts a new line. */
export async function textPdf(dir: string, pages: string[], name = 'text.pdf', fontSize = 16): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = doc.addPage([PAGE_W, PAGE_H]);
    page.drawText(text, { x: 72, y: PAGE_H - 90, size: fontSize, font, lineHeight: fontSize * 1.5 });
  }
  const path = join(dir, name);
  writeFileSync(path, await doc.save());
  return path;
}

function renderPage(pdf: string, page: number, prefix: string, dpi: number): string {
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    '-png',
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}

/** An image-only PDF (no text layer): text pages rendered at 150 dpi and embedded as pictures. */
export async function scannedPdf(dir: string, pages: string[], name = 'scan.pdf'): Promise<string> {
  const work = mkdtempSync(join(dir, 'scan-'));
  try {
    const source = await textPdf(work, pages, 'source.pdf', 18);
    const doc = await PDFDocument.create();
    for (let i = 1; i <= pages.length; i++) {
      const png = await doc.embedPng(readFileSync(renderPage(source, i, join(work, `p${i}`), 150)));
      doc.addPage([PAGE_W, PAGE_H]).drawImage(png, { x: 0, y: 0, width: PAGE_W, height: PAGE_H });
    }
    const path = join(dir, name);
    writeFileSync(path, await doc.save());
    return path;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A PNG picture of the text (for image OCR), rendered from a text PDF at 150 dpi. */
export async function pngOfText(dir: string, text: string, name = 'text.png'): Promise<string> {
  const work = mkdtempSync(join(dir, 'png-'));
  try {
    const pdf = await textPdf(work, [text], 'source.pdf', 20);
    const png = renderPage(pdf, 1, join(work, 'page'), 150);
    const path = join(dir, name);
    writeFileSync(path, readFileSync(png));
    return path;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal but valid Word document: one paragraph per string, '\t' becomes a real tab. */
export function docx(dir: string, paragraphs: string[], name = 'letter.docx'): string {
  const body = paragraphs
    .map((p) => {
      const runs = p
        .split('\t')
        .map((part) => `<w:t xml:space="preserve">${xmlEscape(part)}</w:t>`)
        .join('<w:tab/>');
      return `<w:p><w:r>${runs}</w:r></w:p>`;
    })
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    ),
  };
  const path = join(dir, name);
  writeFileSync(path, zipSync(files, { level: 6 }));
  return path;
}

/** A deflated zip of the given entries (names are written verbatim, '../x' included). */
export function zipOf(dir: string, entries: Record<string, Uint8Array | string>, name = 'archive.zip'): string {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(entries)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  const path = join(dir, name);
  writeFileSync(path, zipSync(files, { level: 6 }));
  return path;
}

/**
 * A small zip with one entry of `bytes` zeros (300 MB by default, ~300 KB on disk). The
 * zeros are streamed through zlib in 1 MiB chunks so the test never holds the expanded
 * data (zlib is ~6x faster than fflate's streaming Zip here); the zip framing is written by hand.
 */
export async function zipBomb(dir: string, bytes = 300 * 1024 * 1024, name = 'bomb.zip'): Promise<string> {
  if (bytes >= 0xffffffff) throw new Error('zipBomb: sizes of 4 GiB and more need zip64');
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  async function* zeros() {
    for (let left = bytes; left > 0; left -= chunk.length) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      crc = zlib.crc32(part, crc);
      yield part;
    }
  }
  const parts: Buffer[] = [];
  await pipeline(Readable.from(zeros()), zlib.createDeflateRaw({ level: 9 }), async (src: AsyncIterable<Buffer>) => {
    for await (const c of src) parts.push(c);
  });
  const data = Buffer.concat(parts);
  const fileName = Buffer.from('zeros.bin');

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(bytes, 22);
  local.writeUInt16LE(fileName.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4); // made by
  central.writeUInt16LE(20, 6); // needed
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(bytes, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42); // local header offset

  const cdOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(cdOffset, 16);

  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([local, fileName, data, central, fileName, end]));
  return path;
}

export interface EmlAttachment {
  name: string;
  contentType: string;
  content: Uint8Array | string;
}

/** A real multipart/mixed RFC 822 message: a text/plain body and base64 attachments (CRLF lines). */
export function eml(
  dir: string,
  msg: { from: string; to: string; subject: string; text: string; attachments?: EmlAttachment[] },
  name = 'message.eml',
): string {
  const boundary = '----=_Part_0_test';
  const b64 = (b: Uint8Array | string) =>
    (
      Buffer.from(b)
        .toString('base64')
        .match(/.{1,76}/g) ?? []
    ).join('\r\n');
  const lines = [
    'Return-Path: <records@agency.example.gov>',
    `From: ${msg.from}`,
    `To: ${msg.to}`,
    `Subject: ${msg.subject}`,
    'Date: Tue, 24 Nov 2026 12:00:00 +0000',
    'Message-ID: <test-1@agency.example.gov>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(msg.text),
  ];
  for (const a of msg.attachments ?? []) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${a.contentType}; name="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="${a.name}"`,
      '',
      b64(a.content),
    );
  }
  lines.push(`--${boundary}--`, '');
  const path = join(dir, name);
  writeFileSync(path, lines.join('\r\n'));
  return path;
}

// A valid 1x1 PNG, so lyingFile does not need poppler.
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Files whose extension lies: a real PDF named invoice.jpg and a real PNG named notes.txt. */
export async function lyingFile(dir: string): Promise<{ pdfNamedJpg: string; pngNamedTxt: string }> {
  const pdfNamedJpg = await textPdf(dir, ['Invoice 42'], 'invoice.jpg');
  const pngNamedTxt = join(dir, 'notes.txt');
  writeFileSync(pngNamedTxt, TINY_PNG);
  return { pdfNamedJpg, pngNamedTxt };
}

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const S = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (S[i] as number) + (key[i % key.length] as number)) & 255;
    [S[i], S[j]] = [S[j] as number, S[i] as number];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + (S[i] as number)) & 255;
    [S[i], S[j]] = [S[j] as number, S[i] as number];
    out[k] = (data[k] as number) ^ (S[((S[i] as number) + (S[j] as number)) & 255] as number);
  }
  return out;
}

/**
 * A PDF locked with a user password (standard security handler, RC4 40-bit, revision 2),
 * written by hand because pdf-lib cannot encrypt. Readers must ask for the password.
 */
/**
 * An RC4-40 (R2) encrypted PDF. With a user `password` it needs that password to open; with `''` it
 * opens without one and only the owner password restricts it (copying and printing forbidden), as
 * agencies often send them. `text` puts a line of text on the page (the content stream encrypted
 * with the object's key).
 */
export function encryptedPdf(dir: string, password = 'secret', name = 'locked.pdf', text?: string): string {
  const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
  const md5 = (...parts: Uint8Array[]) => {
    const h = createHash('md5');
    for (const p of parts) h.update(p);
    return h.digest();
  };
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  // Without a user password: no printing (bit 3) and no copying (bit 5) for whoever lacks the owner's.
  const perms = password === '' ? -4 - 4 - 16 : -4;
  const P = Buffer.alloc(4);
  P.writeInt32LE(perms);
  const O = rc4(md5(padded(`${password}-owner`)).subarray(0, 5), padded(password));
  const key = md5(padded(password), O, P, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const hex = (b: Buffer) => `<${b.toString('hex')}>`;
  const objectKey = (num: number) => {
    const n = Buffer.alloc(5);
    n.writeUIntLE(num, 0, 3);
    n.writeUInt16LE(0, 3);
    return md5(key, n).subarray(0, 10);
  };
  const stream = text ? rc4(objectKey(5), Buffer.from(`BT /F1 18 Tf 72 700 Td (${text}) Tj ET`, 'latin1')) : null;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    text
      ? '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>'
      : '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex(O)} /U ${hex(U)} /P ${perms} >>`,
    ...(stream
      ? [
          `<< /Length ${stream.length} >>\nstream\n${stream.toString('latin1')}\nendstream`,
          '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        ]
      : []),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [${hex(id)} ${hex(id)}] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(body, 'latin1'));
  return path;
}

export function emptyFile(dir: string, name = 'empty.txt'): string {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(0));
  return path;
}

/**
 * A minimal but valid spreadsheet (.xlsx): one sheet per entry, rows of cells; strings go to the
 * shared-strings table, numbers stay numbers, as Excel writes them.
 */
export function xlsx(dir: string, sheets: Record<string, (string | number)[][]>, name = 'book.xlsx'): string {
  const shared: string[] = [];
  const col = (i: number) => String.fromCharCode(65 + i);
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        names
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        names.map((n, i) => `<sheet name="${xmlEscape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        names
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    ),
  };
  names.forEach((n, i) => {
    const rows = (sheets[n] ?? [])
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row
            .map((v, c) => {
              const ref = `${col(c)}${r + 1}`;
              if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
              shared.push(v);
              return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
            })
            .join('')}</row>`,
      )
      .join('');
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    );
  });
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t>${xmlEscape(s)}</t></si>`).join('')}</sst>`,
  );
  const path = join(dir, name);
  writeFileSync(path, zipSync(files));
  return path;
}

/**
 * A "badly redacted" release: lines of real text on one Letter page, then an opaque black rectangle
 * over the words in `hide` (as an agency's editor does when it blacks out text without removing it):
 * the words stay in the text layer under the box. The box is drawn in the page's content, or, with
 * `as: 'annotation'`, is a black Square annotation on top of the page (with its own appearance).
 */
export async function blackBoxPdf(
  dir: string,
  lines: string[],
  hide: string,
  name = 'released.pdf',
  as: 'content' | 'annotation' = 'content',
): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([PAGE_W, PAGE_H]);
  const size = 14;
  lines.forEach((line, i) => {
    const y = PAGE_H - 100 - i * size * 1.6;
    page.drawText(line, { x: 72, y, size, font });
    const at = line.indexOf(hide);
    if (at >= 0) {
      const x = 72 + font.widthOfTextAtSize(line.slice(0, at), size);
      const width = font.widthOfTextAtSize(hide, size);
      const box = { x: x - 2, y: y - 4, width: width + 4, height: size + 6 };
      if (as === 'content') page.drawRectangle({ ...box, color: rgb(0, 0, 0) });
      else {
        const look = doc.context.formXObject(
          [setFillingRgbColor(0, 0, 0), rectangle(0, 0, box.width, box.height), fill()],
          { BBox: [0, 0, box.width, box.height] },
        );
        const annotation = doc.context.obj({
          Type: 'Annot',
          Subtype: 'Square',
          Rect: [box.x, box.y, box.x + box.width, box.y + box.height],
          C: [0, 0, 0],
          IC: [0, 0, 0],
          F: 4,
          AP: { N: doc.context.register(look) },
        });
        page.node.addAnnot(doc.context.register(annotation));
      }
    }
  });
  const path = join(dir, name);
  writeFileSync(path, await doc.save());
  return path;
}

/**
 * Where a word is drawn on a page, in fractions of the page from its top left, as poppler's
 * `pdftotext -bbox` reports it (an independent reading, not the tracker's own).
 */
export function wordBox(pdf: string, word: string, page = 1): { x: number; y: number; width: number; height: number } {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  const size = /<page width="([\d.]+)" height="([\d.]+)">/.exec(xml);
  const m = new RegExp(
    `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</word>`,
  ).exec(xml);
  if (!size || !m) throw new Error(`"${word}" is not on page ${page} of ${pdf}`);
  const [w, h] = [Number(size[1]), Number(size[2])];
  const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  return { x: x0 / w, y: y0 / h, width: (x1 - x0) / w, height: (y1 - y0) / h };
}

/**
 * The text tesseract reads in an image (PNG bytes), for checking what a page image shows; `turned`
 * lets it find the page's orientation first (a page rotated in its PDF).
 */
export function ocrPng(dir: string, png: Buffer, turned = false): string {
  const path = join(dir, `ocr-${createHash('sha256').update(png).digest('hex').slice(0, 12)}.png`);
  writeFileSync(path, png);
  try {
    return execFileSync('tesseract', [path, 'stdout', ...(turned ? ['--psm', '1'] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } finally {
    rmSync(path, { force: true });
  }
}

/** The text poppler's pdftotext finds in PDF bytes ('' for a PDF of images only). */
export function pdfText(dir: string, pdf: Buffer): string {
  const path = join(dir, `text-${createHash('sha256').update(pdf).digest('hex').slice(0, 12)}.pdf`);
  writeFileSync(path, pdf);
  try {
    return execFileSync('pdftotext', ['-q', path, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(path, { force: true });
  }
}
