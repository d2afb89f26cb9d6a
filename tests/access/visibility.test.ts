/**
 * Private and embargoed requests never appear to anonymous or read-only callers: not in reads (404,
 * not 403), lists, CSV exports, full-text search or agency statistics. Embargoes end on their date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let volunteer: string;
let readOnly: string;
let agency: number;
const ids: Record<string, number> = {};

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  readOnly = (await userWithToken(env, 'staff', { readOnly: true })).token;
  agency = (await makeAgency(env, staff)).id;
  ids.public = (await makeRequest(env, staff, agency, { visibility: 'public', title: 'Geofeedia contract public' })).id;
  ids.private = (
    await makeRequest(env, staff, agency, { visibility: 'private', title: 'Babelstreet secret investigation' })
  ).id;
  ids.embargoed = (
    await makeRequest(env, staff, agency, {
      visibility: 'embargoed',
      embargoUntil: '2026-12-01',
      title: 'Dataminr embargoed story',
    })
  ).id;
  ids.defaulted = (await makeRequest(env, staff, agency, { title: 'Skopenow default visibility' })).id;
  for (const id of Object.values(ids)) {
    await event(env, staff, id, { type: 'submitted', date: '2026-11-02' });
    await event(env, staff, id, { type: 'completed', date: '2026-11-10', outcome: 'denied' });
  }
});
afterAll(() => env.close());

const listIds = async (token?: string, query = '') =>
  ((await api(env, 'GET', `/api/v1/requests?limit=200${query}`, token)).body.data as { id: number }[])
    .map((r) => r.id)
    .sort();

describe('reads', () => {
  it('requests are private unless made public', async () => {
    expect((await api(env, 'GET', `/api/v1/requests/${ids.defaulted}`, staff)).body.visibility).toBe('private');
  });

  it.each([
    ['anonymous', undefined],
    ['a read-only token', 'ro'],
  ])('%s sees public requests and gets 404 for private and embargoed ones', async (_who, which) => {
    const token = which ? readOnly : undefined;
    expect((await api(env, 'GET', `/api/v1/requests/${ids.public}`, token)).status).toBe(200);
    for (const hidden of [ids.private, ids.embargoed, ids.defaulted]) {
      const res = await api(env, 'GET', `/api/v1/requests/${hidden}`, token);
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe(`Request ${hidden} was not found`);
    }
    expect((await api(env, 'GET', '/api/v1/requests/999999', token)).body.detail).toBe('Request 999999 was not found');
  });

  it('volunteers read everything staff read, but change nothing', async () => {
    expect((await api(env, 'GET', `/api/v1/requests/${ids.private}`, volunteer)).status).toBe(200);
    const res = await api(env, 'POST', `/api/v1/requests/${ids.private}/events`, volunteer, {
      type: 'note',
      date: '2026-11-24',
      note: 'x',
    });
    expect(res.status).toBe(403);
  });

  it('a public read does not show who owns or logged things', async () => {
    const body = (await api(env, 'GET', `/api/v1/requests/${ids.public}`)).body;
    expect(body.ownerId).toBeUndefined();
    expect(body.events[0].createdBy).toBeUndefined();
    expect(body.allowedEvents).toBeUndefined();
  });
});

describe('lists, exports and search', () => {
  it('anonymous and read-only lists hold public requests only; signed-in lists hold all', async () => {
    expect(await listIds()).toEqual([ids.public]);
    expect(await listIds(readOnly)).toEqual([ids.public]);
    expect(await listIds(volunteer)).toEqual(Object.values(ids).sort());
  });

  it('CSV exports follow the same rule', async () => {
    const anon = (await api(env, 'GET', '/api/v1/requests/export.csv')).raw;
    expect(anon).toContain('Geofeedia contract public');
    expect(anon).not.toMatch(/Babelstreet|Dataminr|Skopenow/);
    const full = (await api(env, 'GET', '/api/v1/requests/export.csv', staff)).raw;
    expect(full).toMatch(/Babelstreet/);
  });

  it('full-text search does not reveal private titles', async () => {
    expect(await listIds(undefined, '&q=babelstreet')).toEqual([]);
    expect(await listIds(staff, '&q=babelstreet')).toEqual([ids.private]);
  });

  it('agency statistics count only what the caller may see', async () => {
    const anon = (await api(env, 'GET', `/api/v1/agencies/${agency}`)).body.stats;
    const full = (await api(env, 'GET', `/api/v1/agencies/${agency}`, staff)).body.stats;
    expect(anon.filed).toBe(1);
    expect(full.filed).toBe(4);
  });
});

describe('embargo', () => {
  it("an embargoed request becomes public on its end date, in the agency's time zone", async () => {
    env.setNow('2026-11-30T23:59:00Z');
    expect((await api(env, 'GET', `/api/v1/requests/${ids.embargoed}`)).status).toBe(404);
    // Already 1 December in London, still 30 November in Washington (UTC-5): the federal agency's day decides.
    env.setNow('2026-12-01T04:59:00Z');
    expect((await api(env, 'GET', `/api/v1/requests/${ids.embargoed}`)).status).toBe(404);
    expect(await listIds()).toEqual([ids.public]);
    env.setNow('2026-12-01T05:00:01Z');
    expect((await api(env, 'GET', `/api/v1/requests/${ids.embargoed}`)).status).toBe(200);
    expect(await listIds()).toEqual([ids.public, ids.embargoed].sort());
    env.setNow('2026-11-24T12:00:00Z');
  });
});
