import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { ExtractError } from './errors.js';

export type TextKind = 'text' | 'csv' | 'html' | 'docx' | 'xlsx';

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
    case 'xlsx':
      return (await xlsxSheets(path)).map((sh) => `Sheet: ${sh.name}\n${sh.text}`).join('\f');
  }
}

/** Text of every sheet of a spreadsheet (.xlsx): cells joined by tabs, rows by newlines. */
export async function xlsxSheets(path: string): Promise<{ name: string; text: string }[]> {
  const parts = await readZipParts(
    path,
    (name) =>
      name === 'xl/sharedStrings.xml' ||
      name === 'xl/workbook.xml' ||
      name === 'xl/_rels/workbook.xml.rels' ||
      /^xl\/worksheets\/[^/]+\.xml$/.test(name),
    'spreadsheet',
  );
  const shared = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)].map((m) =>
    runsText(m[1] ?? ''),
  );
  const rels = new Map(
    [...(parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => [
      attr(m[1] ?? '', 'Id'),
      `xl/${(attr(m[1] ?? '', 'Target') ?? '').replace(/^\/?xl\//, '')}`,
    ]),
  );
  const listed = [...(parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => ({
    name: decodeEntities(attr(m[1] ?? '', 'name') ?? 'Sheet'),
    file: rels.get(attr(m[1] ?? '', 'r:id') ?? ''),
  }));
  const files = [...parts.keys()].filter((k) => k.startsWith('xl/worksheets/'));
  const sheets = listed.length
    ? listed.filter((sh) => sh.file && parts.has(sh.file))
    : files.sort().map((f) => ({ name: f.replace(/^.*\/|\.xml$/g, ''), file: f }));
  return sheets.map((sh) => ({ name: sh.name, text: sheetText(parts.get(sh.file as string) ?? '', shared) }));
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}="([^"]*)"`).exec(attrs)?.[1];
}

/** The text of the <t> runs in a fragment (shared strings and inline strings may have several). */
function runsText(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => decodeEntities(m[1] ?? '')).join('');
}

function sheetText(xml: string, shared: string[]): string {
  const rows: string[] = [];
  for (const row of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = attr(c[1] ?? '', 't');
      const inner = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let text = '';
      if (type === 's') text = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') text = runsText(inner);
      else if (type === 'b') text = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
      else text = decodeEntities(v ?? '');
      cells.push(text.replace(/[\t\n]+/g, ' '));
    }
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    if (cells.length) rows.push(cells.join('\t'));
  }
  return rows.join('\n');
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
  } catch (err) {
    // TypeError: not valid UTF-8, so the older Windows encoding that such files use.
    if (!(err instanceof TypeError)) throw err;
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

function openZip(path: string, label: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings:false: yauzl would otherwise fail the whole file over one odd entry name.
    const opts = { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false };
    yauzl.open(path, opts, (err, zip) => {
      if (err || !zip) reject(new ExtractError(`The ${label} is damaged (not a readable zip): ${err?.message ?? ''}`));
      else resolve(zip);
    });
  });
}

/** word/document.xml, read with a hard size cap counted on the decompressed bytes. */
async function readDocxXml(path: string): Promise<string> {
  const parts = await readZipParts(path, (name) => name === 'word/document.xml', 'Word document');
  const xml = parts.get('word/document.xml');
  if (xml === undefined) {
    throw new ExtractError('The Word document has no word/document.xml; it is damaged or not a .docx.');
  }
  return xml;
}

/** The XML parts of an Office file that `want` names, with a size cap on all of them together. */
async function readZipParts(
  path: string,
  want: (name: string) => boolean,
  label: string,
): Promise<Map<string, string>> {
  const zip = await openZip(path, label);
  const parts = new Map<string, string>();
  let total = 0;
  try {
    return await new Promise<Map<string, string>>((resolve, reject) => {
      const damaged = (detail: string) => new ExtractError(`The ${label} is damaged: ${detail}`);
      zip.on('error', (err: Error) => reject(damaged(err.message)));
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = yauzl.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          entry.fileNameRaw,
          entry.extraFields,
          false,
        );
        if (!want(name)) {
          zip.readEntry();
          return;
        }
        if (entry.isEncrypted()) {
          reject(new ExtractError(`The ${label} is encrypted; it cannot be read without the password.`));
          return;
        }
        if (total + entry.uncompressedSize > MAX_DOCX_XML_BYTES) {
          reject(tooBig(label));
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            reject(damaged(err?.message ?? 'unreadable entry'));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > MAX_DOCX_XML_BYTES) {
              stream.destroy();
              reject(tooBig(label));
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', (e: Error) => reject(damaged(e.message)));
          stream.on('end', () => {
            parts.set(name, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

function tooBig(label: string): ExtractError {
  return new ExtractError(
    `The ${label}'s text parts expand to more than ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB (limit); it was not read.`,
  );
}
