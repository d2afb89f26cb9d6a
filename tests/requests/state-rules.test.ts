/**
 * State rules that change how a request's clocks run: New York starts the response clock at the
 * acknowledgment; Texas restarts it when the requester clarifies; Michigan receives e-mail a business
 * day late. Dates worked out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-03-03T12:00:00Z' });
  staff = (await userWithToken(env, 'staff')).token;
});
afterAll(() => env.close());

const clocks = async (id: number) => {
  const r = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
  return Object.fromEntries((r.deadlines as any[]).map((d) => [d.kind, d]));
};

describe('New York (POL 89(3)(a))', () => {
  it('acknowledgment within 5 business days; the 20 business days start at the acknowledgment', async () => {
    const nypd = (await makeAgency(env, staff, { jurisdiction: 'US-NY', level: 'municipal' })).id;
    const { id } = await makeRequest(env, staff, nypd);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await settle(env);
    let c = await clocks(id);
    expect(c.acknowledgment).toMatchObject({ due: '2026-03-09', status: 'open' });
    expect(c.response).toMatchObject({ due: null, status: 'open' });
    expect(c.response.explanation.text).toMatch(/starts at the acknowledgment/);

    // Events cannot be dated after the agency's today: the clock moves on with the story.
    env.setNow('2026-03-05T15:00:00Z');
    await event(env, staff, id, { type: 'acknowledged', date: '2026-03-05' });
    await settle(env);
    c = await clocks(id);
    expect(c.acknowledgment).toMatchObject({ status: 'met', metOn: '2026-03-05' });
    expect(c.response).toMatchObject({ due: '2026-04-02', startDate: '2026-03-05' });
  });
});

describe('Texas (Gov. Code 552.221, 552.222(b); City of Dallas v. Abbott)', () => {
  it('a clarification restarts the 10 business days from the day the requester clarifies', async () => {
    const dps = (await makeAgency(env, staff, { jurisdiction: 'US-TX', level: 'state' })).id;
    const { id } = await makeRequest(env, staff, dps);
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
    await settle(env);
    expect((await clocks(id)).response.due).toBe('2026-03-16');

    env.setNow('2026-03-05T15:00:00Z');
    await event(env, staff, id, { type: 'clarification_requested', date: '2026-03-05' });
    await settle(env);
    expect((await clocks(id)).response).toMatchObject({ due: null, status: 'paused' });

    env.setNow('2026-03-10T15:00:00Z');
    await event(env, staff, id, { type: 'clarified', date: '2026-03-10' });
    await settle(env);
    expect((await clocks(id)).response).toMatchObject({ due: '2026-03-24', startDate: '2026-03-10', status: 'open' });
  });
});

describe('Michigan (MCL 15.235(1))', () => {
  it('an e-mailed request is received one business day after it is sent', async () => {
    const msp = (await makeAgency(env, staff, { jurisdiction: 'US-MI', level: 'state' })).id;
    const byMail = (await makeRequest(env, staff, msp)).id;
    const byEmail = (await makeRequest(env, staff, msp)).id;
    await event(env, staff, byMail, { type: 'submitted', date: '2026-03-02', channel: 'mail' });
    await event(env, staff, byEmail, { type: 'submitted', date: '2026-03-02', channel: 'email' });
    await settle(env);
    // 5 business days from Mon 2026-03-02 is Mon 03-09; received Tue 03-03 by e-mail, it is Tue 03-10.
    expect((await clocks(byMail)).response.due).toBe('2026-03-09');
    expect((await clocks(byEmail)).response.due).toBe('2026-03-10');
  });
});
