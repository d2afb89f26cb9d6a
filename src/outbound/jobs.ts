/** Mail to agencies: sending one message, and the sweep that drafts (or sends) follow-ups and appeals. */
import { and, eq, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { messages, outbox } from '../db/schema.js';
import { defineJob } from '../queue/define.js';
import { sweepFollowUps } from './follow-ups.js';
import { RefusedByMailServer, sendMessage } from './send.js';
import { messageFailed } from './service.js';

export const sendMessageJob = defineJob({
  name: 'messages.send',
  description: 'Send one letter, follow-up or appeal to the agency over SMTP, exactly once',
  payload: z.object({ messageId: z.number().int().positive() }),
  attempts: 8,
  backoff: (config) => ({ type: 'exponential', delay: config.MESSAGE_RETRY_MS }),
  permanent: (err) => err instanceof RefusedByMailServer,
  onFinalFailure: (tx, { messageId }, reason, ctx) => messageFailed(tx, messageId, reason, ctx.clock()),
  // Queued with no job (lost), or claimed by a worker that stopped: the job decides which it is.
  stranded: (db, before) =>
    db
      .select({ messageId: messages.id })
      .from(messages)
      .where(
        and(
          or(
            and(eq(messages.status, 'queued'), lt(messages.updatedAt, before)),
            and(eq(messages.status, 'sending'), lt(messages.claimedAt, before)),
          ),
          notExists(
            db
              .select({ one: sql`1` })
              .from(outbox)
              .where(
                and(
                  eq(outbox.jobName, 'messages.send'),
                  isNull(outbox.finishedAt),
                  eq(outbox.payload, sql`json_object('messageId', ${messages.id})`),
                ),
              ),
          ),
        ),
      )
      .all(),
  handler: (payload, ctx) =>
    sendMessage({ db: ctx.db, blobs: ctx.blobs, config: ctx.config, now: ctx.clock }, payload.messageId),
});

export const followUpsJob = defineJob({
  name: 'followups.sweep',
  description: 'Draft or send the follow-ups late agencies are owed, and draft appeals after adverse answers',
  payload: z.object({}),
  attempts: 3,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  every: (config) => config.FOLLOW_UP_SWEEP_MS,
  handler: async (_payload, ctx) => sweepFollowUps(ctx.db, ctx.config, ctx.clock()),
});
