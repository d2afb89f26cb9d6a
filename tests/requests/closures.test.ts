/**
 * Closures added or removed through the API recompute the open clocks they touch, through the
 * outbox, the queue and a real worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let townA: number;
let townB: number;
let reqA: number;
let reqB: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-03-03T12:00:00Z' });
  staff = (await userWithToken(env, 'staff')).token;
  townA = (await makeAgency(env, staff, { jurisdiction: 'US-MA', level: 'municipal' })).id;
  townB = (await makeAgency(env, staff, { jurisdiction: 'US-MA', level: 'municipal' })).id;
  reqA = (await makeRequest(env, staff, townA)).id;
  reqB = (await makeRequest(env, staff, townB)).id;
  for (const id of [reqA, reqB]) await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
  await settle(env);
});
afterAll(() => env.close());

const due = async (id: number) =>
  ((await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.deadlines as { kind: string; due: string }[]).find(
    (d) => d.kind === 'response',
  )?.due;

describe('closures', () => {
  it('start from the statutory dates (10 business days: Mon 2026-03-16)', async () => {
    expect(await due(reqA)).toBe('2026-03-16');
    expect(await due(reqB)).toBe('2026-03-16');
  });

  it('a jurisdiction closure moves every open clock in it by a business day', async () => {
    const res = await api(env, 'POST', '/api/v1/jurisdictions/US-MA/closures', staff, {
      date: '2026-03-04',
      reason: 'blizzard: state offices closed',
    });
    expect(res.status).toBe(201);
    await settle(env);
    expect(await due(reqA)).toBe('2026-03-17');
    expect(await due(reqB)).toBe('2026-03-17');
    const explanation = (await api(env, 'GET', `/api/v1/requests/${reqA}`, staff)).body.deadlines[0].explanation;
    expect(explanation.skipped).toContainEqual({
      date: '2026-03-04',
      reason: 'closure: blizzard: state offices closed',
    });
  });

  it("an agency closure moves only that agency's clocks", async () => {
    await api(env, 'POST', `/api/v1/agencies/${townA}/closures`, staff, {
      date: '2026-03-05',
      reason: 'town hall flooded',
    });
    await settle(env);
    expect(await due(reqA)).toBe('2026-03-18');
    expect(await due(reqB)).toBe('2026-03-17');
  });

  it('removing closures moves the clocks back', async () => {
    expect((await api(env, 'DELETE', '/api/v1/jurisdictions/US-MA/closures/2026-03-04', staff)).status).toBe(200);
    expect((await api(env, 'DELETE', `/api/v1/agencies/${townA}/closures/2026-03-05`, staff)).status).toBe(200);
    await settle(env);
    expect(await due(reqA)).toBe('2026-03-16');
    expect(await due(reqB)).toBe('2026-03-16');
  });

  it('refuses a duplicate (409), an impossible date (422) and an unknown one to remove (404)', async () => {
    await api(env, 'POST', '/api/v1/jurisdictions/US-MA/closures', staff, {
      date: '2026-12-24',
      reason: 'Christmas Eve',
    });
    expect(
      (await api(env, 'POST', '/api/v1/jurisdictions/US-MA/closures', staff, { date: '2026-12-24', reason: 'again' }))
        .status,
    ).toBe(409);
    expect(
      (await api(env, 'POST', '/api/v1/jurisdictions/US-MA/closures', staff, { date: '2026-02-30', reason: 'x' }))
        .status,
    ).toBe(422);
    expect((await api(env, 'DELETE', '/api/v1/jurisdictions/US-MA/closures/2026-07-07', staff)).status).toBe(404);
    expect((await api(env, 'GET', '/api/v1/jurisdictions/US-MA/closures')).body.data).toEqual([
      { date: '2026-12-24', reason: 'Christmas Eve' },
    ]);
  });
});

describe('embargoes', () => {
  it('the worker publishes an embargoed request once its embargo has ended', async () => {
    const id = (await makeRequest(env, staff, townA, { visibility: 'embargoed', embargoUntil: '2026-03-10' })).id;
    const { expireEmbargoes } = await import('../../src/requests/embargo.js');
    // The embargo ends when its date begins in the agency's zone (Boston, daylight time since 8 March: UTC-4),
    // not when it begins in UTC.
    expect(expireEmbargoes(env.db, new Date('2026-03-10T00:30:00Z'))).toEqual([]);
    expect(expireEmbargoes(env.db, new Date('2026-03-10T03:59:00Z'))).toEqual([]);
    expect(expireEmbargoes(env.db, new Date('2026-03-10T04:00:30Z'))).toEqual([id]);
    const r = (await api(env, 'GET', `/api/v1/requests/${id}`)).body;
    expect(r).toMatchObject({ visibility: 'public', embargoUntil: null });
  });
});
