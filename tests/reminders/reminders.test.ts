/**
 * Reminders end to end: planned from the clocks, swept by racing workers, e-mailed once over real
 * SMTP to a local sink, retried when the mail server refuses, re-planned when a clock moves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFile, openDb } from '../../src/db/index.js';
import { sweepReminders } from '../../src/reminders/send.js';
import { startWorker } from '../../workers/main.js';
import { createTestEnv, eventually, type TestEnv } from '../helpers/app.js';
import { api, ensureWorker, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import { startSmtpSink } from '../helpers/smtp.js';

let env: TestEnv;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let staff: Awaited<ReturnType<typeof userWithToken>>;
let volunteer: Awaited<ReturnType<typeof userWithToken>>;
let agency: number;
let id: number;

beforeAll(async () => {
  smtp = await startSmtpSink();
  env = await createTestEnv({ now: '2026-03-02T12:00:00Z', env: { SMTP_URL: smtp.url, REMINDER_RETRY_MS: '50' } });
  staff = await userWithToken(env, 'staff');
  volunteer = await userWithToken(env, 'volunteer');
  const lead = await api(env, 'PATCH', '/api/v1/me', volunteer.token, { reminderLeadDays: 5 });
  expect(lead.body.reminderLeadDays).toBe(5);
  agency = (await makeAgency(env, staff.token, { jurisdiction: 'US', name: 'Immigration and Customs Enforcement' })).id;
  id = (await makeRequest(env, staff.token, agency, { title: 'Sentiment analysis contracts' })).id;
  expect((await api(env, 'POST', `/api/v1/requests/${id}/watchers`, volunteer.token, {})).status).toBe(200);
  await event(env, staff.token, id, { type: 'submitted', date: '2026-03-02' });
  await settle(env);
});
afterAll(async () => {
  await env.close();
  await smtp.close();
});

type Reminder = {
  clockKind: string;
  kind: string;
  email: string;
  due: string;
  sendOn: string;
  status: string;
  attempts: number;
  lastError: string | null;
};
const list = async (requestId = id) =>
  (await api(env, 'GET', `/api/v1/requests/${requestId}/reminders`, staff.token)).body.data as Reminder[];
const brief = (rs: Reminder[]) =>
  rs
    .map((r) => `${r.clockKind}/${r.kind}/${r.email.split('@')[0]?.replace(/\d+$/, '')}/${r.sendOn}/${r.status}`)
    .sort();

async function sweepAt(iso: string) {
  env.setNow(iso);
  return sweepReminders(env.db, new Date(iso), 50);
}

describe('planning', () => {
  it("plans before (each person's lead time), due, overdue and very overdue reminders for owner and watchers", async () => {
    // Response due Mon 2026-03-30 (20 working days from Mon 03-02).
    expect(brief(await list())).toEqual([
      'response/before/staff/2026-03-25/planned', // 3 business days before
      'response/before/volunteer/2026-03-23/planned', // 5 business days before
      'response/due/staff/2026-03-30/planned',
      'response/due/volunteer/2026-03-30/planned',
      'response/overdue/staff/2026-03-31/planned', // first business day late
      'response/overdue/volunteer/2026-03-31/planned',
      'response/very_overdue/staff/2026-04-27/planned', // late by another 20 working days
      'response/very_overdue/volunteer/2026-04-27/planned',
    ]);
  });
});

describe('sending', () => {
  it('two workers racing the same sweep send each reminder exactly once', async () => {
    const second = openDb(dbFile(env.dataDir));
    const other = startWorker(env.config, second, { concurrency: 2, schedule: false, clock: env.now });
    ensureWorker(env);
    try {
      env.setNow('2026-03-25T13:00:00Z');
      const [a, b] = await Promise.all([
        Promise.resolve().then(() => sweepReminders(env.db, new Date('2026-03-25T13:00:00Z'), 50)),
        Promise.resolve().then(() => sweepReminders(second, new Date('2026-03-25T13:00:00Z'), 50)),
      ]);
      expect(a.queued + b.queued).toBe(2);
      await eventually(() => smtp.messages.length === 2);
      await new Promise((r) => setTimeout(r, 300)); // nothing else arrives
      expect(smtp.messages.length).toBe(2);
      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([staff.user.email, volunteer.user.email].sort());
      const mail = smtp.messages[0]?.raw ?? '';
      expect(mail).toContain('Sentiment analysis contracts');
      expect(mail).toContain('Immigration and Customs Enforcement');
      expect(mail).toContain('2026-03-30');
      expect(mail).toContain('5 U.S.C. 552(a)(6)(A)(i)');
      expect(mail).toContain(`/requests/${id}`);
      await eventually(async () => (await list()).filter((r) => r.status === 'sent').length === 2);
      // A second sweep the same day finds nothing left to send.
      expect((await sweepAt('2026-03-25T18:00:00Z')).queued).toBe(0);
    } finally {
      await other.close();
      second.$client.close();
    }
  });

  it('none is lost when the mail server refuses twice and then recovers', async () => {
    smtp.failNext(2);
    const before = smtp.messages.length;
    expect((await sweepAt('2026-03-30T13:00:00Z')).queued).toBe(2);
    await eventually(() => smtp.messages.length === before + 2, 15_000);
    await eventually(async () => (await list()).filter((r) => r.kind === 'due' && r.status === 'sent').length === 2);
    const due = (await list()).filter((r) => r.kind === 'due');
    expect(due.reduce((n, r) => n + r.attempts, 0)).toBe(4);
  });
});

describe('re-planning', () => {
  it('an extension cancels the response reminders still planned and plans the extended clock', async () => {
    // The agency's extension notice of Fri 03-27 (within the 20 days), logged after the fact.
    await event(env, staff.token, id, { type: 'extended', date: '2026-03-27', reason: 'unusual circumstances' });
    await settle(env);
    const rs = brief(await list());
    // Extended response due Mon 2026-04-13 (30 working days).
    expect(rs).toEqual(
      expect.arrayContaining([
        'response/overdue/staff/2026-03-31/cancelled',
        'response/very_overdue/staff/2026-04-27/cancelled',
        'response/before/staff/2026-03-25/sent',
        'extended_response/before/staff/2026-04-08/planned',
        'extended_response/before/volunteer/2026-04-06/planned',
        'extended_response/due/staff/2026-04-13/planned',
      ]),
    );
  });

  it('a closure moves the clock and its reminders', async () => {
    await api(env, 'POST', '/api/v1/jurisdictions/US/closures', staff.token, {
      date: '2026-04-10',
      reason: 'shutdown',
    });
    await settle(env);
    const rs = brief(await list());
    expect(rs).toEqual(
      expect.arrayContaining([
        'extended_response/due/staff/2026-04-13/cancelled',
        'extended_response/due/staff/2026-04-14/planned',
        'extended_response/before/staff/2026-04-08/planned',
      ]),
    );
  });

  it('a withdrawn request gets no reminders', async () => {
    const other = (await makeRequest(env, staff.token, agency)).id;
    await event(env, staff.token, other, { type: 'submitted', date: '2026-03-02' });
    await settle(env);
    expect((await list(other)).every((r) => r.status === 'planned')).toBe(true);
    await event(env, staff.token, other, { type: 'withdrawn', date: '2026-03-03' });
    await settle(env);
    expect((await list(other)).every((r) => r.status === 'cancelled')).toBe(true);
    const before = smtp.messages.length;
    await sweepAt('2026-05-30T13:00:00Z');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.slice(before).filter((m) => m.raw.includes(`/requests/${other}`))).toEqual([]);
  });
});

describe('failures', () => {
  it('after the last attempt a reminder is marked failed with the reason', async () => {
    env.setNow('2026-06-01T12:00:00Z');
    const r = (await makeRequest(env, staff.token, agency)).id;
    await event(env, staff.token, r, { type: 'submitted', date: '2026-06-01' });
    await settle(env);
    smtp.failNext(1000);
    await sweepAt('2026-06-26T13:00:00Z'); // 3 business days before the due date (Wed 2026-07-01)
    await eventually(async () => (await list(r)).some((x) => x.status === 'failed'), 15_000);
    const failed = (await list(r)).find((x) => x.status === 'failed');
    expect(failed).toMatchObject({ kind: 'before', attempts: 5 });
    expect(failed?.lastError).toMatch(/451/);
    // and the failure shows on the request itself
    const shown = (await api(env, 'GET', `/api/v1/requests/${r}`, staff.token)).body.reminders;
    expect(shown).toMatchObject({ failed: 1, sent: 0 });
    expect(shown.lastProblem).toMatch(/451/);
    smtp.failNext(0);
  });
});

describe('without SMTP_URL', () => {
  it('records the reminder as not sent, with the reason', async () => {
    const plain = await createTestEnv({ now: '2026-03-02T12:00:00Z' });
    try {
      const s = await userWithToken(plain, 'staff');
      const a = (await makeAgency(plain, s.token)).id;
      const r = (await makeRequest(plain, s.token, a)).id;
      await event(plain, s.token, r, { type: 'submitted', date: '2026-03-02' });
      await settle(plain);
      plain.setNow('2026-03-25T12:00:00Z');
      expect(sweepReminders(plain.db, new Date('2026-03-25T12:00:00Z'), 50).queued).toBe(1);
      await eventually(async () => {
        const rs = (await api(plain, 'GET', `/api/v1/requests/${r}/reminders`, s.token)).body.data as Reminder[];
        return rs.some((x) => x.status === 'not_sent');
      });
      const rs = (await api(plain, 'GET', `/api/v1/requests/${r}/reminders`, s.token)).body.data as Reminder[];
      expect(rs.find((x) => x.status === 'not_sent')).toMatchObject({
        kind: 'before',
        lastError: 'SMTP_URL is not set, so no e-mail was sent',
      });
    } finally {
      await plain.close();
    }
  });
});

describe('follow-up letter', () => {
  it('cites the statute, the due date, the tracking number and the original request', async () => {
    const plain = await createTestEnv({ now: '2026-11-24T12:00:00Z' });
    try {
      const s = await userWithToken(plain, 'staff');
      const a = (await makeAgency(plain, s.token, { name: 'Department of Homeland Security' })).id;
      const r = (
        await makeRequest(plain, s.token, a, {
          title: 'Social media monitoring contracts',
          body: 'All contracts with Babel Street.',
        })
      ).id;
      expect((await api(plain, 'GET', `/api/v1/requests/${r}/follow-up`, s.token)).status).toBe(409);
      await event(plain, s.token, r, { type: 'submitted', date: '2026-10-01' });
      await event(plain, s.token, r, { type: 'acknowledged', date: '2026-10-02', trackingNumber: '2026-HQFO-00042' });
      await settle(plain);
      const res = await api(plain, 'GET', `/api/v1/requests/${r}/follow-up`, s.token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ clock: 'response', due: '2026-10-30', daysOverdue: 16 });
      expect(res.body.subject).toBe(
        'Overdue public records request 2026-HQFO-00042: Social media monitoring contracts',
      );
      expect(res.body.body).toContain(
        'Under 5 U.S.C. 552(a)(6)(A)(i), the agency was required to respond to the request by 2026-10-30.',
      );
      expect(res.body.body).toContain('16 business days ago');
      expect(res.body.body).toContain(
        'On 2026-10-01 I submitted a public records request under the Freedom of Information Act, 5 U.S.C. 552',
      );
      expect(res.body.body).toContain('> All contracts with Babel Street.');
    } finally {
      await plain.close();
    }
  });
});
