/**
 * Exports for litigation and archives: one folder per request with its text and letter, its timeline,
 * every message as .eml (exactly the stored bytes), every document as received with its text, each
 * clock's explanation, and a manifest with SHA-256 sums. Written as a stream (see zip.ts): blobs are
 * read from the blob store chunk by chunk and database reads are whole small queries, never an open
 * cursor across an await (a better-sqlite3 connection is busy while one is open).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../auth/roles.js';
import { campaignRequestIds, getCampaign } from '../campaigns/service.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { inboundMessages, users } from '../db/schema.js';
import type { BlobStore } from '../documents/blob-store.js';
import { publicVersionOf } from '../documents/publication.js';
import { pagesOf, type Reading, requestDocuments } from '../documents/service.js';

const ORIGINAL: Reading = { kind: 'original' };

import { AppError } from '../errors.js';
import { renderLetter } from '../letters/service.js';
import { rawMessage, requestMessages } from '../outbound/service.js';
import { csvCell, readRequest } from '../requests/service.js';
import { utf8, type WrittenEntry, ZIP32_MAX_BYTES, ZipWriter } from './zip.js';

export interface ExportContext {
  db: Db;
  blobs: BlobStore;
  config: Config;
  actor: Actor;
  now: Date;
}

type RequestView = ReturnType<typeof readRequest>;

/** Lower-case ASCII words joined by hyphens, for folder and archive names. */
export function slug(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'untitled';
}

/**
 * A file name safe in any archive and on any system, from an uploader's name: its last path part,
 * accents dropped, anything but letters, digits, dot, hyphen and underscore replaced, no leading dot,
 * at most 100 characters (the extension kept). Callers put the document id before it, so names are
 * unique and never a reserved device name.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  let clean = last
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '');
  if (clean.length > 100) {
    const ext = /\.[A-Za-z0-9]{1,10}$/.exec(clean)?.[0] ?? '';
    clean = clean.slice(0, 100 - ext.length) + ext;
  }
  return clean || 'file';
}

export function requestFolder(id: number, title: string): string {
  return `request-${id}-${slug(title)}`;
}

function idList(ids: number[]) {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

/**
 * About how many bytes the export of these requests holds (documents, received mail, sent mail with
 * its attachments in base64), to refuse up front what a zip without Zip64 cannot hold.
 */
function estimatedBytes(db: Db, requestIds: number[]): number {
  if (!requestIds.length) return 0;
  const ids = idList(requestIds);
  const row = db.get<{ n: number }>(sql`select
      coalesce((select sum(size) from documents where request_id in (${ids})), 0)
    + coalesce((select sum(i.size) from messages m join inbound_messages i on i.id = m.inbound_message_id
        where m.request_id in (${ids})), 0)
    + coalesce((select sum(length(m.body) * 2 + 8192) from messages m
        where m.request_id in (${ids}) and m.direction = 'out' and m.eml_sha256 is not null), 0)
    + coalesce((select sum(d.size) * 4 / 3 from messages m, json_each(m.attachments) j
        join documents d on d.id = j.value
        where m.request_id in (${ids}) and m.direction = 'out' and m.eml_sha256 is not null), 0) as n`);
  return Number(row?.n ?? 0);
}

/** Room for the generated text files and the zip's own headers. */
const MARGIN = 64 * 1024 * 1024;

function checkSize(db: Db, requestIds: number[], what: string): void {
  const bytes = estimatedBytes(db, requestIds);
  if (bytes + MARGIN >= ZIP32_MAX_BYTES) {
    const gib = (bytes / 1024 ** 3).toFixed(1);
    throw new AppError(
      413,
      'export_too_large',
      `${what} holds about ${gib} GiB, more than a zip archive without Zip64 can hold (4 GiB)${requestIds.length > 1 ? ': export its requests one by one' : ''}`,
    );
  }
}

// ---- the text files --------------------------------------------------------------------------------

const words = (s: string) => s.replace(/_/g, ' ');

function requestText(v: RequestView): string {
  const lines = [
    `Request ${v.id}: ${v.title}`,
    `Agency: ${v.agency.name} (${v.jurisdiction}, ${v.agency.level})`,
    `Status: ${words(v.status)}${v.outcome ? ` (outcome: ${words(v.outcome)})` : ''}`,
    `Visibility: ${v.visibility}${v.embargoUntil ? ` until ${v.embargoUntil}` : ''}`,
    `Tracking numbers: ${v.trackingNumbers.join(', ') || '(none)'}`,
    `Tags: ${v.tags.join(', ') || '(none)'}`,
    `Channel: ${v.channel ?? '(not set)'}`,
    `Received by the agency: ${v.receivedOn ?? '(not yet)'}`,
    `Final answer: ${v.completedOn ?? '(not yet)'}`,
    `Created: ${v.createdAt}; last changed: ${v.updatedAt}`,
    '',
    'The request:',
    '',
    v.body,
    '',
  ];
  return lines.join('\n');
}

function letterText(ctx: ExportContext, requestId: number): { text: string; note: string | null } {
  try {
    const l = renderLetter(ctx.db, requestId, 'request', ctx.now, ctx.config);
    const head = [
      `Subject: ${l.subject}`,
      `To: ${l.to.join(', ') || '(the agency has no e-mail address)'}`,
      ...(l.postalAddress ? [`Postal address: ${l.postalAddress.replace(/\n/g, ', ')}`] : []),
      ...(l.replyAddress ? [`Reply-To: ${l.replyAddress}`] : []),
      `Template: ${l.template.source}${l.template.id ? ` (letter template ${l.template.id})` : ''}`,
    ];
    const missing = l.missing.length
      ? ['', 'Placeholders without a value:', ...l.missing.map((m) => `- ${m.placeholder}: ${m.reason}`)]
      : [];
    return { text: [...head, '', l.body, ...missing, ''].join('\n'), note: null };
  } catch (err) {
    // A template whose placeholder is no longer known (422): the export goes on without the letter.
    if (!(err instanceof AppError)) throw err;
    return { text: '', note: `letter.txt: the request letter could not be rendered (${err.message})` };
  }
}

function emails(db: Db, ids: (number | null | undefined)[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (!wanted.length) return new Map();
  return new Map(
    db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.id, wanted))
      .all()
      .map((u) => [u.id, u.email]),
  );
}

const TIMELINE_COLUMNS = ['id', 'date', 'type', 'retracted', 'note', 'data', 'recordedAt', 'recordedBy'] as const;

function timeline(db: Db, v: RequestView) {
  const who = emails(
    db,
    v.events.map((e) => e.createdBy),
  );
  const rows = v.events.map((e) => ({
    id: e.id,
    date: e.date,
    type: e.type,
    retracted: e.retracted,
    note: e.note,
    data: e.data,
    recordedAt: e.createdAt,
    recordedBy: e.createdBy ? (who.get(e.createdBy) ?? `user ${e.createdBy}`) : null,
  }));
  const csv = [
    TIMELINE_COLUMNS.join(','),
    ...rows.map((r) => TIMELINE_COLUMNS.map((c) => csvCell(c === 'data' ? JSON.stringify(r.data) : r[c])).join(',')),
  ];
  return { csv: `${csv.join('\r\n')}\r\n`, json: `${JSON.stringify(rows, null, 2)}\n` };
}

function clocks(v: RequestView) {
  const text = v.deadlines.length
    ? v.deadlines
        .map((d) => {
          const late = d.daysLate ? `, ${d.daysLate} day${d.daysLate === 1 ? '' : 's'} late` : '';
          const alternatives = d.alternatives.length
            ? `\nOther readings: ${d.alternatives.map((a) => JSON.stringify(a)).join('; ')}`
            : '';
          return `${words(d.kind)}: due ${d.due ?? '(no fixed deadline)'}, ${d.status}${late}${d.metOn ? `, answered ${d.metOn}` : ''}\n${d.explanation.text}${alternatives}\n`;
        })
        .join('\n')
    : 'No clock runs for this request (it has not been sent, or its clocks have not been computed yet).\n';
  const json = v.deadlines.map((d) => ({
    kind: d.kind,
    startDate: d.startDate,
    due: d.due,
    status: d.status,
    metOn: d.metOn,
    daysOverdue: d.daysOverdue,
    daysLate: d.daysLate,
    alternatives: d.alternatives,
    explanation: d.explanation,
  }));
  return {
    text: `${v.deadlinesPending ? 'Note: the clocks were being recomputed after the latest event when this export was made.\n\n' : ''}${text}`,
    json: `${JSON.stringify(json, null, 2)}\n`,
  };
}

// ---- the folder of one request -------------------------------------------------------------------------

/** A blob, chunk by chunk, or null when the store does not have it. */
async function blob(blobs: BlobStore, sha256: string): Promise<AsyncIterable<Uint8Array> | null> {
  return (await blobs.has(sha256)) ? (blobs.open(sha256) as AsyncIterable<Uint8Array>) : null;
}

function* documentText(db: Db, documentId: number, reading: Reading = ORIGINAL): Generator<Uint8Array> {
  // A page batch at a time (a whole query each): the connection stays free between them.
  let from = 1;
  let first = true;
  for (;;) {
    const { pages } = pagesOf(db, documentId, from, 50, reading);
    for (const p of pages) {
      yield Buffer.from(first ? p.text : `\f${p.text}`, 'utf8');
      first = false;
      from = p.page + 1;
    }
    if (pages.length < 50) return;
  }
}

function hasPages(db: Db, documentId: number): boolean {
  return pagesOf(db, documentId, 1, 1, ORIGINAL).pages.length > 0;
}

const README_HEAD = `request.txt      the request: title, agency, status, tracking numbers, tags and its text
letter.txt       the request letter as the tracker renders it at the time of the export (what was
                 e-mailed, byte for byte, is in messages/)
timeline.csv     every event of the timeline (retracted ones marked), with notes and data;
timeline.json    the same as JSON
clocks.txt       each statutory clock: due date, status, days late, and how it was computed;
clocks.json      the same as JSON
messages/        every message to and from the agency as .eml: outgoing ones exactly as handed to
                 the mail server, incoming ones exactly as received
documents/       every document exactly as received (<document id>-<cleaned file name>) and its text
                 (<same name>.txt, pages separated by form feeds); where staff redacted a document,
                 the redacted version the public reads beside it (<id>-redacted-v<N>-<name>.pdf and
                 its .txt): only that one may be published
SHA256SUMS       the SHA-256 of every file here (check with: sha256sum -c SHA256SUMS)`;

/**
 * The archive's bytes for one request's folder (`prefix` is the folder, with its trailing slash).
 * The caller has checked that the actor may read the request.
 */
export async function* requestEntries(
  ctx: ExportContext,
  zip: ZipWriter,
  v: RequestView,
  prefix: string,
): AsyncGenerator<Uint8Array, void> {
  const { db, blobs } = ctx;
  const written: WrittenEntry[] = [];
  const notes: string[] = [];
  const add = async function* (name: string, compress: boolean, data: ZipEntryData) {
    const w = yield* zip.add({ name: `${prefix}${name}`, compress, data });
    written.push({ ...w, name });
    return w;
  };

  yield* add('request.txt', true, utf8(requestText(v)));
  const letter = letterText(ctx, v.id);
  if (letter.note) notes.push(letter.note);
  else yield* add('letter.txt', true, utf8(letter.text));
  const t = timeline(db, v);
  yield* add('timeline.csv', true, utf8(t.csv));
  yield* add('timeline.json', true, utf8(t.json));
  const c = clocks(v);
  yield* add('clocks.txt', true, utf8(c.text));
  yield* add('clocks.json', true, utf8(c.json));

  const seenInbound = new Set<number>();
  for (const m of requestMessages(db, v.id)) {
    const name = `messages/${m.id}-${m.direction}-${m.kind}.eml`;
    if (m.inboundMessageId) seenInbound.add(m.inboundMessageId);
    const { sha256 } = rawMessage(db, m.id);
    if (!sha256) {
      notes.push(
        m.direction === 'out'
          ? `${name}: not included; the message is ${m.status} and its bytes are made when it is first sent`
          : `${name}: not included; the received bytes are not on record`,
      );
      continue;
    }
    const data = await blob(blobs, sha256);
    if (!data) {
      notes.push(`${name}: not included; its bytes (SHA-256 ${sha256}) are missing from the blob store`);
      continue;
    }
    const w = yield* add(name, true, data);
    if (w.sha256 !== sha256) notes.push(`${name}: its bytes no longer match their stored SHA-256 ${sha256}`);
  }
  // Mail matched to the request before the correspondence was recorded both ways.
  const inbound = db
    .select({ id: inboundMessages.id, sha256: inboundMessages.sha256 })
    .from(inboundMessages)
    .where(eq(inboundMessages.requestId, v.id))
    .all()
    .filter((i) => !seenInbound.has(i.id));
  for (const i of inbound) {
    const name = `messages/inbound-${i.id}.eml`;
    const data = await blob(blobs, i.sha256);
    if (!data) {
      notes.push(`${name}: not included; its bytes (SHA-256 ${i.sha256}) are missing from the blob store`);
      continue;
    }
    yield* add(name, true, data);
  }

  for (const d of requestDocuments(db, v.id)) {
    const name = `documents/${d.id}-${safeFileName(d.name)}`;
    const from = d.parentId ? ` (from document ${d.parentId})` : '';
    const data = await blob(blobs, d.sha256);
    if (!data) {
      notes.push(`${name}${from}: not included; its bytes (SHA-256 ${d.sha256}) are missing from the blob store`);
    } else {
      const w = yield* add(name, false, data);
      if (w.sha256 !== d.sha256) notes.push(`${name}: its bytes no longer match their stored SHA-256 ${d.sha256}`);
      if (from || d.name !== safeFileName(d.name)) notes.push(`${name}: “${d.name}”${from}`);
    }
    if (hasPages(db, d.id)) yield* add(`${name}.txt`, true, documentText(db, d.id));
    else if (d.status !== 'ready') notes.push(`${name}.txt: no text yet (the document is ${d.status})`);
    // What the public reads of it: the redacted version beside the original, named so, or why none.
    const pv = publicVersionOf(db, d);
    if (pv.kind === 'redacted') {
      const redacted = `documents/${d.id}-redacted-v${pv.version}-${safeFileName(d.name).replace(/\.[^.]*$/, '')}.pdf`;
      const bytes = await blob(blobs, pv.sha256);
      if (!bytes)
        notes.push(`${redacted}: not included; its bytes (SHA-256 ${pv.sha256}) are missing from the blob store`);
      else yield* add(redacted, false, bytes);
      yield* add(`${redacted}.txt`, true, documentText(db, d.id, pv));
      notes.push(`${name}: ORIGINAL, not for publication; the published version is ${redacted}`);
    } else if (pv.kind === 'withheld') {
      notes.push(`${name}: not public yet (${pv.reason}); do not publish it`);
    }
  }

  const sums = written.map((w) => `${w.sha256}  ${w.name}`).join('\n');
  yield* add('SHA256SUMS', true, utf8(`${sums}\n`));
  const readme = [
    `Export of request ${v.id}: ${v.title}`,
    `Agency: ${v.agency.name} (${v.jurisdiction})`,
    `Made ${ctx.now.toISOString()} by ${ctx.actor.email}, from ${ctx.config.publicBaseUrl}`,
    '',
    README_HEAD,
    '',
    'Files (SHA-256, bytes, path):',
    ...written.map((w) => `${w.sha256}  ${w.size}  ${w.name}`),
    '',
    ...(notes.length ? ['Notes:', ...notes.map((n) => `- ${n}`), ''] : []),
  ];
  yield* zip.add({ name: `${prefix}README.txt`, compress: true, data: utf8(readme.join('\n')) });
}

type ZipEntryData = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export interface PreparedExport {
  filename: string;
  bytes: () => AsyncGenerator<Uint8Array>;
}

/** One request's export: checked now (404, 413), streamed when pulled. */
export function exportRequest(ctx: ExportContext, requestId: number): PreparedExport {
  const v = readRequest(ctx.db, ctx.actor, requestId, ctx.now);
  checkSize(ctx.db, [v.id], `Request ${v.id}`);
  const folder = requestFolder(v.id, v.title);
  return {
    filename: `${folder}.zip`,
    bytes: async function* () {
      const zip = new ZipWriter(ctx.now);
      yield* requestEntries(ctx, zip, v, `${folder}/`);
      yield* zip.end();
    },
  };
}

/** A campaign's export: a folder of its own with one folder per request and a README listing them. */
export function exportCampaign(ctx: ExportContext, campaignId: number): PreparedExport {
  const campaign = getCampaign(ctx.db, campaignId);
  const { ids } = campaignRequestIds(ctx.db, campaignId);
  checkSize(ctx.db, ids, `Campaign ${campaignId}`);
  const root = `campaign-${campaign.id}-${slug(campaign.title)}`;
  return {
    filename: `${root}.zip`,
    bytes: async function* () {
      const zip = new ZipWriter(ctx.now);
      const listed: string[] = [];
      for (const id of ids) {
        // Read when its turn comes: a long export sees each request as it is then.
        const v = readRequest(ctx.db, ctx.actor, id, ctx.now);
        const folder = requestFolder(v.id, v.title);
        listed.push(`${folder}/  ${v.agency.name} (${v.jurisdiction}): ${words(v.status)}`);
        yield* requestEntries(ctx, zip, v, `${root}/${folder}/`);
      }
      const readme = [
        `Export of campaign ${campaign.id}: ${campaign.title}`,
        `Made ${ctx.now.toISOString()} by ${ctx.actor.email}, from ${ctx.config.publicBaseUrl}`,
        '',
        `One folder per request (${ids.length}), each with its own README.txt and SHA256SUMS:`,
        ...listed,
        '',
        'What was asked for:',
        '',
        campaign.body,
        '',
      ];
      yield* zip.add({ name: `${root}/README.txt`, compress: true, data: utf8(readme.join('\n')) });
      yield* zip.end();
    },
  };
}
