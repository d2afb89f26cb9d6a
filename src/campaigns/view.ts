/**
 * The campaign view: every agency's request side by side (status, the governing clock's due date,
 * days late as its law counts, outcome, documents and pages received, the last message and its
 * direction, follow-ups sent), the summary counts, the median days to a final answer and the share
 * answered on time, with filters and sorting; and the same table as CSV. One query for all rows.
 */
import { z } from 'zod';
import { todaysByJurisdiction } from '../clock.js';
import type { Db } from '../db/index.js';
import { statement } from '../db/prepared.js';
import { daysLate } from '../requests/clocks.js';
import { csvCell } from '../requests/service.js';
import { OPEN, STATUSES, type Status } from '../requests/state-machine.js';
import { campaignView, getCampaign } from './service.js';

export const CAMPAIGN_SORTS = ['agency', 'status', 'nextDue', '-daysLate', '-updatedAt'] as const;

export const campaignQuery = z
  .object({
    status: z
      .string()
      .max(400)
      .transform((v) => v.split(',').filter(Boolean))
      .pipe(z.array(z.enum(STATUSES)))
      .optional()
      .describe('Comma-separated statuses'),
    overdue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    jurisdiction: z.string().trim().max(10).optional(),
    sort: z.enum(CAMPAIGN_SORTS).default('agency'),
  })
  .strict();
export type CampaignQuery = z.infer<typeof campaignQuery>;

const OWING = new Set<Status>([...OPEN, 'appealed']);
const FINAL = new Set<Status>(['fulfilled', 'partially_fulfilled', 'no_records', 'denied']);

const ROWS = `
select r.id, r.status, r.next_due as nextDue, r.outcome, r.received_on as receivedOn,
  r.completed_on as completedOn, r.response_days as responseDays, r.answered_on_time as answeredOnTime,
  r.days_late_answered as daysLateAnswered, r.tracking_number as trackingNumber, r.updated_at as updatedAt,
  a.id as agencyId, a.name as agencyName, a.jurisdiction, a.level,
  (select json_array(d.unit, d.kind) from deadlines d indexed by deadlines_request_kind
   where d.request_id = r.id and d.status = 'open' and d.due = r.next_due limit 1) as governing,
  (select count(*) from documents x where x.request_id = r.id) as documents,
  (select coalesce(sum(x.pages), 0) from documents x where x.request_id = r.id and x.status = 'ready') as pages,
  (select count(*) from messages m where m.request_id = r.id and m.kind = 'follow_up' and m.status = 'sent') as followUpsSent,
  (select json_object('id', m.id, 'direction', m.direction, 'kind', m.kind, 'status', m.status,
     'at', coalesce(m.sent_at, m.created_at))
   from messages m where m.request_id = r.id and m.status not in ('cancelled', 'awaiting_approval')
   order by m.id desc limit 1) as lastMessage
from requests r join agencies a on a.id = r.agency_id
where r.campaign_id = ?`;
// The governing clock is read by its request's index: SQLite would rather search every open clock
// due the same day (thousands, with many open requests) for this request's.

interface Row {
  id: number;
  status: Status;
  nextDue: string | null;
  outcome: string | null;
  receivedOn: string | null;
  completedOn: string | null;
  responseDays: number | null;
  answeredOnTime: number | null;
  daysLateAnswered: number;
  trackingNumber: string | null;
  updatedAt: string;
  agencyId: number;
  agencyName: string;
  jurisdiction: string;
  level: string;
  governing: string | null;
  documents: number;
  pages: number;
  followUpsSent: number;
  lastMessage: string | null;
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function campaignDetail(db: Db, id: number, now: Date, q: CampaignQuery = { sort: 'agency' }) {
  const campaign = getCampaign(db, id);
  const { earliest, later, laterCodes } = todaysByJurisdiction(now);
  const todayOf = (j: string) => (laterCodes.includes(j) ? later : earliest);
  const all = (statement(db, ROWS).all(id) as Row[]).map((r) => {
    const today = todayOf(r.jurisdiction);
    const [unit, clock] = r.governing ? (JSON.parse(r.governing) as [string, string]) : [null, null];
    const overdue = r.nextDue !== null && r.nextDue < today && OWING.has(r.status);
    const last = r.lastMessage ? (JSON.parse(r.lastMessage) as Record<string, unknown>) : null;
    return {
      requestId: r.id,
      agency: { id: r.agencyId, name: r.agencyName, jurisdiction: r.jurisdiction, level: r.level },
      status: r.status,
      clock: overdue || OWING.has(r.status) ? clock : null,
      due: r.nextDue,
      overdue,
      daysLate: overdue
        ? daysLate(r.jurisdiction, r.nextDue as string, unit === 'calendar' ? 'calendar' : 'business', today)
        : r.daysLateAnswered,
      outcome: r.outcome,
      receivedOn: r.receivedOn,
      completedOn: r.completedOn,
      trackingNumber: r.trackingNumber,
      documents: r.documents,
      pages: r.pages,
      followUpsSent: r.followUpsSent,
      lastMessage: last
        ? {
            id: last.id as number,
            direction: last.direction as 'in' | 'out',
            kind: last.kind as string,
            status: last.status as string,
            at: last.at as string,
          }
        : null,
      responseDays: r.responseDays,
      answeredOnTime: r.answeredOnTime === null ? null : r.answeredOnTime === 1,
      updatedAt: r.updatedAt,
    };
  });
  const count = (pred: (r: (typeof all)[number]) => boolean) => all.filter(pred).length;
  const answered = all.filter((r) => r.answeredOnTime !== null);
  const summary = {
    requests: all.length,
    drafts: count((r) => r.status === 'draft'),
    sent: count((r) => r.status !== 'draft'),
    open: count((r) => OWING.has(r.status) || r.status === 'awaiting_fee' || r.status === 'awaiting_clarification'),
    overdue: count((r) => r.overdue),
    fulfilled: count((r) => r.status === 'fulfilled'),
    partial: count((r) => r.status === 'partially_fulfilled'),
    denied: count((r) => r.status === 'denied'),
    noRecords: count((r) => r.status === 'no_records'),
    withdrawn: count((r) => r.status === 'withdrawn'),
    appealed: count((r) => r.status === 'appealed' || r.status === 'appeal_decided'),
    medianDaysToFinal: median(
      all.filter((r) => FINAL.has(r.status) && r.responseDays !== null).map((r) => r.responseDays as number),
    ),
    onTimeShare: answered.length ? answered.filter((r) => r.answeredOnTime).length / answered.length : null,
    documents: all.reduce((n, r) => n + r.documents, 0),
    pages: all.reduce((n, r) => n + r.pages, 0),
  };
  let rows = all;
  if (q.status?.length) rows = rows.filter((r) => q.status?.includes(r.status));
  if (q.overdue !== undefined) rows = rows.filter((r) => r.overdue === q.overdue);
  if (q.jurisdiction) rows = rows.filter((r) => r.agency.jurisdiction === q.jurisdiction?.toUpperCase());
  const by: Record<(typeof CAMPAIGN_SORTS)[number], (a: (typeof all)[number], b: (typeof all)[number]) => number> = {
    agency: (a, b) => a.agency.name.localeCompare(b.agency.name),
    status: (a, b) => a.status.localeCompare(b.status) || a.agency.name.localeCompare(b.agency.name),
    nextDue: (a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.agency.name.localeCompare(b.agency.name),
    '-daysLate': (a, b) => b.daysLate - a.daysLate || a.agency.name.localeCompare(b.agency.name),
    '-updatedAt': (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  };
  rows = [...rows].sort(by[q.sort]);
  return { ...campaignView(campaign), summary, requests: rows };
}

const CSV_COLUMNS = [
  'requestId',
  'agency',
  'jurisdiction',
  'status',
  'clock',
  'due',
  'overdue',
  'daysLate',
  'outcome',
  'receivedOn',
  'completedOn',
  'trackingNumber',
  'documents',
  'pages',
  'followUpsSent',
  'lastMessage',
] as const;

/** The campaign's table as CSV, with the view's filters and order. */
export function campaignCsv(db: Db, id: number, now: Date, q: CampaignQuery): string {
  const d = campaignDetail(db, id, now, q);
  const lines = d.requests.map((r) =>
    [
      r.requestId,
      r.agency.name,
      r.agency.jurisdiction,
      r.status,
      r.clock,
      r.due,
      r.overdue,
      r.daysLate,
      r.outcome,
      r.receivedOn,
      r.completedOn,
      r.trackingNumber,
      r.documents,
      r.pages,
      r.followUpsSent,
      r.lastMessage
        ? `${r.lastMessage.direction === 'out' ? 'sent' : 'received'} ${r.lastMessage.kind} ${r.lastMessage.at}`
        : '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
