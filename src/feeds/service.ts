/**
 * What the Atom feeds say: public requests (all, or one agency's, jurisdiction's or tag's) and the
 * timeline and released documents of one public request. Everything comes from the anonymous view
 * (the request list and `readRequest` with no actor), so a feed shows what the public API shows and
 * never more; of the timeline it keeps only structured facts, never free text that staff wrote
 * (notes, correspondence, reasons), which the public page does not show either.
 */
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { statement } from '../db/prepared.js';
import { getJurisdiction } from '../deadlines/index.js';
import { publicVersionOf } from '../documents/publication.js';
import { requestDocuments } from '../documents/service.js';
import { notFound } from '../errors.js';
import { publicText } from '../public/service.js';
import { listRequests, readRequest } from '../requests/service.js';
import { slugOf } from '../tags/slug.js';
import { type AtomEntry, type AtomFeed, atomDate, atomDocument, tagUri } from './atom.js';

/** How many requests a list feed carries (the most recently changed). */
export const FEED_SIZE = 50;
/** How much of a request's text an entry quotes. */
const QUOTE_CHARS = 4000;

export type ListFeed =
  | { kind: 'all' }
  | { kind: 'agency'; agencyId: number }
  | { kind: 'jurisdiction'; code: string }
  | { kind: 'tag'; tag: string };

export interface BuiltFeed {
  xml: string;
  /** The newest `updated` of the feed: Last-Modified. */
  updated: string;
}

const words = (s: string) => s.replace(/_/g, ' ');

// Feeds are polled: their queries are prepared once per connection.
const SQL = {
  agency: 'select name, jurisdiction from agencies where id = ?',
  bodies: 'select id, body from requests where id in (select value from json_each(?))',
};

function quote(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
}

function publicPage(config: Config, requestId: number): string {
  return `${config.publicBaseUrl}/public/requests/${requestId}`;
}

/** The address of a feed, from its path under /feeds (each part URL-encoded). */
export function feedUrl(config: Config, ...parts: string[]): string {
  const last = parts.pop() ?? 'requests';
  return `${config.publicBaseUrl}/feeds/${[...parts, `${last}.atom`].map(encodeURIComponent).join('/')}`;
}

function newest(times: string[], fallback: string): string {
  return [...times].sort().pop() || fallback;
}

function describeList(db: Db, f: ListFeed) {
  switch (f.kind) {
    case 'all':
      return { title: 'Public records requests', path: ['requests'], filter: {} };
    case 'agency': {
      const a = statement(db, SQL.agency).get(f.agencyId) as { name: string; jurisdiction: string } | undefined;
      if (!a) throw notFound(`Agency ${f.agencyId}`);
      return {
        title: `Public records requests to ${a.name} (${a.jurisdiction})`,
        path: ['agencies', String(f.agencyId)],
        filter: { agencyId: f.agencyId },
      };
    }
    case 'jurisdiction': {
      const j = getJurisdiction(f.code);
      return {
        title: `Public records requests under ${j.lawName} (${j.code})`,
        path: ['jurisdictions', j.code],
        filter: { jurisdiction: j.code },
      };
    }
    case 'tag': {
      // One feed per tag however it is spelled, in the form the request list matches (its tags are stored so).
      const tag = slugOf(f.tag);
      return { title: `Public records requests tagged “${tag}”`, path: ['tags', tag], filter: { tag } };
    }
  }
}

/** A list feed: the public requests it covers, most recently changed first. */
export function listFeed(db: Db, config: Config, now: Date, f: ListFeed): BuiltFeed {
  const d = describeList(db, f);
  // The anonymous list: its visibility rule, and its tag, agency and jurisdiction filters.
  const { data } = listRequests(db, null, { ...d.filter, sort: '-updatedAt', limit: FEED_SIZE }, now);
  const bodies = new Map(
    data.length
      ? (statement(db, SQL.bodies).all(JSON.stringify(data.map((r) => r.id))) as { id: number; body: string }[]).map(
          (r) => [r.id, r.body],
        )
      : [],
  );
  // Our staff's details are withheld from the texts, as on the public pages.
  const clean = publicText(db, config);
  const entries: AtomEntry[] = data.map((r) => {
    const facts = [
      `Status: ${words(r.status)}.`,
      `Agency: ${r.agencyName} (${r.jurisdiction}).`,
      ...(r.receivedOn ? [`Received by the agency on ${r.receivedOn}.`] : []),
      ...(r.trackingNumber ? [`Tracking number: ${r.trackingNumber}.`] : []),
      ...(r.nextDue ? [`Next due date: ${r.nextDue}.`] : []),
      ...(r.overdue ? [`Overdue: the agency is ${r.daysLate} day${r.daysLate === 1 ? '' : 's'} late.`] : []),
    ];
    return {
      id: tagUri(config.publicBaseUrl, `requests/${r.id}`),
      title: clean(r.title),
      updated: atomDate(r.updatedAt),
      published: r.createdAt,
      links: [{ rel: 'alternate', href: publicPage(config, r.id), type: 'text/html' }],
      categories: r.tags,
      summary: facts.join(' '),
      content: quote(clean(bodies.get(r.id) ?? '')),
    };
  });
  const updated = newest(
    data.map((r) => atomDate(r.updatedAt)),
    now.toISOString(),
  );
  const feed: AtomFeed = {
    id: tagUri(config.publicBaseUrl, `feeds/${d.path.join('/')}`),
    title: d.title,
    updated,
    self: feedUrl(config, ...d.path),
    alternate: config.publicBaseUrl,
    author: new URL(config.publicBaseUrl).hostname,
    entries,
  };
  return { xml: atomDocument(feed), updated };
}

type EventData = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * One timeline event in words, from its type and its structured fields only: a note, the body of a
 * communication, a question, an answer or a reason is free text that staff typed, and stays out.
 */
export function eventSentence(type: string, date: string, data: EventData): string | null {
  const parts: string[] = [];
  switch (type) {
    case 'submitted': {
      const channel = str(data.channel);
      parts.push(`Request sent to the agency${channel ? ` (${words(channel)})` : ''} on ${date}.`);
      const received = str(data.receivedOn);
      if (received && received !== date) parts.push(`Received by the agency on ${received}.`);
      if (data.expedited === true) parts.push('Expedited processing was asked for.');
      break;
    }
    case 'acknowledged': {
      parts.push(`The agency acknowledged the request on ${date}.`);
      const estimate = str(data.estimatedCompletion);
      if (estimate) parts.push(`Estimated completion: ${estimate}.`);
      break;
    }
    case 'extended': {
      parts.push(`The agency extended its time to answer on ${date}.`);
      const due = str(data.newDueDate);
      if (due) parts.push(`New due date: ${due}.`);
      break;
    }
    case 'expedited_decided':
      parts.push(`Expedited processing was ${data.granted === true ? 'granted' : 'denied'} on ${date}.`);
      break;
    case 'fee_requested': {
      const amount = num(data.amount);
      const currency = str(data.currency) ?? 'USD';
      parts.push(`The agency asked for a fee${amount !== null ? ` of ${amount} ${currency}` : ''} on ${date}.`);
      break;
    }
    case 'fee_paid':
      parts.push(`The fee was paid on ${date}.`);
      break;
    case 'clarification_requested':
      parts.push(`The agency asked for a clarification on ${date}.`);
      break;
    case 'clarified':
      parts.push(`The request was clarified on ${date}.`);
      break;
    case 'records_released': {
      const pages = num(data.pages);
      parts.push(`Records were released on ${date}${pages !== null ? ` (${pages} pages)` : ''}.`);
      break;
    }
    case 'completed':
      parts.push(`Final answer on ${date}: ${words(String(data.outcome ?? 'completed'))}.`);
      break;
    case 'appealed':
      parts.push(`The answer was appealed on ${date}.`);
      break;
    case 'appeal_decided':
      parts.push(`The appeal was decided on ${date}: ${words(String(data.outcome ?? 'decided'))}.`);
      break;
    case 'withdrawn':
      parts.push(`The request was withdrawn on ${date}.`);
      break;
    default:
      // note, communication, retraction: staff's own words or bookkeeping, not news for the public.
      return null;
  }
  const tracking = str(data.trackingNumber);
  if (tracking) parts.push(`Tracking number: ${tracking}.`);
  return parts.join(' ');
}

const EVENT_TITLES: Partial<Record<string, string>> = {
  submitted: 'Request sent',
  acknowledged: 'Acknowledged',
  extended: 'Extended',
  expedited_decided: 'Expedited processing decided',
  fee_requested: 'Fee requested',
  fee_paid: 'Fee paid',
  clarification_requested: 'Clarification requested',
  clarified: 'Clarified',
  records_released: 'Records released',
  completed: 'Final answer',
  appealed: 'Appealed',
  appeal_decided: 'Appeal decided',
  withdrawn: 'Withdrawn',
};

/** The feed of one public request: its timeline (in words) and its released documents. 404 otherwise. */
export function requestFeed(db: Db, config: Config, now: Date, requestId: number): BuiltFeed {
  // Always the anonymous view: a feed's address is shared, whoever asks for it.
  const r = readRequest(db, null, requestId, now);
  const clean = publicText(db, config);
  const title = clean(r.title);
  const page = publicPage(config, r.id);
  // Newest first; entries recorded at the same instant by the day they tell of, then as recorded.
  const entries: (AtomEntry & { order: [string, number] })[] = [];
  for (const e of r.events) {
    if (e.retracted) continue;
    const sentence = eventSentence(e.type, e.date, e.data);
    if (sentence === null) continue;
    entries.push({
      id: tagUri(config.publicBaseUrl, `requests/${r.id}/events/${e.id}`),
      title: `${EVENT_TITLES[e.type] ?? words(e.type)} (${e.date}): ${title}`,
      updated: atomDate(e.createdAt),
      links: [{ rel: 'alternate', href: page, type: 'text/html' }],
      summary: sentence,
      order: [e.date, e.id],
    });
  }
  for (const d of requestDocuments(db, r.id)) {
    if (d.status !== 'ready') continue;
    // The version the public reads: none while it is withheld for redaction, the redacted PDF once applied.
    const pv = publicVersionOf(db, d);
    if (pv.kind === 'withheld') continue;
    const type = pv.kind === 'redacted' ? 'application/pdf' : d.sniffedType;
    const file = `${config.publicBaseUrl}/api/v1/documents/${d.id}/file`;
    entries.push({
      id: tagUri(config.publicBaseUrl, `documents/${d.id}`),
      title: `Document released: ${d.name}`,
      updated: atomDate(d.updatedAt),
      published: d.createdAt,
      links: [
        { rel: 'alternate', href: page, type: 'text/html' },
        { rel: 'enclosure', href: file, ...(type ? { type } : {}), title: d.name },
      ],
      summary: `${d.name}${d.pages ? `, ${d.pages} page${d.pages === 1 ? '' : 's'}` : ''}, released for request “${title}” to ${r.agency.name}.`,
      order: ['', d.id],
    });
  }
  const later = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    b.updated.localeCompare(a.updated) || b.order[0].localeCompare(a.order[0]) || b.order[1] - a.order[1];
  entries.sort(later);
  const updated = newest([atomDate(r.updatedAt), ...entries.map((e) => e.updated)], atomDate(r.updatedAt));
  const feed: AtomFeed = {
    id: tagUri(config.publicBaseUrl, `feeds/requests/${r.id}`),
    title: `${title} (${r.agency.name})`,
    subtitle: `Status: ${words(r.status)}. Agency: ${r.agency.name} (${r.jurisdiction}).`,
    updated,
    self: feedUrl(config, 'requests', String(r.id)),
    alternate: page,
    author: new URL(config.publicBaseUrl).hostname,
    entries: entries.map(({ order: _order, ...e }) => e),
  };
  return { xml: atomDocument(feed), updated };
}
