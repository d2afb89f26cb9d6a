/**
 * "Today" is the agency's today. At 10 p.m. in Washington on a federal due date (02:00 UTC the next
 * day) the clock is still open: not missed, not overdue, no follow-up letter, and an agency's e-mail
 * sent at 9 p.m. Eastern is that day's mail. An hour past midnight in Washington it is missed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateIn, localTime, today } from '../../src/clock.js';
import { sweepReminders } from '../../src/reminders/send.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let admin: string;
let federal: number;
let requestId: number;

const response = async () => {
  const r = (await api(env, 'GET', `/api/v1/requests/${requestId}`, staff)).body;
  return { request: r, clock: (r.deadlines as { kind: string }[]).find((d) => d.kind === 'response') as never };
};

beforeAll(async () => {
  env = await createTestEnv({
    now: '2026-03-02T15:00:00Z',
    withQueue: true,
    env: { INBOUND_EMAIL_DOMAIN: 'records.example.org' },
  });
  staff = (await userWithToken(env, 'staff')).token;
  admin = (await userWithToken(env, 'admin')).token;
  federal = (
    await makeAgency(env, staff, { jurisdiction: 'US', level: 'federal', requestEmail: 'foia@agency.example.gov' })
  ).id;
  requestId = (await makeRequest(env, staff, federal)).id;
  // 20 working days after Mon 2026-03-02 (no legal public holiday in March): Mon 2026-03-30.
  await event(env, staff, requestId, { type: 'submitted', date: '2026-03-02' });
  await settle(env);
}, 30_000);
afterAll(() => env.close());

describe('the clock module', () => {
  it("takes dates in each jurisdiction's zone", () => {
    const t = new Date('2026-03-31T02:00:00Z');
    expect(today('US', t)).toBe('2026-03-30'); // Washington, EDT (UTC-4)
    expect(today('US-CA', t)).toBe('2026-03-30'); // Sacramento, PDT (UTC-7)
    expect(today('US-HI', new Date('2026-03-31T09:59:00Z'))).toBe('2026-03-30'); // Honolulu, UTC-10 all year
    expect(dateIn(new Date('2026-11-02T04:30:00Z'), 'US-NY')).toBe('2026-11-01'); // EST from 2026-11-01
    expect(localTime(new Date('2026-03-31T01:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-30',
      hour: 21,
      minute: 0,
    });
  });
});

describe('at 10 p.m. in Washington on the due date (2026-03-31T02:00Z)', () => {
  beforeAll(() => env.setNow('2026-03-31T02:00:00Z'));

  it('the federal response clock due 2026-03-30 is still open', async () => {
    const { request, clock } = await response();
    expect(clock).toMatchObject({ due: '2026-03-30', status: 'open', daysOverdue: 0, daysLate: 0 });
    expect(request).toMatchObject({ overdue: false, daysOverdue: 0 });
  });

  it('lists and the follow-up letter agree', async () => {
    const overdue = (await api(env, 'GET', '/api/v1/requests?overdue=true', staff)).body;
    expect(overdue.data.map((r: { id: number }) => r.id)).not.toContain(requestId);
    const all = (await api(env, 'GET', '/api/v1/requests', staff)).body;
    expect(all.data.find((r: { id: number }) => r.id === requestId)).toMatchObject({ overdue: false });
    const letter = await api(env, 'GET', `/api/v1/requests/${requestId}/follow-up`, staff);
    expect(letter.status).toBe(409);
    const agency = (await api(env, 'GET', `/api/v1/agencies/${federal}`, staff)).body;
    expect(agency.stats.overdue).toBe(0);
  });

  it("an event cannot be dated the next day (the agency's tomorrow), but today's date is fine", async () => {
    const tomorrow = await api(env, 'POST', `/api/v1/requests/${requestId}/events`, staff, {
      type: 'note',
      date: '2026-03-31',
      note: 'written at 10 p.m. Eastern',
    });
    expect(tomorrow.status).toBe(422);
    expect(tomorrow.body.errors).toEqual([{ path: 'date', message: 'The date must not be after 2026-03-30' }]);
    const todayNote = await api(env, 'POST', `/api/v1/requests/${requestId}/events`, staff, {
      type: 'note',
      date: '2026-03-30',
      note: 'written at 10 p.m. Eastern',
    });
    expect(todayNote.status).toBe(201);
  });

  it('the reminder sweep sends "due today" and holds "overdue" until the agency\'s tomorrow', async () => {
    sweepReminders(env.db, new Date('2026-03-31T02:00:00Z'), 50);
    const rows = (await api(env, 'GET', `/api/v1/requests/${requestId}/reminders`, staff)).body.data as {
      kind: string;
      status: string;
    }[];
    expect(rows.filter((r) => r.kind === 'due').map((r) => r.status)).not.toContain('cancelled');
    expect(rows.filter((r) => r.kind === 'due').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.kind === 'overdue').map((r) => r.status)).toEqual(
      rows.filter((r) => r.kind === 'overdue').map(() => 'planned'),
    );
  });

  it("an agency's e-mail sent at 9 p.m. Eastern is logged on that day", async () => {
    const t = await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail provider' });
    const raw = [
      'From: FOIA Officer <foia@agency.example.gov>',
      `To: request-${requestId}@records.example.org`,
      'Subject: Your FOIA request',
      'Date: Mon, 30 Mar 2026 21:00:00 -0400',
      'Message-ID: <late-evening@agency.example.gov>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'We are still searching for responsive records.',
      '',
    ].join('\r\n');
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/email',
      headers: { 'content-type': 'message/rfc822', 'x-inbound-token': t.body.token },
      payload: raw,
    });
    expect(res.statusCode).toBeLessThan(300);
    const { request } = await response();
    const mail = (request.events as { type: string; date: string; data: { direction?: string } }[]).find(
      (e) => e.type === 'communication' && e.data.direction === 'in',
    );
    expect(mail?.date).toBe('2026-03-30');
  });
});

describe('after midnight in Washington (2026-03-31T04:30Z)', () => {
  beforeAll(() => env.setNow('2026-03-31T04:30:00Z'));

  it('the clock is missed by one working day and the request is overdue', async () => {
    const { request, clock } = await response();
    expect(clock).toMatchObject({ due: '2026-03-30', status: 'missed', daysOverdue: 1, daysLate: 1 });
    expect(request).toMatchObject({ overdue: true, daysOverdue: 1 });
    const overdue = (await api(env, 'GET', '/api/v1/requests?overdue=true', staff)).body;
    expect(overdue.data.find((r: { id: number }) => r.id === requestId)).toMatchObject({ overdue: true, daysLate: 1 });
    expect((await api(env, 'GET', `/api/v1/requests/${requestId}/follow-up`, staff)).status).toBe(200);
  });

  it('an answer two working days late keeps its days late once the clock is met', async () => {
    env.setNow('2026-04-01T15:00:00Z');
    await event(env, staff, requestId, { type: 'completed', date: '2026-04-01', outcome: 'fulfilled' });
    await settle(env);
    const { request, clock } = await response();
    expect(clock).toMatchObject({ status: 'missed', metOn: '2026-04-01', daysOverdue: 0, daysLate: 2 });
    expect(request.overdue).toBe(false);
    // Lists and the CSV keep it too.
    const list = (await api(env, 'GET', '/api/v1/requests', staff)).body;
    expect(list.data.find((r: { id: number }) => r.id === requestId)).toMatchObject({ overdue: false, daysLate: 2 });
    const csv = await env.app.inject({
      method: 'GET',
      url: '/api/v1/requests/export.csv',
      headers: { authorization: `Bearer ${staff}` },
    });
    const [header, ...rows] = csv.body.trim().split('\r\n');
    const col = (header as string).split(',').indexOf('daysLate');
    expect(col).toBeGreaterThan(0);
    expect(rows.map((r) => r.split(',')[col])).toContain('2');
  });
});
