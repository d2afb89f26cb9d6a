/**
 * Bulk actions on a campaign's requests (all of them, or a selection): send the drafts' letters,
 * send follow-ups to the overdue ones, stop a send, change visibility or embargo, add or remove tags,
 * withdraw. Each request is acted on in its own transaction, so that one refusal leaves the others
 * done; the result says, per request, done, skipped (and why) or failed (and why). Each request's
 * change is in the audit log as usual, and the bulk action too, with its results.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { agencies, messages, requests, requestTags } from '../db/schema.js';
import { AppError } from '../errors.js';
import { isoDate } from '../jurisdictions/schemas.js';
import { outboundSmtp, sendableKinds, sendLetter } from '../outbound/service.js';
import { tagName } from '../requests/schemas.js';
import { addEvent, requestState, updateRequest } from '../requests/service.js';
import { allowedEvents } from '../requests/state-machine.js';
import { slugOf } from '../tags/slug.js';
import { campaignRequestIds, getCampaign, todayOfRequest } from './service.js';
import { campaignDetail } from './view.js';

export interface BulkResult {
  requestId: number;
  agencyName: string | null;
  outcome: 'done' | 'skipped' | 'failed';
  reason?: string;
  /** The message queued, for sends. */
  messageId?: number;
}

export interface BulkReport {
  done: number;
  skipped: number;
  failed: number;
  results: BulkResult[];
}

const selection = { requestIds: z.array(z.number().int().positive()).min(1).max(2000).optional() };
export const selectionBody = z.object(selection).strict();
export const visibilityBody = z
  .object({ ...selection, visibility: z.enum(['public', 'private', 'embargoed']), embargoUntil: isoDate.optional() })
  .strict();
export const tagsBody = z
  .object({ ...selection, add: z.array(tagName).max(50).optional(), remove: z.array(tagName).max(50).optional() })
  .strict()
  .refine((b) => (b.add?.length ?? 0) + (b.remove?.length ?? 0) > 0, 'give tags to add or to remove');
export const withdrawBody = z.object({ ...selection, note: z.string().max(2000).optional() }).strict();

function names(db: Db, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  return new Map(
    db
      .select({ id: requests.id, name: agencies.name })
      .from(requests)
      .innerJoin(agencies, eq(agencies.id, requests.agencyId))
      .where(inArray(requests.id, ids))
      .all()
      .map((r) => [r.id, r.name]),
  );
}

/** Runs `act` on each selected request of the campaign and reports it; `act` returns a skip reason, or a message id. */
function eachRequest(
  db: Db,
  actor: Actor,
  now: Date,
  campaignId: number,
  action: string,
  only: number[] | undefined,
  act: (requestId: number, index: number) => { skip: string } | { messageId?: number } | undefined,
): BulkReport {
  const { ids, outside } = campaignRequestIds(db, campaignId, only);
  const agencyOf = names(db, ids);
  const results: BulkResult[] = outside.map((requestId) => ({
    requestId,
    agencyName: null,
    outcome: 'skipped',
    reason: 'not a request of this campaign',
  }));
  let i = 0;
  for (const requestId of ids) {
    const agencyName = agencyOf.get(requestId) ?? null;
    try {
      const r = act(requestId, i);
      if (r && 'skip' in r) results.push({ requestId, agencyName, outcome: 'skipped', reason: r.skip });
      else {
        results.push({ requestId, agencyName, outcome: 'done', ...(r?.messageId ? { messageId: r.messageId } : {}) });
        i++;
      }
    } catch (err) {
      // A refusal for one request (no e-mail address, the timeline refuses) is that request's failure.
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      results.push({ requestId, agencyName, outcome: 'failed', reason: err.message });
    }
  }
  const report: BulkReport = {
    done: results.filter((r) => r.outcome === 'done').length,
    skipped: results.filter((r) => r.outcome === 'skipped').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    results,
  };
  db.transaction((tx) =>
    audit(tx, actor, now, `campaign.bulk.${action}`, 'campaign', campaignId, null, {
      done: report.done,
      skipped: report.skipped,
      failed: report.failed,
      results,
    }),
  );
  return report;
}

function requireMail(config: Config) {
  if (!outboundSmtp(config)) {
    throw new AppError(
      409,
      'mail_not_configured',
      'Outgoing mail is not configured (OUTBOUND_SMTP_URL or SMTP_URL): print the letters and mark them mailed instead',
    );
  }
}

/**
 * Sends the request letter of every draft, paced: the campaign's `sendPerMinute` spreads them out
 * (the first at once), so that a send can be stopped while it goes on.
 */
export function sendDrafts(db: Db, actor: Actor, now: Date, config: Config, campaignId: number, only?: number[]) {
  requireMail(config);
  const c = getCampaign(db, campaignId);
  const gapMs = 60_000 / c.sendPerMinute;
  const start = Date.now();
  return eachRequest(db, actor, now, campaignId, 'send', only, (requestId, i) => {
    const status = db
      .select({ status: requests.status })
      .from(requests)
      .where(eq(requests.id, requestId))
      .get()?.status;
    if (status !== 'draft') return { skip: `not a draft (it is ${status})` };
    if (!sendableKinds(db, requestId, status, []).includes('request')) {
      return { skip: 'its request letter is already on its way' };
    }
    const m = sendLetter(db, actor, now, config, requestId, {
      kind: 'request',
      ...(i > 0 ? { notBefore: new Date(start + i * gapMs) } : {}),
    });
    return { messageId: m.id };
  });
}

/** Sends a follow-up to every overdue request (each its own follow-up letter), paced like a send. */
export function sendFollowUps(db: Db, actor: Actor, now: Date, config: Config, campaignId: number, only?: number[]) {
  requireMail(config);
  const c = getCampaign(db, campaignId);
  const overdue = new Set(
    campaignDetail(db, campaignId, now)
      .requests.filter((r) => r.overdue)
      .map((r) => r.requestId),
  );
  const gapMs = 60_000 / c.sendPerMinute;
  const start = Date.now();
  return eachRequest(db, actor, now, campaignId, 'follow_up', only, (requestId, i) => {
    if (!overdue.has(requestId)) return { skip: 'not overdue' };
    const m = sendLetter(db, actor, now, config, requestId, {
      kind: 'follow_up',
      ...(i > 0 ? { notBefore: new Date(start + i * gapMs) } : {}),
    });
    return { messageId: m.id };
  });
}

/** Stops a send: messages of the campaign still waiting their turn are cancelled; what was sent stays sent. */
export function stopSending(db: Db, actor: Actor, now: Date, campaignId: number) {
  const { ids } = campaignRequestIds(db, campaignId);
  return db.transaction((tx) => {
    const stopped = ids.length
      ? tx
          .update(messages)
          .set({ status: 'cancelled', error: 'stopped with the campaign’s send', updatedAt: now.toISOString() })
          .where(and(inArray(messages.requestId, ids), eq(messages.status, 'queued'), eq(messages.direction, 'out')))
          .returning({ id: messages.id, requestId: messages.requestId })
          .all()
      : [];
    audit(tx, actor, now, 'campaign.bulk.stop', 'campaign', campaignId, null, { stopped });
    return { stopped: stopped.length, messages: stopped };
  });
}

export function setVisibility(
  db: Db,
  actor: Actor,
  now: Date,
  campaignId: number,
  body: z.infer<typeof visibilityBody>,
) {
  if (body.visibility === 'embargoed' && !body.embargoUntil) {
    throw new AppError(422, 'embargo_needs_date', 'An embargo needs embargoUntil', {
      errors: [{ path: 'embargoUntil', message: 'is required when visibility is embargoed' }],
    });
  }
  return eachRequest(db, actor, now, campaignId, 'visibility', body.requestIds, (requestId) => {
    updateRequest(db, actor, now, requestId, {
      visibility: body.visibility,
      embargoUntil: body.visibility === 'embargoed' ? (body.embargoUntil ?? null) : null,
    });
    return undefined;
  });
}

export function changeTags(db: Db, actor: Actor, now: Date, campaignId: number, body: z.infer<typeof tagsBody>) {
  // Tags by the vocabulary's rule, as the requests store them: "Media Sonar" removes `media-sonar`.
  const add = (body.add ?? []).map(slugOf).filter(Boolean);
  const remove = new Set((body.remove ?? []).map(slugOf));
  return eachRequest(db, actor, now, campaignId, 'tags', body.requestIds, (requestId) => {
    const current = db
      .select({ tag: requestTags.tag })
      .from(requestTags)
      .where(eq(requestTags.requestId, requestId))
      .all()
      .map((t) => t.tag);
    const next = [...new Set([...current.filter((t) => !remove.has(t)), ...add])].sort();
    if (next.join('\u0000') === [...current].sort().join('\u0000')) return { skip: 'its tags were already so' };
    updateRequest(db, actor, now, requestId, { tags: next });
    return undefined;
  });
}

/** Withdraws each request (dated the agency's today); a closed one is skipped. */
export function withdraw(db: Db, actor: Actor, now: Date, campaignId: number, body: z.infer<typeof withdrawBody>) {
  return eachRequest(db, actor, now, campaignId, 'withdraw', body.requestIds, (requestId) => {
    const state = requestState(db, requestId);
    if (!allowedEvents(state).includes('withdrawn')) return { skip: `it is ${state.status}` };
    addEvent(db, actor, now, requestId, {
      type: 'withdrawn',
      date: todayOfRequest(db, requestId, now),
      ...(body.note ? { note: body.note } : {}),
    });
    return undefined;
  });
}
