/**
 * What is stored with each clock so that the dashboard and the lists cost the same however many
 * requests are open (each clock's jurisdiction and late key; the counts of owed clocks per due date)
 * agrees with the clocks as computed: after events, closures, status changes, and as days pass. The
 * dashboard is checked against the computation it replaced (every open clock judged on each view).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today as todayIn } from '../../src/clock.js';
import { MIGRATIONS_DIR } from '../../src/db/index.js';
import { calendarOf, parseIsoDate, toIsoDate } from '../../src/deadlines/index.js';
import { AGENCY_CLOCKS, daysLate, lateKey } from '../../src/requests/clocks.js';
import { DUE_SOON_BUSINESS_DAYS, dashboard } from '../../src/requests/dashboard.js';
import { OPEN } from '../../src/requests/state-machine.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

describe('lateKey', () => {
  it('days late are the difference of two keys, for every jurisdiction, unit and pair of dates', () => {
    const day = fc.integer({ min: parseIsoDate('2020-01-01') as number, max: parseIsoDate('2030-12-31') as number });
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'US-CA', 'US-MA', 'US-NY', 'US-TX', 'US-HI'),
        fc.constantFrom('business' as const, 'calendar' as const),
        day,
        fc.integer({ min: 1, max: 400 }),
        (j, unit, due, after) => {
          const d = toIsoDate(due);
          const t = toIsoDate(due + after);
          expect((lateKey(j, unit, t) as number) - (lateKey(j, unit, d) as number)).toBe(daysLate(j, d, unit, t));
        },
      ),
    );
  });
});

let env: TestEnv;
let staff: string;
const ids: number[] = [];
const agencyIds: number[] = [];

/** The dashboard's lists as they were computed before anything was stored: every open clock, judged on each view. */
function reference(now: Date) {
  const rows = env.db.$client
    .prepare(
      `select d.request_id as requestId, d.kind, d.due, d.unit, a.jurisdiction, r.status from deadlines d
       join requests r on r.id = d.request_id join agencies a on a.id = r.agency_id
       where d.status = 'open' and d.due is not null order by d.due, d.request_id`,
    )
    .all() as {
    requestId: number;
    kind: string;
    due: string;
    unit: 'business' | 'calendar';
    jurisdiction: string;
    status: string;
  }[];
  const owed = rows.filter(
    (c) => (AGENCY_CLOCKS as readonly string[]).includes(c.kind) && [...OPEN, 'appealed'].includes(c.status as never),
  );
  const overdue = [];
  const dueSoon = [];
  for (const c of owed) {
    const today = todayIn(c.jurisdiction, now);
    if (c.due < today) overdue.push({ ...c, daysLate: daysLate(c.jurisdiction, c.due, c.unit, today) });
    else if (
      calendarOf(c.jurisdiction).businessDaysBetween(parseIsoDate(today) as number, parseIsoDate(c.due) as number) <=
      DUE_SOON_BUSINESS_DAYS
    )
      dueSoon.push({ ...c, daysLate: 0 });
  }
  overdue.sort((a, b) => b.daysLate - a.daysLate || a.requestId - b.requestId);
  const pick = (r: { requestId: number; kind: string | null; due: string | null; daysLate: number }) => ({
    requestId: r.requestId,
    kind: r.kind,
    due: r.due,
    daysLate: r.daysLate,
  });
  return {
    overdue: overdue.slice(0, 50).map(pick),
    overdueTotal: overdue.length,
    dueSoon: dueSoon.slice(0, 50).map(pick),
    pick,
  };
}

function expectAgrees(now: Date) {
  const ref = reference(now);
  const d = dashboard(env.db, now);
  expect(d.overdueTotal).toBe(ref.overdueTotal);
  expect(d.overdue.map(ref.pick)).toEqual(ref.overdue);
  expect(d.dueSoon.map(ref.pick)).toEqual(ref.dueSoon);
  return d;
}

/** Every clock's stored jurisdiction and key are its agency's and the key of its due date. */
function expectStoredAgrees() {
  const c = env.db.$client;
  const clocks = c
    .prepare(
      `select d.jurisdiction as stored, a.jurisdiction, d.unit, d.due, d.late_key as lateKey from deadlines d
       join requests r on r.id = d.request_id join agencies a on a.id = r.agency_id`,
    )
    .all() as {
    stored: string;
    jurisdiction: string;
    unit: 'business' | 'calendar';
    due: string | null;
    lateKey: number | null;
  }[];
  expect(clocks.length).toBeGreaterThan(0);
  for (const k of clocks) {
    expect(k.stored).toBe(k.jurisdiction);
    expect(k.lateKey).toBe(k.due ? lateKey(k.jurisdiction, k.unit, k.due) : null);
  }
  const counted = c
    .prepare(
      `select d.jurisdiction, d.due, count(*) as n from deadlines d join requests r on r.id = d.request_id
       where d.status = 'open' and d.due is not null and d.kind in (${AGENCY_CLOCKS.map((k) => `'${k}'`).join(', ')})
         and r.status in ('submitted', 'acknowledged', 'processing', 'appealed')
       group by 1, 2 order by 1, 2`,
    )
    .all();
  expect(c.prepare('select jurisdiction, due, n from owed_clock_counts order by 1, 2').all()).toEqual(counted);
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-03-03T12:00:00Z' });
  staff = (await userWithToken(env, 'staff')).token;
  const agencies = [
    await makeAgency(env, staff, { jurisdiction: 'US', level: 'federal' }),
    // California counts calendar days.
    await makeAgency(env, staff, { jurisdiction: 'US-CA', level: 'state' }),
    await makeAgency(env, staff, { jurisdiction: 'US-MA', level: 'municipal' }),
    await makeAgency(env, staff, { jurisdiction: 'US-NY', level: 'state' }),
    await makeAgency(env, staff, { jurisdiction: 'US-HI', level: 'state' }),
  ];
  agencyIds.push(...agencies.map((a) => a.id));
  const dates = [
    '2026-01-05',
    '2026-01-20',
    '2026-02-02',
    '2026-02-10',
    '2026-02-17',
    '2026-02-23',
    '2026-02-27',
    '2026-03-02',
  ];
  for (const [i, date] of dates.entries()) {
    for (const a of agencies) {
      const { id } = await makeRequest(env, staff, a.id, { visibility: 'public' });
      await event(env, staff, id, { type: 'submitted', date });
      ids.push(id);
      if (i % 3 === 1 && i + 1 < dates.length)
        await event(env, staff, id, { type: 'acknowledged', date: dates[i + 1] as string });
    }
  }
  await settle(env);
}, 120_000);
afterAll(() => env.close());

describe('stored clocks', () => {
  it('agree with the computed clocks after the worker has run', () => {
    expectStoredAgrees();
    const d = expectAgrees(env.now());
    // Both lists have rows, calendar-day clocks among the late ones.
    expect(d.overdue.length).toBeGreaterThan(10);
    expect(d.dueSoon.length).toBeGreaterThan(3);
    expect(d.overdue.some((r) => r.unit === 'calendar')).toBe(true);
  });

  it('the dashboard agrees as days pass, across a weekend and at hours when the zones disagree on the date', () => {
    for (const at of [
      '2026-03-03T12:00:00Z',
      '2026-03-04T06:30:00Z', // after midnight in New York, before it in California and Hawaii
      '2026-03-04T09:30:00Z', // Hawaii still on the 3rd
      '2026-03-07T15:00:00Z', // Saturday
      '2026-03-09T15:00:00Z', // Monday
      '2026-03-20T15:00:00Z',
      '2026-05-01T15:00:00Z',
    ]) {
      expectAgrees(new Date(at));
    }
  });

  it('agree after fees, answers and withdrawals change what is owed', async () => {
    await event(env, staff, ids[0] as number, { type: 'fee_requested', date: '2026-03-03', amount: 20 });
    await event(env, staff, ids[1] as number, { type: 'completed', date: '2026-03-03', outcome: 'fulfilled' });
    await event(env, staff, ids[2] as number, { type: 'withdrawn', date: '2026-03-03' });
    await event(env, staff, ids[6] as number, { type: 'completed', date: '2026-03-03', outcome: 'denied' });
    await settle(env);
    expectStoredAgrees();
    expectAgrees(env.now());
    await event(env, staff, ids[0] as number, { type: 'fee_paid', date: '2026-03-03' });
    await settle(env);
    expectStoredAgrees();
    expectAgrees(new Date('2026-03-10T15:00:00Z'));
  });

  it('agree after closures move the clocks of a jurisdiction', async () => {
    const res = await api(env, 'POST', '/api/v1/jurisdictions/US-MA/closures', staff, {
      date: '2026-03-04',
      reason: 'blizzard: state offices closed',
    });
    expect(res.status).toBe(201);
    await settle(env);
    expectStoredAgrees();
    expectAgrees(new Date('2026-03-05T15:00:00Z'));
  });

  it("agree after an agency's jurisdiction changes (its clocks follow the new law and calendar)", async () => {
    const res = await api(env, 'PATCH', `/api/v1/agencies/${agencyIds[4]}`, staff, { jurisdiction: 'US-TX' });
    expect(res.status).toBe(200);
    await settle(env);
    expectStoredAgrees();
    expectAgrees(new Date('2026-03-10T15:00:00Z'));
  });

  it('a status written before the worker recomputes changes the counts at once', () => {
    // What a request's own event does to its status, before its clocks are recomputed.
    env.db.$client.prepare(`update requests set status = 'withdrawn' where id = ?`).run(ids[3]);
    expectStoredAgrees();
    expectAgrees(env.now());
    env.db.$client.prepare(`update requests set status = 'submitted' where id = ?`).run(ids[3]);
    expectStoredAgrees();
  });

  it("the indexes and triggers name the agency's clocks (AGENCY_CLOCKS), no more, no fewer", () => {
    const defs = env.db.$client
      .prepare(
        `select sql from sqlite_master where name in ('deadlines_owed_late', 'deadlines_owed_due') or name like 'owed_clock_counts_%'`,
      )
      .all() as { sql: string }[];
    expect(defs.length).toBe(6);
    for (const { sql } of defs) {
      for (const list of sql.match(/kind IN \(([^)]*)\)/gi) ?? []) {
        expect(list.match(/'([a-z_]+)'/g)?.map((k) => k.slice(1, -1))).toEqual([...AGENCY_CLOCKS]);
      }
      expect(sql).toMatch(/kind in/i);
    }
  });

  it("the migration's backfill stores the same as the worker", () => {
    const c = env.db.$client;
    const migration = readFileSync(join(MIGRATIONS_DIR, '0022_owed_clocks.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .filter((st) => /^\s*(--[^\n]*\n\s*)*(UPDATE|INSERT)/.test(st));
    expect(migration).toHaveLength(3);
    c.transaction(() => {
      // Without the triggers, as the migration runs: they are created after its backfill.
      const triggers = c
        .prepare(`select name, sql from sqlite_master where type = 'trigger' and name like 'owed_clock_counts%'`)
        .all() as { name: string; sql: string }[];
      for (const t of triggers) c.exec(`drop trigger ${t.name}`);
      c.exec(`update deadlines set jurisdiction = '', late_key = null; delete from owed_clock_counts;`);
      for (const st of migration) c.exec(st);
      for (const t of triggers) c.exec(t.sql);
    })();
    expectStoredAgrees();
    expectAgrees(env.now());
  });

  it("lists count a calendar-day clock's days late in calendar days, as the request page does", async () => {
    const now = new Date('2026-03-20T15:00:00Z');
    env.setNow(now.toISOString());
    try {
      const list = await api(env, 'GET', '/api/v1/requests?jurisdiction=US-CA&overdue=true&limit=100', staff);
      expect(list.status).toBe(200);
      const late = list.body.data as { id: number; nextDue: string; daysLate: number }[];
      expect(late.length).toBeGreaterThan(0);
      for (const r of late) {
        expect(r.daysLate).toBe(daysLate('US-CA', r.nextDue, 'calendar', todayIn('US-CA', now)));
      }
    } finally {
      env.setNow('2026-03-03T12:00:00Z');
    }
  });
});
