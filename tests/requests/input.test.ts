/**
 * Bad input is a 4xx problem+json naming each bad field, and nothing is half-written.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, requestEvents, requests } from '../../src/db/schema.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let agency: number;
let existing: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  agency = (await makeAgency(env, staff)).id;
  existing = (await makeRequest(env, staff, agency)).id;
});
afterAll(() => env.close());

const counts = () => ({
  requests: env.db.select({ n: sql<number>`count(*)` }).from(requests).get()?.n,
  events: env.db.select({ n: sql<number>`count(*)` }).from(requestEvents).get()?.n,
  audit: env.db.select({ n: sql<number>`count(*)` }).from(auditLog).get()?.n,
});

describe('creating a request', () => {
  const good = () => ({ agencyId: agency, title: 'Contracts', body: 'All contracts.' });
  it.each([
    ['an unknown agency', { agencyId: 999999 }, 422, ['agencyId']],
    ['a wrong type', { agencyId: 'abc' }, 422, ['agencyId']],
    ['a missing title', { title: undefined }, 422, ['title']],
    ['a title over 500 characters', { title: 'x'.repeat(501) }, 422, ['title']],
    ['unknown fields', { colour: 'red', priority: 1 }, 422, ['colour', 'priority']],
    ['a bad visibility', { visibility: 'secret' }, 422, ['visibility']],
    ['an embargo without a date', { visibility: 'embargoed' }, 422, ['embargoUntil']],
    ['an impossible embargo date', { visibility: 'embargoed', embargoUntil: '2026-02-30' }, 422, ['embargoUntil']],
    ['a bad tag', { tags: ['<script>'] }, 422, ['tags.0']],
    ['an unknown owner', { ownerId: 424242 }, 422, ['ownerId']],
  ])('refuses %s', async (_what, patch, status, fields) => {
    const before = counts();
    const res = await api(env, 'POST', '/api/v1/requests', staff, { ...good(), ...patch });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(fields));
    expect(counts()).toEqual(before);
  });

  it('refuses a body over the size limit with 413', async () => {
    const before = counts();
    const res = await api(env, 'POST', '/api/v1/requests', staff, { ...good(), body: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('body_too_large');
    expect(counts()).toEqual(before);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      payload: '{"agencyId": 1,',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'malformed_json' });
  });
});

describe('events', () => {
  it.each([
    ['an impossible date', { type: 'note', date: '2026-02-30', note: 'x' }, ['date']],
    ['an unknown type', { type: 'lost_in_mail', date: '2026-03-02' }, ['type']],
    ['a completed event without outcome', { type: 'completed', date: '2026-03-02' }, ['outcome']],
    ['a negative fee', { type: 'fee_requested', date: '2026-03-02', amount: -5 }, ['amount']],
    ['a field another type has', { type: 'submitted', date: '2026-03-02', amount: 5 }, ['amount']],
    [
      'a communication without direction',
      { type: 'communication', date: '2026-03-02', channel: 'email' },
      ['direction'],
    ],
  ])('refuses %s, naming the field', async (_what, body, fields) => {
    const before = counts();
    const res = await api(env, 'POST', `/api/v1/requests/${existing}/events`, staff, body);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(fields));
    expect(counts()).toEqual(before);
  });

  it('a refused transition writes nothing', async () => {
    const before = counts();
    const res = await api(env, 'POST', `/api/v1/requests/${existing}/events`, staff, {
      type: 'appeal_decided',
      date: '2026-03-02',
      outcome: 'granted',
    });
    expect(res.status).toBe(409);
    expect(counts()).toEqual(before);
  });

  it('404s an unknown request', async () => {
    const res = await api(env, 'POST', '/api/v1/requests/999999/events', staff, {
      type: 'note',
      date: '2026-03-02',
      note: 'x',
    });
    expect(res.status).toBe(404);
  });
});

describe('list parameters', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=1000', 'limit'],
    ['status=lost', 'status.0'],
    ['dueBefore=2026-13-01', 'dueBefore'],
    ['cursor=nonsense', 'cursor'],
    ['sort=random', 'sort'],
    ['colour=red', 'colour'],
  ])('refuses %s', async (query, field) => {
    const res = await api(env, 'GET', `/api/v1/requests?${query}`, staff);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });
});
