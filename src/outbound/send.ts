/**
 * Sending one message (the `messages.send` job), exactly once:
 * 1. The bytes are built and stored before anything else (once: every attempt sends the same bytes).
 * 2. The message is claimed (`queued` -> `sending`, one UPDATE only one worker can win) right before
 *    it is handed to SMTP. A second worker, a duplicate job or a retry finds it claimed and does not
 *    send it.
 * 3. The mail server's answer: taken -> `sent` (with the timeline, one transaction); refused or no
 *    answer -> back to `queued` with the reason, and the job retries with backoff (a 5xx refusal
 *    fails at once). After the last attempt the message is `failed` with the reason.
 * A worker killed while the mail server was answering leaves the message `sending`: once its claim
 * is older than the lease (JOB_LEASE_MS) the message is `failed` with a reason that says it may have
 * left, rather than sent a second time; staff check and resend it (same bytes, same Message-ID).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { prepared, statement } from '../db/prepared.js';
import { messages } from '../db/schema.js';
import type { BlobStore } from '../documents/blob-store.js';
import { buildEml, envelopeSender, list, storeEml } from './compose.js';
import { markSent, messageFailed, outboundSmtp } from './service.js';
import { permanentSmtpError, transport } from './transport.js';

export interface SendDeps {
  db: Db;
  blobs: BlobStore;
  config: Config;
  now: () => Date;
}

/** The mail server refused for good (5xx): retrying cannot mend it. */
export class RefusedByMailServer extends Error {}

async function readAll(blobs: BlobStore, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of blobs.open(sha256)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The claim: `queued` -> `sending`, which only one worker can win, recording the stored bytes. */
const CLAIM = `update messages set status = 'sending', claimed_at = @at, attempts = attempts + 1,
    eml_sha256 = coalesce(eml_sha256, @sha)
  where id = @id and status = 'queued' returning eml_sha256 as emlSha256`;

export async function sendMessage(deps: SendDeps, id: number): Promise<string> {
  const { db, blobs, config } = deps;
  const m = prepared(db, 'messages.byId', () =>
    db
      .select()
      .from(messages)
      .where(eq(messages.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
  if (!m) return 'missing';
  if (m.status === 'sending') {
    const stale = !m.claimedAt || Date.parse(m.claimedAt) < deps.now().getTime() - config.JOB_LEASE_MS;
    if (!stale) throw new Error(`message ${id} is being sent by another worker; looking again later`);
    messageFailed(db, id, 'its worker stopped', deps.now());
    return 'outcome unknown';
  }
  if (m.status !== 'queued') return `nothing to do (${m.status})`;
  // Its own job waits until then (in real time, as the queue's delay does); this is another one.
  if (m.notBefore && Date.parse(m.notBefore) > Date.now()) return 'not yet';
  const smtp = outboundSmtp(config);
  if (!smtp) throw new RefusedByMailServer('Outgoing mail is not configured (OUTBOUND_SMTP_URL or SMTP_URL)');

  // The bytes: built and stored before the first attempt; a retry or a resend finds them stored.
  let raw: Buffer | null = null;
  let sha = m.emlSha256;
  if (!sha) {
    raw = await buildEml(db, blobs, config, m, deps.now());
    sha = await storeEml(blobs, raw);
  }
  // The claim records the stored bytes too (unless an earlier attempt recorded its own: those go).
  const claim = statement(db, CLAIM).get({ id, at: deps.now().toISOString(), sha }) as
    | { emlSha256: string }
    | undefined;
  if (!claim) return 'claimed by another worker';
  if (claim.emlSha256 !== sha) raw = null;
  raw ??= await readAll(blobs, claim.emlSha256);

  let response: string;
  try {
    const info = await transport(smtp).sendMail({
      envelope: { from: envelopeSender(config, m), to: [...list(m.toAddresses), ...list(m.ccAddresses)] },
      raw,
    });
    response = `${info.response ?? ''}${info.rejected?.length ? ` (refused: ${info.rejected.join(', ')})` : ''}`;
  } catch (err) {
    // Not taken: back to `queued`, so that the retry (or a resend) can claim it again.
    const reason = err instanceof Error ? err.message : String(err);
    db.update(messages)
      .set({ status: 'queued', claimedAt: null, error: reason.slice(0, 1000), updatedAt: deps.now().toISOString() })
      .where(and(eq(messages.id, id), eq(messages.status, 'sending')))
      .run();
    if (permanentSmtpError(err)) throw new RefusedByMailServer(`The mail server refused the message: ${reason}`);
    throw err;
  }
  markSent(db, m, response, deps.now());
  return 'sent';
}
