/**
 * A seeded fuzzer over every operation of /openapi.json: for anonymous, read-only and staff callers it
 * sends malformed and edge values for each path and query parameter and each body field (wrong
 * types, huge and unicode strings, NUL bytes, impossible dates, deep nesting), wrong content types
 * and empty bodies. Any 5xx fails the test; the status histogram is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
const callers: Record<string, string | undefined> = {};

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema?: { type?: string } }[];
  body?: { properties?: Record<string, { type?: string }> };
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NASTY: unknown[] = [
  '',
  ' ',
  'a'.repeat(70_000),
  '\u0000',
  'x\u0000y',
  '😀'.repeat(300),
  '\u202e\u200b',
  '2026-02-30',
  '9999-12-31',
  '0000-00-00',
  '-1',
  '0',
  '1e309',
  'NaN',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '%00',
  'null',
  -1,
  0,
  2 ** 53,
  1.5,
  Number.MAX_VALUE,
  true,
  null,
  [],
  {},
  [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]],
  { a: { b: { c: { d: { e: { f: {} } } } } } },
];

const PATH_VALUES = ['1', '2', '999999999', '0', '-1', 'abc', '1.5', '%00', 'a'.repeat(90), '%E2%82%AC', 'US', 'US-ZZ'];

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false });
  const staff = (await userWithToken(env, 'staff')).token;
  const agency = (await makeAgency(env, staff)).id;
  const r = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
  await event(env, staff, r, { type: 'submitted', date: '2026-04-01' });
  await makeRequest(env, staff, agency);
  callers.anonymous = undefined;
  callers.readOnly = (await userWithToken(env, 'admin', { readOnly: true })).token;
  callers.staff = (await userWithToken(env, 'staff')).token;
}, 60_000);
afterAll(() => env.close());

function operations(doc: { paths: Record<string, Record<string, any>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const schema = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        ...(schema ? { body: schema } : {}),
      });
    }
  }
  return out;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function enc(v: unknown): string {
  return typeof v === 'string'
    ? v.startsWith('%')
      ? v
      : encodeURIComponent(v)
    : encodeURIComponent(JSON.stringify(v));
}

describe('fuzzing every operation', () => {
  it('answers malformed input with 4xx, never 5xx', async () => {
    const doc = (await api(env, 'GET', '/openapi.json')).body;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(50);
    const r = rng(20261204);
    const histogram = new Map<number, number>();
    const failures: string[] = [];
    let sent = 0;
    for (const op of ops) {
      for (const [who, token] of Object.entries(callers)) {
        for (let i = 0; i < 12; i++) {
          let url = op.path.replace(/\{[^}]+\}/g, () => pick(r, PATH_VALUES));
          const query = op.params
            .filter((p) => p.in === 'query')
            .filter(() => r() < 0.6)
            .map((p) => `${encodeURIComponent(p.name)}=${enc(pick(r, NASTY))}`);
          if (query.length) url += `?${query.join('&')}`;
          const headers: Record<string, string> = {};
          if (token) headers.authorization = `Bearer ${token}`;
          let payload: string | undefined;
          if (op.method !== 'GET' && op.method !== 'DELETE') {
            // The first two rounds are always an empty object and an empty body; then at random.
            const shape = i < 2 ? 4 + i : i % 4;
            if (shape === 4) {
              headers['content-type'] = 'application/json';
              payload = '{}';
            } else if (shape === 5) {
              headers['content-type'] = 'application/json';
              payload = '';
            } else if (shape === 0) {
              headers['content-type'] = 'application/json';
              const body: Record<string, unknown> = {};
              for (const name of Object.keys(op.body?.properties ?? { x: {} })) body[name] = pick(r, NASTY);
              payload = JSON.stringify(body);
            } else if (shape === 1) {
              headers['content-type'] = 'application/json';
              payload = pick(r, ['', '{}', '{', 'null', '[]', '"x"', '{"a":'.repeat(200), '\u0000']);
            } else if (shape === 2) {
              headers['content-type'] = pick(r, [
                'text/plain',
                'multipart/form-data',
                'application/x-www-form-urlencoded',
                'message/rfc822',
                'application/xml',
              ]);
              payload = pick(r, ['a=1&b=%00', '--x\r\n', '<a/>', 'From: x\r\n\r\n', '']);
            }
          }
          const res = await env.app.inject({
            method: op.method as 'GET',
            url,
            headers,
            ...(payload !== undefined ? { payload } : {}),
          });
          sent++;
          histogram.set(res.statusCode, (histogram.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode >= 500) failures.push(`${who} ${op.method} ${url.slice(0, 200)} -> ${res.statusCode}`);
        }
      }
    }
    const line = [...histogram.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.log(`fuzzed ${sent} requests over ${ops.length} operations: ${line}`);
    expect(failures).toEqual([]);
  }, 120_000);
});
