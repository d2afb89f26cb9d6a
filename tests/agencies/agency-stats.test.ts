/**
 * An agency's record is read from sums the triggers keep (migration `agency_stats`) rather than from
 * every request. Checked against the computation it replaced, kept here in plain form (every
 * request other than drafts, filtered by who may see it, judged against each agency's today): for
 * the staff and the public, as days pass and embargoes end, after answers, appeals, withdrawals and
 * changes of visibility, when a request moves to another agency or is deleted, and after the
 * migration runs on a database that held requests before it.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AgencyStats,
  agencyStats,
  median,
  medianOfCounts,
  percentile,
  percentileOfCounts,
} from '../../src/agencies/service.js';
import type { Actor } from '../../src/auth/roles.js';
import { today as todayIn } from '../../src/clock.js';
import { MIGRATIONS_DIR } from '../../src/db/index.js';
import { parseIsoDate, toIsoDate } from '../../src/deadlines/index.js';
import { isPubliclyVisible } from '../../src/requests/service.js';
import { OPEN } from '../../src/requests/state-machine.js';
import { agencyRecordFacts } from '../../src/web/agency-record.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let staffActor: Actor;
const agencyIds: number[] = [];
const ids: number[] = [];

interface Row {
  id: number;
  agencyId: number;
  jurisdiction: string;
  status: string;
  visibility: 'public' | 'private' | 'embargoed';
  embargoUntil: string | null;
  outcome: string | null;
  responseDays: number | null;
  answeredOnTime: number | null;
  nextDue: string | null;
}

const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);

/** The record as it was computed before anything was stored: every request, on each view. */
function reference(now: Date, publicOnly: boolean): Map<number, AgencyStats> {
  const rows = env.db.$client
    .prepare(
      `select r.id, r.agency_id as agencyId, a.jurisdiction, r.status, r.visibility, r.embargo_until as embargoUntil,
         r.outcome, r.response_days as responseDays, r.answered_on_time as answeredOnTime, r.next_due as nextDue
       from requests r join agencies a on a.id = r.agency_id`,
    )
    .all() as Row[];
  const open = [...OPEN, 'awaiting_fee', 'awaiting_clarification', 'appealed'];
  const owing = [...OPEN, 'appealed'];
  const byAgency = new Map<number, Row[]>();
  for (const r of rows) {
    if (r.status === 'draft') continue;
    const today = todayIn(r.jurisdiction, now);
    if (publicOnly && !isPubliclyVisible(r, today)) continue;
    byAgency.set(r.agencyId, [...(byAgency.get(r.agencyId) ?? []), r]);
  }
  const out = new Map<number, AgencyStats>();
  for (const [agencyId, list] of byAgency) {
    const count = (f: (r: Row) => boolean) => list.filter(f).length;
    const completed = count((r) => r.outcome !== null);
    const days = list
      .filter((r) => r.responseDays !== null)
      .map((r) => r.responseDays as number)
      .sort((a, b) => a - b);
    out.set(agencyId, {
      filed: list.length,
      open: count((r) => open.includes(r.status)),
      overdue: count((r) => owing.includes(r.status) && r.nextDue !== null && r.nextDue < todayIn(r.jurisdiction, now)),
      completed,
      medianDaysToFinal: median(days),
      p90DaysToFinal: percentile(days, 90),
      onTimeShare: share(
        count((r) => r.answeredOnTime === 1),
        count((r) => r.answeredOnTime !== null),
      ),
      shares: {
        fulfilled: share(
          count((r) => r.outcome === 'fulfilled'),
          completed,
        ),
        partial: share(
          count((r) => r.outcome === 'partial'),
          completed,
        ),
        denied: share(
          count((r) => r.outcome === 'denied'),
          completed,
        ),
        noRecords: share(
          count((r) => r.outcome === 'no_records'),
          completed,
        ),
      },
    });
  }
  return out;
}

const INSTANTS = [
  '2026-06-15T16:00:00Z',
  '2026-06-16T05:30:00Z', // after midnight in New York, before it in California and Hawaii
  '2026-06-16T09:30:00Z', // Hawaii still on the 15th
  '2026-06-20T15:00:00Z', // Saturday
  '2026-07-01T15:00:00Z',
  '2026-09-15T15:00:00Z',
];

/** The stored figures equal the reference for the staff and the public, at each instant. */
function expectAgrees(instants = INSTANTS) {
  for (const at of instants) {
    const now = new Date(at);
    expect(agencyStats(env.db, staffActor, null, now), `staff at ${at}`).toEqual(reference(now, false));
    expect(agencyStats(env.db, null, null, now), `public at ${at}`).toEqual(reference(now, true));
    for (const id of agencyIds) {
      expect(agencyStats(env.db, null, [id], now).get(id), `public, agency ${id} at ${at}`).toEqual(
        reference(now, true).get(id),
      );
    }
  }
}

/** The API's list and the public agency pages show the reference figures. */
async function expectShown() {
  const now = env.now();
  for (const [token, publicOnly] of [
    [staff, false],
    [undefined, true],
  ] as const) {
    const ref = reference(now, publicOnly);
    const res = await api(env, 'GET', '/api/v1/agencies?limit=200', token);
    expect(res.status).toBe(200);
    for (const a of res.body.data as { id: number; stats: AgencyStats }[]) {
      if (agencyIds.includes(a.id)) expect(a.stats).toEqual(ref.get(a.id));
    }
  }
  const ref = reference(now, true);
  for (const id of agencyIds) {
    const page = await env.app.inject({ url: `/public/agencies/${id}` });
    expect(page.statusCode).toBe(200);
    const facts = ref.get(id);
    if (facts) expect(page.body).toContain(String(agencyRecordFacts(facts)));
  }
}

const addDays = (date: string, n: number) => toIsoDate((parseIsoDate(date) as number) + n);
const TODAY = '2026-06-15';
const min = (a: string, b: string) => (a < b ? a : b);

beforeAll(async () => {
  env = await createTestEnv({ now: `${TODAY}T16:00:00Z` });
  const s = await userWithToken(env, 'staff');
  staff = s.token;
  staffActor = { userId: s.user.id, email: s.user.email, role: 'staff', readOnly: false, tokenId: null };
  for (const [jurisdiction, level] of [
    ['US', 'federal'],
    ['US-CA', 'state'], // calendar days
    ['US-MA', 'municipal'],
    ['US-NY', 'state'],
    ['US-HI', 'state'],
  ] as const) {
    agencyIds.push((await makeAgency(env, staff, { jurisdiction, level })).id);
  }
  const submittedOn = [
    '2026-03-02',
    '2026-04-06',
    '2026-05-04',
    '2026-05-26',
    '2026-06-03',
    '2026-06-10',
    '2026-06-12',
  ];
  const embargoes = ['2026-05-01', '2026-06-15', '2026-06-16', '2026-07-01', '2026-10-01'];
  for (const [ai, agencyId] of agencyIds.entries()) {
    // A draft: never counted.
    await makeRequest(env, staff, agencyId, { visibility: 'public' });
    for (let k = 0; k < 14; k++) {
      const n = ai * 14 + k;
      const visibility = (['public', 'public', 'private', 'embargoed', 'embargoed'] as const)[n % 5];
      const { id } = await makeRequest(env, staff, agencyId, {
        visibility,
        ...(visibility === 'embargoed' ? { embargoUntil: embargoes[n % embargoes.length] } : {}),
      });
      ids.push(id);
      const submitted = submittedOn[(n * 3) % submittedOn.length] as string;
      await event(env, staff, id, { type: 'submitted', date: submitted });
      const on = (days: number) => min(addDays(submitted, days), TODAY);
      switch (k % 8) {
        case 1:
          await event(env, staff, id, { type: 'acknowledged', date: on(2) });
          break;
        case 2:
          await event(env, staff, id, { type: 'completed', date: on(3 + ai), outcome: 'fulfilled' });
          break;
        case 3:
          await event(env, staff, id, { type: 'completed', date: on(40 + k), outcome: 'partial' });
          break;
        case 4:
          await event(env, staff, id, { type: 'completed', date: on(12), outcome: 'denied' });
          await event(env, staff, id, { type: 'appealed', date: on(14) });
          break;
        case 5:
          await event(env, staff, id, { type: 'withdrawn', date: on(5) });
          break;
        case 6:
          await event(env, staff, id, { type: 'fee_requested', date: on(4), amount: 25 });
          break;
        case 7:
          await event(env, staff, id, { type: 'completed', date: on(20 + k), outcome: 'no_records' });
          break;
        default:
          if (k === 8) await event(env, staff, id, { type: 'clarification_requested', date: on(1) });
      }
    }
  }
  await settle(env);
}, 180_000);
afterAll(() => env.close());

describe("an agency's stored record", () => {
  it('agrees with the record computed from every request, for the staff and the public, as days pass', async () => {
    const staffRef = reference(env.now(), false);
    const publicRef = reference(env.now(), true);
    // The data are varied enough to mean something: answers, late ones, overdue ones, hidden ones.
    const total = (m: Map<number, AgencyStats>, f: (s: AgencyStats) => number) =>
      [...m.values()].reduce((n, s) => n + f(s), 0);
    expect(total(staffRef, (s) => s.filed)).toBe(70);
    expect(total(publicRef, (s) => s.filed)).toBeGreaterThan(20);
    expect(total(publicRef, (s) => s.filed)).toBeLessThan(70);
    expect(total(staffRef, (s) => s.overdue)).toBeGreaterThan(5);
    expect(total(staffRef, (s) => s.completed)).toBeGreaterThan(15);
    expect([...staffRef.values()].some((s) => s.onTimeShare !== null && s.onTimeShare > 0 && s.onTimeShare < 1)).toBe(
      true,
    );
    expectAgrees();
    await expectShown();
  });

  it('agrees after answers, appeals, withdrawals and changes of visibility', async () => {
    const at = (k: number) => ids[k] as number;
    await event(env, staff, at(0), { type: 'completed', date: TODAY, outcome: 'denied' });
    await event(env, staff, at(0), { type: 'appealed', date: TODAY });
    await event(env, staff, at(1), { type: 'completed', date: TODAY, outcome: 'fulfilled' });
    await event(env, staff, at(15), { type: 'withdrawn', date: TODAY });
    await event(env, staff, at(6), { type: 'fee_paid', date: TODAY });
    for (const [k, patch] of [
      [0, { visibility: 'private' }],
      [2, { visibility: 'embargoed', embargoUntil: '2026-06-20' }],
      [3, { visibility: 'public' }],
      [4, { embargoUntil: '2026-06-16' }],
      [17, { visibility: 'embargoed', embargoUntil: '2026-06-15' }],
    ] as const) {
      const res = await api(env, 'PATCH', `/api/v1/requests/${at(k)}`, staff, patch);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    await settle(env);
    expectAgrees();
    await expectShown();
  });

  it('agrees when a request moves to another agency or is deleted (written directly: the product does neither)', () => {
    const c = env.db.$client;
    const moved = ids[3] as number;
    const from = (c.prepare('select agency_id as a from requests where id = ?').get(moved) as { a: number }).a;
    c.prepare('update requests set agency_id = ? where id = ?').run(agencyIds[4], moved);
    expectAgrees(INSTANTS.slice(0, 2));
    c.prepare('update requests set agency_id = ? where id = ?').run(from, moved);
    expectAgrees(INSTANTS.slice(0, 2));
    // Deleting needs its dependants gone too: done in a transaction that is then rolled back.
    const rollback = new Error('rollback');
    expect(() =>
      c.transaction(() => {
        c.pragma('defer_foreign_keys = ON');
        c.prepare('delete from requests where id in (?, ?, ?)').run(ids[1], ids[8], ids[20]);
        expectAgrees(INSTANTS.slice(0, 2));
        throw rollback;
      })(),
    ).toThrow(rollback);
    expectAgrees(INSTANTS.slice(0, 1));
  });

  it('the migration, run on this database as it stood before it, stores the same as the triggers', () => {
    const tables = ['agency_request_counts', 'agency_owing_counts', 'agency_response_days'];
    const stored = (c: Database.Database) => tables.map((t) => c.prepare(`select * from ${t} order by 1, 2, 3`).all());
    const file = join(env.dataDir, 'before-agency-stats.sqlite');
    env.db.$client.prepare('vacuum into ?').run(file);
    const old = new Database(file);
    try {
      // Back to the schema before the migration: its triggers, tables and journal row gone.
      const triggers = old
        .prepare(
          `select name from sqlite_master where type = 'trigger' and tbl_name = 'requests' and name like 'agency_%'`,
        )
        .all() as { name: string }[];
      expect(triggers).toHaveLength(9);
      for (const { name } of triggers) old.exec(`drop trigger ${name}`);
      for (const t of tables) old.exec(`drop table ${t}`);
      old.exec(
        'delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)',
      );
      migrate(drizzle(old), { migrationsFolder: MIGRATIONS_DIR });
      expect(stored(old)).toEqual(stored(env.db.$client));
    } finally {
      old.close();
    }
  });

  it('keeps no empty rows', () => {
    const c = env.db.$client;
    expect(c.prepare('select count(*) as n from agency_request_counts where filed <= 0').get()).toEqual({ n: 0 });
    expect(c.prepare('select count(*) as n from agency_owing_counts where n <= 0').get()).toEqual({ n: 0 });
    expect(c.prepare('select count(*) as n from agency_response_days where n <= 0').get()).toEqual({ n: 0 });
  });
});

describe('median and percentile of a histogram', () => {
  it('equal those of the sorted numbers it counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const hist = [...new Set(sorted)].map((v): [number, number] => [v, sorted.filter((x) => x === v).length]);
        expect(medianOfCounts(hist)).toBe(median(sorted));
        for (const p of [50, 90, 99]) expect(percentileOfCounts(hist, p)).toBe(percentile(sorted, p));
      }),
    );
  });
});
