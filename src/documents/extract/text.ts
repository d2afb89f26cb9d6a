import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { ExtractError } from './errors.js';

export type TextKind = 'text' | 'csv' | 'html' | 'docx';

const MAX_DOCX_XML_BYTES = 50 * 1024 * 1024;

export async function textOf(path: string, kind: TextKind): Promise<string> {
  switch (kind) {
    case 'text':
    case 'csv':
      return decodeText(await readFile(path));
    case 'html':
      return htmlToText(decodeText(await readFile(path)));
    case 'docx':
      return docxToText(await readDocxXml(path));
  }
}

/**
 * UTF-8 (BOM stripped) when the bytes are valid UTF-8; UTF-16 when it has a BOM
 * (Excel's "Unicode text" export); otherwise Windows-1252, the superset of latin1 that
 * older agency systems actually write (curly quotes at 0x91-0x94).
 */
export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  sect: '§',
  para: '¶',
  deg: '°',
  euro: '€',
  pound: '£',
  cent: '¢',
  yen: '¥',
  times: '×',
};

function codePoint(n: number): string {
  // Out-of-range, surrogate and NUL references are invalid; show the replacement character.
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

/** Decodes numeric references and the named entities above; unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return codePoint(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|br|caption|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|thead|tfoot|title|tr|ul';

/** Readable text of an HTML document: no script/style, one line per block, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
      .replace(/<\/t[dh]\s*>/gi, '\t')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\u00a0/g, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n\s*/g, '\n')
    .trim();
}

/** Text of WordprocessingML: <w:t> runs, a tab per <w:tab/>, a newline per paragraph or break. */
export function docxToText(xml: string): string {
  let out = '';
  let inText = false;
  const re = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)\b[^>]*?(\/?)>|([^<]+)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[4] !== undefined) {
      if (inText) out += decodeEntities(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/';
    const tag = m[2];
    if (tag === 'w:t') inText = !closing && !selfClosing;
    else if (tag === 'w:p' && (closing || selfClosing)) out += '\n';
    else if (tag === 'w:tab' && !closing) out += '\t';
    else if ((tag === 'w:br' || tag === 'w:cr') && !closing) out += '\n';
  }
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings:false: yauzl would otherwise fail the whole file over one odd entry name.
    const opts = { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false };
    yauzl.open(path, opts, (err, zip) => {
      if (err || !zip)
        reject(new ExtractError(`The Word document is damaged (not a readable zip): ${err?.message ?? ''}`));
      else resolve(zip);
    });
  });
}

/** word/document.xml, read with a hard size cap counted on the decompressed bytes. */
async function readDocxXml(path: string): Promise<string> {
  const zip = await openZip(path);
  try {
    return await new Promise<string>((resolve, reject) => {
      let found = false;
      zip.on('error', (err: Error) => reject(new ExtractError(`The Word document is damaged: ${err.message}`)));
      zip.on('end', () => {
        if (!found)
          reject(new ExtractError('The Word document has no word/document.xml; it is damaged or not a .docx.'));
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = yauzl.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          entry.fileNameRaw,
          entry.extraFields,
          false,
        );
        if (name !== 'word/document.xml') {
          zip.readEntry();
          return;
        }
        found = true;
        if (entry.isEncrypted()) {
          reject(new ExtractError('The Word document is encrypted; it cannot be read without the password.'));
          return;
        }
        if (entry.uncompressedSize > MAX_DOCX_XML_BYTES) {
          reject(tooBig());
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            reject(new ExtractError(`The Word document is damaged: ${err?.message ?? 'unreadable entry'}`));
            return;
          }
          const chunks: Buffer[] = [];
          let total = 0;
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > MAX_DOCX_XML_BYTES) {
              stream.destroy();
              reject(tooBig());
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', (e: Error) => reject(new ExtractError(`The Word document is damaged: ${e.message}`)));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

function tooBig(): ExtractError {
  return new ExtractError(
    `The Word document's text part expands to more than ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB (limit); it was not read.`,
  );
}
