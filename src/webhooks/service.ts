/**
 * Webhooks: subscriptions to event types, deliveries signed with HMAC-SHA256 over
 * `<timestamp>.<body>` (the Stripe scheme: header `X-FOIA-Signature: t=<unix seconds>,v1=<hex>`),
 * retried with backoff, logged with the response code, replayable, and a subscriber that keeps
 * failing is disabled with the reason.
 */

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { and, desc, eq, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import type { Db, DbOrTx } from '../db/index.js';
import { prepared } from '../db/prepared.js';
import { webhookDeliveries, webhookSubscriptions } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { enqueue } from '../queue/outbox.js';
import { type AllowList, guardedLookup, internalRange, parseAllowList } from './address-guard.js';

export const WEBHOOK_EVENTS = [
  'request.status_changed',
  'deadline.changed',
  'deadline.missed',
  'document.ready',
  'message.sent',
  'message.failed',
  'message.bounced',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A subscriber is disabled after this many deliveries in a row failed every attempt. */
export const DISABLE_AFTER = 5;
export const DELIVERY_ATTEMPTS = 5;

export function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** What a subscriber runs: true when the header matches the body and is recent. */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const t = Number(parts.t);
  const v1 = parts.v1 ?? '';
  if (!Number.isFinite(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, t, body), 'hex');
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Records one event for every active subscriber of its type and queues the deliveries (same transaction). */
export function emit(tx: DbOrTx, type: WebhookEvent, data: Record<string, unknown>, now: Date): void {
  // Called by every event and clock change, most often with no subscriber at all.
  const subs = prepared(tx, 'webhooks.active', () =>
    tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.active, true)).prepare(),
  ).all();
  for (const sub of subs) {
    if (!(JSON.parse(sub.events) as string[]).includes(type)) continue;
    const payload = JSON.stringify({ type, occurredAt: now.toISOString(), data });
    const row = tx
      .insert(webhookDeliveries)
      .values({ subscriptionId: sub.id, eventType: type, payload })
      .returning({ id: webhookDeliveries.id })
      .get();
    enqueue(tx, 'webhooks.deliver', { deliveryId: row.id });
  }
}

export function subscriptionView(s: typeof webhookSubscriptions.$inferSelect) {
  return {
    id: s.id,
    url: s.url,
    events: JSON.parse(s.events) as WebhookEvent[],
    active: s.active,
    disabledReason: s.disabledReason,
    consecutiveFailures: s.consecutiveFailures,
    createdAt: s.createdAt,
  };
}

export function listSubscriptions(db: Db) {
  return db.select().from(webhookSubscriptions).all().map(subscriptionView);
}

export function createSubscription(
  db: Db,
  actor: Actor,
  now: Date,
  input: { url: string; events: WebhookEvent[]; secret?: string | undefined },
) {
  const secret = input.secret ?? `whsec_${randomBytes(24).toString('base64url')}`;
  return db.transaction((tx) => {
    const row = tx
      .insert(webhookSubscriptions)
      .values({ url: input.url, secret, events: JSON.stringify([...new Set(input.events)]), createdBy: actor.userId })
      .returning()
      .get();
    audit(tx, actor, now, 'webhook.create', 'webhook', row.id, null, subscriptionView(row));
    return { subscription: subscriptionView(row), secret };
  });
}

export function setSubscriptionActive(db: Db, actor: Actor, now: Date, id: number, active: boolean) {
  return db.transaction((tx) => {
    const before = tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).get();
    if (!before) throw notFound(`Webhook ${id}`);
    const after = tx
      .update(webhookSubscriptions)
      .set(
        active
          ? { active: true, disabledReason: null, consecutiveFailures: 0 }
          : { active: false, disabledReason: 'disabled by an admin' },
      )
      .where(eq(webhookSubscriptions.id, id))
      .returning()
      .get();
    audit(
      tx,
      actor,
      now,
      active ? 'webhook.enable' : 'webhook.disable',
      'webhook',
      id,
      subscriptionView(before),
      subscriptionView(after),
    );
    return subscriptionView(after);
  });
}

export function deleteSubscription(db: Db, actor: Actor, now: Date, id: number) {
  db.transaction((tx) => {
    const before = tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).get();
    if (!before) throw notFound(`Webhook ${id}`);
    tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).run();
    audit(tx, actor, now, 'webhook.delete', 'webhook', id, subscriptionView(before), null);
  });
}

export function listDeliveries(db: Db, subscriptionId: number, limit = 100) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit)
    .all()
    .map((d) => ({ ...d, payload: JSON.parse(d.payload) as unknown }));
}

export function replayDelivery(db: Db, actor: Actor, now: Date, deliveryId: number) {
  db.transaction((tx) => {
    const d = tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId)).get();
    if (!d) throw notFound(`Delivery ${deliveryId}`);
    const sub = tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, d.subscriptionId)).get();
    if (!sub?.active) {
      throw new AppError(409, 'subscription_disabled', 'The subscription is disabled; enable it before replaying');
    }
    const copy = tx
      .insert(webhookDeliveries)
      .values({ subscriptionId: d.subscriptionId, eventType: d.eventType, payload: d.payload })
      .returning({ id: webhookDeliveries.id })
      .get();
    audit(tx, actor, now, 'webhook.replay', 'webhook_delivery', deliveryId, null, { replayAs: copy.id });
    enqueue(tx, 'webhooks.deliver', { deliveryId: copy.id });
  });
}

export interface DeliverContext {
  db: Db;
  now: Date;
  /** 0 for the first attempt. */
  attempt: number;
  timeoutMs?: number;
  /** Internal receivers allowed in spite of the address guard (WEBHOOK_ALLOW_INTERNAL). */
  allow?: AllowList;
}

/**
 * One POST over node:http(s), whose lookup refuses internal addresses at connect time; redirects
 * are not followed. Resolves with the status code.
 */
function post(url: string, headers: Record<string, string>, body: string, allow: AllowList, timeoutMs: number) {
  return new Promise<number>((resolve, reject) => {
    const u = new URL(url);
    const host = u.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const range = internalRange(host);
      if (range && !allow.allows(host, host)) {
        reject(new Error(`refused: ${host} is an internal address (${range}); see WEBHOOK_ALLOW_INTERNAL`));
        return;
      }
    }
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      u,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(allow) as never,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume(); // the answer's body is not needed
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Posts one delivery. Throws to have it retried; `deliveryFailed` records the last failure. */
export async function deliver(ctx: DeliverContext, deliveryId: number): Promise<string> {
  const { db, now } = ctx;
  const d = db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId)).get();
  if (!d || d.status === 'delivered') return 'nothing to do';
  const sub = db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, d.subscriptionId)).get();
  if (!sub?.active) {
    db.update(webhookDeliveries)
      .set({ status: 'skipped', lastError: 'the subscription is disabled' })
      .where(eq(webhookDeliveries.id, deliveryId))
      .run();
    return 'skipped';
  }
  const t = Math.floor(now.getTime() / 1000);
  let code: number | null = null;
  let error: string | null = null;
  try {
    code = await post(
      sub.url,
      {
        'content-type': 'application/json',
        'user-agent': 'foia-tracker-webhooks',
        'x-foia-event': d.eventType,
        'x-foia-delivery': String(d.id),
        'x-foia-signature': `t=${t},v1=${sign(sub.secret, t, d.payload)}`,
      },
      d.payload,
      ctx.allow ?? parseAllowList(undefined),
      ctx.timeoutMs ?? 10_000,
    );
    if (code < 200 || code >= 300) error = `the subscriber answered ${code}`;
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const at = now.toISOString();
  if (!error) {
    db.transaction((tx) => {
      tx.update(webhookDeliveries)
        .set({ status: 'delivered', attempts: ctx.attempt + 1, responseCode: code, lastError: null, deliveredAt: at })
        .where(eq(webhookDeliveries.id, deliveryId))
        .run();
      tx.update(webhookSubscriptions).set({ consecutiveFailures: 0 }).where(eq(webhookSubscriptions.id, sub.id)).run();
    });
    return 'delivered';
  }
  db.update(webhookDeliveries)
    .set({ attempts: ctx.attempt + 1, responseCode: code, lastError: error })
    .where(eq(webhookDeliveries.id, deliveryId))
    .run();
  throw new Error(`webhook delivery ${deliveryId} failed: ${error}`);
}

/**
 * A delivery's final failure: marked failed, and counted against its subscriber, which is disabled
 * after DISABLE_AFTER deliveries in a row failed every attempt.
 */
export function deliveryFailed(tx: DbOrTx, deliveryId: number, reason: string): void {
  const d = tx
    .update(webhookDeliveries)
    .set({ status: 'failed' })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, 'pending')))
    .returning({ subscriptionId: webhookDeliveries.subscriptionId, lastError: webhookDeliveries.lastError })
    .get();
  if (!d) return;
  // Counted in SQL: deliveries to one subscriber fail concurrently.
  const { failures } = tx
    .update(webhookSubscriptions)
    .set({ consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1` })
    .where(eq(webhookSubscriptions.id, d.subscriptionId))
    .returning({ failures: webhookSubscriptions.consecutiveFailures })
    .get() ?? { failures: 0 };
  if (failures >= DISABLE_AFTER) {
    tx.update(webhookSubscriptions)
      .set({
        active: false,
        disabledReason: `disabled after ${failures} deliveries in a row failed; last: ${d.lastError ?? reason}`,
      })
      .where(and(eq(webhookSubscriptions.id, d.subscriptionId), eq(webhookSubscriptions.active, true)))
      .run();
  }
}
