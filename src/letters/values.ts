/**
 * The value of every placeholder for one request, from plain facts (loaded by service.ts): pure, so
 * that every jurisdiction's letters can be checked without a database. A fact the request lacks is
 * `{missing: reason}`, which the letter shows as `[reason]`.
 */
import type { AgencyLevel, ClockKind, RequestType } from '../deadlines/index.js';
import { getJurisdiction } from '../deadlines/index.js';
import { daysLate } from '../requests/clocks.js';
import { periodOf, ruleOf, ruleSetOn } from './law.js';
import { type Provision, provisionsFor } from './provisions/index.js';
import type { PlaceholderName, PlaceholderValue } from './template.js';

export interface ProfileFields {
  name: string | null;
  organisation: string | null;
  postalAddress: string | null;
  phone: string | null;
  email: string | null;
  signature: string | null;
}

export interface StoredClock {
  kind: string;
  due: string | null;
  status: string;
  metOn: string | null;
  unit: 'business' | 'calendar';
  citation: string | null;
}

export interface LetterFacts {
  jurisdiction: string;
  /** Today at the agency. */
  today: string;
  request: {
    id: number;
    title: string;
    body: string;
    trackingNumbers: string[];
    submittedOn: string | null;
    receivedOn: string | null;
    requestType: RequestType | null;
  };
  agency: {
    name: string;
    level: AgencyLevel;
    requestEmail: string | null;
    postalAddress: string | null;
    appealEmail: string | null;
    appealAddress: string | null;
    appealBody: string | null;
  };
  /** The request's clocks as the worker last stored them. */
  clocks: StoredClock[];
  /** The latest final answer (the active `completed` event), if any. */
  determination: { date: string; outcome: string } | null;
  /** The request owner's profile merged over the organisation's, or null when neither exists. */
  profile: ProfileFields | null;
  /** request-<id>@INBOUND_EMAIL_DOMAIN, or null when no domain is configured. */
  replyAddress: string | null;
}

/** Fees up to this need no word from the agency first (the amount the default letters name). */
export const FEE_NOTICE = '$25';

const ACTION: Record<string, string> = {
  acknowledgment: 'acknowledge',
  response: 'respond to',
  extended_response: 'respond to (with the extension it took)',
  appeal_response: 'decide the appeal of',
  expedited_decision: 'decide on expedited processing of',
};

const OUTCOME: Record<string, string> = {
  denied: 'denied',
  partial: 'granted in part',
  no_records: 'no responsive records found',
  fulfilled: 'granted',
};

/** Outcomes an appeal can be made from. */
export const ADVERSE = ['denied', 'partial', 'no_records'] as const;

const plural = (n: number, unit: string) => `${n} ${unit} day${n === 1 ? '' : 's'}`;

/** "text." -> "Text" (a sentence without its final stop). */
function clause(text: string): string {
  const t = text.trim().replace(/[.;:\s]+$/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
}

/** "text." -> "Text (citation)." */
function cited(p: Provision): string {
  return `${clause(p.text)} (${p.citation}).`;
}

/**
 * The certification a request for expedited processing needs. A provisions file gives either the
 * requester's own words ("I certify ...") or what the law requires the request to show ("The request
 * must ... demonstrate that it benefits the public"); for the latter the letter states it and says
 * that this request meets it, in the terms every default letter uses (it is sought to inform the
 * public).
 */
function certification(c: string, citation: string): string {
  const text = c.trim();
  if (/^I\b/.test(text)) return /[.)]$/.test(text) ? text : `${text}.`;
  const stated = `${clause(text)} (${citation}).`;
  return `${stated} This request meets that requirement: the records are sought to inform the public, and what is released will be made available to the public.`;
}

/**
 * Whether a fee waiver is the public-interest kind a default letter asks for (some laws waive fees
 * only for the indigent, which an organisation's letter should not claim).
 */
export function publicInterestWaiver(p: Provision | undefined): boolean {
  return (
    !!p &&
    /public interest|general public|public'?s? understanding|benefits the public/i.test(`${p.text} ${p.quote ?? ''}`)
  );
}

/** The statute-backed sentences of a jurisdiction (`format.electronic`, `fee.*`, `expedited`). */
export function provisionSentences(
  code: string,
): Record<'format.electronic' | 'fee.waiver' | 'fee.limit' | 'expedited', PlaceholderValue> {
  const p = provisionsFor(code);
  const ask = 'Please provide the records in electronic form, by e-mail where possible.';
  const notice = `If any fees apply, please tell me the estimated amount before incurring fees over ${FEE_NOTICE}.`;
  return {
    'format.electronic': p?.electronicFormat ? `${ask} ${cited(p.electronicFormat)}` : ask,
    'fee.waiver': p?.feeWaiver
      ? `I request a waiver of all fees: disclosure of these records is in the public interest, and they are not sought for a commercial purpose. ${cited(p.feeWaiver)}`
      : { missing: 'the law provides no fee waiver' },
    'fee.limit': p?.feeLimit ? `${notice} ${cited(p.feeLimit)}` : notice,
    expedited: p?.expedited
      ? `I request expedited processing under ${p.expedited.citation}. ${clause(p.expedited.text)}. ${certification(p.expedited.certification, p.expedited.citation)}`
      : { missing: 'the law provides no expedited processing' },
  };
}

/** The clock the agency missed that a follow-up is about: the earliest open one past its date. */
export function missedClock(facts: LetterFacts): (StoredClock & { due: string; daysLate: number }) | null {
  const late = facts.clocks
    .filter((c) => c.kind !== 'appeal_filing' && c.status === 'open' && c.metOn === null && c.due !== null)
    .map((c) => ({
      ...c,
      due: c.due as string,
      daysLate: daysLate(facts.jurisdiction, c.due as string, c.unit, facts.today),
    }))
    .filter((c) => c.due < facts.today && c.daysLate > 0)
    .sort((a, b) => a.due.localeCompare(b.due));
  return late[0] ?? null;
}

function text(value: string | null | undefined, missing: string): PlaceholderValue {
  return value?.trim() ? value : { missing };
}

/** The value of each placeholder for these facts. */
export function letterValues(facts: LetterFacts): (name: PlaceholderName) => PlaceholderValue {
  const j = getJurisdiction(facts.jurisdiction);
  const set = ruleSetOn(j, facts.request.receivedOn ?? facts.today);
  const level = facts.agency.level;
  const type = facts.request.requestType ?? undefined;
  const period = (kind: ClockKind): PlaceholderValue => {
    const p = periodOf(ruleOf(set, kind), level, type);
    if (!p) return { missing: `the law has no ${kind.replace(/_/g, ' ')} period` };
    return 'days' in p ? p.days : { missing: p.none };
  };
  const citation = (kind: ClockKind): PlaceholderValue =>
    ruleOf(set, kind)?.citation ?? { missing: `the law has no ${kind.replace(/_/g, ' ')} provision` };
  const stored = (kind: ClockKind): PlaceholderValue => {
    const c = facts.clocks.find((x) => x.kind === kind);
    if (!c) return { missing: kind === 'appeal_filing' ? 'no adverse determination yet' : 'not submitted yet' };
    return c.due ?? { missing: 'the law sets no fixed deadline' };
  };
  const missed = missedClock(facts);
  const notLate = { missing: 'no deadline has been missed' };
  const profile = facts.profile;
  const noProfile = 'no requester profile';
  const field = (v: string | null | undefined, what: string) =>
    profile ? text(v, `no ${what} in the requester profile`) : { missing: noProfile };
  const signature = (): PlaceholderValue => {
    if (!profile) return { missing: noProfile };
    if (profile.signature?.trim()) return profile.signature;
    const lines = [profile.name, profile.organisation].filter((l): l is string => !!l?.trim());
    return lines.length ? lines.join('\n') : { missing: 'no name or signature in the requester profile' };
  };
  const r = facts.request;
  const a = facts.agency;
  const d = facts.determination;
  const sentences = provisionSentences(facts.jurisdiction);
  const table: Record<PlaceholderName, () => PlaceholderValue> = {
    'agency.name': () => a.name,
    'agency.address': () => text(a.postalAddress, 'no postal address for the agency'),
    'agency.email': () => text(a.requestEmail, 'no request e-mail for the agency'),
    'agency.appealEmail': () => text(a.appealEmail, 'no appeal e-mail for the agency'),
    'agency.appealAddress': () => text(a.appealAddress, 'no appeal address for the agency'),
    'agency.appealBody': () => text(a.appealBody, 'who decides appeals at the agency is not recorded'),
    'law.name': () => j.lawName,
    'law.citation': () => j.lawCitation,
    'law.jurisdiction': () => j.name,
    'clock.response.days': () => period('response'),
    'clock.response.citation': () => citation('response'),
    'clock.response.due': () => stored('response'),
    'clock.appeal_filing.days': () => period('appeal_filing'),
    'clock.appeal_filing.due': () => stored('appeal_filing'),
    'clock.appeal_filing.citation': () => citation('appeal_filing'),
    'clock.appeal_response.days': () => period('appeal_response'),
    'clock.appeal_response.citation': () => citation('appeal_response'),
    'clock.missed.action': () => (missed ? (ACTION[missed.kind] ?? 'respond to') : notLate),
    'clock.missed.due': () => missed?.due ?? notLate,
    'clock.missed.citation': () => (missed ? (missed.citation ?? 'the law') : notLate),
    'requester.name': () => field(profile?.name, 'name'),
    'requester.organisation': () => field(profile?.organisation, 'organisation'),
    'requester.address': () => field(profile?.postalAddress, 'postal address'),
    'requester.phone': () => field(profile?.phone, 'phone'),
    'requester.email': () => field(profile?.email, 'e-mail'),
    'requester.signature': signature,
    'request.id': () => String(r.id),
    'request.title': () => r.title,
    'request.body': () => r.body,
    'request.quotedBody': () =>
      r.body
        .split(/\r?\n/)
        .map((l) => `> ${l}`)
        .join('\n'),
    'request.trackingNumbers': () =>
      r.trackingNumbers.length ? r.trackingNumbers.join(', ') : { missing: 'no tracking number yet' },
    'request.submittedOn': () => r.submittedOn ?? { missing: 'not submitted yet' },
    'request.receivedOn': () => r.receivedOn ?? { missing: 'not submitted yet' },
    'request.daysLate': () => (missed ? plural(missed.daysLate, missed.unit) : notLate),
    'determination.date': () => d?.date ?? { missing: 'no determination yet' },
    'determination.outcome': () => (d ? (OUTCOME[d.outcome] ?? d.outcome) : { missing: 'no determination yet' }),
    'reply.address': () => facts.replyAddress ?? { missing: 'no reply address (INBOUND_EMAIL_DOMAIN is not set)' },
    today: () => facts.today,
    'format.electronic': () => sentences['format.electronic'],
    'fee.waiver': () => sentences['fee.waiver'],
    'fee.limit': () => sentences['fee.limit'],
    expedited: () => sentences.expedited,
  };
  return (name) => table[name]();
}
