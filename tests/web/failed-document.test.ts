/** A failed document's page gives its reason (not "still processing"), no tagging panel, and staff a Retry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { getPage, postForm, webUser } from './session.js';

let env: TestEnv;
let docId: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false });
  const staff = (await userWithToken(env, 'staff')).token;
  const request = (await makeRequest(env, staff, (await makeAgency(env, staff)).id)).id;
  docId = (
    env.db.$client
      .prepare(
        `insert into documents (request_id, name, sha256, size, status, error, sniffed_type, updated_at)
         values (?, 'scan.pdf', ?, 10, 'failed', 'The PDF is damaged and could not be read', 'application/pdf', ?) returning id`,
      )
      .get(request, 'f'.repeat(64), new Date().toISOString()) as { id: number }
  ).id;
});
afterAll(() => env.close());

describe('a failed document', () => {
  it('shows staff the reason and a Retry button, and no tagging panel', async () => {
    const { browser } = await webUser(env, 'staff');
    const res = await getPage(env, browser, `/documents/${docId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Reading this document failed: The PDF is damaged and could not be read');
    expect(res.body).toContain(`action="/documents/${docId}/retry"`);
    expect(res.body).not.toContain('tag-panel');
    expect(res.body).not.toContain('processing is done');
    const retry = await postForm(env, browser, `/documents/${docId}/retry`, { _csrf: browser?.csrf ?? '' });
    expect(retry.statusCode).toBe(303);
    const row = env.db.$client.prepare('select status from documents where id = ?').get(docId) as { status: string };
    expect(row.status).toBe('pending');
  });

  it('a volunteer sees the reason but no Retry button', async () => {
    env.db.$client.prepare(`update documents set status = 'failed' where id = ?`).run(docId);
    const { browser } = await webUser(env, 'volunteer');
    const res = await getPage(env, browser, `/documents/${docId}`);
    expect(res.body).toContain('Reading this document failed');
    expect(res.body).not.toContain(`action="/documents/${docId}/retry"`);
  });
});
