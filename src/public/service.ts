/**
 * What the public pages show of a public request beyond the request's public view: the
 * correspondence with the agency (mail that left or arrived, never drafts, queued, failed or
 * cancelled mail), and the timeline, with our own staff's details withheld when the organisation
 * chooses (PUBLIC_HIDE_STAFF_DETAILS, on by default).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { dateIn } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { messages, requesterProfiles, users } from '../db/schema.js';
import { readingFor, visibleDocument } from '../documents/service.js';
import { AppError } from '../errors.js';
import { senderAddress } from '../outbound/compose.js';
import { type readRequest, requestVisible } from '../requests/service.js';
import { detailsPattern, type StaffDetails, withhold } from './withhold.js';

/** The statuses of mail that really went between us and the agency. */
export const PUBLIC_MESSAGE_STATUSES = ['sent', 'received'] as const;

/** Our side's details as they may appear in mail: the sender, our addresses, the requester profiles. */
export function staffDetails(db: Db, config: Config): StaffDetails {
  const profiles = db
    .select({
      email: requesterProfiles.email,
      phone: requesterProfiles.phone,
      address: requesterProfiles.postalAddress,
    })
    .from(requesterProfiles)
    .all();
  const senderName = /^\s*"?([^"<]*?)"?\s*</.exec(config.SMTP_FROM)?.[1]?.trim();
  const domain = config.INBOUND_EMAIL_DOMAIN ?? new URL(config.publicBaseUrl).hostname;
  return {
    literals: [
      senderAddress(config),
      ...(senderName ? [senderName] : []),
      ...profiles.flatMap((p) => (p.email ? [p.email] : [])),
      ...db
        .select({ email: users.email })
        .from(users)
        .all()
        .map((u) => u.email),
    ],
    phones: profiles.flatMap((p) => (p.phone ? [p.phone] : [])),
    addresses: profiles.flatMap((p) => (p.address ? [p.address] : [])),
    requestDomains: [domain],
  };
}

/** The last pattern built, by the details it was built from: they change rarely, reads are many. */
let lastPattern: { key: string; pattern: RegExp | null } | null = null;

/**
 * A function that withholds our staff's details from a text, or leaves it as it is when the setting
 * is off. The details are read afresh each time (a new profile phone is withheld at once).
 */
export function publicText(db: Db, config: Config): (text: string) => string {
  if (!config.PUBLIC_HIDE_STAFF_DETAILS) return (text) => text;
  const details = staffDetails(db, config);
  const key = JSON.stringify(details);
  if (lastPattern?.key !== key) lastPattern = { key, pattern: detailsPattern(details) };
  const pattern = lastPattern.pattern;
  return (text) => withhold(text, pattern);
}

export interface PublicMessage {
  id: number;
  direction: 'in' | 'out';
  kind: string;
  status: (typeof PUBLIC_MESSAGE_STATUSES)[number];
  subject: string;
  body: string;
  /** When it left or arrived (ISO timestamp), and that day at the agency. */
  at: string;
  date: string;
}

/** The correspondence of a request as the public reads it, oldest first. */
export function publicCorrespondence(
  db: Db,
  config: Config,
  requestId: number,
  jurisdiction: string,
  clean = publicText(db, config),
): PublicMessage[] {
  return db
    .select({
      id: messages.id,
      direction: messages.direction,
      kind: messages.kind,
      status: messages.status,
      subject: messages.subject,
      body: messages.body,
      sentAt: messages.sentAt,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(and(eq(messages.requestId, requestId), inArray(messages.status, [...PUBLIC_MESSAGE_STATUSES])))
    .orderBy(asc(messages.id))
    .all()
    .flatMap((m) => {
      const status = PUBLIC_MESSAGE_STATUSES.find((s) => s === m.status);
      if (!status) return [];
      const at = m.sentAt ?? m.createdAt;
      return [
        {
          id: m.id,
          direction: m.direction,
          kind: m.kind,
          status,
          subject: clean(m.subject),
          body: clean(m.body),
          at,
          date: dateIn(new Date(at), jurisdiction),
        },
      ];
    });
}

type RequestView = ReturnType<typeof readRequest>;

/**
 * A request's public view (GET /api/v1/requests/{id} for anonymous and read-only callers) with our
 * staff's details withheld from its letter and its timeline (notes, and the subject and body that
 * communication events carry), as on the public pages.
 */
export function withheldView(view: RequestView, clean: (text: string) => string): RequestView {
  return {
    ...view,
    body: clean(view.body),
    events: view.events.map((e) => ({
      ...e,
      note: e.note === null ? null : clean(e.note),
      data: Object.fromEntries(Object.entries(e.data).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v])),
    })),
  };
}

/** Event data the public timeline shows: what happened, never who or to which address. */
const TIMELINE_DATA = [
  'outcome',
  'trackingNumber',
  'receivedOn',
  'estimatedCompletion',
  'newDueDate',
  'granted',
  'amount',
  'currency',
  'pages',
  'description',
  'reason',
  'question',
  'answer',
  'to',
  'direction',
  'channel',
  'subject',
];

export interface PublicEvent {
  id: number;
  type: string;
  date: string;
  note: string | null;
  details: string;
  retracted: boolean;
}

/** A request's timeline as the public reads it: the public view's events, staff details withheld. */
export function publicTimeline(view: RequestView, clean: (text: string) => string): PublicEvent[] {
  return view.events.map((e) => ({
    id: e.id,
    type: e.type,
    date: e.date,
    note: e.note === null ? null : clean(e.note),
    details: clean(
      TIMELINE_DATA.flatMap((k) => {
        const v = e.data[k];
        return v === undefined || v === null || v === '' || typeof v === 'object' ? [] : [`${k}: ${String(v)}`];
      }).join('; '),
    ),
    retracted: e.retracted,
  }));
}

/**
 * Where a signed-out visitor who opened a request's staff page is sent: its public page when the
 * public may see the request, else null (the sign-in form, which says nothing of whether it exists).
 */
export function publicRequestPath(db: Db, id: unknown, now: Date): string | null {
  if (typeof id !== 'string' || !/^[1-9]\d{0,14}$/.test(id)) return null;
  try {
    requestVisible(db, null, Number(id), now);
    return `/public/requests/${id}`;
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}

/** The public viewer of a document the public may read (its public version), else null. */
export function publicDocumentPath(db: Db, id: unknown, now: Date): string | null {
  if (typeof id !== 'string' || !/^[1-9]\d{0,14}$/.test(id)) return null;
  try {
    const d = visibleDocument(db, null, Number(id), now);
    readingFor(db, null, d);
    return d.status === 'failed' ? null : `/public/documents/${id}`;
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}
