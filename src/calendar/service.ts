/**
 * A user's calendar of clocks at a secret address: the open clocks of the requests they own or watch
 * (the people reminders go to), each an all-day event on its due date. The secret is 32 random bytes,
 * shown once; only its SHA-256 is stored and looked up, as for API tokens. Making a new one replaces
 * the old, revoking deletes it, and a disabled user's calendar answers like an unknown one (404).
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import { hashToken } from '../auth/tokens.js';
import { today as todayIn } from '../clock.js';
import type { Config } from '../config.js';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { statement } from '../db/prepared.js';
import { calendarFeeds } from '../db/schema.js';
import { getJurisdiction } from '../deadlines/index.js';
import { notFound } from '../errors.js';
import { daysLate } from '../requests/clocks.js';
import { type AllDayEvent, icsDocument } from './ical.js';

export const SECRET_PREFIX = 'cal_';

export function calendarUrl(config: Config, secret: string): string {
  return `${config.publicBaseUrl}/calendar/${secret}.ics`;
}

export interface CalendarStatus {
  active: boolean;
  createdAt: string | null;
  lastUsedAt: string | null;
}

export function calendarStatus(db: DbOrTx, userId: number): CalendarStatus {
  const row = db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get();
  return { active: !!row, createdAt: row?.createdAt ?? null, lastUsedAt: row?.lastUsedAt ?? null };
}

/** A new secret for the caller's calendar, replacing any earlier one (whose address stops working). */
export function createCalendarSecret(db: DbOrTx, actor: Actor, now: Date): { secret: string; replaced: boolean } {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  const at = now.toISOString();
  return inTransaction(db, (tx) => {
    const before = calendarStatus(tx, actor.userId);
    tx.insert(calendarFeeds)
      .values({ userId: actor.userId, secretHash: hashToken(secret), createdAt: at })
      .onConflictDoUpdate({
        target: calendarFeeds.userId,
        set: { secretHash: hashToken(secret), createdAt: at, lastUsedAt: null },
      })
      .run();
    audit(tx, actor, now, before.active ? 'calendar.replace' : 'calendar.create', 'user', actor.userId, before, {
      active: true,
      createdAt: at,
    });
    return { secret, replaced: before.active };
  });
}

/** Revokes the caller's calendar address; true if there was one. */
export function revokeCalendarSecret(db: DbOrTx, actor: Actor, now: Date): boolean {
  return inTransaction(db, (tx) => {
    const before = calendarStatus(tx, actor.userId);
    if (!before.active) return false;
    tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId)).run();
    audit(tx, actor, now, 'calendar.revoke', 'user', actor.userId, before, { active: false });
    return true;
  });
}

const SQL = {
  owner: `select f.user_id as userId, f.created_at as createdAt, f.last_used_at as lastUsedAt
    from calendar_feeds f join users u on u.id = f.user_id
    where f.secret_hash = ? and u.disabled_at is null`,
  used: 'update calendar_feeds set last_used_at = ? where user_id = ?',
  // Open clocks with a date, of the requests the user owns or watches (as reminders choose them).
  clocks: `select d.request_id as requestId, d.kind, d.due, d.unit, d.computed_at as computedAt,
      d.explanation, r.title, a.name as agencyName, a.jurisdiction
    from deadlines d join requests r on r.id = d.request_id join agencies a on a.id = r.agency_id
    where d.status = 'open' and d.due is not null
      and (r.owner_id = @user or exists (select 1 from request_watchers w where w.request_id = r.id and w.user_id = @user))
    order by d.due, d.request_id, d.kind`,
};

interface ClockRow {
  requestId: number;
  kind: string;
  due: string;
  unit: string;
  computedAt: string;
  explanation: string;
  title: string;
  agencyName: string;
  jurisdiction: string;
}

const words = (s: string) => s.replace(/_/g, ' ');
function law(code: string): string {
  const j = getJurisdiction(code);
  return `${j.name} ${j.lawName} (${j.code})`;
}
const CLOCK_NAMES: Partial<Record<string, string>> = {
  acknowledgment: 'Acknowledgment due',
  response: 'Response due',
  extended_response: 'Extended response due',
  appeal_filing: 'Last day to appeal',
  appeal_response: 'Appeal decision due',
  expedited_decision: 'Expedited-processing decision due',
};

/** The calendar behind a secret, as an .ics document with its newest change; 404 for an unknown or revoked one. */
export function calendarFor(db: Db, config: Config, now: Date, secret: string): { ics: string; updated: string } {
  const owner = statement(db, SQL.owner).get(hashToken(secret)) as
    | { userId: number; createdAt: string; lastUsedAt: string | null }
    | undefined;
  if (!owner) throw notFound('This calendar');
  const at = now.toISOString();
  if (!owner.lastUsedAt || Date.parse(owner.lastUsedAt) < now.getTime() - 60_000) {
    statement(db, SQL.used).run(at, owner.userId);
  }
  const rows = statement(db, SQL.clocks).all({ user: owner.userId }) as ClockRow[];
  const host = new URL(config.publicBaseUrl).hostname;
  const events: AllDayEvent[] = rows.map((c) => {
    const today = todayIn(c.jurisdiction, now);
    const late = daysLate(c.jurisdiction, c.due, c.unit === 'calendar' ? 'calendar' : 'business', today);
    const name = CLOCK_NAMES[c.kind] ?? `${words(c.kind)} due`;
    const text = (JSON.parse(c.explanation) as { text?: string }).text ?? '';
    const page = `${config.publicBaseUrl}/requests/${c.requestId}`;
    return {
      uid: `clock-${c.requestId}-${c.kind}@${host}`,
      date: c.due,
      summary: `${late > 0 ? 'OVERDUE: ' : ''}${name}: ${c.agencyName} (${c.title})`,
      description: [
        `${name} ${c.due}${late > 0 ? `, ${late} ${c.unit === 'calendar' ? 'calendar' : 'business'} day${late === 1 ? '' : 's'} late` : ''}.`,
        `Request ${c.requestId}: ${c.title}`,
        `Agency: ${c.agencyName}, under the ${law(c.jurisdiction)}`,
        `Clock: ${words(c.kind)}`,
        '',
        text,
        '',
        page,
      ].join('\n'),
      url: page,
      modified: c.computedAt,
      categories: [words(c.kind), c.jurisdiction],
    };
  });
  const updated = [owner.createdAt, ...rows.map((r) => r.computedAt)].sort().pop() ?? owner.createdAt;
  const ics = icsDocument(
    {
      name: `Records request deadlines (${host})`,
      description: 'Open statutory clocks of the requests you own or watch',
      events,
    },
    `-//${host}//FOIA tracker//EN`,
  );
  return { ics, updated };
}
