/**
 * Chasing late agencies, per each request's follow-up policy (`off`, `approve`, `auto`):
 * - the governing clock is the agency's earliest missed clock (not the requester's appeal filing);
 * - the first follow-up is due FOLLOW_UP_FIRST_DAYS business days after its due date, then one every
 *   FOLLOW_UP_EVERY_DAYS business days, up to FOLLOW_UP_MAX (the agency's own calendar);
 * - the series stops when the agency writes (an incoming message after the due date), when anything
 *   happens to the request after that date (an acknowledgment, records, a fee ...), or when it is
 *   withdrawn or closed; a new due date starts a new series;
 * - `approve` drafts each follow-up for staff to send with one click; `auto` sends it.
 * After an adverse answer (denied, partial, no records) with the appeal window open, an appeal letter
 * is drafted for approval (never sent on its own: an appeal is a decision).
 * Each follow-up has a series key (clock, due date, number), unique per request, so a sweep that runs
 * twice, or in two workers, drafts it once.
 */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { today as todayIn } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { statement } from '../db/prepared.js';
import { agencies, deadlines, messages, requestEvents, requests } from '../db/schema.js';
import { CLOCK_KINDS, calendarOf, parseIsoDate, toIsoDate } from '../deadlines/index.js';
import { AppError } from '../errors.js';
import { renderLetter } from '../letters/service.js';
import { LIMITS } from '../requests/schemas.js';
import { activeEvents } from '../requests/timeline.js';
import { CHASEABLE_STATUSES, outboundSmtp, queueMessage } from './service.js';

const ADVERSE_STATUSES = ['denied', 'partially_fulfilled', 'no_records'];

export interface FollowUpSweep {
  drafted: number;
  queued: number;
  appeals: number;
}

interface Governing {
  kind: string;
  due: string;
}

/** The agency's earliest missed clock, judged by its own today. */
function governingClock(db: Db, requestId: number, today: string): Governing | null {
  const open = db
    .select({ kind: deadlines.kind, due: deadlines.due })
    .from(deadlines)
    .where(and(eq(deadlines.requestId, requestId), eq(deadlines.status, 'open')))
    .all()
    .filter((c): c is Governing => c.kind !== 'appeal_filing' && c.due !== null && c.due < today)
    .sort(
      (a, b) =>
        a.due.localeCompare(b.due) || CLOCK_KINDS.indexOf(a.kind as never) - CLOCK_KINDS.indexOf(b.kind as never),
    );
  return open[0] ?? null;
}

/** Something happened after the due date: the agency wrote, or the request moved. */
function seriesStopped(db: Db, requestId: number, due: string): boolean {
  const events = activeEvents(
    db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).all(),
  ).filter((e) => e.date > due);
  return events.some((e) => {
    if (e.type === 'note') return false;
    if (e.type === 'communication') return (JSON.parse(e.data) as { direction?: string }).direction === 'in';
    return true;
  });
}

function closureDays(db: Db, jurisdiction: string, agencyId: number): Set<number> {
  const rows = statement(
    db,
    'select date from closures where jurisdiction = ? union all select date from agency_closures where agency_id = ?',
  ).all(jurisdiction, agencyId) as { date: string }[];
  return new Set(rows.map((r) => parseIsoDate(r.date)).filter((d): d is number => d !== null));
}

/** The day the n-th follow-up (0-based) of a clock due on `due` goes out. */
export function followUpDate(
  config: Config,
  jurisdiction: string,
  due: string,
  n: number,
  closed: Set<number>,
): string {
  const cal = calendarOf(jurisdiction);
  const day = parseIsoDate(due);
  if (day === null) throw new Error(`not a date: ${due}`);
  return toIsoDate(cal.addBusinessDays(day, config.FOLLOW_UP_FIRST_DAYS + n * config.FOLLOW_UP_EVERY_DAYS, closed));
}

/** Renders a letter for a draft, or null when this request cannot have one now (no e-mail, no reason). */
function letterFor(db: Db, requestId: number, kind: 'follow_up' | 'appeal', now: Date, config: Config) {
  try {
    const letter = renderLetter(db, requestId, kind, now, config);
    return letter.to.length ? letter : null;
  } catch (err) {
    // The letter makes no sense now (409), or the organisation's template is broken (422, shown on the page).
    if (err instanceof AppError && err.status < 500) return null;
    throw err;
  }
}

export function sweepFollowUps(db: Db, config: Config, now: Date): FollowUpSweep {
  const result: FollowUpSweep = { drafted: 0, queued: 0, appeals: 0 };
  const canSend = outboundSmtp(config) !== null;
  const candidates = db
    .select({
      id: requests.id,
      status: requests.status,
      policy: requests.followUpPolicy,
      ownerId: requests.ownerId,
      agencyId: requests.agencyId,
      jurisdiction: agencies.jurisdiction,
    })
    .from(requests)
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .where(
      and(
        inArray(requests.followUpPolicy, ['approve', 'auto']),
        inArray(requests.status, [...CHASEABLE_STATUSES, ...ADVERSE_STATUSES]),
      ),
    )
    .all();
  for (const r of candidates) {
    const today = todayIn(r.jurisdiction, now);
    if (ADVERSE_STATUSES.includes(r.status)) {
      db.transaction((tx) => {
        const filing = tx
          .select({ due: deadlines.due })
          .from(deadlines)
          .where(and(eq(deadlines.requestId, r.id), eq(deadlines.kind, 'appeal_filing'), eq(deadlines.status, 'open')))
          .get();
        if (!filing?.due || filing.due < today) return;
        const key = `appeal:${filing.due}`;
        const exists = tx
          .select({ id: messages.id })
          .from(messages)
          .where(and(eq(messages.requestId, r.id), eq(messages.kind, 'appeal')))
          .get();
        if (exists) return;
        const letter = letterFor(db, r.id, 'appeal', now, config);
        if (!letter) return;
        queueMessage(tx, config, now, {
          requestId: r.id,
          kind: 'appeal',
          to: letter.to,
          subject: letter.subject.slice(0, 998),
          body: letter.body.slice(0, LIMITS.body),
          status: 'awaiting_approval',
          createdBy: r.ownerId,
          seriesKey: key,
        });
        result.appeals++;
      });
      continue;
    }
    const clock = governingClock(db, r.id, today);
    if (!clock || seriesStopped(db, r.id, clock.due)) continue;
    db.transaction((tx) => {
      const base = `followup:${clock.kind}:${clock.due}`;
      const made =
        tx
          .select({ n: sql<number>`count(*)` })
          .from(messages)
          .where(and(eq(messages.requestId, r.id), like(messages.seriesKey, `${base}:%`)))
          .get()?.n ?? 0;
      if (made >= config.FOLLOW_UP_MAX) return;
      const on = followUpDate(config, r.jurisdiction, clock.due, made, closureDays(db, r.jurisdiction, r.agencyId));
      if (on > today) return;
      const letter = letterFor(db, r.id, 'follow_up', now, config);
      if (!letter) return;
      // Sent on its own only when mail can go out and someone owns the request it speaks for.
      const auto = r.policy === 'auto' && canSend && r.ownerId !== null;
      queueMessage(tx, config, now, {
        requestId: r.id,
        kind: 'follow_up',
        to: letter.to,
        subject: letter.subject.slice(0, 998),
        body: letter.body.slice(0, LIMITS.body),
        status: auto ? 'queued' : 'awaiting_approval',
        createdBy: r.ownerId,
        seriesKey: `${base}:${made + 1}`,
      });
      if (auto) result.queued++;
      else result.drafted++;
    });
  }
  return result;
}
