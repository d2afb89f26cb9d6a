/**
 * The extraction library on real files: type sniffing from bytes (never the name), PDF text
 * layers and OCR of scans, images, docx/html/csv/latin1 text, zip unpacking with bomb and
 * path-traversal defences, e-mail parsing, and clear ExtractErrors for broken input.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ContainerLimits,
  DEFAULT_LIMITS,
  parseEmail,
  parseEmailBuffer,
  unpackZip,
} from '../../src/documents/extract/container.js';
import { ExtractError } from '../../src/documents/extract/errors.js';
import { imageSize, MAX_OCR_PIXELS, ocrImage } from '../../src/documents/extract/image.js';
import { ocrPdfPage, openPdf, pdfinfoPages, pdftotextPages, renderPdfPage } from '../../src/documents/extract/pdf.js';
import { sniff } from '../../src/documents/extract/sniff.js';
import { textOf } from '../../src/documents/extract/text.js';
import { ocrTools, setToolsForTest } from '../../src/documents/extract/tools.js';
import {
  docx,
  eml,
  emptyFile,
  encryptedPdf,
  hasPoppler,
  hasTesseract,
  lyingFile,
  pngOfText,
  scannedPdf,
  textPdf,
  zipBomb,
  zipOf,
} from '../helpers/files.js';

let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(os.tmpdir(), 'extract-test-'));
  out = mkdtempSync(join(dir, 'out-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  setToolsForTest(null);
});

const noOcr = !hasPoppler() || !hasTesseract();
const words = (s: string) => s.toLowerCase();

async function rejection(p: Promise<unknown>): Promise<ExtractError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExtractError);
  return err as ExtractError;
}

const THREE_PAGES = [
  'Page one: Harbor Commission minutes\nSecond line about budgets',
  'Page two: Zoning variance appeal\nParcel 1042 maple street',
  'Page three: Invoice totals\nPaid in full on 2026-11-02',
];

describe('sniff', () => {
  it('recognises every builder output by its bytes', async () => {
    expect(await sniff(await textPdf(dir, ['hello']))).toEqual({ kind: 'pdf', mime: 'application/pdf' });
    expect(await sniff(docx(dir, ['Hello']))).toEqual({
      kind: 'docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(await sniff(zipOf(dir, { 'a.txt': 'hi' }))).toEqual({ kind: 'zip', mime: 'application/zip' });
    expect((await sniff(await zipBomb(dir, 4 * 1024 * 1024))).kind).toBe('zip');
    const mail = eml(dir, { from: 'a@example.gov', to: 'b@example.org', subject: 'Records', text: 'Hi' });
    expect(await sniff(mail)).toEqual({ kind: 'eml', mime: 'message/rfc822' });
    expect(await sniff(emptyFile(dir))).toEqual({ kind: 'empty', mime: 'application/x-empty' });
  });

  it.skipIf(!hasPoppler())('recognises rendered images and scanned PDFs', async () => {
    expect(await sniff(await pngOfText(dir, 'Hello'))).toEqual({ kind: 'image', mime: 'image/png' });
    expect((await sniff(await scannedPdf(dir, ['Scan']))).kind).toBe('pdf');
  });

  it('ignores lying extensions', async () => {
    const { pdfNamedJpg, pngNamedTxt } = await lyingFile(dir);
    expect(await sniff(pdfNamedJpg, 'invoice.jpg')).toEqual({ kind: 'pdf', mime: 'application/pdf' });
    expect(await sniff(pngNamedTxt, 'notes.txt')).toEqual({ kind: 'image', mime: 'image/png' });
  });

  it('classifies text, csv, html, latin1 and binary without file-type help', async () => {
    const p = (name: string, data: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    };
    expect(await sniff(p('a.txt', 'Plain notes\nline two\n'), 'a.txt')).toEqual({ kind: 'text', mime: 'text/plain' });
    expect(await sniff(p('b.csv', 'id,name\n1,Ann\n'), 'b.csv')).toEqual({ kind: 'csv', mime: 'text/csv' });
    // the name can only choose csv over text; it cannot make a csv out of unnamed text
    expect((await sniff(p('c.dat', 'id,name\n1,Ann\n'))).kind).toBe('text');
    expect(await sniff(p('d.txt', '\uFEFF  <!DOCTYPE html><html><body>x</body></html>'))).toEqual({
      kind: 'html',
      mime: 'text/html',
    });
    expect((await sniff(p('e.htm', '\n<HTML lang="en"><p>x</p></HTML>'))).kind).toBe('html');
    expect((await sniff(p('f.txt', Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1')))).kind).toBe('text');
    const binary = randomBytes(4096);
    binary[10] = 0;
    expect(await sniff(p('g.csv', binary), 'g.csv')).toEqual({ kind: 'unsupported', mime: 'application/octet-stream' });
    // binary without NULs but mostly high/control bytes is not latin1 text either
    const noNul = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 1) % 255 || 1));
    expect((await sniff(p('h.txt', noNul), 'h.txt')).kind).toBe('unsupported');
    // a note that merely starts with one header-like line stays text
    expect((await sniff(p('i.txt', 'Subject: budget\n\nnotes'))).kind).toBe('text');
  });

  it('reports other known formats as unsupported with their real mime', async () => {
    const gz = join(dir, 'report.pdf');
    writeFileSync(gz, Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4]));
    expect(await sniff(gz, 'report.pdf')).toEqual({ kind: 'unsupported', mime: 'application/gzip' });
  });
});

describe('pdf', () => {
  it('reads the text layer page by page', async () => {
    const pdf = await openPdf(await textPdf(dir, THREE_PAGES));
    try {
      expect(pdf.pageCount).toBe(3);
      const [p1, p2, p3] = [await pdf.pageText(1), await pdf.pageText(2), await pdf.pageText(3)];
      expect(p1).toBe('Page one: Harbor Commission minutes\nSecond line about budgets');
      expect(p2).toContain('Zoning variance appeal');
      expect(p2).toContain('Parcel 1042 maple street');
      expect(p3).toContain('Paid in full on 2026-11-02');
      expect(p1).not.toContain('Zoning');
      expect(p3).not.toContain('Harbor');
      await expect(pdf.pageText(4)).rejects.toThrow(RangeError);
    } finally {
      await pdf.close();
    }
  });

  it('refuses a corrupt PDF with a plain reason', async () => {
    const path = join(dir, 'broken.pdf');
    writeFileSync(path, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(8192)]));
    expect((await sniff(path)).kind).toBe('pdf');
    const err = await rejection(openPdf(path));
    expect(err.message).toMatch(/PDF/);
  });

  it('refuses a password-protected PDF with a plain reason', async () => {
    const err = await rejection(openPdf(encryptedPdf(dir)));
    expect(err.message).toBe('The PDF is password-protected (encrypted); it cannot be read without the password.');
  });

  it.skipIf(!hasPoppler())(
    'refuses a PDF that needs a password through poppler with the same plain reason',
    async () => {
      const err = await rejection(pdfinfoPages(encryptedPdf(dir, 'secret', 'needs-password.pdf', 'Hidden text')));
      expect(err.message).toBe('The PDF is password-protected (encrypted); it cannot be read without the password.');
    },
  );

  it('reads a PDF that opens without a password but forbids copying and printing (owner password)', async () => {
    const path = encryptedPdf(dir, '', 'restricted.pdf', 'Media Sonar contract renewal');
    const pdf = await openPdf(path);
    try {
      expect(await pdf.pageText(1)).toContain('Media Sonar contract renewal');
    } finally {
      await pdf.close();
    }
    if (hasPoppler()) {
      expect(await pdfinfoPages(path)).toBe(1);
      expect((await pdftotextPages(path, 1, 1))[0]).toContain('Media Sonar contract renewal');
    }
  });

  it.skipIf(noOcr)('finds no text layer in a scan, and OCR reads it back', async () => {
    const path = await scannedPdf(dir, ['Harbor Commission minutes', 'Zoning variance appeal']);
    const pdf = await openPdf(path);
    try {
      expect(pdf.pageCount).toBe(2);
      expect(await pdf.pageText(1)).toBe('');
      expect(await pdf.pageText(2)).toBe('');
    } finally {
      await pdf.close();
    }
    const page2 = words(await ocrPdfPage(path, 2));
    expect(page2).toContain('zoning');
    expect(page2).toContain('variance');
    expect(page2).not.toContain('harbor');
    // The page goes from pdftoppm to tesseract through a pipe: a page that cannot be rendered is
    // pdftoppm's failure, not tesseract's (which then reads nothing).
    const err = await rejection(ocrPdfPage(path, 3));
    expect(err).toBeInstanceOf(ExtractError);
    expect(err.message).toMatch(/^pdftoppm failed/);
  });

  it.skipIf(!hasPoppler())('renders a page image', async () => {
    const path = await textPdf(dir, ['Render me']);
    const png = join(dir, 'page-1.png');
    await renderPdfPage(path, 1, png, 50);
    expect(await sniff(png)).toEqual({ kind: 'image', mime: 'image/png' });
  });
});

describe('image OCR', () => {
  it.skipIf(noOcr)('reads the words in a PNG', async () => {
    const text = words(await ocrImage(await pngOfText(dir, 'Freedom of Information request\nReference 2026-118')));
    expect(text).toContain('freedom');
    expect(text).toContain('information');
    expect(text).toContain('2026');
  });
});

describe('text formats', () => {
  it('docx: paragraphs, tabs and entities', async () => {
    const path = docx(dir, ['Dear requester,', 'Fees: $25 & <waived>', 'Item\tAmount']);
    expect(await textOf(path, 'docx')).toBe('Dear requester,\nFees: $25 & <waived>\nItem\tAmount');
  });

  it('html: scripts and styles dropped, blocks become lines, entities decoded', async () => {
    const path = join(dir, 'page.html');
    writeFileSync(
      path,
      '<!doctype html><html><head><title>Notice</title><style>p{color:red}</style>' +
        '<script>alert("x")</script></head><body><p>Smith &amp; Sons &lt;records&gt;</p>' +
        '<div>Say &quot;hi&quot; &#39;now&#39;&nbsp;please</div>line<br>break &#169; &#x2014; end</body></html>',
    );
    const text = await textOf(path, 'html');
    expect(text).toBe('Notice\nSmith & Sons <records>\nSay "hi" \'now\' please\nline\nbreak © — end');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color');
  });

  it('csv and text: UTF-8 with BOM, latin1 fallback', async () => {
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, '\uFEFFid,name\n1,Zoë\n');
    expect(await textOf(csv, 'csv')).toBe('id,name\n1,Zoë\n');
    const latin = join(dir, 'b.txt');
    writeFileSync(latin, Buffer.from('Caf\xe9 cr\xe8me, se\xf1or\n', 'latin1'));
    expect(await textOf(latin, 'text')).toBe('Café crème, señor\n');
  });
});

const bytesOf = (p: string) => readFileSync(p);

describe('zip', () => {
  it('unpacks one level: a PDF and a nested zip, names kept, bytes equal', async () => {
    const pdfPath = await textPdf(dir, ['Inside a zip']);
    const innerZip = zipOf(dir, { 'deep.txt': 'deep' }, 'inner.zip');
    const path = zipOf(dir, {
      'records/report.pdf': bytesOf(pdfPath),
      'records/inner.zip': bytesOf(innerZip),
      'records/': new Uint8Array(0),
      '__MACOSX/records/._report.pdf': 'junk',
      'records/.DS_Store': 'junk',
    });
    const members = await unpackZip(path, out, DEFAULT_LIMITS);
    expect(members.map((m) => m.name).sort()).toEqual(['inner.zip', 'report.pdf']);
    for (const m of members) {
      const original = m.name === 'report.pdf' ? pdfPath : innerZip;
      expect(bytesOf(m.path).equals(bytesOf(original))).toBe(true);
      expect(m.size).toBe(bytesOf(original).length);
      expect(resolve(m.path).startsWith(resolve(out))).toBe(true);
    }
    const inner = members.find((m) => m.name === 'inner.zip');
    expect(inner && (await sniff(inner.path)).kind).toBe('zip');
  });

  it('never writes outside intoDir for a path-traversal name', async () => {
    const path = zipOf(dir, { '../../escape.txt': 'pwned', '/abs/evil.txt': 'abs', 'C:\\win\\x.txt': 'win' });
    const members = await unpackZip(path, out, DEFAULT_LIMITS);
    expect(members.map((m) => m.name).sort()).toEqual(['escape.txt', 'evil.txt', 'x.txt']);
    for (const m of members) expect(resolve(m.path).startsWith(`${resolve(out)}/`)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['archive.zip', out.split('/').pop()].sort());
    expect(readdirSync(out)).toHaveLength(3);
  });

  it('refuses a zip bomb by ratio, leaving nothing behind', async () => {
    const bomb = await zipBomb(dir); // 300 MB of zeros in ~300 KB
    const err = await rejection(unpackZip(bomb, out, DEFAULT_LIMITS));
    expect(err.message).toBe(
      '"zeros.bin" in the zip file expands more than 200 times its compressed size (limit; this is how zip bombs look); it was not unpacked.',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a zip that expands past the total limit, leaving nothing behind', async () => {
    const path = zipOf(dir, { 'a.bin': randomBytes(600_000), 'b.bin': randomBytes(600_000) });
    const limits: ContainerLimits = { ...DEFAULT_LIMITS, maxTotalBytes: 1_000_000 };
    const err = await rejection(unpackZip(path, out, limits));
    expect(err.message).toMatch(/more than 976\.6 KB \(limit\)/);
    expect(readdirSync(out)).toEqual([]);
    // the bomb again, with the ratio check out of the way: the total limit stops it
    const bomb = await zipBomb(dir);
    const byTotal = await rejection(
      unpackZip(bomb, out, { ...DEFAULT_LIMITS, maxRatio: 1e9, maxTotalBytes: 100 * 1024 * 1024 }),
    );
    expect(byTotal.message).toBe('The zip file expands to more than 100 MB (limit); it was not unpacked.');
    expect(readdirSync(out)).toEqual([]);
  });

  it('does not trust declared sizes: a header that understates is caught while streaming', async () => {
    const path = await zipBomb(dir, 8 * 1024 * 1024);
    const buf = readFileSync(path);
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(1000, cd + 24); // central directory: uncompressed size = 1000
    writeFileSync(path, buf);
    await rejection(unpackZip(path, out, { ...DEFAULT_LIMITS, maxRatio: 1e9, maxTotalBytes: 5e6 }));
    expect(readdirSync(out)).toEqual([]);
  });

  it('enforces the entry-count limit', async () => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < 12; i++) entries[`f${i}.txt`] = `file ${i}`;
    const path = zipOf(dir, entries);
    const err = await rejection(unpackZip(path, out, { ...DEFAULT_LIMITS, maxEntries: 10 }));
    expect(err.message).toMatch(/more than 10 files/);
    expect(readdirSync(out)).toEqual([]);
    expect(await unpackZip(path, out, { ...DEFAULT_LIMITS, maxEntries: 12 })).toHaveLength(12);
  });

  it('lets small, very compressible files pass the ratio check', async () => {
    const path = zipOf(dir, { 'log.csv': 'a,b,c\n'.repeat(100_000) }); // 600 KB of repetition
    const [m] = await unpackZip(path, out, DEFAULT_LIMITS);
    expect(m?.size).toBe(600_000);
  });

  it('refuses encrypted entries', async () => {
    const path = zipOf(dir, { 'secret.txt': 'classified' });
    const buf = readFileSync(path);
    // set the "encrypted" flag in both the local and the central directory header
    const local = buf.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt16LE(buf.readUInt16LE(local + 6) | 1, local + 6);
    buf.writeUInt16LE(buf.readUInt16LE(cd + 8) | 1, cd + 8);
    writeFileSync(path, buf);
    const err = await rejection(unpackZip(path, out, DEFAULT_LIMITS));
    expect(err.message).toBe('The zip file is password-protected (encrypted); it was not unpacked.');
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a corrupt zip', async () => {
    const path = join(dir, 'bad.zip');
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(2000)]));
    const err = await rejection(unpackZip(path, out, DEFAULT_LIMITS));
    expect(err.message).toMatch(/zip file is damaged/);
  });
});

describe('e-mail', () => {
  it('parses headers, body and two attachments', async () => {
    const pdfPath = await textPdf(dir, ['Attached letter']);
    const csv = 'id,amount\n1,25.00\n';
    const path = eml(dir, {
      from: 'Records Office <Records@Agency.Example.GOV>',
      to: 'Reporter <me@news.example.org>, other@example.org',
      subject: 'Your request 2026-118',
      text: 'Please find the records attached.\nRegards',
      attachments: [
        { name: 'letter.pdf', contentType: 'application/pdf', content: bytesOf(pdfPath) },
        { name: 'fees.csv', contentType: 'text/csv', content: csv },
      ],
    });
    const mail = await parseEmail(path, out, DEFAULT_LIMITS);
    expect(mail.from).toBe('records@agency.example.gov');
    expect(mail.to).toEqual(['me@news.example.org', 'other@example.org']);
    expect(mail.cc).toEqual([]);
    expect(mail.subject).toBe('Your request 2026-118');
    expect(mail.messageId).toBe('<test-1@agency.example.gov>');
    expect(mail.date).toBe('2026-11-24T12:00:00.000Z');
    expect(mail.text).toBe('Please find the records attached.\nRegards');
    expect(mail.attachments.map((a) => [a.name, a.mimeType])).toEqual([
      ['letter.pdf', 'application/pdf'],
      ['fees.csv', 'text/csv'],
    ]);
    const [letter, fees] = mail.attachments.map((a) => bytesOf(a.path));
    expect(letter?.equals(bytesOf(pdfPath))).toBe(true);
    expect(fees?.toString()).toBe(csv);
    for (const a of mail.attachments) expect(resolve(a.path).startsWith(`${resolve(out)}/`)).toBe(true);

    // the same from memory (the inbound route)
    const out2 = mkdtempSync(join(dir, 'out2-'));
    const again = await parseEmailBuffer(readFileSync(path), out2, DEFAULT_LIMITS);
    expect(again.attachments.map((a) => a.size)).toEqual(mail.attachments.map((a) => a.size));
  });

  it('uses the HTML body when there is no text part; keeps named inline parts and forwarded messages', async () => {
    const png = readFileSync(await lyingFile(dir).then((f) => f.pngNamedTxt)).toString('base64');
    const raw = [
      'From: "Clerk" <CLERK@City.Example.gov>',
      'Cc: Team: A@X.org, b@y.org;',
      'Subject: =?utf-8?q?Re=3A_caf=C3=A9?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: multipart/related; boundary="b2"',
      '',
      '--b2',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Hello &amp; welcome</p><script>x()</script><img src="cid:logo"></body></html>',
      '--b2',
      'Content-Type: image/png',
      'Content-ID: <logo>',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-Transfer-Encoding: base64',
      '',
      png,
      '--b2--',
      '--b1',
      'Content-Type: message/rfc822',
      '',
      'From: someone@example.org',
      'Subject: original request',
      '',
      'inner body',
      '--b1--',
      '',
    ].join('\r\n');
    const mail = await parseEmailBuffer(Buffer.from(raw), out, DEFAULT_LIMITS);
    expect(mail).toMatchObject({
      from: 'clerk@city.example.gov',
      to: [],
      cc: ['a@x.org', 'b@y.org'],
      subject: 'Re: café',
      text: 'Hello & welcome',
    });
    expect(mail.attachments.map((a) => a.name)).toEqual(['logo.png', 'attached-message-2.eml']);
    const [logo, forwarded] = mail.attachments;
    expect(logo && (await sniff(logo.path))).toEqual({ kind: 'image', mime: 'image/png' });
    expect(forwarded && (await sniff(forwarded.path))).toEqual({ kind: 'eml', mime: 'message/rfc822' });
  });

  it('applies count and total limits to attachments, leaving nothing behind', async () => {
    const path = eml(dir, {
      from: 'a@example.gov',
      to: 'b@example.org',
      subject: 'Big',
      text: 'x',
      attachments: [
        { name: 'a.bin', contentType: 'application/octet-stream', content: randomBytes(4000) },
        { name: '../../b.bin', contentType: 'application/octet-stream', content: randomBytes(4000) },
      ],
    });
    const total = await rejection(parseEmail(path, out, { ...DEFAULT_LIMITS, maxTotalBytes: 6000 }));
    expect(total.message).toMatch(/e-mail expands to more than/);
    expect(readdirSync(out)).toEqual([]);
    const count = await rejection(parseEmail(path, out, { ...DEFAULT_LIMITS, maxEntries: 1 }));
    expect(count.message).toMatch(/more than 1 files/);
    const ok = await parseEmail(path, out, DEFAULT_LIMITS);
    expect(ok.attachments.map((a) => a.name)).toEqual(['a.bin', 'b.bin']);
  });
});

describe('OCR tools', () => {
  it('reports missing tools with a reason', () => {
    setToolsForTest({ tesseract: false, pdftoppm: false });
    expect(ocrTools()).toEqual({
      available: false,
      reason:
        'OCR tools are not installed on this server (tesseract, pdftoppm); install tesseract-ocr and poppler-utils',
    });
    setToolsForTest({ tesseract: false });
    const r = ocrTools();
    expect(r.available).toBe(false);
    if (!r.available) expect(r.reason).toContain('(tesseract)');
    setToolsForTest(null);
    expect(ocrTools().available).toBe(!noOcr);
  });
});

describe('image sizes (against image bombs)', () => {
  it.skipIf(!hasPoppler())('reads width and height from PNG and JPEG headers without decoding', async () => {
    const pdf = await textPdf(dir, ['size check']);
    const { execFileSync } = await import('node:child_process');
    execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-singlefile', '-png', pdf, join(dir, 'p')]);
    execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-singlefile', '-jpeg', pdf, join(dir, 'j')]);
    // Letter at 100 dpi: 8.5 x 11 inches.
    expect(await imageSize(join(dir, 'p.png'))).toEqual({ width: 850, height: 1100 });
    expect(await imageSize(join(dir, 'j.jpg'))).toEqual({ width: 850, height: 1100 });
  });

  it('refuses to OCR an image that declares more pixels than the limit, with the reason', async () => {
    // A PNG header declaring 100,000 x 100,000 pixels: a few bytes that would ask for 10 gigapixels.
    const header = Buffer.alloc(33);
    header.writeUInt32BE(0x89504e47, 0);
    header.writeUInt32BE(0x0d0a1a0a, 4);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(100_000, 16);
    header.writeUInt32BE(100_000, 20);
    header[24] = 8;
    const bomb = join(dir, 'bomb.png');
    writeFileSync(bomb, header);
    expect(await imageSize(bomb)).toEqual({ width: 100_000, height: 100_000 });
    expect(100_000 * 100_000).toBeGreaterThan(MAX_OCR_PIXELS);
    await expect(ocrImage(bomb)).rejects.toThrow(/100000 x 100000 pixels, more than the 100 megapixels/);
  });
});
