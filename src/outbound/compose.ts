/**
 * The bytes of an outgoing message. Built once, before the first attempt, and stored in the blob
 * store: every attempt and any resend hands the mail server exactly these bytes, with the same
 * Message-ID, so that a resend after a crash can be recognised by the agency's mail system.
 *
 * From is the organisation's sender (SMTP_FROM: relays send only from addresses they know);
 * Reply-To is the request's own address, `request-<id>@INBOUND_EMAIL_DOMAIN`, so that replies come
 * back to the inbound endpoint and thread onto the request. The envelope sender carries the message
 * too (`request-<id>+m<message>@...`), so that a bounce comes back to the request; it is matched to the
 * message by the Message-ID it returns (src/inbound/service.ts), which, unlike the address, cannot be guessed.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { inArray } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { documents, type messages } from '../db/schema.js';
import type { BlobStore } from '../documents/blob-store.js';

export type MessageRow = typeof messages.$inferSelect;

/** The domain our Message-IDs and addresses live under. */
function domainOf(config: Config): string {
  return config.INBOUND_EMAIL_DOMAIN ?? new URL(config.publicBaseUrl).hostname;
}

export function newMessageId(config: Config): string {
  return `<${randomUUID()}@${domainOf(config)}>`;
}

/** The request's own reply address, or null without INBOUND_EMAIL_DOMAIN. */
export function requestAddress(config: Config, requestId: number): string | null {
  return config.INBOUND_EMAIL_DOMAIN ? `request-${requestId}@${config.INBOUND_EMAIL_DOMAIN}` : null;
}

/** The bare address of SMTP_FROM ("Name <a@b>" or "a@b"). */
export function senderAddress(config: Config): string {
  return /<([^>]+)>/.exec(config.SMTP_FROM)?.[1] ?? config.SMTP_FROM.trim();
}

/** The envelope sender (MAIL FROM), where bounces go. */
export function envelopeSender(config: Config, m: Pick<MessageRow, 'id' | 'requestId'>): string {
  return config.INBOUND_EMAIL_DOMAIN
    ? `request-${m.requestId}+m${m.id}@${config.INBOUND_EMAIL_DOMAIN}`
    : senderAddress(config);
}

export const list = (json: string) => JSON.parse(json) as string[];

/** The message as RFC 5322 bytes, attachments included. */
export async function buildEml(db: Db, blobs: BlobStore, config: Config, m: MessageRow, date: Date): Promise<Buffer> {
  const ids = JSON.parse(m.attachments) as number[];
  const docs = ids.length ? db.select().from(documents).where(inArray(documents.id, ids)).all() : [];
  const reply = requestAddress(config, m.requestId);
  const references = list(m.references);
  const composer = new MailComposer({
    from: config.SMTP_FROM,
    to: list(m.toAddresses),
    cc: list(m.ccAddresses),
    ...(reply ? { replyTo: reply } : {}),
    subject: m.subject,
    text: m.body,
    messageId: m.messageId,
    date,
    ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
    ...(references.length ? { references } : {}),
    attachments: docs.map((d) => ({
      // The uploader's name, as metadata only: it never becomes a path.
      filename: d.name.replace(/[\r\n"\\/]+/g, ' ').slice(0, 200) || `document-${d.id}`,
      contentType: d.sniffedType ?? d.declaredType ?? 'application/octet-stream',
      content: blobs.open(d.sha256) as Readable,
    })),
    headers: { 'X-FOIA-Request': String(m.requestId) },
  });
  const built = await composer.compile().build();
  // RFC 5322 lines end in CRLF, and SMTP sends them so: stored the same way, the stored bytes are the
  // bytes the mail server receives. (The composer's output is 7-bit: a latin1 round trip is lossless.)
  return Buffer.from(built.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
}

/** Stores the bytes and returns their hash. */
export async function storeEml(blobs: BlobStore, bytes: Buffer): Promise<string> {
  return (await blobs.putBytes(bytes)).sha256;
}
