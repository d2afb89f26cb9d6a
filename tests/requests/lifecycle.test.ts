/**
 * A request's life through the API, the outbox, the real queue and a real worker, with every due
 * date worked out by hand from the statute and a calendar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, requestRow, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let federal: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T15:00:00Z' });
  staff = (await userWithToken(env, 'staff')).token;
  federal = (await makeAgency(env, staff, { jurisdiction: 'US', level: 'federal' })).id;
});
afterAll(() => env.close());

async function read(id: number) {
  const res = await api(env, 'GET', `/api/v1/requests/${id}`, staff);
  expect(res.status).toBe(200);
  return res.body;
}
const clock = (r: any, kind: string) => r.deadlines.find((d: any) => d.kind === kind);

describe('federal request: pause, resume, extension, partial grant, appeal', () => {
  let id: number;
  beforeAll(async () => {
    id = (await makeRequest(env, staff, federal)).id;
  });

  it('a draft has no clocks', async () => {
    const r = await read(id);
    expect(r.status).toBe('draft');
    expect(r.deadlines).toEqual([]);
  });

  it('submitted Mon 2026-03-02: response due Mon 2026-03-30 (20 working days, 5 U.S.C. 552(a)(6)(A)(i))', async () => {
    const after = await event(env, staff, id, { type: 'submitted', date: '2026-03-02', channel: 'portal' });
    expect(after.status).toBe('submitted');
    expect(after.deadlinesPending).toBe(true);
    await settle(env);
    const r = await read(id);
    expect(r.deadlinesPending).toBe(false);
    expect(clock(r, 'response')).toMatchObject({ due: '2026-03-30', startDate: '2026-03-02' });
    expect(clock(r, 'acknowledgment')).toBeUndefined(); // FOIA sets no acknowledgment clock
  });

  it('a fee request pauses the clock; the day it starts counts as elapsed', async () => {
    await event(env, staff, id, { type: 'acknowledged', date: '2026-03-04', trackingNumber: '2026-FOIA-77' });
    await event(env, staff, id, { type: 'fee_requested', date: '2026-03-11', amount: 45 });
    await settle(env);
    const r = await read(id);
    expect(r.status).toBe('awaiting_fee');
    expect(r.trackingNumber).toBe('2026-FOIA-77');
    expect(clock(r, 'response')).toMatchObject({ status: 'paused', due: null });
    expect(clock(r, 'response').explanation.pauses[0]).toMatchObject({ from: '2026-03-11', elapsed: 7, remaining: 13 });
  });

  it('payment resumes it with the 13 days left, counted from the day of payment: Thu 2026-04-09', async () => {
    env.setNow('2026-03-24T12:00:00Z');
    const after = await event(env, staff, id, { type: 'fee_paid', date: '2026-03-23', amount: 45 });
    expect(after.status).toBe('acknowledged');
    await settle(env);
    expect(clock(await read(id), 'response')).toMatchObject({ status: 'open', due: '2026-04-09' });
  });

  it('an extension supersedes the response clock: 30 working days less the pause, Thu 2026-04-23', async () => {
    env.setNow('2026-04-10T12:00:00Z');
    await event(env, staff, id, { type: 'extended', date: '2026-04-01', reason: 'unusual circumstances' });
    await settle(env);
    const r = await read(id);
    expect(clock(r, 'response').status).toBe('superseded');
    expect(clock(r, 'extended_response')).toMatchObject({ status: 'open', due: '2026-04-23' });
  });

  it('a partial grant meets the extended clock and opens the 90-day appeal window (Sun 2026-07-19, not rolled)', async () => {
    env.setNow('2026-04-21T12:00:00Z');
    const after = await event(env, staff, id, { type: 'completed', date: '2026-04-20', outcome: 'partial' });
    expect(after.status).toBe('partially_fulfilled');
    await settle(env);
    const r = await read(id);
    expect(clock(r, 'extended_response')).toMatchObject({ status: 'met', metOn: '2026-04-20' });
    expect(clock(r, 'appeal_filing')).toMatchObject({ status: 'open', due: '2026-07-19' });
    const row = requestRow(env, id);
    expect(row?.responseDays).toBe(35);
    expect(row?.answeredOnTime).toBe(true);
  });

  it('an appeal meets the filing window and starts the 20-working-day appeal clock (Mon 2026-06-01, skips Memorial Day)', async () => {
    env.setNow('2026-05-04T12:00:00Z');
    await event(env, staff, id, { type: 'appealed', date: '2026-05-01', to: 'DHS Office of General Counsel' });
    await settle(env);
    const r = await read(id);
    expect(r.status).toBe('appealed');
    expect(clock(r, 'appeal_filing')).toMatchObject({ status: 'met', metOn: '2026-05-01', due: '2026-07-19' });
    expect(clock(r, 'appeal_response')).toMatchObject({ status: 'open', due: '2026-06-01' });
  });

  it('a late appeal decision is recorded as missed', async () => {
    env.setNow('2026-11-24T15:00:00Z');
    await event(env, staff, id, { type: 'appeal_decided', date: '2026-06-05', outcome: 'denied' });
    await settle(env);
    const r = await read(id);
    expect(r.status).toBe('appeal_decided');
    expect(clock(r, 'appeal_response')).toMatchObject({ status: 'missed', metOn: '2026-06-05', due: '2026-06-01' });
    expect(r.overdue).toBe(false);
  });
});

describe('overdue', () => {
  it('counts business days late as the law counts them (16 on 2026-11-24 for a response due Fri 2026-10-30)', async () => {
    const { id } = await makeRequest(env, staff, federal, { visibility: 'public' });
    await event(env, staff, id, { type: 'submitted', date: '2026-10-01' });
    await settle(env);
    const r = await read(id);
    expect(clock(r, 'response')).toMatchObject({ due: '2026-10-30', status: 'missed', daysOverdue: 16 });
    expect(r).toMatchObject({ overdue: true, daysOverdue: 16 });
    const list = await api(env, 'GET', '/api/v1/requests?overdue=true&limit=200', staff);
    expect(list.body.data.map((x: any) => x.id)).toContain(id);
    const notOverdue = await api(env, 'GET', '/api/v1/requests?overdue=false&limit=200', staff);
    expect(notOverdue.body.data.map((x: any) => x.id)).not.toContain(id);
  });
});

describe('agency-stated extension date', () => {
  it('governs when earlier than the statutory maximum (MA municipality: 25 business days would be 2026-04-06)', async () => {
    const town = (await makeAgency(env, staff, { jurisdiction: 'US-MA', level: 'municipal' })).id;
    const { id } = await makeRequest(env, staff, town);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await event(env, staff, id, { type: 'extended', date: '2026-03-10', newDueDate: '2026-03-27' });
    await settle(env);
    const r = await read(id);
    expect(clock(r, 'response')).toMatchObject({ due: '2026-03-16', status: 'superseded' });
    expect(clock(r, 'extended_response').due).toBe('2026-03-27');
    expect(clock(r, 'extended_response').explanation.text).toMatch(
      /statutory maximum is 2026-04-06 \(Monday\)\. The agency stated 2026-03-27, earlier than that maximum, so its own date governs: due 2026-03-27\.$/,
    );
    // The text names the date the result gives, never another one as "Due".
    expect(clock(r, 'extended_response').explanation.text).not.toMatch(/Due 2026-04-06/);
  });
});

describe('retraction and refused transitions', () => {
  it('refuses an impossible event with 409 naming what is possible', async () => {
    const { id } = await makeRequest(env, staff, federal);
    const res = await api(env, 'POST', `/api/v1/requests/${id}/events`, staff, {
      type: 'fee_paid',
      date: '2026-03-02',
    });
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('transition_refused');
    expect(res.body.allowedEvents).toEqual(['submitted', 'withdrawn', 'note', 'communication', 'retraction']);
    expect(res.body.detail).toBe(
      'A fee paid event is not possible while the request is a draft; possible now: submitted, withdrawn, note, communication, retraction',
    );
  });

  it('a mistaken event is retracted by another event; status and clocks follow', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    const wrong = await event(env, staff, id, { type: 'completed', date: '2026-03-10', outcome: 'denied' });
    await settle(env);
    expect(clock(await read(id), 'appeal_filing')).toBeDefined();
    const mistaken = wrong.events.find((e: any) => e.type === 'completed');
    const after = await event(env, staff, id, {
      type: 'retraction',
      date: '2026-03-11',
      eventId: mistaken.id,
      reason: 'logged on the wrong request',
    });
    expect(after.status).toBe('submitted');
    expect(after.events.find((e: any) => e.id === mistaken.id).retracted).toBe(true);
    await settle(env);
    const r = await read(id);
    expect(clock(r, 'appeal_filing')).toBeUndefined();
    expect(clock(r, 'response')).toMatchObject({ due: '2026-03-30' });
    // a retraction cannot be retracted, nor an event twice
    const again = await api(env, 'POST', `/api/v1/requests/${id}/events`, staff, {
      type: 'retraction',
      date: '2026-03-12',
      eventId: mistaken.id,
    });
    expect(again.status).toBe(409);
  });

  it('refuses a back-dated event that would make a later one impossible', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await event(env, staff, id, { type: 'acknowledged', date: '2026-03-05' });
    // Completed on 03-04 would come before the acknowledgment of 03-05, which then is impossible.
    const res = await api(env, 'POST', `/api/v1/requests/${id}/events`, staff, {
      type: 'completed',
      date: '2026-03-04',
      outcome: 'fulfilled',
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/later acknowledged event of 2026-03-05 would no longer be possible/);
  });

  it('refuses an event dated before the event that made it possible, naming that event and its date', async () => {
    const { id } = await makeRequest(env, staff, federal);
    const submitted = await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await event(env, staff, id, { type: 'note', date: '2026-03-03', note: 'called them' });
    // The request is submitted now; an acknowledgment dated the day before it was sent is the mistake.
    const res = await api(env, 'POST', `/api/v1/requests/${id}/events`, staff, {
      type: 'acknowledged',
      date: '2026-03-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe(
      'An acknowledged event dated 2026-03-01 is not possible: on that date the request was a draft, until the submitted event of 2026-03-02',
    );
    expect(res.body.conflictingEvent).toEqual({
      id: submitted.events.find((e: any) => e.type === 'submitted').id,
      type: 'submitted',
      date: '2026-03-02',
    });
  });

  it('accepts events logged after the fact in date order', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await event(env, staff, id, { type: 'completed', date: '2026-03-20', outcome: 'fulfilled' });
    const r = await event(env, staff, id, { type: 'acknowledged', date: '2026-03-04' });
    expect(r.status).toBe('fulfilled');
    expect(r.events.map((e: any) => e.type)).toEqual(['submitted', 'acknowledged', 'completed']);
  });

  it('withdrawal supersedes the open clocks', async () => {
    const { id } = await makeRequest(env, staff, federal);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await event(env, staff, id, { type: 'withdrawn', date: '2026-03-03' });
    await settle(env);
    const r = await read(id);
    expect(clock(r, 'response').status).toBe('superseded');
    expect(r.overdue).toBe(false);
    expect(requestRow(env, id)?.nextDue).toBeNull();
  });
});
