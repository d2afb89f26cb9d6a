/**
 * Webhooks through the outbox, the real queue and a real worker, to a local HTTP receiver.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepReminders } from '../../src/reminders/send.js';
import { verifySignature } from '../../src/webhooks/service.js';
import { createTestEnv, eventually, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import { startReceiver } from '../helpers/receiver.js';

let env: TestEnv;
let hook: Awaited<ReturnType<typeof startReceiver>>;
let admin: string;
let staff: string;
let agency: number;
let sub: { id: number };
let secret: string;

beforeAll(async () => {
  hook = await startReceiver();
  env = await createTestEnv({
    now: '2026-03-02T12:00:00Z',
    env: { JOB_RETRY_MS: '20', WEBHOOK_ALLOW_INTERNAL: '127.0.0.1' },
  });
  admin = (await userWithToken(env, 'admin')).token;
  staff = (await userWithToken(env, 'staff')).token;
  agency = (await makeAgency(env, staff)).id;
  const res = await api(env, 'POST', '/api/v1/webhooks', admin, {
    url: hook.url,
    events: ['request.status_changed', 'deadline.changed', 'deadline.missed'],
  });
  expect(res.status).toBe(201);
  sub = res.body.subscription;
  secret = res.body.secret;
});
afterAll(async () => {
  await env.close();
  await hook.close();
});

const events = (type: string) => hook.received.filter((r) => r.headers['x-foia-event'] === type);

describe('deliveries', () => {
  it('tells the subscriber about status and deadline changes, signed with its secret', async () => {
    const { id } = await makeRequest(env, staff, agency, { visibility: 'public', title: 'Geofeedia contracts' });
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await settle(env);
    await eventually(() => events('request.status_changed').length === 1 && events('deadline.changed').length === 1);
    const status = events('request.status_changed')[0];
    expect(JSON.parse(status?.body ?? '{}')).toMatchObject({
      type: 'request.status_changed',
      data: { requestId: id, from: 'draft', to: 'submitted', title: 'Geofeedia contracts' },
    });
    expect(JSON.parse(events('deadline.changed')[0]?.body ?? '{}').data).toMatchObject({
      requestId: id,
      kind: 'response',
      previousDue: null,
      due: '2026-03-30',
    });
    // The signature, checked the way a subscriber would: HMAC-SHA256 of "<t>.<body>".
    const header = String(status?.headers['x-foia-signature']);
    const [t, v1] = header.split(',').map((p) => p.split('=')[1]);
    expect(createHmac('sha256', secret).update(`${t}.${status?.body}`).digest('hex')).toBe(v1);
    expect(verifySignature(secret, header, status?.body ?? '', Number(t))).toBe(true);
    expect(verifySignature('wrong-secret-123456', header, status?.body ?? '', Number(t))).toBe(false);
    expect(verifySignature(secret, header, `${status?.body} `, Number(t))).toBe(false);
  });

  it('retries until the subscriber answers 2xx, then stops', async () => {
    hook.failNext(2);
    const before = hook.received.length;
    const { id } = await makeRequest(env, staff, agency);
    await event(env, staff, id, { type: 'withdrawn', date: '2026-03-02' });
    await settle(env);
    const posts = hook.received.slice(before).filter((r) => r.headers['x-foia-event'] === 'request.status_changed');
    expect(posts.map((p) => p.status)).toEqual([500, 500, 200]);
    expect(new Set(posts.map((p) => p.headers['x-foia-delivery'])).size).toBe(1);
    const deliveries = (await api(env, 'GET', `/api/v1/webhooks/${sub.id}/deliveries`, admin)).body.data;
    expect(deliveries[0]).toMatchObject({ status: 'delivered', attempts: 3, responseCode: 200 });
    // a private request's title does not travel
    expect(JSON.parse(posts[2]?.body ?? '{}').data.title).toBeUndefined();
  });

  it('an admin can replay a delivery', async () => {
    const deliveries = (await api(env, 'GET', `/api/v1/webhooks/${sub.id}/deliveries`, admin)).body.data;
    const before = hook.received.length;
    const res = await api(env, 'POST', `/api/v1/webhooks/deliveries/${deliveries[0].id}/replay`, admin);
    expect(res.status).toBe(202);
    await settle(env);
    const replayed = hook.received.slice(before);
    expect(replayed).toHaveLength(1);
    expect(JSON.parse(replayed[0]?.body ?? '{}')).toEqual(deliveries[0].payload);
  });

  it('tells the subscriber once when a clock is missed', async () => {
    const { id } = await makeRequest(env, staff, agency);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await settle(env);
    sweepReminders(env.db, new Date('2026-03-31T12:00:00Z'), 20);
    sweepReminders(env.db, new Date('2026-04-01T12:00:00Z'), 20);
    await settle(env);
    const missed = events('deadline.missed').map((r) => JSON.parse(r.body).data);
    expect(missed.filter((m) => m.requestId === id)).toEqual([{ requestId: id, kind: 'response', due: '2026-03-30' }]);
  });
});

describe('failing and disabled subscribers', () => {
  it('a subscriber that keeps failing is disabled with the reason, and then gets nothing', async () => {
    const bad = await api(env, 'POST', '/api/v1/webhooks', admin, {
      url: 'http://127.0.0.1:1/closed',
      events: ['request.status_changed'],
    });
    for (let i = 0; i < 5; i++) {
      const { id } = await makeRequest(env, staff, agency);
      await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    }
    await settle(env);
    const list = (await api(env, 'GET', '/api/v1/webhooks', admin)).body.data;
    const disabled = list.find((s: { id: number }) => s.id === bad.body.subscription.id);
    expect(disabled).toMatchObject({ active: false, consecutiveFailures: 5 });
    expect(disabled.disabledReason).toMatch(/disabled after 5 deliveries in a row failed/);

    // disabled subscribers get no deliveries at all
    await api(env, 'POST', `/api/v1/webhooks/${sub.id}/disable`, admin);
    const before = hook.received.length;
    const { id } = await makeRequest(env, staff, agency);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await settle(env);
    expect(hook.received.length).toBe(before);
  });
});
