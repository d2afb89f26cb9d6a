/**
 * Lists: every filter, sorting, and cursor pagination that neither repeats nor skips a row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let other: { user: { id: number }; token: string };
const ids: Record<string, number> = {};

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z' });
  staff = (await userWithToken(env, 'staff')).token;
  other = await userWithToken(env, 'staff');
  const fed = (await makeAgency(env, staff, { jurisdiction: 'US' })).id;
  const ma = (await makeAgency(env, staff, { jurisdiction: 'US-MA', level: 'municipal' })).id;
  ids.a = (await makeRequest(env, staff, fed, { tags: ['Geofeedia', 'contracts'], title: 'Geofeedia contracts' })).id;
  ids.b = (await makeRequest(env, staff, ma, { tags: ['training'], title: 'Media Sonar training slides' })).id;
  ids.c = (await makeRequest(env, other.token, ma, { title: 'Dataminr alerts', ownerId: other.user.id })).id;
  await event(env, staff, ids.a, { type: 'submitted', date: '2026-10-01' }); // due 2026-10-30: overdue
  await event(env, staff, ids.b, { type: 'submitted', date: '2026-11-20' }); // MA: due 2026-12-07
  await settle(env);
});
afterAll(() => env.close());

const list = async (query: string) =>
  (await api(env, 'GET', `/api/v1/requests?${query}`, staff)).body as {
    data: { id: number; nextDue: string | null }[];
    nextCursor: string | null;
  };
const idsOf = async (query: string) => (await list(query)).data.map((r) => r.id).sort((x, y) => x - y);

describe('filters', () => {
  it.each([
    ['status=submitted', ['a', 'b']],
    ['status=draft,submitted', ['a', 'b', 'c']],
    ['jurisdiction=us-ma', ['b', 'c']],
    ['tag=geofeedia', ['a']],
    ['overdue=true', ['a']],
    ['overdue=false', ['b', 'c']],
    ['dueBefore=2026-11-01', ['a']],
    ['dueAfter=2026-11-01', ['b']],
    ['q=sonar', ['b']],
    ['q=%22media%20sonar%22', ['b']],
    ['updatedSince=2020-01-01', ['a', 'b', 'c']],
    ['updatedSince=2099-01-01', []],
  ])('%s', async (query, expected) => {
    expect(await idsOf(`${query}&limit=200`)).toEqual(
      expected.map((k) => ids[k]).sort((x, y) => (x as number) - (y as number)),
    );
  });

  it('owner', async () => {
    expect(await idsOf(`owner=${other.user.id}`)).toEqual([ids.c]);
  });

  it('a query with only punctuation matches nothing instead of failing', async () => {
    expect(await idsOf('q=%22%29%28*')).toEqual([]);
  });
});

describe('sorting and pagination', () => {
  it('sorts by next due date, undated last', async () => {
    const rows = (await list('sort=nextDue')).data;
    expect(rows.map((r) => r.id)).toEqual([ids.a, ids.b, ids.c]);
    const desc = (await list('sort=-nextDue')).data;
    expect(desc.map((r) => r.id)[0]).toBe(ids.c);
  });

  it('walks every page once with an opaque cursor', async () => {
    const agency = (await makeAgency(env, staff)).id;
    for (let i = 0; i < 23; i++) await makeRequest(env, staff, agency, { tags: ['paged'] });
    for (const sort of ['-updatedAt', 'createdAt', 'nextDue']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await list(`tag=paged&limit=5&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.data.map((r) => r.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(23);
    }
  });
});
