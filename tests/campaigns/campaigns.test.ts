/**
 * Campaigns end to end, against a real SMTP server process, a real worker, Redis and SQLite: one
 * letter to agencies in five jurisdictions, each citing its own law; a bulk send delivering one
 * message per agency; replies threading to the right request; the view's counts and days late
 * agreeing with each request's own clocks; agencies added by ids, filter and CSV, twice refused for
 * that agency only; bulk visibility, tags, withdrawal and a stopped send, each reported per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJurisdiction } from '../../src/deadlines/index.js';
import { startWorker, type WorkerHandle } from '../../workers/main.js';
import { createTestEnv, eventually, type TestEnv } from '../helpers/app.js';
import { api, event, settle, userWithToken } from '../helpers/factories.js';
import { startReceiver } from '../helpers/receiver.js';
import { startSmtpSink } from '../helpers/smtp.js';

const DOMAIN = 'records.example.org';
let env: TestEnv;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let staff: string;
let volunteer: string;
let inboundToken: string;
let worker: WorkerHandle | null = null;
let hook: Awaited<ReturnType<typeof startReceiver>>;

const AGENCIES = [
  {
    name: 'Federal Bureau of Investigation',
    jurisdiction: 'US',
    level: 'federal',
    law: '5 U.S.C. 552',
    email: 'foia@fbi.example',
  },
  {
    name: 'Boston Police Department',
    jurisdiction: 'US-MA',
    level: 'municipal',
    law: 'G.L. c. 66',
    email: 'records@bpd.example',
  },
  {
    name: 'Chicago Police Department',
    jurisdiction: 'US-IL',
    level: 'municipal',
    law: '5 ILCS 140',
    email: 'foia@cpd.example',
  },
  {
    name: 'Los Angeles Police Department',
    jurisdiction: 'US-CA',
    level: 'municipal',
    law: 'Gov. Code',
    email: 'cpra@lapd.example',
  },
  {
    name: 'Texas Department of Public Safety',
    jurisdiction: 'US-TX',
    level: 'state',
    law: 'ch. 552',
    email: 'pia@dps.example',
  },
] as const;
const agencyIds: number[] = [];
let campaign: number;

beforeAll(async () => {
  smtp = await startSmtpSink();
  hook = await startReceiver();
  env = await createTestEnv({
    now: '2026-10-01T15:00:00Z',
    env: {
      SMTP_URL: smtp.url,
      INBOUND_EMAIL_DOMAIN: DOMAIN,
      MESSAGE_RETRY_MS: '50',
      JOB_RETRY_MS: '20',
      WEBHOOK_ALLOW_INTERNAL: '127.0.0.1',
    },
  });
  staff = (await userWithToken(env, 'staff')).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  const admin = (await userWithToken(env, 'admin')).token;
  inboundToken = (await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail' })).body.token;
  for (const a of AGENCIES) {
    const res = await api(env, 'POST', '/api/v1/agencies', staff, {
      name: a.name,
      jurisdiction: a.jurisdiction,
      level: a.level,
      requestEmail: a.email,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    agencyIds.push(res.body.id);
  }
});
afterAll(async () => {
  await worker?.close();
  await env.close();
  await smtp.close();
  await hook.close();
});

const view = async (query = '') => (await api(env, 'GET', `/api/v1/campaigns/${campaign}${query}`, staff)).body;

describe('a campaign to five jurisdictions', () => {
  it('creates one draft per agency, each letter citing its own law', async () => {
    const c = await api(env, 'POST', '/api/v1/campaigns', staff, {
      title: 'Social media monitoring tools',
      body: 'Contracts, purchase orders and training material for Geofeedia, Media Sonar, Babel Street and Dataminr since 2014.',
      tags: ['social-media-monitoring'],
      visibility: 'public',
      letter: {
        subject: 'Public records request under {{law.name}}: social media monitoring',
        body: 'To {{agency.name}}:\n\nUnder {{law.name}} ({{law.citation}}) I request: {{request.body}}\n\nThe law gives you {{clock.response.days}} to respond.\n\n{{requester.name}}',
      },
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    campaign = c.body.id;
    const added = await api(env, 'POST', `/api/v1/campaigns/${campaign}/agencies`, staff, { agencyIds });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.added).toHaveLength(5);
    expect(added.body.refused).toEqual([]);
    for (const [i, a] of AGENCIES.entries()) {
      const row = added.body.added.find((x: { agencyId: number }) => x.agencyId === agencyIds[i]);
      const letter = (await api(env, 'GET', `/api/v1/requests/${row.requestId}/letters/request`, staff)).body;
      // Its own law, name and citation, as the engine has them.
      const law = getJurisdiction(a.jurisdiction);
      expect(letter.body, a.jurisdiction).toContain(`Under ${law.lawName} (${law.lawCitation})`);
      expect(law.lawCitation).toContain(a.law);
      expect(letter.body).toContain(`To ${a.name}:`);
      expect(letter.to).toEqual([a.email]);
      expect(letter.template.source).toBe('request');
    }
    const texas = (await api(env, 'GET', `/api/v1/requests/${added.body.added[4].requestId}/letters/request`, staff))
      .body;
    const federal = (await api(env, 'GET', `/api/v1/requests/${added.body.added[0].requestId}/letters/request`, staff))
      .body;
    expect(federal.body).toContain('20 business days');
    expect(texas.body).not.toBe(federal.body);
    // Adding an agency twice is refused for that agency, not for the others.
    const again = await api(env, 'POST', `/api/v1/campaigns/${campaign}/agencies`, staff, {
      agencyIds: [agencyIds[0], 999_999],
    });
    expect(again.body.added).toEqual([]);
    expect(again.body.refused).toEqual([
      { agencyId: agencyIds[0], agencyName: AGENCIES[0].name, reason: 'already in this campaign' },
      { agencyId: 999_999, agencyName: null, reason: 'no such agency' },
    ]);
    const v = await view();
    expect(v.summary).toMatchObject({ requests: 5, drafts: 5, sent: 0, overdue: 0 });
    expect(v.requests.every((r: { status: string }) => r.status === 'draft')).toBe(true);
  });

  it('a bulk send delivers one message per agency, and logs each submitted', async () => {
    const admin = (await userWithToken(env, 'admin')).token;
    const sub = await api(env, 'POST', '/api/v1/webhooks', admin, {
      url: hook.url,
      events: ['request.status_changed', 'message.sent'],
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const sent = await api(env, 'POST', `/api/v1/campaigns/${campaign}/send`, staff, {});
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({ done: 5, skipped: 0, failed: 0 });
    // Sending again: nothing left to send, each said why.
    const twice = await api(env, 'POST', `/api/v1/campaigns/${campaign}/send`, staff, {});
    expect(twice.body, JSON.stringify(twice.body)).toMatchObject({ done: 0, skipped: 5 });
    expect(twice.body.results[0].reason).toMatch(/^its request letter is already on its way|^not a draft/);
    worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    // Paced at 30 a minute: the fifth leaves about 8 seconds after the first.
    await eventually(async () => (await view()).summary.sent === 5, 25_000);
    for (const a of AGENCIES) {
      expect(
        smtp.messages.filter((m) => m.to.includes(a.email)),
        a.name,
      ).toHaveLength(1);
    }
    await settle(env);
    const v = await view();
    expect(v.summary).toMatchObject({ requests: 5, drafts: 0, sent: 5, open: 5 });
    // Webhooks name the campaign.
    await eventually(() => hook.received.filter((r) => JSON.parse(r.body).type === 'message.sent').length === 5);
    for (const r of hook.received) expect(JSON.parse(r.body).data.campaignId).toBe(campaign);
    expect(hook.received.some((r) => JSON.parse(r.body).type === 'request.status_changed')).toBe(true);
    // Lists, documents and search filter by campaign, for signed-in callers only.
    const list = (await api(env, 'GET', `/api/v1/requests?campaignId=${campaign}`, staff)).body.data;
    expect(list).toHaveLength(5);
    expect((await api(env, 'GET', `/api/v1/requests?campaignId=${campaign}`)).status).toBe(422);
    expect((await api(env, 'GET', `/api/v1/documents?campaignId=${campaign}`, staff)).status).toBe(200);
    expect((await api(env, 'GET', `/api/v1/search?q=contract&campaignId=${campaign}`, staff)).status).toBe(200);
    expect((await api(env, 'GET', `/api/v1/search?q=contract&campaignId=${campaign}`)).status).toBe(422);
  }, 40_000);

  it('replies thread to the right request', async () => {
    const v = await view();
    const chicago = v.requests.find((r: { agency: { name: string } }) => r.agency.name === AGENCIES[2].name);
    const messages = (await api(env, 'GET', `/api/v1/requests/${chicago.requestId}/messages`, staff)).body.data;
    const raw = [
      'From: FOIA Officer <foia@cpd.example>',
      'To: somebody@civil.example.org',
      'Subject: RE: your request',
      `In-Reply-To: ${messages[0].messageId}`,
      'Message-ID: <cpd-reply-1@cpd.example>',
      '',
      'We have assigned your request number CPD-26-0042.',
      '',
    ].join('\r\n');
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/email',
      headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inboundToken },
      payload: raw,
    });
    expect(res.json().message).toMatchObject({ matchedBy: 'thread', requestId: chicago.requestId });
    const after = await view();
    const row = after.requests.find((r: { requestId: number }) => r.requestId === chicago.requestId);
    expect(row.lastMessage).toMatchObject({ direction: 'in' });
  });

  it("the view's counts and days late agree with each request's own clocks", async () => {
    // Six weeks on: every clock has run out.
    env.setNow('2026-11-16T15:00:00Z');
    const v = await view('?sort=-daysLate');
    for (const row of v.requests) {
      const r = (await api(env, 'GET', `/api/v1/requests/${row.requestId}`, staff)).body;
      expect(row.overdue, row.agency.name).toBe(r.overdue);
      expect(row.daysLate, row.agency.name).toBe(r.daysOverdue);
      expect(row.due, row.agency.name).toBe(
        r.deadlines
          .filter((d: { status: string; kind: string }) => d.status === 'missed' || d.status === 'open')
          .map((d: { due: string }) => d.due)
          .sort()[0] ?? null,
      );
    }
    expect(v.summary.overdue).toBe(v.requests.filter((r: { overdue: boolean }) => r.overdue).length);
    const days = v.requests.map((r: { daysLate: number }) => r.daysLate);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // One answers: fulfilled on time counts in the summary.
    const boston = v.requests.find((r: { agency: { name: string } }) => r.agency.name === AGENCIES[1].name);
    await event(env, staff, boston.requestId, { type: 'completed', date: '2026-10-08', outcome: 'fulfilled' });
    await settle(env);
    const after = await view();
    expect(after.summary).toMatchObject({ fulfilled: 1, open: 4 });
    expect(after.summary.onTimeShare).toBe(1);
    expect(after.summary.medianDaysToFinal).toBeGreaterThan(0);
    // The CSV is the same table.
    const csv = await env.app.inject({
      url: `/api/v1/campaigns/${campaign}/export.csv?sort=agency`,
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^requestId,agency,jurisdiction,status,clock,due,overdue,daysLate/);
    expect(lines).toHaveLength(6);
  });
});

describe('adding agencies other ways', () => {
  it('by a filter and by a CSV (new agencies created); an agency without e-mail still gets its request, with what is missing', async () => {
    const c = (
      await api(env, 'POST', '/api/v1/campaigns', staff, {
        title: 'Fusion centre contracts',
        body: 'Contracts with social media monitoring vendors.',
      })
    ).body.id;
    const byFilter = await api(env, 'POST', `/api/v1/campaigns/${c}/agencies`, staff, {
      filter: { level: 'municipal' },
    });
    expect(byFilter.body.added.map((a: { agencyName: string }) => a.agencyName).sort()).toEqual(
      AGENCIES.filter((a) => a.level === 'municipal')
        .map((a) => a.name)
        .sort(),
    );
    const csv = [
      'name,jurisdiction,level,request_email',
      'Florida Fusion Center,US-FL,state,',
      'Chicago Police Department,US-IL,municipal,foia@cpd.example',
      ',US-FL,state,',
    ].join('\n');
    const byCsv = await api(env, 'POST', `/api/v1/campaigns/${c}/agencies`, staff, { csv });
    expect(byCsv.status, JSON.stringify(byCsv.body)).toBe(200);
    expect(byCsv.body.added).toHaveLength(1);
    expect(byCsv.body.added[0]).toMatchObject({ agencyName: 'Florida Fusion Center', jurisdiction: 'US-FL' });
    expect(byCsv.body.added[0].missing.join(' ')).toMatch(/no e-mail address/);
    expect(byCsv.body.added[0].missing.join(' ')).toMatch(/no fixed response period/);
    expect(byCsv.body.refused.map((r: { reason: string }) => r.reason)).toEqual(
      expect.arrayContaining(['already in this campaign', expect.stringMatching(/^CSV line 4/)]),
    );
    // Its send fails for that agency alone, with the reason.
    const send = await api(env, 'POST', `/api/v1/campaigns/${c}/send`, staff, {
      requestIds: [byCsv.body.added[0].requestId],
    });
    expect(send.body).toMatchObject({ done: 0, failed: 1 });
    expect(send.body.results[0].reason).toMatch(/no e-mail address/);
  });

  it('a CSV with more agencies than a campaign takes is refused whole, before anything is created', async () => {
    const c = (await api(env, 'POST', '/api/v1/campaigns', staff, { title: 'Too many', body: 'Records.' })).body.id;
    const agenciesBefore = env.db.$client.prepare('select count(*) as n from agencies').get() as { n: number };
    const rows = Array.from({ length: 2001 }, (_, i) => `Town ${i} Police,US-MA,municipal,`);
    const res = await api(env, 'POST', `/api/v1/campaigns/${c}/agencies`, staff, {
      csv: ['name,jurisdiction,level,request_email', ...rows].join('\n'),
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'too_many_rows', errors: [{ path: 'csv' }] });
    expect(env.db.$client.prepare('select count(*) as n from agencies').get()).toEqual(agenciesBefore);
  });
});

describe('bulk actions', () => {
  it('visibility, tags, a stopped send and withdrawal, each reported per request', async () => {
    const c = (
      await api(env, 'POST', '/api/v1/campaigns', staff, {
        title: 'ShadowDragon records',
        body: 'Records about ShadowDragon.',
        sendPerMinute: 1,
      })
    ).body.id;
    const added = (await api(env, 'POST', `/api/v1/campaigns/${c}/agencies`, staff, { agencyIds })).body.added as {
      requestId: number;
    }[];
    const ids = added.map((a) => a.requestId);
    const vis = await api(env, 'POST', `/api/v1/campaigns/${c}/visibility`, staff, {
      visibility: 'embargoed',
      embargoUntil: '2027-06-01',
      requestIds: [ids[0], ids[1], 424242],
    });
    expect(vis.body).toMatchObject({ done: 2, skipped: 1 });
    expect(vis.body.results.find((r: { requestId: number }) => r.requestId === 424242).reason).toBe(
      'not a request of this campaign',
    );
    expect((await api(env, 'GET', `/api/v1/requests/${ids[0]}`, staff)).body).toMatchObject({
      visibility: 'embargoed',
      embargoUntil: '2027-06-01',
    });
    const tags = await api(env, 'POST', `/api/v1/campaigns/${c}/tags`, staff, { add: ['ShadowDragon'] });
    expect(tags.body.done).toBe(5);
    expect((await api(env, 'GET', `/api/v1/requests/${ids[2]}`, staff)).body.tags).toEqual(['shadowdragon']);
    // One a minute: the first goes, the other four wait their turn; stopping cancels those.
    const send = await api(env, 'POST', `/api/v1/campaigns/${c}/send`, staff, {});
    expect(send.body.done).toBe(5);
    await eventually(
      async () => (await api(env, 'GET', `/api/v1/requests/${ids[0]}/messages`, staff)).body.data[0]?.status === 'sent',
      15_000,
    );
    const stop = await api(env, 'POST', `/api/v1/campaigns/${c}/stop`, staff);
    expect(stop.body.stopped).toBe(4);
    const v = (await api(env, 'GET', `/api/v1/campaigns/${c}`, staff)).body;
    expect(v.summary).toMatchObject({ sent: 1, drafts: 4 });
    const withdrawn = await api(env, 'POST', `/api/v1/campaigns/${c}/withdraw`, staff, { note: 'Campaign closed' });
    expect(withdrawn.body).toMatchObject({ done: 5 });
    expect((await api(env, 'GET', `/api/v1/campaigns/${c}`, staff)).body.summary.withdrawn).toBe(5);
    const again = await api(env, 'POST', `/api/v1/campaigns/${c}/withdraw`, staff, {});
    expect(again.body).toMatchObject({ done: 0, skipped: 5 });
    // Recorded in the audit log.
    const audit = (await api(env, 'GET', '/api/v1/audit?entity=campaign', (await userWithToken(env, 'admin')).token))
      .body;
    expect(JSON.stringify(audit)).toContain('campaign.bulk.withdraw');
  }, 40_000);

  it('refuses what is not allowed, as problem details', async () => {
    expect((await api(env, 'POST', '/api/v1/campaigns', volunteer, { title: 't', body: 'b' })).status).toBe(403);
    expect((await api(env, 'GET', `/api/v1/campaigns/${campaign}`, volunteer)).status).toBe(200);
    expect((await api(env, 'GET', `/api/v1/campaigns/${campaign}`)).status).toBe(401);
    const bad = await api(env, 'POST', '/api/v1/campaigns', staff, {
      title: 'Bad letter',
      body: 'x',
      letter: { subject: 'x', body: 'Dear {{agency.nmae}}' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'unknown_placeholder', errors: [{ path: 'letter.body' }] });
    expect((await api(env, 'POST', `/api/v1/campaigns/${campaign}/agencies`, staff, {})).status).toBe(422);
    expect((await api(env, 'GET', '/api/v1/campaigns/999999', staff)).status).toBe(404);
  });
});
