import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closures } from '../../src/db/schema.js';
import { listJurisdictions } from '../../src/deadlines/index.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: false });
});
afterAll(() => env.close());

const get = (url: string) => env.app.inject({ method: 'GET', url });

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = res.json() as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  return body as { errors?: { path: string; message: string }[]; code: string; detail: string };
}

describe('GET /api/v1/jurisdictions', () => {
  it('lists every encoded jurisdiction with its law, rules and citations', async () => {
    const res = await get('/api/v1/jurisdictions');
    expect(res.statusCode).toBe(200);
    const { data } = res.json() as { data: Array<Record<string, unknown>> };
    expect(data.map((j) => j.code)).toEqual(listJurisdictions().map((j) => j.code));
    const us = data.find((j) => j.code === 'US') as {
      lawCitation: string;
      kinds: string[];
      rules: { clocks: { kind: string; citation: string; period: string | null }[] };
    };
    expect(us.lawCitation).toBe('5 U.S.C. 552');
    expect(us.kinds).toEqual([
      'response',
      'extended_response',
      'appeal_response',
      'expedited_decision',
      'appeal_filing',
    ]);
    expect(us.rules.clocks.find((c) => c.kind === 'response')).toMatchObject({
      period: '20 business days',
      citation: '5 U.S.C. 552(a)(6)(A)(i)',
    });
  });
});

describe('GET /api/v1/jurisdictions/{code}', () => {
  it('gives rule versions, the legal holidays of the year asked, and stored closures', async () => {
    env.db.insert(closures).values({ jurisdiction: 'US', date: '2027-01-20', reason: 'snow closure (OPM)' }).run();
    const res = await get('/api/v1/jurisdictions/us?year=2027');
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      code: string;
      ruleSets: { effectiveFrom: string }[];
      calendar: { year: number; holidays: { date: string; name: string; observedFor?: string }[]; closures: unknown[] };
    };
    expect(body.code).toBe('US');
    expect(body.ruleSets.map((r) => r.effectiveFrom)).toEqual(['1997-10-02', '2016-06-30']);
    expect(body.calendar.year).toBe(2027);
    expect(body.calendar.holidays).toContainEqual(
      expect.objectContaining({ date: '2027-12-31', name: "New Year's Day", observedFor: '2028-01-01' }),
    );
    expect(body.calendar.closures).toEqual([{ date: '2027-01-20', reason: 'snow closure (OPM)' }]);
  });

  it('defaults to the current year', async () => {
    const res = await get('/api/v1/jurisdictions/US-MA');
    expect((res.json() as { calendar: { year: number } }).calendar.year).toBe(2026);
  });

  it('404s an unknown jurisdiction with problem details', async () => {
    const body = expectProblem(await get('/api/v1/jurisdictions/US-ZZ'), 404);
    expect(body.code).toBe('unknown_jurisdiction');
  });
});

describe('GET /api/v1/jurisdictions/{code}/deadline', () => {
  it('computes a due date with its explanation', async () => {
    const res = await get('/api/v1/jurisdictions/US/deadline?kind=response&from=2026-11-20');
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      jurisdiction: string;
      due: string;
      explanation: { citation: string; day1: string; skipped: { date: string; reason: string }[]; text: string };
    };
    expect(body).toMatchObject({ jurisdiction: 'US', kind: 'response', from: '2026-11-20', due: '2026-12-21' });
    expect(body.explanation.citation).toBe('5 U.S.C. 552(a)(6)(A)(i)');
    expect(body.explanation.day1).toBe('2026-11-23');
    expect(body.explanation.skipped).toContainEqual({
      date: '2026-11-26',
      reason: 'legal holiday: Thanksgiving Day (5 U.S.C. 6103(a))',
    });
    expect(body.explanation.text).toContain('Due 2026-12-21');
  });

  it('applies the agency level (Massachusetts municipality: 25 business days)', async () => {
    const agency = await get('/api/v1/jurisdictions/US-MA/deadline?kind=extended_response&from=2026-03-02');
    const town = await get(
      '/api/v1/jurisdictions/US-MA/deadline?kind=extended_response&from=2026-03-02&agencyLevel=municipal',
    );
    expect((agency.json() as { due: string }).due).toBe('2026-03-23');
    expect((town.json() as { due: string }).due).toBe('2026-04-06');
  });

  it('counts stored jurisdiction closures as non-business days', async () => {
    env.db.insert(closures).values({ jurisdiction: 'US-MA', date: '2026-03-04', reason: 'snow emergency' }).run();
    const res = await get('/api/v1/jurisdictions/US-MA/deadline?kind=response&from=2026-03-02');
    const body = res.json() as { due: string; explanation: { skipped: { date: string; reason: string }[] } };
    expect(body.due).toBe('2026-03-17');
    expect(body.explanation.skipped).toContainEqual({ date: '2026-03-04', reason: 'closure: snow emergency' });
  });

  it('answers null where the law has the step but no fixed deadline', async () => {
    const res = await get('/api/v1/jurisdictions/US/deadline?kind=appeal_filing&from=2015-05-04');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { due: null; explanation: { text: string } };
    expect(body.due).toBeNull();
    expect(body.explanation.text).toMatch(/No fixed deadline/);
  });

  it.each([
    ['an impossible date', '/api/v1/jurisdictions/US/deadline?kind=response&from=2026-02-30', 'from'],
    ['a malformed date', '/api/v1/jurisdictions/US/deadline?kind=response&from=03/02/2026', 'from'],
    ['a missing date', '/api/v1/jurisdictions/US/deadline?kind=response', 'from'],
    ['an unknown kind', '/api/v1/jurisdictions/US/deadline?kind=reply&from=2026-03-02', 'kind'],
    [
      'a bad agency level',
      '/api/v1/jurisdictions/US/deadline?kind=response&from=2026-03-02&agencyLevel=city',
      'agencyLevel',
    ],
    ['a bad channel', '/api/v1/jurisdictions/US/deadline?kind=response&from=2026-03-02&channel=pigeon', 'channel'],
    ['an unknown parameter', '/api/v1/jurisdictions/US/deadline?kind=response&from=2026-03-02&days=5', 'days'],
    ['a kind the law lacks', '/api/v1/jurisdictions/US/deadline?kind=acknowledgment&from=2026-03-02', 'kind'],
    ['a date outside 2000-2100', '/api/v1/jurisdictions/US/deadline?kind=response&from=1999-12-31', 'from'],
  ])('422s %s, naming the field', async (_what, url, field) => {
    const body = expectProblem(await get(url), 422);
    expect(body.errors?.map((e) => e.path)).toContain(field);
  });

  it('404s an unknown jurisdiction', async () => {
    expectProblem(await get('/api/v1/jurisdictions/US-XX/deadline?kind=response&from=2026-03-02'), 404);
  });
});
