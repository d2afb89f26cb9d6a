/**
 * The follow-up series with a fixed clock: it starts the business day after the governing clock's
 * due date, repeats every 15 business days up to 3, and stops when the agency writes or the request
 * moves; `approve` drafts, `auto` sends (through the real worker to a real SMTP sink); after a
 * denial an appeal is drafted to the appeal contact. Dates worked out by hand on the federal
 * calendar (5 U.S.C. 6103).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepFollowUps } from '../../src/outbound/follow-ups.js';
import { recomputeDeadlines } from '../../src/requests/recompute.js';
import { startWorker } from '../../workers/main.js';
import { createTestEnv, eventually, type TestEnv } from '../helpers/app.js';
import { api, event, makeRequest, userWithToken } from '../helpers/factories.js';
import { startSmtpSink } from '../helpers/smtp.js';

let env: TestEnv;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let staff: string;
let agency: number;

beforeAll(async () => {
  smtp = await startSmtpSink();
  env = await createTestEnv({
    now: '2026-03-02T15:00:00Z',
    env: { SMTP_URL: smtp.url, INBOUND_EMAIL_DOMAIN: 'records.example.org', MESSAGE_RETRY_MS: '50' },
  });
  staff = (await userWithToken(env, 'staff')).token;
  agency = (
    await api(env, 'POST', '/api/v1/agencies', staff, {
      name: 'U.S. Immigration and Customs Enforcement',
      jurisdiction: 'US',
      level: 'federal',
      requestEmail: 'ice-foia@ice.example.gov',
      appealEmail: 'ogc-appeals@dhs.example.gov',
    })
  ).body.id;
});
afterAll(async () => {
  await env.close();
  await smtp.close();
});

/** A request submitted Mon 2026-03-02: its response is due Mon 2026-03-30 (20 working days). */
async function submitted(policy: 'approve' | 'auto' | 'off' = 'approve') {
  env.setNow('2026-03-02T15:00:00Z');
  const { id } = await makeRequest(env, staff, agency, {
    title: 'Contracts for sentiment analysis of social media posts',
    followUpPolicy: policy,
  });
  await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
  recomputeDeadlines(env.db, id, env.now());
  return id;
}

function sweepOn(day: string) {
  env.setNow(`${day}T15:00:00Z`);
  return sweepFollowUps(env.db, env.config, env.now());
}

const followUps = (requestId: number) =>
  env.db.$client
    .prepare(
      "select id, status, series_key as seriesKey, subject, body, to_addresses as toAddresses from messages where request_id = ? and kind = 'follow_up' order by id",
    )
    .all(requestId) as {
    id: number;
    status: string;
    seriesKey: string;
    subject: string;
    body: string;
    toAddresses: string;
  }[];

describe('approve: drafted for one-click sending', () => {
  it('starts the business day after the due date, every 15 business days, at most 3', async () => {
    const id = await submitted('approve');
    sweepOn('2026-03-30');
    expect(followUps(id)).toEqual([]); // due today: not late yet
    sweepOn('2026-03-31');
    const [first] = followUps(id);
    expect(first).toMatchObject({ status: 'awaiting_approval', seriesKey: 'followup:response:2026-03-30:1' });
    expect(JSON.parse(first?.toAddresses ?? '[]')).toEqual(['ice-foia@ice.example.gov']);
    expect(first?.body).toContain('5 U.S.C. 552(a)(6)(A)(i)');
    expect(first?.body).toContain('2026-03-30');
    // The same day again, and the days before the next one: nothing more.
    sweepOn('2026-03-31');
    sweepOn('2026-04-20');
    expect(followUps(id)).toHaveLength(1);
    // 2026-03-31 + 15 working days = Tue 2026-04-21.
    sweepOn('2026-04-21');
    expect(followUps(id).map((f) => f.seriesKey)).toEqual([
      'followup:response:2026-03-30:1',
      'followup:response:2026-03-30:2',
    ]);
    // Sent with one click.
    const approved = await api(env, 'POST', `/api/v1/messages/${followUps(id)[1]?.id}/approve`, staff, {});
    expect(approved.status).toBe(202);
    expect(approved.body.message.status).toBe('queued');
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      await eventually(() => followUps(id)[1]?.status === 'sent');
    } finally {
      await worker.close();
    }
    // 2026-04-21 + 15 working days = Tue 2026-05-12; then no more.
    sweepOn('2026-05-11');
    expect(followUps(id)).toHaveLength(2);
    sweepOn('2026-05-12');
    expect(followUps(id)).toHaveLength(3);
    sweepOn('2026-06-30');
    expect(followUps(id)).toHaveLength(3);
    // A discarded draft stays discarded.
    const cancelled = await api(env, 'POST', `/api/v1/messages/${followUps(id)[2]?.id}/cancel`, staff, {});
    expect(cancelled.body.message.status).toBe('cancelled');
    sweepOn('2026-07-30');
    expect(followUps(id).map((f) => f.status)).toEqual(['awaiting_approval', 'sent', 'cancelled']);
  });

  it('stops when the agency writes after the due date', async () => {
    const id = await submitted('approve');
    sweepOn('2026-03-31');
    expect(followUps(id)).toHaveLength(1);
    env.setNow('2026-04-02T15:00:00Z');
    await event(env, staff, id, {
      type: 'communication',
      date: '2026-04-02',
      direction: 'in',
      channel: 'email',
      subject: 'We are working on it',
    });
    sweepOn('2026-04-21');
    sweepOn('2026-05-12');
    expect(followUps(id)).toHaveLength(1);
  });

  it('stops when the request moves (an acknowledgment), and never starts while the clock is met or the request withdrawn', async () => {
    const moved = await submitted('approve');
    sweepOn('2026-03-31');
    env.setNow('2026-04-01T15:00:00Z');
    await event(env, staff, moved, { type: 'acknowledged', date: '2026-04-01', trackingNumber: '2026-ICFO-12345' });
    recomputeDeadlines(env.db, moved, env.now());
    sweepOn('2026-04-21');
    expect(followUps(moved)).toHaveLength(1);

    const withdrawn = await submitted('approve');
    env.setNow('2026-03-20T15:00:00Z');
    await event(env, staff, withdrawn, { type: 'withdrawn', date: '2026-03-20' });
    recomputeDeadlines(env.db, withdrawn, env.now());
    sweepOn('2026-04-21');
    expect(followUps(withdrawn)).toEqual([]);

    const off = await submitted('off');
    sweepOn('2026-04-21');
    expect(followUps(off)).toEqual([]);
  });
});

describe('auto: sent by the worker', () => {
  it('sends the follow-up, threaded under the request letter, and logs it', async () => {
    const id = await submitted('auto');
    sweepOn('2026-03-31');
    expect(followUps(id).map((f) => f.status)).toEqual(['queued']);
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      await eventually(() => followUps(id)[0]?.status === 'sent');
    } finally {
      await worker.close();
    }
    const mail = smtp.messages.find((m) => m.subject.includes('Overdue') && m.raw.includes(`request-${id}@`));
    expect(mail?.to).toEqual(['ice-foia@ice.example.gov']);
    const view = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(view.events.at(-1)).toMatchObject({ type: 'communication', data: { direction: 'out', channel: 'email' } });
    // The series goes on from the same clock: the next on 2026-04-21.
    sweepOn('2026-04-20');
    expect(followUps(id)).toHaveLength(1);
  });
});

describe('appeals', () => {
  it('after a denial, an appeal to the appeal contact is drafted once, and sending it logs appealed', async () => {
    const id = await submitted('approve');
    env.setNow('2026-03-20T15:00:00Z');
    await event(env, staff, id, { type: 'completed', date: '2026-03-20', outcome: 'denied' });
    recomputeDeadlines(env.db, id, env.now());
    sweepOn('2026-03-23');
    sweepOn('2026-03-24');
    const drafts = env.db.$client
      .prepare(
        "select id, status, to_addresses as toAddresses, body from messages where request_id = ? and kind = 'appeal'",
      )
      .all(id) as { id: number; status: string; toAddresses: string; body: string }[];
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: 'awaiting_approval' });
    expect(JSON.parse(drafts[0]?.toAddresses ?? '[]')).toEqual(['ogc-appeals@dhs.example.gov']);
    expect(drafts[0]?.body).toContain('2026-03-20');
    await api(env, 'POST', `/api/v1/messages/${drafts[0]?.id}/approve`, staff, {});
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      await eventually(async () => (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.status === 'appealed');
    } finally {
      await worker.close();
    }
  });
});
