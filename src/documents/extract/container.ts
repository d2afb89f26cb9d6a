import { createWriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PostalMime, { type Address, type Attachment } from 'postal-mime';
import yauzl from 'yauzl';
import { ExtractError } from './errors.js';
import { htmlToText } from './text.js';

export interface ContainerLimits {
  /** Sum of all members' real (uncompressed) bytes. */
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio of one zip entry, judged once it has written more than 1 MiB. */
  maxRatio: number;
  maxEntries: number;
  maxEntryBytes: number;
}

export const DEFAULT_LIMITS: ContainerLimits = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  maxEntries: 10_000,
  maxEntryBytes: 1024 ** 3,
};

export interface Member {
  /** Display name from the archive or e-mail (last path segment only); never used as a path. */
  name: string;
  /** Temporary file inside intoDir holding the member's bytes. */
  path: string;
  size: number;
  mimeType?: string;
}

// Small, very compressible files (CSV, XML, logs) legitimately reach ratios in the
// hundreds; only entries past this size are large enough for the ratio to mean "bomb".
const RATIO_GRACE_BYTES = 1024 * 1024;

export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  }
  return `${n} bytes`;
}

/** Last path segment of an archive/e-mail name, with control characters removed. */
export function displayName(raw: string | null | undefined, fallback: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = (raw ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const last = cleaned.split(/[/\\]/).pop()?.trim() ?? '';
  if (last === '' || last === '.' || last === '..') return fallback;
  return last.slice(0, 255);
}

function isJunk(name: string): boolean {
  if (name.endsWith('/')) return true;
  const parts = name.split('/');
  return parts.includes('__MACOSX') || parts[parts.length - 1] === '.DS_Store';
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings:false turns off yauzl's own name validation, which would reject the
    // whole archive for one "../" name; names are only metadata here, decoded below.
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false },
      (err, zip) => {
        if (err || !zip) reject(zipDamaged(err));
        else resolve(zip);
      },
    );
  });
}

function zipDamaged(err: unknown): ExtractError {
  const msg = err instanceof Error ? err.message : String(err ?? '');
  if (/encrypt/i.test(msg)) return encryptedZip();
  return new ExtractError(`The zip file is damaged and could not be unpacked${msg ? ` (${msg})` : ''}.`);
}

function encryptedZip(): ExtractError {
  return new ExtractError('The zip file is password-protected (encrypted); it was not unpacked.');
}

function totalTooBig(limits: ContainerLimits, what: string): ExtractError {
  return new ExtractError(
    `The ${what} expands to more than ${formatBytes(limits.maxTotalBytes)} (limit); it was not unpacked.`,
  );
}

function entryTooBig(limits: ContainerLimits, what: string, name: string): ExtractError {
  return new ExtractError(
    `"${name}" in the ${what} is larger than ${formatBytes(limits.maxEntryBytes)} (limit per file); it was not unpacked.`,
  );
}

function tooManyEntries(limits: ContainerLimits, what: string): ExtractError {
  return new ExtractError(`The ${what} holds more than ${limits.maxEntries} files (limit); it was not unpacked.`);
}

function ratioTooHigh(limits: ContainerLimits, name: string): ExtractError {
  return new ExtractError(
    `"${name}" in the zip file expands more than ${limits.maxRatio} times its compressed size (limit; this is how zip bombs look); it was not unpacked.`,
  );
}

/**
 * Unpacks one level of a zip into numbered temp files in intoDir. Limits are enforced on
 * the bytes actually written, since sizes in zip headers are attacker-controlled; on any
 * failure every file written so far is removed before the ExtractError is thrown.
 */
export async function unpackZip(path: string, intoDir: string, limits: ContainerLimits): Promise<Member[]> {
  const zip = await openZip(path);
  const members: Member[] = [];
  const written: string[] = [];
  try {
    if (zip.entryCount > limits.maxEntries) throw tooManyEntries(limits, 'zip file');
    let total = 0;
    let seen = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      seen++;
      if (seen > limits.maxEntries) throw tooManyEntries(limits, 'zip file');
      const rawName = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false,
      );
      if (isJunk(rawName)) continue;
      if (entry.isEncrypted()) throw encryptedZip();
      const index = members.length + 1;
      const name = displayName(rawName, `file-${index}`);
      // Cheap early refusals from the declared sizes; the real bytes are still counted below.
      if (entry.uncompressedSize > limits.maxEntryBytes) throw entryTooBig(limits, 'zip file', name);
      if (total + entry.uncompressedSize > limits.maxTotalBytes) throw totalTooBig(limits, 'zip file');

      const target = join(intoDir, `member-${String(index).padStart(5, '0')}`);
      written.push(target);
      const compressed = Math.max(entry.compressedSize, 1);
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          total += chunk.length;
          if (size > limits.maxEntryBytes) return done(entryTooBig(limits, 'zip file', name));
          if (total > limits.maxTotalBytes) return done(totalTooBig(limits, 'zip file'));
          if (size > RATIO_GRACE_BYTES && size / compressed > limits.maxRatio) {
            return done(ratioTooHigh(limits, name));
          }
          done(null, chunk);
        },
      });
      const source = await openEntry(zip, entry);
      try {
        await pipeline(source, meter, createWriteStream(target, { flags: 'wx' }));
      } catch (err) {
        throw err instanceof ExtractError ? err : zipDamaged(err);
      }
      members.push({ name, path: target, size });
    }
    return members;
  } catch (err) {
    await Promise.all(written.map((f) => rm(f, { force: true })));
    throw err instanceof ExtractError ? err : zipDamaged(err);
  } finally {
    zip.close();
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => {
      cleanup();
      resolve(e);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(zipDamaged(err));
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) reject(zipDamaged(err));
      else resolve(stream);
    });
  });
}

export interface ParsedEmail {
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  date: string | null;
  messageId: string | null;
  /** The message it answers, and the thread it continues (Message-IDs with their angle brackets). */
  inReplyTo: string | null;
  references: string[];
  /** A delivery status notification that reports a failed delivery (a bounce), or null. */
  bounce: DeliveryFailure | null;
  /** The text/plain body, or the HTML body turned into text. */
  text: string;
  attachments: Member[];
}

export interface DeliveryFailure {
  /** The Message-ID of the message that was returned, from its enclosed headers. */
  originalMessageId: string | null;
  recipient: string | null;
  /** The enhanced status code, e.g. 5.1.1. */
  status: string | null;
  /** What the remote server said. */
  diagnostic: string | null;
}

const MESSAGE_IDS = /<[^<>\s]+>/g;

/** The Message-IDs in a header value (In-Reply-To, References). */
export function messageIds(value: string | undefined | null): string[] {
  return value ? (value.match(MESSAGE_IDS) ?? []) : [];
}

/**
 * A multipart/report of report-type delivery-status (RFC 3464) whose recipients failed: the fields
 * of its delivery-status part and the Message-ID in its returned headers. Delay notices ("Action:
 * delayed") are not failures.
 */
function deliveryFailure(parts: { mimeType: string; content: unknown }[]): DeliveryFailure | null {
  const text = (p: { content: unknown }) =>
    typeof p.content === 'string' ? p.content : Buffer.from(p.content as ArrayBuffer).toString('utf8');
  const status = parts.find((p) => p.mimeType === 'message/delivery-status');
  if (!status) return null;
  const fields = text(status)
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]+/g, ' ');
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(fields)?.[1]?.trim() ?? null;
  if (!/^Action:\s*failed/im.test(fields)) return null;
  const returned = parts.find((p) =>
    ['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers'].includes(p.mimeType),
  );
  const original = returned ? /^Message-ID:\s*(<[^<>\s]+>)/im.exec(text(returned).slice(0, 64 * 1024))?.[1] : null;
  return {
    originalMessageId: original ?? null,
    recipient: field('Final-Recipient')?.replace(/^rfc822;\s*/i, '') ?? null,
    status: field('Status'),
    diagnostic: field('Diagnostic-Code')?.replace(/^smtp;\s*/i, '') ?? null,
  };
}

/** Who sends a bounce: the mail system itself, not a person. */
const MAIL_SYSTEM = /^(mailer-daemon|mail-daemon|mailerdaemon|postmaster|mail\.delivery\.subsystem)@/i;
/** Words of a permanent failure in a plain bounce (qmail, older Exim and Sendmail, some gateways). */
const FAILED =
  /(could not be delivered|couldn't be delivered|undeliverable|not delivered|delivery (to the following recipients? )?(has )?failed|failed permanently|permanent (error|failure)|wasn't able to deliver|was not able to deliver|user unknown|no such (user|mailbox|recipient)|mailbox (is )?unavailable|address rejected|recipient address rejected|returned to sender)/i;
/** Words of a warning that delivery is only delayed: the sender's mail system is still trying. */
const DELAYED =
  /(delayed|will (keep|continue) (trying|to try)|still trying|will retry|not yet been delivered|temporary (failure|problem))/i;

/**
 * A bounce that is not a delivery status notification (no message/delivery-status part): sent by the
 * mail system (MAILER-DAEMON, postmaster) or carrying X-Failed-Recipients, with the words of a
 * permanent failure and not those of a delay. Its Message-ID, recipient, status code and reason are
 * read from the returned copy and the text, where they are. An out-of-office reply (a person's
 * auto-reply) is none of these and stays an ordinary message.
 */
function plainBounce(
  from: string | null,
  headers: { key: string; value: string }[],
  subject: string,
  text: string,
  parts: { mimeType: string; content: unknown }[],
): DeliveryFailure | null {
  if (parts.some((p) => p.mimeType === 'message/delivery-status')) return null; // a DSN: read as one
  const failedRecipients = headers.find((h) => h.key === 'x-failed-recipients')?.value.trim() || null;
  if (!failedRecipients && !(from && MAIL_SYSTEM.test(from))) return null;
  const head = `${subject}\n${text.slice(0, 16 * 1024)}`;
  if (!FAILED.test(head) && !failedRecipients) return null;
  if (DELAYED.test(subject) || (!FAILED.test(head) && DELAYED.test(head))) return null;
  const returned = parts.find((p) => ['message/rfc822', 'text/rfc822-headers', 'message/global'].includes(p.mimeType));
  const returnedText = returned
    ? typeof returned.content === 'string'
      ? returned.content
      : Buffer.from(returned.content as ArrayBuffer).toString('utf8')
    : '';
  // qmail and others quote the original below the report: its Message-ID is in the text.
  const original =
    /^Message-ID:\s*(<[^<>\s]+>)/im.exec(returnedText.slice(0, 64 * 1024))?.[1] ??
    /^\s*Message-ID:\s*(<[^<>\s]+>)/im.exec(text.slice(0, 64 * 1024))?.[1] ??
    null;
  const status = /\b(5\.\d{1,3}\.\d{1,3})\b/.exec(head)?.[1] ?? null;
  const recipient =
    failedRecipients?.split(',')[0]?.trim() ??
    /<([^<>\s@]+@[^<>\s]+)>:/.exec(head)?.[1] ??
    /<([^<>\s@]+@[^<>\s]+)>/.exec(text.slice(0, 4096))?.[1] ??
    null;
  // The remote server's own words (a line with its 5xx reply) first, else the notice's first failure line.
  const lines = text.slice(0, 16 * 1024).split('\n');
  const line = lines.find((l) => /\b5\d\d[ -]/.test(l)) ?? lines.find((l) => FAILED.test(l)) ?? subject;
  return {
    originalMessageId: original,
    recipient: recipient && recipient.length <= 320 ? recipient : null,
    status,
    diagnostic: line ? line.trim().slice(0, 500) : null,
  };
}

export async function parseEmail(path: string, intoDir: string, limits: ContainerLimits): Promise<ParsedEmail> {
  return parseEmailBuffer(await readFile(path), intoDir, limits);
}

/** Same as parseEmail for a message already in memory (the inbound e-mail route). */
export async function parseEmailBuffer(
  buf: Buffer | Uint8Array,
  intoDir: string,
  limits: ContainerLimits,
): Promise<ParsedEmail> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    // Forwarded messages become their own .eml members, so the worker ingests them as
    // child documents instead of their text being merged into this message's body.
    email = await PostalMime.parse(buf, { attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true });
  } catch (err) {
    throw new ExtractError(
      `The e-mail message could not be read${err instanceof Error && err.message ? ` (${err.message})` : ''}.`,
    );
  }

  const kept = email.attachments.filter(
    (a) => a.filename || a.mimeType === 'message/rfc822' || a.disposition === 'attachment',
  );
  if (kept.length > limits.maxEntries) throw tooManyEntries(limits, 'e-mail');

  const attachments: Member[] = [];
  try {
    let total = 0;
    for (const [i, a] of kept.entries()) {
      const index = i + 1;
      const bytes = attachmentBytes(a);
      const name = attachmentName(a, index);
      if (bytes.length > limits.maxEntryBytes) throw entryTooBig(limits, 'e-mail', name);
      total += bytes.length;
      if (total > limits.maxTotalBytes) throw totalTooBig(limits, 'e-mail');
      const target = join(intoDir, `attachment-${String(index).padStart(5, '0')}`);
      await writeFile(target, bytes, { flag: 'wx' });
      attachments.push({ name, path: target, size: bytes.length, mimeType: a.mimeType });
    }
  } catch (err) {
    await Promise.all(attachments.map((m) => rm(m.path, { force: true })));
    throw err;
  }

  const text = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
  return {
    from: addresses(email.from ? [email.from] : [])[0] ?? null,
    to: addresses(email.to),
    cc: addresses(email.cc),
    subject: email.subject ?? null,
    date: email.date ?? null,
    messageId: email.messageId ?? null,
    inReplyTo: messageIds(email.inReplyTo)[0] ?? null,
    references: messageIds(email.references),
    bounce:
      deliveryFailure(email.attachments) ??
      plainBounce(
        addresses(email.from ? [email.from] : [])[0] ?? null,
        email.headers,
        email.subject ?? '',
        text,
        email.attachments,
      ),
    text: text.replace(/\r\n/g, '\n').trim(),
    attachments,
  };
}

function attachmentBytes(a: Attachment): Uint8Array {
  const c = a.content;
  if (typeof c === 'string') return Buffer.from(c, a.encoding === 'base64' ? 'base64' : 'utf8');
  return c instanceof Uint8Array ? c : new Uint8Array(c);
}

function attachmentName(a: Attachment, index: number): string {
  const isMessage = a.mimeType === 'message/rfc822';
  const name = displayName(a.filename, isMessage ? `attached-message-${index}.eml` : `attachment-${index}`);
  return isMessage && !/\.eml$/i.test(name) ? `${name}.eml` : name;
}

/** Plain lower-case addresses, groups flattened, duplicates and empty entries dropped. */
export function addresses(list: Address[] | undefined): string[] {
  const out: string[] = [];
  for (const a of list ?? []) {
    const boxes = a.group ? a.group : [a];
    for (const box of boxes) {
      const addr = box.address?.trim().toLowerCase();
      if (addr && !out.includes(addr)) out.push(addr);
    }
  }
  return out;
}
