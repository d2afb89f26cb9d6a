/**
 * Correspondence with the agency: outgoing letters (the request, follow-ups, appeals) queued for
 * the worker to send over SMTP, and the record of every message both ways. Pure of HTTP; the
 * caller checks who may see the request. Writes take the caller's database or transaction.
 *
 * Statuses of an outgoing message: `awaiting_approval` (a drafted follow-up or appeal waiting for a
 * click), `queued`, `sending` (claimed by a worker, on its way to the mail server), `sent`, `failed`
 * (with the reason), `bounced` (a delivery status notification came back), `cancelled` (a draft
 * discarded). Incoming messages are `received`.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import { today as todayIn } from '../clock.js';
import type { Config } from '../config.js';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { prepared, statement } from '../db/prepared.js';
import { agencies, documents, inboundMessages, type MESSAGE_KINDS, messages, requests } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { type LetterKind, renderLetter } from '../letters/service.js';
import { enqueue } from '../queue/outbox.js';
import { LIMITS } from '../requests/schemas.js';
import { addEvent, jurisdictionOfRequestId, requestState } from '../requests/service.js';
import { allowedEvents, type Status } from '../requests/state-machine.js';
import { emit } from '../webhooks/service.js';
import { list, type MessageRow, newMessageId } from './compose.js';

export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The most a message's attachments may weigh together (mail servers refuse much more). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export function messageView(m: MessageRow) {
  return {
    id: m.id,
    requestId: m.requestId,
    direction: m.direction,
    kind: m.kind,
    status: m.status,
    messageId: m.messageId,
    inReplyTo: m.inReplyTo,
    from: m.fromAddress,
    to: list(m.toAddresses),
    cc: list(m.ccAddresses),
    subject: m.subject,
    body: m.body,
    attachments: JSON.parse(m.attachments) as number[],
    error: m.error,
    attempts: m.attempts,
    sentAt: m.sentAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** `{campaignId}` for a request of a campaign, for webhook payloads (which name the campaign). */
function campaignOf(tx: DbOrTx, requestId: number): { campaignId?: number } {
  const r = statement(tx, 'select campaign_id as campaignId from requests where id = ?').get(requestId) as
    | { campaignId: number | null }
    | undefined;
  return r?.campaignId ? { campaignId: r.campaignId } : {};
}

/** Where outgoing mail goes out, or null when it cannot. */
export function outboundSmtp(config: Config): string | null {
  return config.OUTBOUND_SMTP_URL ?? config.SMTP_URL ?? null;
}

/**
 * The thread a new message continues: the request letter's Message-ID and the agency's latest
 * reply, so that the agency's mail client shows the follow-up under the request.
 */
function threadOf(db: Pick<Db, 'select'>, requestId: number): { inReplyTo: string | null; references: string[] } {
  const first = db
    .select({ id: messages.messageId })
    .from(messages)
    .where(and(eq(messages.requestId, requestId), eq(messages.kind, 'request'), eq(messages.status, 'sent')))
    .orderBy(asc(messages.id))
    .get();
  const lastIn = db
    .select({ id: messages.messageId })
    .from(messages)
    .where(and(eq(messages.requestId, requestId), eq(messages.direction, 'in')))
    .orderBy(desc(messages.id))
    .get();
  const references = [first?.id, lastIn?.id].filter((x): x is string => !!x && x !== '<>');
  return { inReplyTo: lastIn?.id ?? first?.id ?? null, references: [...new Set(references)] };
}

export interface NewMessage {
  requestId: number;
  kind: Exclude<MessageKind, 'reply'>;
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
  attachments?: number[];
  status: 'queued' | 'awaiting_approval';
  createdBy: number | null;
  seriesKey?: string;
  /** Not handed to SMTP before then (a paced bulk send). */
  notBefore?: Date;
}

/** Records an outgoing message and, when it is to go now, its sending job (same transaction). */
export function queueMessage(tx: DbOrTx, config: Config, now: Date, input: NewMessage): MessageRow {
  const thread = input.kind === 'request' ? { inReplyTo: null, references: [] } : threadOf(tx, input.requestId);
  const row = tx
    .insert(messages)
    .values({
      requestId: input.requestId,
      direction: 'out',
      kind: input.kind,
      status: input.status,
      messageId: newMessageId(config),
      inReplyTo: thread.inReplyTo,
      references: JSON.stringify(thread.references),
      fromAddress: config.SMTP_FROM,
      toAddresses: JSON.stringify(input.to),
      ccAddresses: JSON.stringify(input.cc ?? []),
      subject: input.subject,
      body: input.body,
      attachments: JSON.stringify(input.attachments ?? []),
      seriesKey: input.seriesKey ?? null,
      notBefore: input.notBefore ? input.notBefore.toISOString() : null,
      createdBy: input.createdBy,
      updatedAt: now.toISOString(),
    })
    .returning()
    .get();
  if (row.status === 'queued') {
    enqueue(tx, 'messages.send', { messageId: row.id }, { notBefore: input.notBefore ?? null });
  }
  return row;
}

export interface SendInput {
  kind: LetterKind;
  to?: string[] | undefined;
  cc?: string[] | undefined;
  subject?: string | undefined;
  body?: string | undefined;
  attachments?: number[] | undefined;
  /** Not before then (a campaign's paced bulk send). */
  notBefore?: Date | undefined;
}

/** Statuses in which the agency owes an answer: a follow-up makes sense. */
export const CHASEABLE_STATUSES = [
  'submitted',
  'acknowledged',
  'processing',
  'awaiting_fee',
  'awaiting_clarification',
  'appealed',
] as const satisfies readonly Status[];
const OPEN_FOR_FOLLOW_UP = new Set<string>(CHASEABLE_STATUSES);

function statusOf(tx: Pick<Db, 'select'>, requestId: number) {
  const req = tx.select({ status: requests.status }).from(requests).where(eq(requests.id, requestId)).get();
  if (!req) throw notFound(`Request ${requestId}`);
  return req.status;
}

function checkAttachments(tx: Pick<Db, 'select'>, requestId: number, ids: number[]) {
  if (!ids.length) return;
  const found = tx
    .select({ id: documents.id, requestId: documents.requestId, size: documents.size })
    .from(documents)
    .where(inArray(documents.id, ids))
    .all();
  const bad = ids.filter((id) => !found.some((d) => d.id === id && d.requestId === requestId));
  if (bad.length) {
    throw new AppError(
      422,
      'unknown_attachment',
      `Document ${bad.join(', ')} is not a document of request ${requestId}`,
      {
        errors: bad.map((id) => ({ path: 'attachments', message: `document ${id} is not one of this request's` })),
      },
    );
  }
  const total = found.reduce((n, d) => n + d.size, 0);
  if (total > MAX_ATTACHMENT_BYTES) {
    throw new AppError(
      422,
      'attachments_too_large',
      `The attachments weigh ${Math.ceil(total / 1024 / 1024)} MB together; mail servers refuse more than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
      { errors: [{ path: 'attachments', message: `at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB together` }] },
    );
  }
}

/** The request letter already queued, being sent or sent (a request is sent once), if any. */
function requestLetterOnItsWay(db: Pick<Db, 'select'>, requestId: number) {
  return db
    .select({ id: messages.id, status: messages.status })
    .from(messages)
    .where(
      and(
        eq(messages.requestId, requestId),
        eq(messages.kind, 'request'),
        inArray(messages.status, ['queued', 'sending', 'sent']),
      ),
    )
    .get();
}

/** Refuses a letter the request's state makes pointless (already sent, nothing to appeal, closed). */
function checkKind(tx: Pick<Db, 'select'>, requestId: number, kind: LetterKind) {
  const status = statusOf(tx, requestId);
  if (kind === 'request') {
    const earlier = requestLetterOnItsWay(tx, requestId);
    if (earlier) {
      throw new AppError(
        409,
        'already_sent',
        `The request letter is already ${earlier.status === 'sent' ? 'sent' : 'on its way'} (message ${earlier.id}); send a follow-up instead`,
      );
    }
    if (status !== 'draft') {
      throw new AppError(
        409,
        'already_submitted',
        `Request ${requestId} is ${status}: it was submitted already. Send a follow-up instead.`,
      );
    }
  } else if (kind === 'follow_up' && !OPEN_FOR_FOLLOW_UP.has(status)) {
    throw new AppError(409, 'not_open', `Request ${requestId} is ${status}: there is no open request to follow up`);
  }
}

/**
 * The letters that can be e-mailed now: the request letter of a draft not sent yet, a follow-up
 * while the request is open, an appeal while the timeline can take one.
 */
export function sendableKinds(
  db: Pick<Db, 'select'>,
  requestId: number,
  status: string,
  allowedEvents: readonly string[],
): LetterKind[] {
  const kinds: LetterKind[] = [];
  if (status === 'draft' && !requestLetterOnItsWay(db, requestId)) kinds.push('request');
  if (OPEN_FOR_FOLLOW_UP.has(status)) kinds.push('follow_up');
  if (allowedEvents.includes('appealed')) kinds.push('appeal');
  return kinds;
}

/**
 * Queues the request letter, a follow-up or an appeal: the rendered letter of its kind unless the
 * caller gives the recipients, subject or text. 422 when no recipient is known; 409 when the kind
 * makes no sense now, or outgoing mail is not configured.
 */
export function sendLetter(db: DbOrTx, actor: Actor, now: Date, config: Config, requestId: number, input: SendInput) {
  if (!outboundSmtp(config)) {
    throw new AppError(
      409,
      'mail_not_configured',
      'Outgoing mail is not configured (OUTBOUND_SMTP_URL or SMTP_URL): print the letter and mark it mailed instead',
    );
  }
  return inTransaction(db, (tx) => {
    checkKind(tx, requestId, input.kind);
    const overridden = input.subject !== undefined && input.body !== undefined;
    let letter: { subject: string; body: string; to: string[] };
    try {
      letter = renderLetter(tx, requestId, input.kind, now, config);
    } catch (err) {
      // A letter the caller wrote in full needs no template (an appeal of a constructive denial, say).
      if (!(err instanceof AppError) || err.status !== 409 || !overridden) throw err;
      letter = { subject: input.subject ?? '', body: input.body ?? '', to: [] };
    }
    const to = input.to ?? letter.to;
    if (!to.length) {
      throw new AppError(
        422,
        'no_recipient',
        `The agency has no ${input.kind === 'appeal' ? 'appeal or request ' : ''}e-mail address: add one to the agency, give "to", or print the letter (GET /api/v1/requests/${requestId}/letters/${input.kind}.pdf) and mark it mailed`,
        { errors: [{ path: 'to', message: 'no recipient: the agency has no e-mail address' }] },
      );
    }
    checkAttachments(tx, requestId, input.attachments ?? []);
    const row = queueMessage(tx, config, now, {
      requestId,
      kind: input.kind,
      to,
      ...(input.cc ? { cc: input.cc } : {}),
      subject: (input.subject ?? letter.subject).slice(0, 998),
      body: (input.body ?? letter.body).slice(0, LIMITS.body),
      ...(input.attachments ? { attachments: input.attachments } : {}),
      ...(input.notBefore ? { notBefore: input.notBefore } : {}),
      status: 'queued',
      createdBy: actor.userId,
    });
    audit(tx, actor, now, 'message.send', 'message', row.id, null, messageView(row));
    return row;
  });
}

function loadMessage(db: Pick<Db, 'select'>, id: number): MessageRow {
  const m = db.select().from(messages).where(eq(messages.id, id)).get();
  if (!m) throw notFound(`Message ${id}`);
  return m;
}

/** A drafted follow-up or appeal goes out (one click), optionally edited. */
export function approveMessage(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  config: Config,
  id: number,
  edit: { subject?: string | undefined; body?: string | undefined; to?: string[] | undefined } = {},
) {
  if (!outboundSmtp(config)) {
    throw new AppError(409, 'mail_not_configured', 'Outgoing mail is not configured (OUTBOUND_SMTP_URL or SMTP_URL)');
  }
  return inTransaction(db, (tx) => {
    const m = loadMessage(tx, id);
    if (m.status !== 'awaiting_approval') {
      throw new AppError(409, 'not_awaiting_approval', `Message ${id} is ${m.status}, not waiting for approval`);
    }
    if (m.kind === 'follow_up') checkKind(tx, m.requestId, 'follow_up');
    const to = edit.to ?? list(m.toAddresses);
    if (!to.length) {
      throw new AppError(422, 'no_recipient', 'The agency has no e-mail address: give "to"', {
        errors: [{ path: 'to', message: 'no recipient' }],
      });
    }
    const row = tx
      .update(messages)
      .set({
        status: 'queued',
        toAddresses: JSON.stringify(to),
        ...(edit.subject !== undefined ? { subject: edit.subject } : {}),
        ...(edit.body !== undefined ? { body: edit.body } : {}),
        createdBy: m.createdBy ?? actor.userId,
        updatedAt: now.toISOString(),
      })
      .where(eq(messages.id, id))
      .returning()
      .get();
    enqueue(tx, 'messages.send', { messageId: id });
    audit(tx, actor, now, 'message.approve', 'message', id, messageView(m), messageView(row));
    return row;
  });
}

/** Discards a draft waiting for approval. */
export function cancelMessage(db: DbOrTx, actor: Actor, now: Date, id: number) {
  return inTransaction(db, (tx) => {
    const m = loadMessage(tx, id);
    if (m.status !== 'awaiting_approval') {
      throw new AppError(
        409,
        'not_awaiting_approval',
        `Message ${id} is ${m.status}; only a draft waiting for approval can be discarded`,
      );
    }
    const row = tx
      .update(messages)
      .set({ status: 'cancelled', updatedAt: now.toISOString() })
      .where(eq(messages.id, id))
      .returning()
      .get();
    audit(tx, actor, now, 'message.cancel', 'message', id, { status: m.status }, { status: 'cancelled' });
    return row;
  });
}

/**
 * Sends a failed or bounced message again: the same bytes and the same Message-ID (so that if the
 * first attempt did reach the agency, its mail system can tell the two apart).
 */
export function resendMessage(db: DbOrTx, actor: Actor, now: Date, id: number, to?: string[]) {
  return inTransaction(db, (tx) => {
    const m = loadMessage(tx, id);
    if (m.direction !== 'out' || (m.status !== 'failed' && m.status !== 'bounced')) {
      throw new AppError(
        409,
        'not_resendable',
        `Message ${id} is ${m.status}; only a failed or bounced message is sent again`,
      );
    }
    const row = tx
      .update(messages)
      .set({
        status: 'queued',
        claimedAt: null,
        // New recipients mean new bytes (the headers name them); the Message-ID stays.
        ...(to ? { toAddresses: JSON.stringify(to), emlSha256: null } : {}),
        updatedAt: now.toISOString(),
      })
      .where(eq(messages.id, id))
      .returning()
      .get();
    enqueue(tx, 'messages.send', { messageId: id });
    audit(tx, actor, now, 'message.resend', 'message', id, { status: m.status, error: m.error }, { status: 'queued' });
    return row;
  });
}

/**
 * The stored bytes of a message, as a blob hash: what was handed to SMTP for an outgoing one (null
 * until its first attempt built it), what arrived for an incoming one.
 */
export function rawMessage(db: Db, id: number): { row: MessageRow; sha256: string | null } {
  const row = loadMessage(db, id);
  if (row.direction === 'out') return { row, sha256: row.emlSha256 };
  const inbound = row.inboundMessageId
    ? db
        .select({ sha256: inboundMessages.sha256 })
        .from(inboundMessages)
        .where(eq(inboundMessages.id, row.inboundMessageId))
        .get()
    : undefined;
  return { row, sha256: inbound?.sha256 ?? null };
}

/** Messages of a request, both ways, oldest first. */
export function requestMessages(db: Db, requestId: number) {
  return db.select().from(messages).where(eq(messages.requestId, requestId)).orderBy(asc(messages.id)).all();
}

/** Messages that need staff: drafts waiting for approval, mail that failed or bounced, and held mail. */
export function messagesNeedingAttention(db: Db, limit = 100) {
  // Prepared once: the dashboard asks on every view, and building the query cost more than running it.
  return prepared(db, 'outbound.attention', () =>
    db
      .select({ m: messages, title: requests.title, agencyName: agencies.name })
      .from(messages)
      .innerJoin(requests, eq(requests.id, messages.requestId))
      .innerJoin(agencies, eq(agencies.id, requests.agencyId))
      .where(inArray(messages.status, ['awaiting_approval', 'failed', 'bounced', 'held']))
      .orderBy(desc(messages.updatedAt), desc(messages.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  ).all({ limit });
}

/** The actor a worker acts as for a message: whoever queued it, else the request's owner. */
function actorFor(tx: DbOrTx, m: MessageRow): Actor {
  const owner = statement(tx, 'select owner_id as ownerId from requests where id = ?').get(m.requestId) as
    | { ownerId: number | null }
    | undefined;
  const userId = m.createdBy ?? owner?.ownerId ?? null;
  // Events need a user; a message always has one (drafts without an owner are not made).
  return { userId: userId as number, email: '', role: 'staff', readOnly: false, tokenId: null };
}

/**
 * The mail server took the message: it is `sent`, logged as an outgoing communication and, for
 * the request letter, as `submitted` that day (the agency's day); for an appeal, as `appealed`. One
 * transaction. The mail has left whatever the timeline says: an event the state machine refuses
 * now (the request changed meanwhile) is noted instead of failing the job, which would send again.
 */
const SENT = `update messages set status = 'sent', sent_at = @at, smtp_response = @response, error = null,
  updated_at = @at where id = @id and status = 'sending'`;

export function markSent(db: Db, m: MessageRow, smtpResponse: string, now: Date): void {
  db.transaction((tx) => {
    const changed = statement(tx, SENT).run({
      id: m.id,
      at: now.toISOString(),
      response: smtpResponse.slice(0, 500),
    }).changes;
    if (changed !== 1) return;
    const actor = actorFor(tx, m);
    const day = todayIn(jurisdictionOfRequestId(tx, m.requestId), now);
    const follows: { type: 'submitted' | 'appealed'; data: Record<string, unknown> }[] = [];
    if (m.kind === 'request') follows.push({ type: 'submitted', data: { channel: 'email' } });
    if (m.kind === 'appeal') follows.push({ type: 'appealed', data: {} });
    for (const f of follows) {
      if (!allowedEvents(requestState(tx, m.requestId)).includes(f.type)) {
        addEvent(tx, actor, now, m.requestId, {
          type: 'note',
          date: day,
          note: `The ${m.kind === 'request' ? 'request letter' : 'appeal'} was e-mailed (message ${m.id}), but the timeline could not take a ${f.type} event now; log it by hand if it applies.`,
        });
        continue;
      }
      addEvent(tx, actor, now, m.requestId, { type: f.type, date: day, ...f.data } as Parameters<typeof addEvent>[4], {
        recomputeNow: true,
      });
    }
    addEvent(tx, actor, now, m.requestId, {
      type: 'communication',
      date: day,
      direction: 'out',
      channel: 'email',
      subject: m.subject.slice(0, 1000),
      body: m.body.slice(0, LIMITS.body),
      note: `E-mailed to ${list(m.toAddresses).join(', ')} (message ${m.id}, ${m.messageId})`.slice(0, LIMITS.note),
    });
    emit(
      tx,
      'message.sent',
      { requestId: m.requestId, messageId: m.id, kind: m.kind, ...campaignOf(tx, m.requestId) },
      now,
    );
  });
}

export const UNKNOWN_OUTCOME =
  'The worker stopped while the mail server was answering, so it is not known whether this message left. It was not sent again automatically (that could send it twice); check with the agency or the mail server, then resend it (the same message, with the same Message-ID) if needed.';

/**
 * The last attempt failed (or the mail server refused for good): `failed` with the reason; staff are
 * told (the dashboard, the request page, `message.failed` to webhook subscribers). A message still
 * claimed (`sending`) may have left: its reason says so instead.
 */
export function messageFailed(tx: DbOrTx, id: number, reason: string, now: Date): void {
  const current = tx.select({ status: messages.status }).from(messages).where(eq(messages.id, id)).get();
  if (!current || (current.status !== 'queued' && current.status !== 'sending')) return;
  const why = current.status === 'sending' ? UNKNOWN_OUTCOME : reason;
  const row = tx
    .update(messages)
    .set({ status: 'failed', error: why.slice(0, 1000), claimedAt: null, updatedAt: now.toISOString() })
    .where(and(eq(messages.id, id), eq(messages.status, current.status)))
    .returning({ requestId: messages.requestId, kind: messages.kind })
    .get();
  if (row) {
    emit(
      tx,
      'message.failed',
      { requestId: row.requestId, messageId: id, kind: row.kind, reason: why, ...campaignOf(tx, row.requestId) },
      now,
    );
  }
}

/** An incoming message matched to the request, in the correspondence. */
export function recordIncoming(
  tx: DbOrTx,
  now: Date,
  requestId: number,
  mail: {
    inboundId: number;
    messageId: string | null;
    inReplyTo: string | null;
    references: string[];
    from: string | null;
    to: string[];
    subject: string | null;
    text: string;
    date: string | null;
  },
  status: 'received' | 'held' = 'received',
): void {
  tx.insert(messages)
    .values({
      requestId,
      direction: 'in',
      kind: 'reply',
      status,
      messageId: mail.messageId ?? `<inbound-${mail.inboundId}@local>`,
      inReplyTo: mail.inReplyTo,
      references: JSON.stringify(mail.references),
      fromAddress: mail.from,
      toAddresses: JSON.stringify(mail.to),
      subject: mail.subject ?? '',
      body: mail.text.slice(0, LIMITS.body),
      inboundMessageId: mail.inboundId,
      sentAt: mail.date && !Number.isNaN(Date.parse(mail.date)) ? new Date(mail.date).toISOString() : null,
      updatedAt: now.toISOString(),
    })
    .run();
}

/** The request an incoming message answers, by the Message-IDs it names (In-Reply-To, References). */
export function requestOfThread(db: Pick<Db, 'select'>, ids: string[]): number | null {
  const wanted = ids.filter((id) => id && id !== '<>');
  if (!wanted.length) return null;
  const hit = db
    .select({ requestId: messages.requestId })
    .from(messages)
    .where(and(inArray(messages.messageId, wanted), eq(messages.direction, 'out')))
    .orderBy(desc(messages.id))
    .get();
  return hit?.requestId ?? null;
}

/**
 * A delivery status notification about one of our messages: it is `bounced`, with the reason, and a
 * note on the request's timeline tells staff (and webhook subscribers get `message.bounced`).
 */
export function recordBounce(
  tx: DbOrTx,
  now: Date,
  messageRowId: number,
  report: { status: string | null; diagnostic: string | null; recipient: string | null },
): MessageRow | null {
  const reason = [
    report.recipient ? `to ${report.recipient}` : null,
    report.status ? `status ${report.status}` : null,
    report.diagnostic,
  ]
    .filter(Boolean)
    .join(': ');
  const row = tx
    .update(messages)
    .set({
      status: 'bounced',
      error: (reason || 'the mail server returned it').slice(0, 1000),
      updatedAt: now.toISOString(),
    })
    .where(
      and(
        eq(messages.id, messageRowId),
        eq(messages.direction, 'out'),
        inArray(messages.status, ['sent', 'sending', 'queued']),
      ),
    )
    .returning()
    .get();
  if (!row) return null;
  const actor = actorFor(tx, row);
  addEvent(tx, actor, now, row.requestId, {
    type: 'note',
    date: todayIn(jurisdictionOfRequestId(tx, row.requestId), now),
    note: `The agency's mail server returned the ${row.kind.replace('_', '-')} e-mail (message ${row.id}): ${row.error}. Check the address, then resend it or send the letter by post.`.slice(
      0,
      LIMITS.note,
    ),
  });
  emit(
    tx,
    'message.bounced',
    {
      requestId: row.requestId,
      messageId: row.id,
      kind: row.kind,
      reason: row.error,
      ...campaignOf(tx, row.requestId),
    },
    now,
  );
  return row;
}
