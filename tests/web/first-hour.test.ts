/** Small things a new user meets first: a favicon instead of a 404, and no "retraction" on an empty draft. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
});
afterAll(() => env.close());

describe('first hour', () => {
  it('serves a favicon and every page links it', async () => {
    const icon = await env.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    const page = await env.app.inject({ method: 'GET', url: '/sign-in' });
    const href = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)">/.exec(page.body)?.[1];
    expect(href).toMatch(/^\/assets\/favicon\.svg\?v=/);
    expect((await env.app.inject({ method: 'GET', url: href as string })).statusCode).toBe(200);
  });

  it('a draft with no events is not offered a retraction; a request with one is', async () => {
    const { id } = await makeRequest(env, staff, (await makeAgency(env, staff)).id);
    const draft = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(draft.allowedEvents).not.toContain('retraction');
    await event(env, staff, id, { type: 'submitted', date: '2026-04-14' });
    const submitted = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(submitted.allowedEvents).toContain('retraction');
  });
});
