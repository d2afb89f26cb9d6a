/**
 * The reminder sweep and the sending of one reminder.
 * - The sweep claims each due planned reminder (planned -> queued, one UPDATE that only one sweep can
 *   win) and, in the same transaction, writes its `reminders.send` job to the journal: a claimed
 *   reminder always has its job, and a job lost on the way is put back by the reconciler.
 * - Sending writes one e-mail over SMTP_URL; a failure is retried with backoff, and after the last
 *   attempt the job's final failure marks the reminder failed with the reason. Without SMTP_URL it
 *   is marked not_sent.
 */
import { and, asc, eq, inArray, isNull, lt, ne, notExists, or, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/index.js';
import { agencies, deadlines, outbox, reminders, requests, users } from '../db/schema.js';
import { transport } from '../outbound/transport.js';
import { enqueue } from '../queue/outbox.js';
import { jurisdictionOfRequest, rowToday } from '../requests/service.js';
import { emit } from '../webhooks/service.js';

export const SEND_ATTEMPTS = 5;

export interface SweepResult {
  queued: number;
  cancelled: number;
}

/** Claims due reminders and queues them. Safe to run in several workers at once. */
export function sweepReminders(db: Db, now: Date, batch = 1000): SweepResult {
  const at = now.toISOString();
  const result: SweepResult = { queued: 0, cancelled: 0 };
  notifyMissed(db, now);
  // Each reminder is due by its request's own today (the agency's time zone).
  const today = rowToday(now, jurisdictionOfRequest(reminders.requestId));
  for (;;) {
    const due = db.transaction((tx) => {
      const rows = tx
        .select({ id: reminders.id, kind: reminders.kind, due: reminders.due, today: sql<string>`${today}` })
        .from(reminders)
        .where(and(eq(reminders.status, 'planned'), sql`${reminders.sendOn} <= ${today}`))
        .orderBy(asc(reminders.sendOn), asc(reminders.id))
        .limit(batch)
        .all();
      for (const r of rows) {
        // A warning about a date that has already passed is not worth sending late: the overdue one follows.
        const stale = (r.kind === 'before' || r.kind === 'due') && r.due < r.today;
        const changed = tx
          .update(reminders)
          .set({
            status: stale ? 'cancelled' : 'queued',
            updatedAt: at,
            ...(stale ? { lastError: 'its date passed before it could be sent' } : {}),
          })
          .where(and(eq(reminders.id, r.id), eq(reminders.status, 'planned')))
          .run().changes;
        if (changed !== 1) continue; // another sweep won it
        if (stale) {
          result.cancelled++;
        } else {
          enqueue(tx, 'reminders.send', { reminderId: r.id });
          result.queued++;
        }
      }
      return rows.length;
    });
    if (due < batch) return result;
  }
}

/** Reminders claimed by a sweep whose job is gone (an older release's, or lost): for the reconciler. */
export function strandedReminders(db: DbOrTx, before: string): { reminderId: number }[] {
  return db
    .select({ reminderId: reminders.id })
    .from(reminders)
    .where(
      and(
        eq(reminders.status, 'queued'),
        lt(reminders.updatedAt, before),
        notExists(
          db
            .select({ one: sql`1` })
            .from(outbox)
            .where(
              and(
                eq(outbox.jobName, 'reminders.send'),
                isNull(outbox.finishedAt),
                eq(outbox.payload, sql`json_object('reminderId', ${reminders.id})`),
              ),
            ),
        ),
      ),
    )
    .all();
}

/** A reminder's final failure: marked failed with the reason (unless it ended otherwise meanwhile). */
export function reminderFailed(tx: DbOrTx, reminderId: number, reason: string, now: Date): void {
  tx.update(reminders)
    .set({ status: 'failed', lastError: reason.slice(0, 500), updatedAt: now.toISOString() })
    .where(and(eq(reminders.id, reminderId), inArray(reminders.status, ['queued', 'planned'])))
    .run();
}

/** Tells webhook subscribers, once per due date, about every clock that has just been missed. */
export function notifyMissed(db: Db, now: Date): number {
  const today = rowToday(now, jurisdictionOfRequest(deadlines.requestId));
  return db.transaction((tx) => {
    const missed = tx
      .select({
        id: deadlines.id,
        requestId: deadlines.requestId,
        kind: deadlines.kind,
        due: deadlines.due,
        campaignId: sql<number | null>`(select r.campaign_id from ${requests} r where r.id = ${deadlines.requestId})`,
      })
      .from(deadlines)
      .where(
        and(
          eq(deadlines.status, 'open'),
          sql`${deadlines.due} < ${today}`,
          or(isNull(deadlines.missedNotifiedFor), ne(deadlines.missedNotifiedFor, deadlines.due)),
        ),
      )
      .all();
    for (const d of missed) {
      tx.update(deadlines).set({ missedNotifiedFor: d.due }).where(eq(deadlines.id, d.id)).run();
      emit(
        tx,
        'deadline.missed',
        { requestId: d.requestId, kind: d.kind, due: d.due, ...(d.campaignId ? { campaignId: d.campaignId } : {}) },
        now,
      );
    }
    return missed.length;
  });
}

const LABEL: Record<string, string> = {
  acknowledgment: 'acknowledgment',
  response: 'response',
  extended_response: 'extended response',
  appeal_filing: 'appeal filing',
  appeal_response: 'appeal decision',
};

export interface SendContext {
  db: Db;
  config: Config;
  now: Date;
  /** 0 for the first attempt. */
  attempt: number;
}

export function composeReminder(db: Db, config: Config, reminderId: number) {
  const row = db
    .select({ r: reminders, req: requests, a: agencies, u: users })
    .from(reminders)
    .innerJoin(requests, eq(requests.id, reminders.requestId))
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .innerJoin(users, eq(users.id, reminders.userId))
    .where(eq(reminders.id, reminderId))
    .get();
  if (!row) return null;
  const clock = db
    .select()
    .from(deadlines)
    .where(and(eq(deadlines.requestId, row.req.id), eq(deadlines.kind, row.r.clockKind)))
    .get();
  const explanation = clock ? (JSON.parse(clock.explanation) as { text?: string }).text : undefined;
  const label = LABEL[row.r.clockKind] ?? row.r.clockKind;
  const when: Record<string, string> = {
    before: `is due on ${row.r.due}`,
    due: `is due today, ${row.r.due}`,
    overdue: `was due on ${row.r.due} and is now overdue`,
    very_overdue: `was due on ${row.r.due} and is now overdue by as long again as the statutory period`,
  };
  const link = `${config.publicBaseUrl}/requests/${row.req.id}`;
  const subject = `[FOIA] ${label[0]?.toUpperCase()}${label.slice(1)} ${row.r.kind === 'before' ? `due ${row.r.due}` : row.r.kind.replace('_', ' ')}: ${row.req.title} (${row.a.name})`;
  const text = [
    `The ${label} clock of request #${row.req.id} ${when[row.r.kind] ?? `is due on ${row.r.due}`}.`,
    '',
    `Request: ${row.req.title}`,
    `Agency: ${row.a.name} (${row.a.jurisdiction})`,
    row.req.trackingNumber ? `Agency tracking number: ${row.req.trackingNumber}` : null,
    `Status: ${row.req.status}`,
    '',
    'How the date was computed:',
    explanation ?? '(no explanation stored)',
    '',
    `Open the request: ${link}`,
  ]
    .filter((l) => l !== null)
    .join('\n');
  return { to: row.u.email, subject, text, status: row.r.status };
}

/** Sends one reminder. Throws to have it retried; `reminderFailed` records the last failure. */
export async function sendReminder(ctx: SendContext, reminderId: number): Promise<string> {
  const { db, config, now } = ctx;
  const at = now.toISOString();
  const mail = composeReminder(db, config, reminderId);
  if (!mail) return 'missing';
  if (mail.status !== 'queued') return `skipped (${mail.status})`;
  const mark = (set: Partial<typeof reminders.$inferInsert>) =>
    db
      .update(reminders)
      .set({ ...set, updatedAt: at })
      .where(eq(reminders.id, reminderId))
      .run();
  if (!config.SMTP_URL) {
    mark({ status: 'not_sent', lastError: 'SMTP_URL is not set, so no e-mail was sent' });
    return 'not_sent';
  }
  try {
    await transport(config.SMTP_URL).sendMail({
      from: config.SMTP_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    mark({ attempts: ctx.attempt + 1, lastError: reason.slice(0, 500) });
    throw err;
  }
  mark({ status: 'sent', sentAt: at, attempts: ctx.attempt + 1, lastError: null });
  return 'sent';
}
