/**
 * A request's cached view follows every write to what it shows, whoever writes it: the revision
 * moves in the database (triggers), not in each writer's memory.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-03-02T12:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
});
afterAll(() => env.close());

it('a write to a document, a reminder, a tag or the request itself shows on the next read', async () => {
  const { id } = await makeRequest(env, staff, (await makeAgency(env, staff)).id);
  await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
  const read = async () => (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
  const c = env.db.$client;
  const revision = () => c.prepare('select revision from requests where id = ?').pluck().get(id) as number;

  const doc = c
    .prepare(
      "insert into documents (request_id, sha256, size, name, updated_at) values (?, ?, 3, 'a.pdf', '2026-03-02') returning id",
    )
    .get(id, 'b'.repeat(64)) as { id: number };
  expect((await read()).documents).toEqual([{ id: doc.id, name: 'a.pdf', status: 'pending' }]);
  c.prepare("update documents set status = 'ready' where id = ?").run(doc.id);
  expect((await read()).documents[0].status).toBe('ready');
  // Progress alone (pages done) is not shown on the request: it does not move the revision.
  const before = revision();
  c.prepare('update documents set pages_done = 3 where id = ?').run(doc.id);
  expect(revision()).toBe(before);

  const user = c.prepare('select id from users limit 1').pluck().get() as number;
  c.prepare(
    "insert into reminders (request_id, clock_kind, kind, user_id, due, send_on, status, last_error, updated_at) values (?, 'response', 'due', ?, '2026-03-30', '2026-03-30', 'failed', 'mailbox full', '2026-03-30')",
  ).run(id, user);
  expect((await read()).reminders).toMatchObject({ failed: 1, lastProblem: 'mailbox full' });

  c.prepare("insert into request_tags (request_id, tag) values (?, 'geofeedia')").run(id);
  expect((await read()).tags).toEqual(['geofeedia']);
  c.prepare("update requests set title = 'Geofeedia contracts' where id = ?").run(id);
  expect((await read()).title).toBe('Geofeedia contracts');
});
