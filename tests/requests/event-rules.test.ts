/**
 * Events a new user can get wrong: dates in the future or outside 2000-2100, a second extension
 * where the law allows one, an agency's date before the receipt, a fee announced before its amount,
 * and the clocks a request starts when it asks for expedited processing or is of a kind with its own
 * period. Each refusal is a problem naming the field; nothing already stored breaks a page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let federal: number;

const post = (id: number, body: Record<string, unknown>) =>
  api(env, 'POST', `/api/v1/requests/${id}/events`, staff, body);
const clocks = async (id: number) => {
  const r = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
  return Object.fromEntries((r.deadlines as { kind: string }[]).map((d) => [d.kind, d])) as Record<string, any>;
};

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: true });
  staff = (await userWithToken(env, 'staff')).token;
  federal = (await makeAgency(env, staff, { jurisdiction: 'US', level: 'federal' })).id;
}, 30_000);
afterAll(() => env.close());

describe('event dates', () => {
  it('refuses a date after the agency’s today, naming the field, and leaves the timeline as it was', async () => {
    const { id } = await makeRequest(env, staff, federal);
    const res = await post(id, { type: 'submitted', date: '2027-06-01' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'date', message: 'The date must not be after 2026-04-15' }]);
    // The right date is then accepted: nothing was stored by the refused one.
    expect((await post(id, { type: 'submitted', date: '2026-04-01' })).status).toBe(201);
  });

  it('refuses a receivedOn in the future', async () => {
    const { id } = await makeRequest(env, staff, federal);
    const res = await post(id, { type: 'submitted', date: '2026-04-14', receivedOn: '2026-04-16' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe('receivedOn');
  });

  it.each([
    ['9999-12-31', 'completed'],
    ['1999-12-31', 'submitted'],
  ])('refuses %s (%s) as outside 2000-2100 with a 422 naming date', async (date, type) => {
    const { id } = await makeRequest(env, staff, federal);
    if (type === 'completed') await event(env, staff, id, { type: 'submitted', date: '2026-04-01' });
    const res = await post(id, { type, date, ...(type === 'completed' ? { outcome: 'denied' } : {}) });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'date', message: 'The date must be between 2000-01-01 and 2100-12-31' }]);
    // The dashboard still answers for everyone.
    expect((await api(env, 'GET', '/api/v1/requests', staff)).status).toBe(200);
  });
});

describe('dates stored before they were checked', () => {
  it('a completed event dated 9999-12-31 already in the database breaks no read, recompute or page', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-01' });
    env.db.$client
      .prepare(
        `insert into request_events (request_id, type, date, data, created_at) values (?, 'completed', '9999-12-31', '{"outcome":"denied"}', ?)`,
      )
      .run(id, new Date().toISOString());
    env.db.$client.prepare(`update requests set completed_on = '9999-12-31', outcome = 'denied' where id = ?`).run(id);
    const { recomputeDeadlines } = await import('../../src/requests/recompute.js');
    expect(() => recomputeDeadlines(env.db, id, new Date('2026-04-15T15:00:00Z'))).not.toThrow();
    expect((await api(env, 'GET', `/api/v1/requests/${id}`, staff)).status).toBe(200);
    expect((await api(env, 'GET', '/api/v1/requests', staff)).status).toBe(200);
    expect((await api(env, 'GET', `/api/v1/agencies/${federal}`, staff)).status).toBe(200);
    const { dashboard } = await import('../../src/requests/dashboard.js');
    expect(() => dashboard(env.db, new Date('2026-04-15T15:00:00Z'))).not.toThrow();
  });
});

describe('extensions', () => {
  it('refuses a second extension where the law allows one (5 U.S.C. 552(a)(6)(B)(i))', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-01' });
    expect((await post(id, { type: 'extended', date: '2026-04-08' })).status).toBe(201);
    const again = await post(id, { type: 'extended', date: '2026-04-10' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/allows one extension .*5 U\.S\.C\. 552.*2026-04-08/);
  });

  it('refuses an agency date that is not after the receipt', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-06' });
    const res = await post(id, { type: 'extended', date: '2026-04-08', newDueDate: '2026-04-02' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ path: 'newDueDate' });
  });
});

describe('fees', () => {
  it('accepts a fee announced before its amount is known, and pauses the clock', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-01' });
    expect((await post(id, { type: 'fee_requested', date: '2026-04-06' })).status).toBe(201);
    await settle(env);
    expect((await clocks(id)).response).toMatchObject({ status: 'paused', due: null });
  });
});

describe('expedited processing (5 U.S.C. 552(a)(6)(E)(ii)(I))', () => {
  it('a request that asks for it starts a 10-calendar-day decision clock, met by the decision', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-02', expedited: true });
    await settle(env);
    // Thu 2026-04-02 + 10 calendar days = Sun 2026-04-12 (no statute rolls it to Monday); on 04-15, 3 days late.
    expect((await clocks(id)).expedited_decision).toMatchObject({ due: '2026-04-12', status: 'missed', daysLate: 3 });
    await event(env, staff, id, { type: 'expedited_decided', date: '2026-04-10', granted: true });
    await settle(env);
    expect((await clocks(id)).expedited_decision).toMatchObject({ status: 'met', metOn: '2026-04-10', daysLate: 0 });
  });

  it('a request that does not ask for it has no such clock', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-02' });
    await settle(env);
    expect((await clocks(id)).expedited_decision).toBeUndefined();
  });
});

describe('kinds of request with their own period', () => {
  it('a New Jersey commercial-purpose request has 14 business days (N.J.S.A. 47:1A-5(i), P.L.2024, c.16)', async () => {
    const nj = (await makeAgency(env, staff, { jurisdiction: 'US-NJ', level: 'municipal' })).id;
    const { id } = await makeRequest(env, staff, nj);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-01', requestType: 'commercial' });
    await settle(env);
    // 14 business days after Wed 2026-04-01: Good Friday (2026-04-03) is a New Jersey holiday.
    const c = await clocks(id);
    expect(c.response.explanation.text).toMatch(/commercial request/);
    expect(c.response.due).toBe('2026-04-22');
  });
});

describe('the calculator', () => {
  it('a malformed or unknown code is a 404 naming the code', async () => {
    for (const code of ['XX-1', 'united-states', 'US-ZZ']) {
      const res = await api(env, 'GET', `/api/v1/jurisdictions/${code}/deadline?kind=response&from=2026-04-01`);
      expect(res.status).toBe(404);
      expect(res.body.detail).toContain(code);
    }
  });

  it('gives the other reading’s date where the law is unsettled (federal Executive Order closures)', async () => {
    const res = await api(env, 'GET', '/api/v1/jurisdictions/US/deadline?kind=response&from=2025-12-15');
    expect(res.status).toBe(200);
    // 20 working days skipping 12-25, 01-01: 2026-01-14; excepting the closures of 12-24 and 12-26 too: 2026-01-16.
    expect(res.body.due).toBe('2026-01-14');
    expect(res.body.alternatives).toEqual([
      expect.objectContaining({ due: '2026-01-16', citation: expect.stringContaining('552(a)(6)(A)(i)') }),
    ]);
  });

  it('has the expedited_decision kind', async () => {
    const res = await api(env, 'GET', '/api/v1/jurisdictions/US/deadline?kind=expedited_decision&from=2026-04-02');
    expect(res.body).toMatchObject({ due: '2026-04-12', alternatives: [] });
  });
});
