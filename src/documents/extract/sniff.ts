import { open, stat } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

export type Kind =
  | 'pdf'
  | 'image'
  | 'text'
  | 'csv'
  | 'html'
  | 'docx'
  | 'xlsx'
  | 'zip'
  | 'eml'
  | 'empty'
  | 'unsupported';

export interface Sniffed {
  kind: Kind;
  mime: string;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMAGE_EXTS = new Set(['png', 'jpg', 'tif', 'gif', 'bmp', 'webp']);
const PROBE_BYTES = 64 * 1024;

// Header names that, at the very top of a file, mark it as a mail message rather than prose.
const MAIL_HEADERS = new Set([
  'received',
  'from',
  'return-path',
  'mime-version',
  'message-id',
  'subject',
  'delivered-to',
  'x-mailer',
  'dkim-signature',
]);

/**
 * Decide what a file really is from its bytes. The name is only allowed to pick
 * 'csv' over 'text' for something that is already text: agencies mislabel files,
 * and a wrong extension must never route binary into a text parser.
 */
export async function sniff(path: string, name?: string): Promise<Sniffed> {
  const info = await stat(path);
  if (info.size === 0) return { kind: 'empty', mime: 'application/x-empty' };

  const ft = await fileTypeFromFile(path);
  if (ft) {
    if (ft.ext === 'pdf') return { kind: 'pdf', mime: ft.mime };
    if (ft.ext === 'docx') return { kind: 'docx', mime: DOCX_MIME };
    if (ft.ext === 'xlsx') return { kind: 'xlsx', mime: ft.mime };
    if (ft.ext === 'zip') return { kind: 'zip', mime: 'application/zip' };
    if (IMAGE_EXTS.has(ft.ext)) return { kind: 'image', mime: ft.mime };
    // file-type also recognises some text formats (XML, iCalendar, vCard, WebVTT, .reg);
    // their text is still worth indexing, so let the text probe below classify them.
    if (!ft.mime.startsWith('text/') && ft.mime !== 'application/xml' && ft.ext !== 'reg') {
      return { kind: 'unsupported', mime: ft.mime };
    }
  }

  const head = await readHead(path, PROBE_BYTES);
  const text = decodeProbe(head, info.size > head.length);
  if (text === null) return { kind: 'unsupported', mime: 'application/octet-stream' };

  if (looksLikeEmail(text)) return { kind: 'eml', mime: 'message/rfc822' };
  if (/^[\s\uFEFF]*<(!doctype\s+html|html[\s>])/i.test(text)) return { kind: 'html', mime: 'text/html' };
  if (name && /\.csv$/i.test(name.trim())) return { kind: 'csv', mime: 'text/csv' };
  return { kind: 'text', mime: 'text/plain' };
}

async function readHead(path: string, max: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(max);
    const { bytesRead } = await fh.read(buf, 0, max, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Returns the probe as a string if it is plausibly text (UTF-8, or latin1/cp1252 prose),
 * otherwise null. `truncated` says the probe was cut at PROBE_BYTES, so a multi-byte
 * UTF-8 character split at the end is not a reason to reject.
 */
function decodeProbe(buf: Buffer, truncated: boolean): string | null {
  if (buf.includes(0)) return null;
  let body = buf;
  if (truncated) body = body.subarray(0, body.length - incompleteUtf8Tail(body));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch (err) {
    // TypeError: not valid UTF-8.
    if (!(err instanceof TypeError)) throw err;
    return plausiblyLatin1(buf) ? buf.toString('latin1') : null;
  }
}

/** How many trailing bytes form the start of a UTF-8 sequence that the cut left unfinished. */
function incompleteUtf8Tail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte, keep looking for the lead
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
    return 0;
  }
  return 0;
}

/**
 * Single-byte text has almost no control characters besides tab/CR/LF/FF and is mostly
 * ASCII; random binary has ~12% control bytes and ~50% high bytes.
 */
function plausiblyLatin1(buf: Buffer): boolean {
  let control = 0;
  let high = 0;
  for (const b of buf) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
    else if (b === 0x7f) control++;
    else if (b >= 0x80) high++;
  }
  return control <= buf.length * 0.001 && high <= buf.length * 0.3;
}

/**
 * An RFC 822 message starts with header fields (and folded continuations) then a blank line.
 * At least two fields, one of them mail-specific, so a note that begins "Subject: x" stays text.
 */
function looksLikeEmail(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let known = 0;
  let fields = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') return fields >= 2 && known > 0;
    if (/^[ \t]/.test(line)) {
      if (fields === 0) return false;
      continue;
    }
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    fields++;
    if (MAIL_HEADERS.has((m[1] as string).toLowerCase())) known++;
  }
  return false;
}
