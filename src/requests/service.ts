/**
 * Requests: create, edit, append timeline events, read and list, with visibility applied to every
 * read. Every write is one transaction with its audit record and, where clocks move, its outbox job.
 */
import { type AnyColumn, and, asc, desc, eq, gt, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import { type Actor, seesPrivate } from '../auth/roles.js';
import { today as todayIn, todaysByJurisdiction } from '../clock.js';
import { type Db, type DbOrTx, inTransaction, type Tx } from '../db/index.js';
import { prepared, statement } from '../db/prepared.js';
import {
  agencies,
  deadlines,
  documents,
  type FOLLOW_UP_POLICIES,
  letterTemplates,
  reminders,
  requestEvents,
  requests,
  requestTags,
  requestTrackingNumbers,
  users,
} from '../db/schema.js';
import { type Alternative, CLOCK_KINDS, type ClockKind, getJurisdiction } from '../deadlines/index.js';
import { withheldDocumentIds } from '../documents/publication.js';
import { AppError, notFound } from '../errors.js';
import { enqueue } from '../queue/outbox.js';
import { slugOf } from '../tags/slug.js';
import { requestTagSlugs } from '../tags/vocabulary.js';
import { emit } from '../webhooks/service.js';
import { daysLate } from './clocks.js';
import { recomputeDeadlines } from './recompute.js';
import type { EventBody, ListQuery } from './schemas.js';
import {
  allowedEvents,
  type EventType,
  fold,
  type MachineEvent,
  OPEN,
  type Status,
  transition,
} from './state-machine.js';
import { activeEvents, retractedIds } from './timeline.js';

export type { Tx } from '../db/index.js';

type RequestRow = typeof requests.$inferSelect;

/**
 * SQL condition: the request is visible to the public at `instant`. An embargo ends when its date
 * has begun in the agency's time zone (each row by its own jurisdiction).
 */
export function publicCondition(instant: Date, p?: (name: string, value: unknown) => unknown): SQL {
  return or(
    eq(requests.visibility, 'public'),
    and(eq(requests.visibility, 'embargoed'), sql`${requests.embargoUntil} <= ${requestToday(instant, p)}`),
  ) as SQL;
}

/**
 * The same condition in raw SQL, for hand-written queries that join `requests` as `r`. The dates
 * are ours (YYYY-MM-DD), written inline.
 */
export function publicSql(instant: Date): string {
  const { earliest, later, laterCodes } = todaysByJurisdiction(instant);
  const today = laterCodes.length
    ? `(case when (select a_.jurisdiction from agencies a_ where a_.id = r.agency_id) in (${laterCodes.map((c) => `'${c}'`).join(', ')}) then '${later}' else '${earliest}' end)`
    : `'${earliest}'`;
  return `(r.visibility = 'public' or (r.visibility = 'embargoed' and r.embargo_until <= ${today}))`;
}

/**
 * SQL: a row's own today, by the jurisdiction that `jurisdiction` (an SQL expression) names. At one
 * instant at most two dates are in use, so this is a short CASE; `p` makes the dates placeholders
 * for prepared queries (the codes are then part of the query's shape: see `todayShape`).
 */
export function rowToday(
  instant: Date,
  jurisdiction: SQL,
  p: (name: string, value: unknown) => unknown = (_n, v) => v,
): SQL {
  const { earliest, later, laterCodes } = todaysByJurisdiction(instant);
  if (!laterCodes.length) return sql`${p('todayEarliest', earliest)}`;
  const codes = sql.raw(laterCodes.map((c) => `'${c}'`).join(', '));
  return sql`(case when ${jurisdiction} in (${codes}) then ${p('todayLater', later)} else ${p('todayEarliest', earliest)} end)`;
}

/** SQL: a `requests` row's own today, by its agency's jurisdiction (see `rowToday`). */
export function requestToday(instant: Date, p?: (name: string, value: unknown) => unknown): SQL {
  return rowToday(
    instant,
    sql`(select ${agencies.jurisdiction} from ${agencies} where ${agencies.id} = ${requests.agencyId})`,
    p,
  );
}

/** The shape of `rowToday` at this instant, for keys of prepared queries. */
export function todayShape(instant: Date): string {
  return todaysByJurisdiction(instant).laterCodes.join('|');
}

/** SQL: the jurisdiction of the request whose id is `requestId` (a column). */
export function jurisdictionOfRequest(requestId: SQL | AnyColumn): SQL {
  return sql`(select ${agencies.jurisdiction} from ${agencies} where ${agencies.id} = (select r2.agency_id from ${requests} r2 where r2.id = ${requestId}))`;
}

/** The jurisdiction code of a request's agency. */
export function jurisdictionOfRequestId(db: DbOrTx, requestId: number): string {
  const row = prepared(db, 'request.jurisdiction', () =>
    db
      .select({ jurisdiction: agencies.jurisdiction })
      .from(requests)
      .innerJoin(agencies, eq(agencies.id, requests.agencyId))
      .where(eq(requests.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id: requestId });
  if (!row) throw notFound(`Request ${requestId}`);
  return row.jurisdiction;
}

/** SQL: the request's next due date has passed, each row judged by its own jurisdiction's today. */
export function nextDuePassed(instant: Date, p?: (name: string, value: unknown) => unknown): SQL {
  return sql`${requests.nextDue} < ${requestToday(instant, p)}`;
}

export function isPubliclyVisible(r: Pick<RequestRow, 'visibility' | 'embargoUntil'>, today: string): boolean {
  return r.visibility === 'public' || (r.visibility === 'embargoed' && !!r.embargoUntil && r.embargoUntil <= today);
}

function requireAgency(tx: Pick<Db, 'select'>, agencyId: number) {
  const agency = tx.select().from(agencies).where(eq(agencies.id, agencyId)).get();
  if (!agency) {
    throw new AppError(422, 'unknown_agency', `No agency with id ${agencyId}`, {
      errors: [{ path: 'agencyId', message: 'is not a known agency' }],
    });
  }
  return agency;
}

function requireUser(tx: Pick<Db, 'select'>, userId: number, path: string) {
  const user = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
  if (!user)
    throw new AppError(422, 'unknown_user', `No user with id ${userId}`, {
      errors: [{ path, message: 'is not a known user' }],
    });
}

function checkEmbargo(visibility: string | undefined, embargoUntil: string | null | undefined) {
  if (visibility === 'embargoed' && !embargoUntil) {
    throw new AppError(422, 'embargo_needs_date', 'An embargoed request needs embargoUntil', {
      errors: [{ path: 'embargoUntil', message: 'is required when the visibility is embargoed' }],
    });
  }
}

/** A request's row, through a statement prepared once per connection (timeline writes read it often). */
function requestRow(db: DbOrTx, id: number) {
  return prepared(db, 'request.row', () =>
    db
      .select()
      .from(requests)
      .where(eq(requests.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
}

function snapshot(tx: DbOrTx, id: number) {
  const row = requestRow(tx, id);
  if (!row) return null;
  const tags = q.tags(tx).all({ id });
  return { ...row, tags: tags.map((t) => t.tag).sort(), trackingNumbers: trackingNumbersOf(tx, id) };
}

/** Every tracking number of a request, oldest first (the last is requests.trackingNumber). */
export function trackingNumbersOf(db: DbOrTx, requestId: number): string[] {
  return prepared(db, 'request.trackingNumbers', () =>
    db
      .select({ number: requestTrackingNumbers.number })
      .from(requestTrackingNumbers)
      .where(eq(requestTrackingNumbers.requestId, sql.placeholder('id')))
      .orderBy(asc(requestTrackingNumbers.id))
      .prepare(),
  )
    .all({ id: requestId })
    .map((r) => r.number);
}

/**
 * Adds tracking numbers the request does not have yet; the last one given becomes the latest
 * (requests.trackingNumber), even when it was known already: the agency is using it again.
 */
function addTrackingNumbers(tx: Tx, actor: Actor, now: Date, requestId: number, numbers: readonly string[]) {
  const clean = numbers.map((n) => n.trim()).filter((n) => n !== '');
  for (const number of clean) {
    tx.insert(requestTrackingNumbers)
      .values({ requestId, number, addedAt: now.toISOString(), addedBy: actor.userId })
      .onConflictDoNothing()
      .run();
  }
  const latest = clean[clean.length - 1];
  if (latest !== undefined) tx.update(requests).set({ trackingNumber: latest }).where(eq(requests.id, requestId)).run();
}

/** Makes the list exactly `numbers` (PATCH): numbers not in it are removed, the last is the latest. */
function setTrackingNumbers(tx: Tx, actor: Actor, now: Date, requestId: number, numbers: readonly string[]) {
  const keep = [...new Set(numbers.map((n) => n.trim()).filter((n) => n !== ''))];
  const stale = trackingNumbersOf(tx, requestId).filter((n) => !keep.includes(n));
  if (stale.length) {
    tx.delete(requestTrackingNumbers)
      .where(and(eq(requestTrackingNumbers.requestId, requestId), inArray(requestTrackingNumbers.number, stale)))
      .run();
  }
  if (keep.length) addTrackingNumbers(tx, actor, now, requestId, keep);
  else tx.update(requests).set({ trackingNumber: null }).where(eq(requests.id, requestId)).run();
}

/**
 * A request's own letter template must exist and be usable for its jurisdiction (a template of
 * any kind: it is used for letters of its kind, the others come from the organisation or default).
 */
function checkLetterTemplate(tx: Pick<Db, 'select'>, templateId: number, jurisdiction: string) {
  const t = tx
    .select({ id: letterTemplates.id, jurisdiction: letterTemplates.jurisdiction })
    .from(letterTemplates)
    .where(eq(letterTemplates.id, templateId))
    .get();
  if (!t) {
    throw new AppError(422, 'unknown_template', `No letter template with id ${templateId}`, {
      errors: [{ path: 'letterTemplateId', message: 'no such letter template' }],
    });
  }
  if (t.jurisdiction !== null && t.jurisdiction !== jurisdiction) {
    throw new AppError(
      422,
      'template_jurisdiction',
      `Letter template ${templateId} is for ${t.jurisdiction}; this request's agency is in ${jurisdiction}`,
      { errors: [{ path: 'letterTemplateId', message: `the template is for ${t.jurisdiction}, not ${jurisdiction}` }] },
    );
  }
}

/** Request tags are stored as vocabulary slugs (src/tags/slug.ts); a new one joins the vocabulary. */
function setTags(tx: Tx, actor: Actor, now: Date, requestId: number, tags: string[]) {
  tx.delete(requestTags).where(eq(requestTags.requestId, requestId)).run();
  const unique = requestTagSlugs(tx, actor, now, tags);
  if (unique.length)
    tx.insert(requestTags)
      .values(unique.map((tag) => ({ requestId, tag })))
      .run();
}

export interface CreateRequestInput {
  agencyId: number;
  title: string;
  body: string;
  tags?: string[] | undefined;
  visibility?: 'public' | 'private' | 'embargoed' | undefined;
  embargoUntil?: string | undefined;
  ownerId?: number | undefined;
  trackingNumber?: string | undefined;
  /** Several, oldest first; with `trackingNumber` too, that one is the latest. */
  trackingNumbers?: string[] | undefined;
  channel?: 'email' | 'fax' | 'mail' | 'portal' | 'in_person' | undefined;
  letterTemplateId?: number | undefined;
  followUpPolicy?: (typeof FOLLOW_UP_POLICIES)[number] | undefined;
}

export function createRequest(db: DbOrTx, actor: Actor, now: Date, input: CreateRequestInput): number {
  checkEmbargo(input.visibility, input.embargoUntil);
  return inTransaction(db, (tx) => {
    const agency = requireAgency(tx, input.agencyId);
    if (input.ownerId) requireUser(tx, input.ownerId, 'ownerId');
    if (input.letterTemplateId) checkLetterTemplate(tx, input.letterTemplateId, agency.jurisdiction);
    const at = now.toISOString();
    const row = tx
      .insert(requests)
      .values({
        agencyId: input.agencyId,
        title: input.title,
        body: input.body,
        visibility: input.visibility ?? 'private',
        embargoUntil: input.visibility === 'embargoed' ? (input.embargoUntil ?? null) : null,
        ownerId: input.ownerId ?? actor.userId,
        channel: input.channel ?? null,
        letterTemplateId: input.letterTemplateId ?? null,
        ...(input.followUpPolicy ? { followUpPolicy: input.followUpPolicy } : {}),
        status: 'draft',
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: requests.id })
      .get();
    setTags(tx, actor, now, row.id, input.tags ?? []);
    addTrackingNumbers(tx, actor, now, row.id, [
      ...(input.trackingNumbers ?? []),
      ...(input.trackingNumber ? [input.trackingNumber] : []),
    ]);
    audit(tx, actor, now, 'request.create', 'request', row.id, null, snapshot(tx, row.id));
    return row.id;
  });
}

export interface UpdateRequestInput {
  title?: string | undefined;
  body?: string | undefined;
  tags?: string[] | undefined;
  visibility?: 'public' | 'private' | 'embargoed' | undefined;
  embargoUntil?: string | null | undefined;
  /** Legacy single number: a string adds it as the latest; null clears every number. */
  trackingNumber?: string | null | undefined;
  /** The whole list, oldest first (replaces it). */
  trackingNumbers?: string[] | undefined;
  channel?: CreateRequestInput['channel'] | null;
  ownerId?: number | null | undefined;
  letterTemplateId?: number | null | undefined;
  followUpPolicy?: (typeof FOLLOW_UP_POLICIES)[number] | undefined;
}

export function updateRequest(db: DbOrTx, actor: Actor, now: Date, id: number, input: UpdateRequestInput): void {
  inTransaction(db, (tx) => {
    const before = snapshot(tx, id);
    if (!before) throw notFound(`Request ${id}`);
    const visibility = input.visibility ?? before.visibility;
    const embargoUntil = input.embargoUntil !== undefined ? input.embargoUntil : before.embargoUntil;
    checkEmbargo(visibility, embargoUntil);
    if (input.ownerId) requireUser(tx, input.ownerId, 'ownerId');
    if (input.letterTemplateId) checkLetterTemplate(tx, input.letterTemplateId, jurisdictionOfRequestId(tx, id));
    const patch: Partial<RequestRow> = { updatedAt: now.toISOString() };
    if (input.title !== undefined) patch.title = input.title;
    if (input.body !== undefined) patch.body = input.body;
    if (input.visibility !== undefined) patch.visibility = input.visibility;
    patch.embargoUntil = visibility === 'embargoed' ? (embargoUntil ?? null) : null;
    if (input.ownerId !== undefined) patch.ownerId = input.ownerId;
    if (input.channel !== undefined) patch.channel = input.channel;
    if (input.letterTemplateId !== undefined) patch.letterTemplateId = input.letterTemplateId;
    if (input.followUpPolicy !== undefined) patch.followUpPolicy = input.followUpPolicy;
    const clocksMove = input.channel !== undefined && input.channel !== before.channel;
    if (clocksMove) patch.version = before.version + 1;
    tx.update(requests).set(patch).where(eq(requests.id, id)).run();
    if (input.tags !== undefined) setTags(tx, actor, now, id, input.tags);
    if (input.trackingNumbers !== undefined) setTrackingNumbers(tx, actor, now, id, input.trackingNumbers);
    if (input.trackingNumber === null) setTrackingNumbers(tx, actor, now, id, []);
    else if (input.trackingNumber !== undefined) addTrackingNumbers(tx, actor, now, id, [input.trackingNumber]);
    audit(tx, actor, now, 'request.update', 'request', id, before, snapshot(tx, id));
    if (clocksMove) enqueue(tx, 'deadlines.recompute', { requestId: id });
  });
}

function parseData(data: string): Record<string, unknown> {
  return JSON.parse(data) as Record<string, unknown>;
}

function toMachine(e: { type: string; data: string }): MachineEvent {
  return { type: e.type as EventType, data: parseData(e.data) as { outcome?: string } };
}

/** "an acknowledged event", "a fee requested event": for messages people read. */
function anEvent(type: string): string {
  const words = type.replace(/_/g, ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words} event`;
}

const STATUS_WORDS: Partial<Record<string, string>> = {
  draft: 'a draft',
  processing: 'being processed',
  no_records: 'closed with no records',
  appeal_decided: 'decided on appeal',
};
/** "while the request is a draft", "... is awaiting fee". */
const statusWords = (status: string) => STATUS_WORDS[status] ?? status.replace(/_/g, ' ');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface TimelineEvent {
  id: number;
  type: string;
  date: string;
}

function refusal(
  status: string,
  type: string,
  allowed: string[],
  detail?: string,
  conflictingEvent?: TimelineEvent,
): AppError {
  return new AppError(
    409,
    'transition_refused',
    detail ??
      `${capitalised(anEvent(type))} is not possible while the request is ${statusWords(status)}; possible now: ${allowed.join(', ')}`,
    {
      extra: {
        status,
        allowedEvents: allowed,
        ...(conflictingEvent
          ? { conflictingEvent: { id: conflictingEvent.id, type: conflictingEvent.type, date: conflictingEvent.date } }
          : {}),
      },
    },
  );
}

/**
 * The first event after `index` in the folded timeline that changed the request's status: the one a
 * back-dated event conflicts with ("the request was a draft on that date, until the submitted event
 * of 2026-03-02"). Notes and other events that leave the status alone are passed over.
 */
function laterStatusChange<E extends TimelineEvent & { data: string }>(active: E[], index: number): E | undefined {
  let state = fold(active.slice(0, index).map(toMachine)).state;
  for (const e of active.slice(index + 1)) {
    const next = transition(state, toMachine(e));
    if (!next) return undefined;
    if (next.status !== state.status) return e;
    state = next;
  }
  return undefined;
}

/** Events happen in the past or today, in the agency's time zone: a later date is a 422 naming the field. */
function checkEventDates(input: EventBody, today: string) {
  const fields: [string, unknown][] = [
    ['date', input.date],
    ['receivedOn', (input as { receivedOn?: string }).receivedOn],
  ];
  for (const [path, value] of fields) {
    if (typeof value === 'string' && value > today) {
      const what = path === 'date' ? 'The date' : 'The date of receipt';
      throw new AppError(422, 'date_in_future', `${what} ${value} is in the future (today is ${today} at the agency)`, {
        errors: [{ path, message: `must not be after ${today}` }],
      });
    }
  }
}

/**
 * An extension the law allows once is refused a second time, and an agency's stated date must fall
 * after the receipt of the request (a date before it would be silently meaningless).
 */
function checkExtension(
  jurisdiction: string,
  active: { id: number; type: string; date: string; data: string }[],
  input: EventBody,
) {
  const submitted = active.find((e) => e.type === 'submitted');
  const received = submitted ? ((parseData(submitted.data).receivedOn as string | undefined) ?? submitted.date) : null;
  const stated = (input as { newDueDate?: string }).newDueDate;
  if (stated && received && stated <= received) {
    throw new AppError(
      422,
      'due_before_receipt',
      `The new due date ${stated} is not after the agency received the request (${received})`,
      {
        errors: [{ path: 'newDueDate', message: `must be after ${received}, the day the agency received the request` }],
      },
    );
  }
  const earlier = active.find((e) => e.type === 'extended');
  if (!earlier || !received) return;
  const j = getJurisdiction(jurisdiction);
  const set = [...j.ruleSets].reverse().find((s) => s.effectiveFrom <= received);
  const rule = set?.clocks.extended_response;
  if (rule?.fixed) {
    throw new AppError(
      409,
      'extension_already_taken',
      `${j.lawName} allows one extension (${rule.citation}); the agency already took it on ${earlier.date} (event ${earlier.id}). To correct it, retract that event first.`,
    );
  }
}

/** The state of a request's timeline now (its status and what it remembers), as the state machine folds it. */
export function requestState(db: DbOrTx, requestId: number) {
  const stored = q.events(db).all({ id: requestId });
  return fold(activeEvents(stored).map(toMachine)).state;
}

/** The two writes of every timeline event, prepared once per connection. */
const EVENT_SQL = {
  insert: `insert into request_events (request_id, type, date, note, data, created_by, created_at)
    values (@requestId, @type, @date, @note, @data, @createdBy, @createdAt) returning id`,
  // Summary fields follow the active timeline; the channel only changes with a submitted event.
  summary: `update requests set status = @status, received_on = @receivedOn, completed_on = @completedOn,
    outcome = @outcome, channel = coalesce(@channel, channel), version = version + @bump, updated_at = @at
    where id = @id`,
};

/** Event types the deadline engine never reads. */
const CLOCKLESS = new Set(['note', 'communication']);

/**
 * Appends one event to the timeline; the state machine decides whether it may. Returns the event id.
 * Takes a database or the caller's transaction (then it runs in a savepoint of it).
 */
export function addEvent(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  requestId: number,
  input: EventBody,
  opts: { recomputeNow?: boolean } = {},
): number {
  return inTransaction(db, (tx) => {
    const req = requestRow(tx, requestId);
    if (!req) throw notFound(`Request ${requestId}`);
    const stored = q.events(tx).all({ id: requestId });
    const current = fold(activeEvents(stored).map(toMachine)).state;
    const allowed = allowedEvents(current);
    const { type, date, note, ...data } = input;
    const jurisdiction = jurisdictionOfRequestId(tx, requestId);
    checkEventDates(input, todayIn(jurisdiction, now));
    if (type === 'extended') checkExtension(jurisdiction, activeEvents(stored), input);

    if (type === 'retraction') {
      const targetId = (data as { eventId: number }).eventId;
      const target = stored.find((e) => e.id === targetId);
      if (!target) {
        throw new AppError(422, 'unknown_event', `Event ${targetId} is not on this request's timeline`, {
          errors: [{ path: 'eventId', message: 'is not an event on this request' }],
        });
      }
      if (target.type === 'retraction' || retractedIds(stored).has(targetId)) {
        throw refusal(
          current.status,
          type,
          allowed,
          `Event ${targetId} cannot be retracted (already retracted, or itself a retraction)`,
        );
      }
    }

    const candidate = [...stored, { id: Number.MAX_SAFE_INTEGER, requestId, type, date, data: JSON.stringify(data) }];
    const active = activeEvents(candidate);
    const result = fold(active.map(toMachine));
    if (result.refusedAt >= 0) {
      const at = active[result.refusedAt];
      const state = result.refusedState ?? current;
      const isNew = at?.id === Number.MAX_SAFE_INTEGER;
      if (!isNew) {
        // The new event fits its date, but an event already on the timeline after it no longer would.
        throw refusal(
          state.status,
          at?.type ?? type,
          allowedEvents(state),
          `With ${anEvent(type)} dated ${date}, the later ${at?.type.replace(/_/g, ' ')} event of ${at?.date} would no longer be possible (the request would be ${statusWords(state.status)} by then)`,
          at,
        );
      }
      // Back-dated before the event that brought the request to where it is now: say which and when,
      // rather than "not possible while the request is a draft" about a request submitted long ago.
      const later = laterStatusChange(active, result.refusedAt);
      throw refusal(
        state.status,
        type,
        allowedEvents(state),
        later
          ? `${capitalised(anEvent(type))} dated ${date} is not possible: on that date the request was ${statusWords(state.status)}, until the ${later.type.replace(/_/g, ' ')} event of ${later.date}`
          : undefined,
        later,
      );
    }

    const at = now.toISOString();
    const row = statement(tx, EVENT_SQL.insert).get({
      requestId,
      type,
      date,
      note: note ?? null,
      data: JSON.stringify(data),
      createdBy: actor.userId,
      createdAt: at,
    }) as { id: number };

    // Summary fields follow the active timeline (a retraction undoes them too).
    const finalActive = activeEvents([...stored, { id: row.id, requestId, type, date, data: JSON.stringify(data) }]);
    const submitted = finalActive.find((e) => e.type === 'submitted');
    const completed = finalActive.find((e) => e.type === 'completed');
    const submittedData = submitted ? parseData(submitted.data) : {};
    const tracking = (data as { trackingNumber?: string }).trackingNumber;
    const before = snapshot(tx, requestId);
    // Notes and correspondence never move a clock (the engine does not read them): no recomputation.
    const movesClocks = !CLOCKLESS.has(type);
    statement(tx, EVENT_SQL.summary).run({
      id: requestId,
      status: result.state.status,
      receivedOn: submitted ? ((submittedData.receivedOn as string | undefined) ?? submitted.date) : null,
      completedOn: completed?.date ?? null,
      outcome: completed ? String(parseData(completed.data).outcome) : null,
      channel: (submittedData.channel as string | undefined) ?? null,
      bump: movesClocks ? 1 : 0,
      at,
    });
    if (tracking) addTrackingNumbers(tx, actor, now, requestId, [tracking]);
    audit(tx, actor, now, `request.event.${type}`, 'request', requestId, before, {
      ...snapshot(tx, requestId),
      event: { id: row.id, type, date, note: note ?? null, data },
    });
    // A worker appending an event (a letter it sent) is where the recomputation would run anyway: it
    // runs here, in the same transaction, instead of a round trip through the queue.
    if (movesClocks && opts.recomputeNow) recomputeDeadlines(tx, requestId, now);
    else if (movesClocks) enqueue(tx, 'deadlines.recompute', { requestId });
    if (result.state.status !== req.status) {
      emit(
        tx,
        'request.status_changed',
        {
          requestId,
          from: req.status,
          to: result.state.status,
          event: { id: row.id, type, date },
          ...(req.campaignId ? { campaignId: req.campaignId } : {}),
          // Titles only travel for requests the public may see.
          ...(isPubliclyVisible(req, todayIn(jurisdiction, now)) ? { title: req.title } : {}),
        },
        now,
      );
    }
    return row.id;
  });
}

// ---- reads ----------------------------------------------------------------------------------------

const byId = sql.placeholder('id');

const q = {
  request: (db: DbOrTx) =>
    prepared(db, 'request.byId', () =>
      db
        .select({ r: requests, a: agencies })
        .from(requests)
        .innerJoin(agencies, eq(agencies.id, requests.agencyId))
        .where(eq(requests.id, byId))
        .prepare(),
    ),
  tags: (db: DbOrTx) =>
    prepared(db, 'request.tags', () =>
      db.select({ tag: requestTags.tag }).from(requestTags).where(eq(requestTags.requestId, byId)).prepare(),
    ),
  trackingNumbers: (db: DbOrTx) =>
    prepared(db, 'request.trackingNumbers', () =>
      db
        .select({ number: requestTrackingNumbers.number })
        .from(requestTrackingNumbers)
        .where(eq(requestTrackingNumbers.requestId, byId))
        .orderBy(asc(requestTrackingNumbers.id))
        .prepare(),
    ),
  events: (db: DbOrTx) =>
    prepared(db, 'request.events', () =>
      db
        .select()
        .from(requestEvents)
        .where(eq(requestEvents.requestId, byId))
        .orderBy(asc(requestEvents.date), asc(requestEvents.id))
        .prepare(),
    ),
  deadlines: (db: DbOrTx) =>
    prepared(db, 'request.deadlines', () => db.select().from(deadlines).where(eq(deadlines.requestId, byId)).prepare()),
  documents: (db: DbOrTx) =>
    prepared(db, 'request.documents', () =>
      db
        .select({ id: documents.id, name: documents.name, status: documents.status })
        .from(documents)
        .where(eq(documents.requestId, byId))
        .orderBy(asc(documents.id))
        .prepare(),
    ),
  reminderCounts: (db: DbOrTx) =>
    prepared(db, 'request.reminderCounts', () =>
      db
        .select({ status: reminders.status, n: sql<number>`count(*)` })
        .from(reminders)
        .where(eq(reminders.requestId, byId))
        .groupBy(reminders.status)
        .prepare(),
    ),
  reminderProblem: (db: DbOrTx) =>
    prepared(db, 'request.reminderProblem', () =>
      db
        .select({ error: reminders.lastError })
        .from(reminders)
        .where(and(eq(reminders.requestId, byId), inArray(reminders.status, ['failed', 'not_sent'])))
        .orderBy(desc(reminders.updatedAt), desc(reminders.id))
        .limit(1)
        .prepare(),
    ),
};

/** What decides whether a cached view is current: the request's revision and its agency's fields. */
const stampQuery = (db: Db) =>
  prepared(db, 'request.stamp', () =>
    db
      .select({
        revision: requests.revision,
        visibility: requests.visibility,
        embargoUntil: requests.embargoUntil,
        agencyName: agencies.name,
        jurisdiction: agencies.jurisdiction,
        level: agencies.level,
      })
      .from(requests)
      .innerJoin(agencies, eq(agencies.id, requests.agencyId))
      .where(eq(requests.id, byId))
      .prepare(),
  );

type RequestViewData = ReturnType<typeof buildRequestView>;
const VIEW_CACHE_SIZE = 5000;
const viewCaches = new WeakMap<Db, Map<string, RequestViewData>>();

function loadVisible(db: Db, actor: Actor | null, id: number, now: Date) {
  const row = q.request(db).get({ id });
  // A request the caller may not see is a 404, never a 403 that confirms it exists.
  if (!row || (!seesPrivate(actor) && !isPubliclyVisible(row.r, todayIn(row.a.jurisdiction, now)))) {
    throw notFound(`Request ${id}`);
  }
  return row;
}

export function requestVisible(db: Db, actor: Actor | null, id: number, now: Date): RequestRow {
  return loadVisible(db, actor, id, now).r;
}

/**
 * One request as its reader may see it. Views are cached per database, keyed by the request's
 * revision, its agency, the day (days overdue change daily) and the audience, so a repeated read
 * costs one primary-key lookup.
 */
export function readRequest(db: Db, actor: Actor | null, id: number, now: Date) {
  const stamp = stampQuery(db).get({ id });
  // Clocks and embargoes are judged by the agency's today.
  const today = stamp ? todayIn(stamp.jurisdiction, now) : '';
  if (!stamp || (!seesPrivate(actor) && !isPubliclyVisible(stamp, today))) throw notFound(`Request ${id}`);
  const full = seesPrivate(actor);
  const key = `${id}|${stamp.revision}|${stamp.agencyName}|${stamp.jurisdiction}|${stamp.level}|${today}|${full ? 'f' : 'p'}`;
  let cache = viewCaches.get(db);
  if (!cache) {
    cache = new Map();
    viewCaches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const view = buildRequestView(db, actor, id, now, today);
  if (cache.size >= VIEW_CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, view);
  return view;
}

function buildRequestView(db: Db, actor: Actor | null, id: number, now: Date, today: string) {
  const { r, a } = loadVisible(db, actor, id, now);
  const full = seesPrivate(actor);
  const tags = q.tags(db).all({ id });
  const events = q.events(db).all({ id });
  const retracted = retractedIds(events);
  const clocks = q.deadlines(db).all({ id });
  clocks.sort((x, y) => CLOCK_KINDS.indexOf(x.kind as ClockKind) - CLOCK_KINDS.indexOf(y.kind as ClockKind));
  const deadlineViews = clocks.map((c) => {
    const late = c.status === 'open' && c.due !== null && c.due < today;
    const unit = c.unit as 'business' | 'calendar';
    const daysOverdue = late && c.due ? daysLate(a.jurisdiction, c.due, unit, today) : 0;
    // A clock answered after its date keeps how late the answer was, counted as the law counts.
    const answeredLate = c.metOn !== null && c.due !== null && c.metOn > c.due;
    const explanation = JSON.parse(c.explanation) as { text: string; alternatives?: Alternative[] };
    return {
      kind: c.kind,
      startDate: c.startDate,
      due: c.due,
      status: (late ? 'missed' : c.status) as 'open' | 'paused' | 'met' | 'missed' | 'superseded',
      metOn: c.metOn,
      daysOverdue,
      daysLate: answeredLate && c.due && c.metOn ? daysLate(a.jurisdiction, c.due, unit, c.metOn) : daysOverdue,
      alternatives: explanation.alternatives ?? [],
      explanation,
    };
  });
  const owed = deadlineViews.filter((d) => d.kind !== 'appeal_filing' && d.daysOverdue > 0);
  const state = fold(activeEvents(events).map(toMachine)).state;
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    status: r.status as typeof import('./state-machine.js')['STATUSES'][number],
    agency: { id: a.id, name: a.name, jurisdiction: a.jurisdiction, level: a.level },
    jurisdiction: a.jurisdiction,
    visibility: r.visibility,
    embargoUntil: r.embargoUntil,
    tags: tags.map((t) => t.tag).sort(),
    ...(full
      ? {
          ownerId: r.ownerId,
          letterTemplateId: r.letterTemplateId,
          followUpPolicy: r.followUpPolicy,
          campaignId: r.campaignId,
        }
      : {}),
    trackingNumber: r.trackingNumber,
    trackingNumbers: q
      .trackingNumbers(db)
      .all({ id })
      .map((t) => t.number),
    channel: r.channel,
    receivedOn: r.receivedOn,
    completedOn: r.completedOn,
    outcome: r.outcome,
    deadlines: deadlineViews,
    deadlinesPending: r.version !== r.deadlinesVersion,
    overdue: owed.length > 0,
    daysOverdue: owed.reduce((m, d) => Math.max(m, d.daysOverdue), 0),
    ...(full
      ? {
          // A retraction needs an event to retract: a draft with no events is not offered one.
          allowedEvents: allowedEvents(state).filter(
            (t) => t !== 'retraction' || events.some((e) => e.type !== 'retraction' && !retracted.has(e.id)),
          ),
          reminders: reminderSummary(db, id),
        }
      : {}),
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      date: e.date,
      note: e.note,
      data: parseData(e.data),
      retracted: retracted.has(e.id),
      ...(full ? { createdBy: e.createdBy } : {}),
      createdAt: e.createdAt,
    })),
    documents: publicDocuments(db, id, full, q.documents(db).all({ id })),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** The public's view of a request leaves out its documents that are withheld (redactions waiting, hidden text). */
function publicDocuments<T extends { id: number }>(db: Db, requestId: number, full: boolean, docs: T[]): T[] {
  if (full || !docs.length) return docs;
  const withheld = withheldDocumentIds(db, requestId);
  return withheld.size ? docs.filter((d) => !withheld.has(d.id)) : docs;
}

function reminderSummary(db: Db, requestId: number) {
  const counts = new Map(
    q
      .reminderCounts(db)
      .all({ id: requestId })
      .map((r) => [r.status, r.n]),
  );
  const problem = q.reminderProblem(db).get({ id: requestId });
  return {
    planned: (counts.get('planned') ?? 0) + (counts.get('queued') ?? 0),
    sent: counts.get('sent') ?? 0,
    failed: counts.get('failed') ?? 0,
    notSent: counts.get('not_sent') ?? 0,
    lastProblem: problem?.error ?? null,
  };
}

// ---- lists ----------------------------------------------------------------------------------------

interface Cursor {
  v: string | number;
  id: number;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.id === 'number' && (typeof c.v === 'string' || typeof c.v === 'number')) return c;
  } catch (err) {
    // Not JSON under the base64: a cursor we did not give out (below). Anything else is a bug.
    if (!(err instanceof SyntaxError)) throw err;
  }
  throw new AppError(422, 'invalid_cursor', 'The cursor is not one this API gave out', {
    errors: [{ path: 'cursor', message: 'is not one this API gave out' }],
  });
}

/**
 * Owners and campaigns are the organisation's own: filtering by them, which would tell which public
 * requests share one, needs a signed-in, full (not read-only) caller.
 */
export function privateFilter(actor: Actor | null, field: 'owner' | 'campaignId'): void {
  if (seesPrivate(actor)) return;
  const code = field === 'owner' ? 'owner_filter_not_allowed' : 'campaign_filter_not_allowed';
  throw new AppError(
    422,
    code,
    `Filtering by ${field === 'owner' ? 'owner' : 'campaign'} needs a signed-in, full (not read-only) token`,
    {
      errors: [{ path: field, message: 'is not available to anonymous or read-only callers' }],
    },
  );
}

/** FTS query from user text: each word becomes a quoted prefix-free term, so no syntax errors. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

const NO_DUE = '9999-12-31';

function sortKey(sort: ListQuery['sort']) {
  const desc_ = sort.startsWith('-');
  const field = sort.replace('-', '') as 'updatedAt' | 'createdAt' | 'nextDue';
  const col =
    field === 'updatedAt'
      ? sql`${requests.updatedAt}`
      : field === 'createdAt'
        ? sql`${requests.createdAt}`
        : // Written inline (not a parameter), so that the index requests_due_order serves the order.
          sql`coalesce(${requests.nextDue}, ${sql.raw(`'${NO_DUE}'`)})`;
  return { desc: desc_, field, col };
}

type ListFilters = Omit<ListQuery, 'sort' | 'limit' | 'cursor'>;

/**
 * The WHERE clause of a list, built with placeholders so that each shape of query (which filters are
 * present) is prepared once; `params` holds this call's values and `key` names the shape.
 */
export function listConditions(actor: Actor | null, q: ListFilters, now: Date) {
  const params: Record<string, unknown> = {};
  const shape: string[] = [];
  const p = (name: string, value: unknown) => {
    params[name] = value;
    return sql.placeholder(name);
  };
  const conds: SQL[] = [];
  if (!seesPrivate(actor)) {
    shape.push(`public(${todayShape(now)})`);
    conds.push(publicCondition(now, p));
  }
  if (q.status?.length) {
    shape.push(`status${q.status.length}`);
    conds.push(
      inArray(
        requests.status,
        q.status.map((v, i) => p(`status${i}`, v)),
      ),
    );
  }
  if (q.agencyId) {
    shape.push('agency');
    conds.push(eq(requests.agencyId, p('agencyId', q.agencyId)));
  }
  if (q.jurisdiction) {
    shape.push('jurisdiction');
    conds.push(
      sql`${requests.agencyId} in (select ${agencies.id} from ${agencies} where ${agencies.jurisdiction} = ${p('jurisdiction', q.jurisdiction)})`,
    );
  }
  if (q.owner) {
    // Owner ids are hidden from the public and from read-only tokens: so is filtering by them.
    privateFilter(actor, 'owner');
    shape.push('owner');
    conds.push(eq(requests.ownerId, p('owner', q.owner)));
  }
  if (q.campaignId) {
    privateFilter(actor, 'campaignId');
    shape.push('campaign');
    conds.push(eq(requests.campaignId, p('campaignId', q.campaignId)));
  }
  if (q.tag) {
    shape.push('tag');
    conds.push(
      sql`exists (select 1 from ${requestTags} where ${requestTags.requestId} = ${requests.id} and ${requestTags.tag} = ${p('tag', slugOf(q.tag))})`,
    );
  }
  if (q.overdue !== undefined) {
    shape.push(`${q.overdue ? 'overdue' : 'notOverdue'}(${todayShape(now)})`);
    // `+status`: the status is checked on each row, so that SQLite walks the sort's index (most
    // requests are open) rather than reading every open request to sort them.
    const late = and(
      nextDuePassed(now, p),
      sql`+${requests.status} in (${sql.raw([...OPEN, 'appealed'].map((s) => `'${s}'`).join(', '))})`,
    ) as SQL;
    conds.push(q.overdue ? late : (sql`not (coalesce(${late}, 0))` as SQL));
  }
  if (q.dueBefore) {
    shape.push('dueBefore');
    conds.push(sql`${requests.nextDue} < ${p('dueBefore', q.dueBefore)}`);
  }
  if (q.dueAfter) {
    shape.push('dueAfter');
    conds.push(sql`${requests.nextDue} > ${p('dueAfter', q.dueAfter)}`);
  }
  if (q.updatedSince) {
    shape.push('updatedSince');
    conds.push(sql`${requests.updatedAt} >= ${p('updatedSince', q.updatedSince)}`);
  }
  if (q.q) {
    const match = ftsQuery(q.q);
    shape.push(match ? 'fts' : 'nofts');
    conds.push(
      match
        ? sql`${requests.id} in (select rowid from requests_fts where requests_fts match ${p('fts', match)})`
        : sql`0`,
    );
  }
  return { conds, params, key: shape.join(',') };
}

export function listRequests(db: Db, actor: Actor | null, q: ListQuery, now: Date) {
  const { desc: isDesc, col } = sortKey(q.sort);
  const { conds, params, key } = listConditions(actor, q, now);
  const { earliest, later, laterCodes } = todaysByJurisdiction(now);
  const todayOf = (jurisdiction: string) => (laterCodes.includes(jurisdiction) ? later : earliest);
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    params.cursorV = c.v;
    params.cursorId = c.id;
    const v = sql.placeholder('cursorV');
    const cmp = isDesc ? lt : gt;
    conds.push(or(cmp(col, v), and(sql`${col} = ${v}`, cmp(requests.id, sql.placeholder('cursorId')))) as SQL);
  }
  params.limit = q.limit + 1;
  const full = seesPrivate(actor);
  const query = prepared(db, `request.list:${key}:${q.sort}:${q.cursor ? 'c' : ''}`, () =>
    db
      .select({
        id: requests.id,
        title: requests.title,
        status: requests.status,
        agencyId: requests.agencyId,
        // Scalar subqueries rather than a join, so that SQLite walks the sort index of requests.
        agencyName: sql<string>`(select ${agencies.name} from ${agencies} where ${agencies.id} = ${requests.agencyId})`,
        jurisdiction: sql<string>`(select ${agencies.jurisdiction} from ${agencies} where ${agencies.id} = ${requests.agencyId})`,
        visibility: requests.visibility,
        ownerId: requests.ownerId,
        trackingNumber: requests.trackingNumber,
        receivedOn: requests.receivedOn,
        nextDue: requests.nextDue,
        createdAt: requests.createdAt,
        updatedAt: requests.updatedAt,
        tags: sql<
          string | null
        >`(select group_concat(${requestTags.tag}, char(31)) from ${requestTags} where ${requestTags.requestId} = ${requests.id})`,
        sortValue: sql<string>`${col}`,
        daysLateAnswered: requests.daysLateAnswered,
        // The unit of the clock that sets nextDue, so that days late are counted as the law counts.
        // Columns spelled out (drizzle's unqualified "id" and "status" bound to the clock's own, so this
        // found no clock and every list counted business days); the index is named, or SQLite searches
        // every open clock due that day for this request's.
        nextDueUnit: sql<
          string | null
        >`(select d_.unit from deadlines d_ indexed by deadlines_request_kind where d_.request_id = requests.id and d_.status = 'open' and d_.due = requests.next_due limit 1)`,
        // `requests.id` spelled out: drizzle writes a column of the selected table unqualified, which
        // inside this subquery would bind to the numbers' own id.
        trackingNumbers: sql<
          string | null
        >`(select group_concat(t_.number, char(31)) from (select n_.number from request_tracking_numbers n_ where n_.request_id = requests.id order by n_.id) t_)`,
      })
      .from(requests)
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(isDesc ? desc(col) : asc(col), isDesc ? desc(requests.id) : asc(requests.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
  // `.values()` returns plain arrays: no per-field mapping, which costs more than the query itself.
  const rows = query.values(params) as unknown as ListRow[];
  const page = rows.length > q.limit ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last ? encodeCursor({ v: last[14], id: last[0] }) : null;
  const data = new Array(page.length);
  for (let i = 0; i < page.length; i++) {
    const r = page[i] as ListRow;
    const status = r[2] as Status;
    const today = todayOf(r[5]);
    const overdue = r[10] !== null && r[10] < today && OWING.has(status);
    data[i] = {
      id: r[0],
      title: r[1],
      status,
      agencyId: r[3],
      agencyName: r[4],
      jurisdiction: r[5],
      visibility: r[6],
      ...(full ? { ownerId: r[7] } : {}),
      trackingNumber: r[8],
      trackingNumbers: r[17] ? r[17].split('\u001f') : [],
      receivedOn: r[9],
      nextDue: r[10],
      createdAt: r[11],
      updatedAt: r[12],
      tags: r[13] ? r[13].split('\u001f').sort() : [],
      overdue,
      daysLate: overdue
        ? daysLate(r[5], r[10] as string, r[16] === 'calendar' ? 'calendar' : 'business', today)
        : (r[15] ?? 0),
    };
  }
  return { data: data as ListItem[], nextCursor };
}

type ListRow = [
  number,
  string,
  string,
  number,
  string,
  string,
  'public' | 'private' | 'embargoed',
  number | null,
  string | null,
  string | null,
  string | null,
  string,
  string,
  string | null,
  string | number,
  number | null,
  string | null,
  string | null,
];

interface ListItem {
  id: number;
  title: string;
  status: Status;
  agencyId: number;
  agencyName: string;
  jurisdiction: string;
  visibility: 'public' | 'private' | 'embargoed';
  ownerId?: number | null;
  trackingNumber: string | null;
  trackingNumbers: string[];
  receivedOn: string | null;
  nextDue: string | null;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  overdue: boolean;
  daysLate: number;
}

const OWING = new Set<Status>([...OPEN, 'appealed']);

const CSV_COLUMNS = [
  'id',
  'title',
  'status',
  'agencyName',
  'jurisdiction',
  'trackingNumber',
  'trackingNumbers',
  'receivedOn',
  'nextDue',
  'overdue',
  'daysLate',
  'tags',
  'visibility',
  'updatedAt',
] as const;

export function csvCell(value: unknown): string {
  let s = Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
  // Cells that a spreadsheet would run as a formula are neutralised.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The same list as CSV, every page, in the same order. */
export function* exportCsv(db: Db, actor: Actor | null, q: Omit<ListQuery, 'cursor' | 'limit'>, now: Date) {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  let cursor: string | undefined;
  for (;;) {
    const page = listRequests(db, actor, { ...q, limit: 200, ...(cursor ? { cursor } : {}) }, now);
    for (const row of page.data) {
      yield `${CSV_COLUMNS.map((c) => csvCell((row as unknown as Record<string, unknown>)[c])).join(',')}\r\n`;
    }
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
