/**
 * Letters of a request, pure of HTTP: `renderLetter` gives exactly what would be sent (the preview,
 * the PDF and the e-mail all come from it), and `markMailed` logs a letter sent by post or fax. The
 * caller checks who may see the request; these functions take the caller's database or transaction.
 */
import { asc, eq } from 'drizzle-orm';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import { today as todayIn } from '../clock.js';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/index.js';
import { agencies, deadlines, requestEvents, requests } from '../db/schema.js';
import { REQUEST_TYPES } from '../deadlines/index.js';
import { AppError, notFound } from '../errors.js';
import { LIMITS } from '../requests/schemas.js';
import { addEvent, type Tx, trackingNumbersOf } from '../requests/service.js';
import { activeEvents } from '../requests/timeline.js';
import { defaultTemplate, type LetterKind } from './defaults.js';
import { effectiveProfile } from './profiles.js';
import { renderTemplate } from './template.js';
import { chooseTemplate, type TemplateSource } from './templates.js';
import { ADVERSE, type LetterFacts, letterValues, missedClock, type StoredClock } from './values.js';

export type { LetterKind } from './defaults.js';

export interface RenderedLetter {
  kind: LetterKind;
  subject: string;
  body: string;
  /** The agency's request e-mail; for appeals its appeal e-mail, falling back to the request e-mail. */
  to: string[];
  /** The agency's postal address; for appeals its appeal address, falling back to the postal address. */
  postalAddress: string | null;
  /** request-<id>@INBOUND_EMAIL_DOMAIN when a domain is configured. */
  replyAddress: string | null;
  missing: { placeholder: string; reason: string }[];
  template: { id: number | null; source: TemplateSource };
}

export interface LetterContext {
  facts: LetterFacts;
  agency: typeof agencies.$inferSelect;
  letterTemplateId: number | null;
}

type Reader = DbOrTx;

/** Everything a letter of this request may say, read in one go. */
export function letterContext(db: Reader, requestId: number, now: Date, config: Config): LetterContext {
  const row = db
    .select({ r: requests, a: agencies })
    .from(requests)
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .where(eq(requests.id, requestId))
    .get();
  if (!row) throw notFound(`Request ${requestId}`);
  const { r, a } = row;
  const events = activeEvents(
    db
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, requestId))
      .orderBy(asc(requestEvents.date), asc(requestEvents.id))
      .all(),
  );
  const submitted = events.find((e) => e.type === 'submitted');
  const submittedData = submitted ? (JSON.parse(submitted.data) as { requestType?: string }) : {};
  const completed = events.filter((e) => e.type === 'completed').pop();
  const clocks: StoredClock[] = db
    .select()
    .from(deadlines)
    .where(eq(deadlines.requestId, requestId))
    .all()
    .map((c) => ({
      kind: c.kind,
      due: c.due,
      status: c.status,
      metOn: c.metOn,
      unit: c.unit === 'calendar' ? 'calendar' : 'business',
      citation: (JSON.parse(c.explanation) as { citation?: string }).citation ?? null,
    }));
  const requestType = REQUEST_TYPES.find((t) => t === submittedData.requestType) ?? null;
  const domain = config.INBOUND_EMAIL_DOMAIN;
  const facts: LetterFacts = {
    jurisdiction: a.jurisdiction,
    today: todayIn(a.jurisdiction, now),
    request: {
      id: r.id,
      title: r.title,
      body: r.body,
      trackingNumbers: trackingNumbersOf(db, requestId),
      submittedOn: submitted?.date ?? null,
      receivedOn: r.receivedOn,
      requestType,
    },
    agency: {
      name: a.name,
      level: a.level,
      requestEmail: a.requestEmail,
      postalAddress: a.postalAddress,
      appealEmail: a.appealEmail,
      appealAddress: a.appealAddress,
      appealBody: a.appealBody,
    },
    clocks,
    determination: completed
      ? { date: completed.date, outcome: String((JSON.parse(completed.data) as { outcome?: string }).outcome) }
      : null,
    profile: effectiveProfile(db, r.ownerId),
    replyAddress: domain ? `request-${r.id}@${domain}` : null,
  };
  return { facts, agency: a, letterTemplateId: r.letterTemplateId };
}

/** The 409 when a kind of letter makes no sense for the request now; null when it does. */
export function letterRefusal(facts: LetterFacts, kind: LetterKind): AppError | null {
  if (kind === 'follow_up' && !missedClock(facts)) {
    return new AppError(
      409,
      'not_overdue',
      `Request ${facts.request.id} has no missed deadline, so there is nothing to follow up`,
    );
  }
  const adverse = (ADVERSE as readonly string[]).includes(facts.determination?.outcome ?? '');
  if (kind === 'appeal' && !adverse) {
    return new AppError(
      409,
      'no_adverse_determination',
      facts.determination
        ? `Request ${facts.request.id} was answered "${facts.determination.outcome}" on ${facts.determination.date}: there is nothing to appeal`
        : `Request ${facts.request.id} has no final answer yet (log a completed event with outcome denied, partial or no_records): there is nothing to appeal`,
    );
  }
  return null;
}

/** Renders a letter from a context already read (see `renderLetter`). */
export function renderFrom(db: Reader, ctx: LetterContext, kind: LetterKind): RenderedLetter {
  const { facts, agency } = ctx;
  const refused = letterRefusal(facts, kind);
  if (refused) throw refused;
  const chosen = chooseTemplate(db, ctx.letterTemplateId, kind, facts.jurisdiction);
  const template =
    chosen.row ??
    defaultTemplate(facts.jurisdiction, kind, {
      on: facts.request.receivedOn ?? facts.today,
      level: facts.agency.level,
      requestType: facts.request.requestType ?? undefined,
      trackingNumbers: facts.request.trackingNumbers.length,
      replyAddress: facts.replyAddress !== null,
      appealFilingDue: facts.clocks.some((c) => c.kind === 'appeal_filing' && c.due !== null),
      appealBody: !!facts.agency.appealBody?.trim(),
    });
  const text = renderTemplate(template, letterValues(facts));
  const appeal = kind === 'appeal';
  const email = appeal ? (agency.appealEmail ?? agency.requestEmail) : agency.requestEmail;
  return {
    kind,
    subject: text.subject,
    body: text.body,
    to: email ? [email] : [],
    postalAddress: (appeal ? (agency.appealAddress ?? agency.postalAddress) : agency.postalAddress) ?? null,
    replyAddress: facts.replyAddress,
    missing: text.missing,
    template: { id: chosen.row?.id ?? null, source: chosen.source },
  };
}

/**
 * The letter of `kind` for a request, exactly as it would be sent. 409 when the kind makes no sense
 * now (a follow-up with no missed deadline, an appeal with no adverse determination); 422 when the
 * template in use has a placeholder that is not (or no longer) known.
 */
export function renderLetter(
  db: Db | Tx,
  requestId: number,
  kind: LetterKind,
  now: Date,
  config: Config,
): RenderedLetter {
  return renderFrom(db, letterContext(db, requestId, now, config), kind);
}

export const MAILED_CHANNELS = ['mail', 'fax'] as const;

/**
 * Logs a letter sent by post or fax, in one transaction: the outgoing communication (with the
 * letter's subject and text) and, for a request letter, the `submitted` event; for an appeal, the
 * `appealed` event. The state machine may refuse those with its 409, and then nothing is logged.
 */
export function markMailed(
  db: Db,
  actor: Actor,
  now: Date,
  config: Config,
  requestId: number,
  kind: LetterKind,
  sent: { channel: (typeof MAILED_CHANNELS)[number]; date: string },
): { letter: RenderedLetter; eventIds: number[] } {
  return db.transaction((tx) => {
    const letter = renderLetter(tx, requestId, kind, now, config);
    const ids: number[] = [];
    const how = sent.channel === 'fax' ? 'faxed' : 'mailed';
    if (kind === 'request') {
      ids.push(addEvent(tx, actor, now, requestId, { type: 'submitted', date: sent.date, channel: sent.channel }));
    } else if (kind === 'appeal') {
      const to = tx
        .select({ body: agencies.appealBody })
        .from(requests)
        .innerJoin(agencies, eq(agencies.id, requests.agencyId))
        .where(eq(requests.id, requestId))
        .get();
      ids.push(
        addEvent(tx, actor, now, requestId, {
          type: 'appealed',
          date: sent.date,
          ...(to?.body ? { to: to.body.slice(0, 500) } : {}),
        }),
      );
    }
    ids.push(
      addEvent(tx, actor, now, requestId, {
        type: 'communication',
        date: sent.date,
        direction: 'out',
        channel: sent.channel,
        subject: letter.subject.slice(0, 1000),
        body: letter.body.slice(0, LIMITS.body),
        note: `The ${kind.replace('_', '-')} letter, ${how}${letter.postalAddress && sent.channel === 'mail' ? ` to ${letter.postalAddress.replace(/\s*\n\s*/g, ', ')}` : ''}`.slice(
          0,
          LIMITS.note,
        ),
      }),
    );
    audit(tx, actor, now, `request.letter.${how}`, 'request', requestId, null, {
      kind,
      channel: sent.channel,
      date: sent.date,
      template: letter.template,
      events: ids,
    });
    return { letter, eventIds: ids };
  });
}
