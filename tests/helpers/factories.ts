/**
 * Small factories for test data through the real API and domain functions (no global seed, no magic
 * ids), and `settle`, which pushes the outbox through the real queue to a real worker and waits
 * until the clocks are recomputed.
 */
import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Role } from '../../src/auth/roles.js';
import { createToken, createUser } from '../../src/auth/users.js';
import { outbox, requests } from '../../src/db/schema.js';
import { startWorker, type WorkerHandle } from '../../workers/main.js';
import { drain, eventually, type TestEnv } from './app.js';

let seq = 0;

export async function userWithToken(env: TestEnv, role: Role, opts: { readOnly?: boolean } = {}) {
  seq++;
  const user = await createUser(env.db, null, new Date(), { email: `${role}${seq}@example.com`, role });
  const { token } = createToken(env.db, null, new Date(), user.id, { name: 'test', readOnly: opts.readOnly ?? false });
  return { user, token, auth: { authorization: `Bearer ${token}` } };
}

export async function api(
  env: TestEnv,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  token?: string,
  body?: unknown,
) {
  const res = await env.app.inject({
    method,
    url,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  return {
    status: res.statusCode,
    body: res.body ? (safeJson(res.body) as any) : null,
    headers: res.headers,
    raw: res.body,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function makeAgency(
  env: TestEnv,
  token: string,
  fields: { name?: string; jurisdiction?: string; level?: string; parentId?: number; requestEmail?: string } = {},
) {
  seq++;
  const res = await api(env, 'POST', '/api/v1/agencies', token, {
    name: fields.name ?? `Agency ${seq}`,
    jurisdiction: fields.jurisdiction ?? 'US',
    level: fields.level ?? 'federal',
    ...(fields.parentId ? { parentId: fields.parentId } : {}),
    ...(fields.requestEmail ? { requestEmail: fields.requestEmail } : {}),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; name: string; jurisdiction: string };
}

export async function makeRequest(env: TestEnv, token: string, agencyId: number, fields: Record<string, unknown> = {}) {
  seq++;
  const res = await api(env, 'POST', '/api/v1/requests', token, {
    agencyId,
    title: `Social media monitoring records ${seq}`,
    body: 'All contracts with social media monitoring vendors since 2020.',
    ...fields,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; status: string };
}

export async function event(
  env: TestEnv,
  token: string,
  requestId: number,
  body: Record<string, unknown>,
  expectStatus = 201,
) {
  const res = await api(env, 'POST', `/api/v1/requests/${requestId}/events`, token, body);
  expect(res.status, JSON.stringify(res.body)).toBe(expectStatus);
  return res.body;
}

const workers = new WeakMap<TestEnv, WorkerHandle>();

/** Starts a real worker for this environment (closed with it). */
export function ensureWorker(env: TestEnv): WorkerHandle {
  let w = workers.get(env);
  if (!w) {
    w = startWorker(env.config, env.db, { concurrency: 4, schedule: false, clock: env.now });
    workers.set(env, w);
    const close = env.close.bind(env);
    env.close = async () => {
      await w?.close();
      await close();
    };
  }
  return w;
}

/**
 * Hands the outbox to the queue and waits until the worker has brought every request's clocks up to
 * date and the queue is idle. Jobs may write further outbox rows (webhook deliveries), so the outbox
 * is drained again on every poll, as the API's drainer would.
 */
export async function settle(env: TestEnv) {
  const queue = env.queue;
  if (!queue) throw new Error('settle needs a queue');
  ensureWorker(env);
  await eventually(async () => {
    await drain(env, queue);
    const pending = env.db
      .select({ n: sql<number>`count(*)` })
      .from(outbox)
      .where(sql`${outbox.dispatchedAt} is null and ${outbox.finishedAt} is null`)
      .get();
    const stale = env.db
      .select({ n: sql<number>`count(*)` })
      .from(requests)
      .where(sql`${requests.version} != ${requests.deadlinesVersion}`)
      .get();
    if ((pending?.n ?? 0) !== 0 || (stale?.n ?? 0) !== 0) return false;
    for (const q of [queue.queue, queue.extract]) {
      const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (!Object.values(counts).every((n) => n === 0)) return false;
    }
    // Nothing new was written by the jobs that just finished.
    const again = env.db
      .select({ n: sql<number>`count(*)` })
      .from(outbox)
      .where(sql`${outbox.dispatchedAt} is null and ${outbox.finishedAt} is null`)
      .get();
    return (again?.n ?? 0) === 0;
  }, 20_000);
}

export function requestRow(env: TestEnv, id: number) {
  return env.db.select().from(requests).where(eq(requests.id, id)).get();
}
