/**
 * Inbound e-mail: a raw RFC 822 message (as mail providers' inbound webhooks and .eml files carry it)
 * is kept as a blob first, then matched to a request by its reply address
 * (`request-<id>@INBOUND_EMAIL_DOMAIN`) or by any of the agency's tracking numbers in the subject. A matched
 * message is logged as an incoming communication and becomes a document of the request (its
 * attachments become child documents when it is ingested). Unmatched mail waits in the inbox until
 * staff assign it. Nothing accepted is lost: the raw message is stored before anything else.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import { dateIn, today as todayIn } from '../clock.js';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/index.js';
import { agencies, documents, inboundMessages, messages, requests, requestTrackingNumbers } from '../db/schema.js';
import { type BlobStore, localBlob, type StoredBlob } from '../documents/blob-store.js';
import { type DeliveryFailure, parseEmail } from '../documents/extract/container.js';
import { ExtractError } from '../documents/extract/errors.js';
import { limitsOf } from '../documents/ingest.js';
import { AppError, notFound } from '../errors.js';
import { recordBounce, recordIncoming, requestOfThread } from '../outbound/service.js';
import { enqueue } from '../queue/outbox.js';
import { addEvent, jurisdictionOfRequestId } from '../requests/service.js';

export type InboundRow = typeof inboundMessages.$inferSelect;

/** How a message was filed: the thread it answers, its address, a tracking number, a bounce of ours, or staff. */
export const MATCHED_BY = ['thread', 'address', 'tracking_number', 'bounce', 'staff'] as const;

export function inboundView(m: InboundRow) {
  return {
    id: m.id,
    status: m.status,
    matchedBy: m.matchedBy as (typeof MATCHED_BY)[number] | null,
    requestId: m.requestId,
    documentId: m.documentId,
    from: m.fromAddress,
    to: JSON.parse(m.toAddresses) as string[],
    subject: m.subject,
    messageId: m.messageId,
    sentAt: m.sentAt,
    receivedAt: m.receivedAt,
    size: m.size,
    sha256: m.sha256,
  };
}

interface Headers {
  from: string | null;
  to: string[];
  subject: string | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  bounce: DeliveryFailure | null;
  date: string | null;
  text: string;
}

const BODY_LIMIT = 100_000;

/**
 * The request a message belongs to, and how that was decided; null when nothing matches (or
 * several): the thread first (In-Reply-To, then References naming a message we sent), then the
 * request's reply address, then a tracking number in the subject.
 */
export function matchRequest(
  db: Db,
  config: Config,
  h: Pick<Headers, 'to' | 'subject'> & Partial<Pick<Headers, 'inReplyTo' | 'references'>>,
): { requestId: number; by: 'thread' | 'address' | 'tracking_number' } | null {
  const threaded = requestOfThread(db, [...(h.inReplyTo ? [h.inReplyTo] : []), ...[...(h.references ?? [])].reverse()]);
  if (threaded !== null) return { requestId: threaded, by: 'thread' };
  const domain = config.INBOUND_EMAIL_DOMAIN?.toLowerCase();
  // Without a configured domain no address is ours: request-7@anywhere must not file mail under 7.
  for (const address of domain ? h.to : []) {
    const m = /^request-(\d+)(?:\+[^@]*)?@(.+)$/i.exec(address.trim());
    if (!m?.[1] || m[2]?.toLowerCase() !== domain) continue;
    const id = Number(m[1]);
    if (db.select({ id: requests.id }).from(requests).where(eq(requests.id, id)).get()) {
      return { requestId: id, by: 'address' };
    }
  }
  const subject = h.subject?.toLowerCase() ?? '';
  if (!subject) return null;
  // Any of a request's tracking numbers: agencies reassign them and reply under old ones too.
  const candidates = new Set(
    db
      .select({ id: requestTrackingNumbers.requestId, tracking: requestTrackingNumbers.number })
      .from(requestTrackingNumbers)
      .where(sql`length(${requestTrackingNumbers.number}) >= 3`)
      .all()
      .filter((r) => {
        const t = r.tracking.toLowerCase();
        const at = subject.indexOf(t);
        if (at < 0) return false;
        // Whole token only: "2026-12" must not match inside "2026-123".
        const before = subject[at - 1] ?? ' ';
        const after = subject[at + t.length] ?? ' ';
        return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
      })
      .map((r) => r.id),
  );
  const [only] = candidates;
  return candidates.size === 1 && only !== undefined ? { requestId: only, by: 'tracking_number' } : null;
}

async function readHeaders(blobs: BlobStore, config: Config, sha256: string): Promise<Headers> {
  const tmp = join(config.DATA_DIR, 'tmp', `inbound-${randomUUID()}`);
  await mkdir(tmp, { recursive: true });
  try {
    // The parser reads a file: a remote store's message is copied into tmp first.
    const path = await localBlob(blobs, sha256, tmp);
    const mail = await parseEmail(path, tmp, limitsOf(config));
    return {
      from: mail.from,
      to: [...mail.to, ...mail.cc],
      subject: mail.subject,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      bounce: mail.bounce,
      date: mail.date,
      text: mail.text,
    };
  } catch (err) {
    if (err instanceof ExtractError) {
      throw new AppError(422, 'not_an_email', `The body is not a readable RFC 822 message: ${err.message}`);
    }
    throw err;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

const safeName = (subject: string | null) =>
  `${
    (subject ?? 'message')
      .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
      .trim()
      .slice(0, 80) || 'message'
  }.eml`;

/**
 * Attaches a message to a request: the .eml becomes a document (queued for ingestion) and an
 * incoming communication on the timeline, with the inbox row and the audit record, all in one
 * transaction: a message is never matched without its timeline entry, nor the other way round.
 */
function attach(
  db: Db,
  actor: Actor,
  now: Date,
  msg: InboundRow,
  requestId: number,
  how: { status: 'matched' | 'assigned'; by: string },
  h: Headers,
): InboundRow {
  return db.transaction((tx) => {
    // Staff filed it by hand, it answers our own mail, or it comes from the agency's addresses:
    // published with the request. Anything else waits for staff (see `fromTheAgency`).
    const held = how.status === 'matched' && how.by !== 'thread' && !fromTheAgency(tx, requestId, h.from);
    const doc =
      tx
        .insert(documents)
        .values({
          requestId,
          sha256: msg.sha256,
          size: msg.size,
          name: safeName(msg.subject),
          declaredType: 'message/rfc822',
          createdBy: actor.userId,
          updatedAt: now.toISOString(),
          ...(held ? { withheldReason: HELD_REASON, withheldAt: now.toISOString() } : {}),
        })
        .onConflictDoNothing()
        .returning({ id: documents.id })
        .get() ??
      tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.requestId, requestId), eq(documents.sha256, msg.sha256)))
        .get();
    if (!doc) throw new Error('document row missing after insert');
    enqueue(tx, 'documents.ingest', { documentId: doc.id });
    const updated = tx
      .update(inboundMessages)
      .set({
        status: how.status,
        matchedBy: how.by,
        requestId,
        documentId: doc.id,
        ...(how.status === 'assigned' ? { assignedBy: actor.userId, assignedAt: now.toISOString() } : {}),
      })
      .where(eq(inboundMessages.id, msg.id))
      .returning()
      .get();
    audit(
      tx,
      actor,
      now,
      `inbound.${how.status === 'assigned' ? 'assign' : 'match'}`,
      'inbound_message',
      msg.id,
      null,
      { requestId, documentId: doc.id, by: how.by },
    );
    if (!updated) throw new Error(`inbound message ${msg.id} vanished while it was filed`);
    const mail = {
      inboundId: msg.id,
      messageId: h.messageId,
      inReplyTo: h.inReplyTo,
      references: h.references,
      from: h.from,
      to: h.to,
      subject: h.subject,
      text: h.text,
      date: h.date,
    };
    if (held) {
      recordIncoming(tx, now, requestId, mail, 'held');
      return updated;
    }
    logReceived(tx, actor, now, requestId, doc.id, h);
    recordIncoming(tx, now, requestId, mail);
    return updated;
  });
}

/** The incoming `communication` event of a message filed under a request, dated the day it was sent. */
function logReceived(
  tx: DbOrTx,
  actor: Actor,
  now: Date,
  requestId: number,
  documentId: number | null,
  h: Pick<Headers, 'date' | 'subject' | 'text'>,
): void {
  // Dated in the agency's time zone: mail sent at 9 p.m. in Washington is that day's mail.
  const jurisdiction = jurisdictionOfRequestId(tx, requestId);
  const today = todayIn(jurisdiction, now);
  const sent = h.date && !Number.isNaN(Date.parse(h.date)) ? dateIn(new Date(h.date), jurisdiction) : today;
  const body = {
    type: 'communication' as const,
    direction: 'in' as const,
    channel: 'email' as const,
    subject: (h.subject ?? '').slice(0, 1000) || undefined,
    body: h.text.slice(0, BODY_LIMIT) || undefined,
    note: `Received by e-mail; the message is document ${documentId}`,
  };
  try {
    // addEvent joins this transaction as a savepoint, so a refusal undoes only its own attempt.
    addEvent(tx, actor, now, requestId, { ...body, date: [sent, today].sort()[0] ?? today });
  } catch (err) {
    // A communication is allowed in every status; a date the timeline refuses (before the request
    // existed, say) falls back to today rather than losing the entry.
    if (!(err instanceof AppError) || err.status >= 500) throw err;
    addEvent(tx, actor, now, requestId, { ...body, date: today });
  }
}

export const HELD_REASON =
  'mail from a sender not known to be the agency: held for staff to read before it is published';

/** Mail providers anyone can have an address at: a sender there is known by the whole address only. */
const SHARED_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'mail.com',
  'zoho.com',
]);

/**
 * Whether incoming mail is known to come from the request's agency: its sender is one of the
 * agency's addresses (requests, appeals) or one we have written to about this request, or shares
 * their domain (unless that domain is a public mail provider). Anyone can write to a request's
 * address, so mail from anyone else is held for staff rather than published with a public request.
 * The From header is what the sender says; this sorts mail for review, it does not authenticate it.
 */
export function fromTheAgency(tx: Pick<Db, 'select'>, requestId: number, from: string | null): boolean {
  const sender = from?.trim().toLowerCase();
  if (!sender?.includes('@')) return false;
  const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1);
  const agency = tx
    .select({ requestEmail: agencies.requestEmail, appealEmail: agencies.appealEmail })
    .from(requests)
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .where(eq(requests.id, requestId))
    .get();
  const written = tx
    .select({ to: messages.toAddresses, cc: messages.ccAddresses })
    .from(messages)
    .where(and(eq(messages.requestId, requestId), eq(messages.direction, 'out')))
    .all()
    .flatMap((m) => [...parseList(m.to), ...parseList(m.cc)]);
  const known = [agency?.requestEmail, agency?.appealEmail, ...written]
    .filter((a): a is string => typeof a === 'string' && a.includes('@'))
    .map((a) => a.trim().toLowerCase());
  const domain = domainOf(sender);
  return known.some((k) => k === sender || (!SHARED_DOMAINS.has(domain) && domainOf(k) === domain));
}

function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch (err) {
    if (err instanceof SyntaxError) return [];
    throw err;
  }
}

export async function receiveEmail(
  deps: { db: Db; blobs: BlobStore; config: Config },
  actor: Actor,
  now: Date,
  blob: StoredBlob,
): Promise<{ message: InboundRow; duplicate: boolean }> {
  const { db } = deps;
  const existing = db.select().from(inboundMessages).where(eq(inboundMessages.sha256, blob.sha256)).get();
  if (existing) return { message: existing, duplicate: true };
  const h = await readHeaders(deps.blobs, deps.config, blob.sha256);
  const msg = db
    .insert(inboundMessages)
    .values({
      sha256: blob.sha256,
      size: blob.size,
      fromAddress: h.from,
      toAddresses: JSON.stringify(h.to),
      subject: h.subject,
      messageId: h.messageId,
      sentAt: h.date,
      receivedAt: now.toISOString(),
      status: 'unmatched',
    })
    .onConflictDoNothing()
    .returning()
    .get();
  if (!msg) {
    // The same message arrived twice at once: the other request recorded it.
    const other = db.select().from(inboundMessages).where(eq(inboundMessages.sha256, blob.sha256)).get();
    if (!other) throw new Error('inbound message vanished');
    return { message: other, duplicate: true };
  }
  if (h.bounce) {
    const bounced = fileBounce(db, now, msg, h.bounce);
    if (bounced) return { message: bounced, duplicate: false };
  }
  const match = matchRequest(db, deps.config, h);
  if (!match) return { message: msg, duplicate: false };
  return {
    message: attach(db, actor, now, msg, match.requestId, { status: 'matched', by: match.by }, h),
    duplicate: false,
  };
}

/**
 * A bounce of a message we sent: found by the Message-ID in its returned headers, which we chose at
 * random and only the recipient's mail system has seen. The envelope address it came back to
 * (`request-<id>+m<message>@INBOUND_EMAIL_DOMAIN`) is not enough: anyone can write to it and its
 * numbers count up, so a forged report could mark any message bounced. The message is marked
 * `bounced` and the inbox row filed under its request, in one transaction. Null when it is not about
 * one of ours (it then waits in the inbox, or is filed by its address, like any other mail).
 */
function fileBounce(db: Db, now: Date, msg: InboundRow, report: DeliveryFailure): InboundRow | null {
  const original = report.originalMessageId
    ? db
        .select({ id: messages.id })
        .from(messages)
        .where(and(eq(messages.messageId, report.originalMessageId), eq(messages.direction, 'out')))
        .get()?.id
    : undefined;
  if (original === undefined) return null;
  return db.transaction((tx) => {
    const bounced = recordBounce(tx, now, original, report);
    if (!bounced) return null;
    return (
      tx
        .update(inboundMessages)
        .set({ status: 'matched', matchedBy: 'bounce', requestId: bounced.requestId })
        .where(eq(inboundMessages.id, msg.id))
        .returning()
        .get() ?? null
    );
  });
}

/** Staff file an unmatched message under a request. */
export async function assignEmail(
  deps: { db: Db; blobs: BlobStore; config: Config },
  actor: Actor,
  now: Date,
  id: number,
  requestId: number,
): Promise<InboundRow> {
  const msg = deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, id)).get();
  if (!msg) throw notFound(`Inbound message ${id}`);
  if (msg.status !== 'unmatched') {
    throw new AppError(409, 'already_filed', `Message ${id} is already filed under request ${msg.requestId}`);
  }
  if (!deps.db.select({ id: requests.id }).from(requests).where(eq(requests.id, requestId)).get()) {
    throw new AppError(422, 'unknown_request', `Request ${requestId} does not exist`, {
      errors: [{ path: 'requestId', message: 'is not a known request' }],
    });
  }
  const h = await readHeaders(deps.blobs, deps.config, msg.sha256);
  return attach(deps.db, actor, now, msg, requestId, { status: 'assigned', by: 'staff' }, h);
}

export function listInbound(db: Db, status: InboundRow['status'] | undefined, limit: number) {
  const q = db.select().from(inboundMessages);
  return (status ? q.where(eq(inboundMessages.status, status)) : q)
    .orderBy(desc(inboundMessages.id))
    .limit(limit)
    .all();
}

/**
 * Staff read held mail and publish it with the request: the message becomes `received`, its
 * incoming `communication` event is logged (dated the day it was sent, as on arrival), and the
 * stored message and the files it carried are no longer withheld for being held (a document staff
 * withheld for another reason stays withheld). One transaction.
 */
export function releaseHeld(db: Db, actor: Actor, now: Date, messageId: number) {
  return db.transaction((tx) => {
    const m = tx.select().from(messages).where(eq(messages.id, messageId)).get();
    if (!m) throw notFound(`Message ${messageId}`);
    if (m.status !== 'held') {
      throw new AppError(409, 'not_held', `Message ${messageId} is ${m.status}; only held mail is released`);
    }
    const inbound =
      m.inboundMessageId === null
        ? undefined
        : tx.select().from(inboundMessages).where(eq(inboundMessages.id, m.inboundMessageId)).get();
    const documentId = inbound?.documentId ?? null;
    const row = tx
      .update(messages)
      .set({ status: 'received', updatedAt: now.toISOString() })
      .where(and(eq(messages.id, messageId), eq(messages.status, 'held')))
      .returning()
      .get();
    if (!row) throw new AppError(409, 'not_held', `Message ${messageId} was released meanwhile`);
    if (documentId !== null) {
      tx.run(sql`with recursive tree(id) as (select ${documentId} union all
          select d.id from documents d join tree t on d.parent_id = t.id)
        update documents set withheld_reason = null, withheld_at = null, withheld_by = null, updated_at = ${now.toISOString()}
        where id in (select id from tree) and withheld_reason = ${HELD_REASON}`);
    }
    logReceived(tx, actor, now, m.requestId, documentId, {
      date: m.sentAt ?? m.createdAt,
      subject: m.subject,
      text: m.body,
    });
    audit(tx, actor, now, 'message.release', 'message', messageId, { status: 'held' }, { status: 'received' });
    return row;
  });
}
