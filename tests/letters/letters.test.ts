/**
 * Letters of a request through the API: the preview is the rendered letter with its recipients,
 * reply address, missing values and template; which template applies; the requester profile; the
 * follow-up and appeal only when they make sense; marking a letter mailed or faxed logs its events in
 * one transaction; who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/letters/service.js';
import { recomputeDeadlines } from '../../src/requests/recompute.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeRequest, userWithToken } from '../helpers/factories.js';

const NOW = '2026-11-24T15:00:00Z';
let env: TestEnv;
let staff: string;
let staffId: number;
let other: string;
let volunteer: string;
let staffRo: string;
let federal: number;
let boston: number;

const recompute = (id: number) => recomputeDeadlines(env.db, id, new Date(NOW));
const preview = (id: number, kind: string, token = staff) =>
  api(env, 'GET', `/api/v1/requests/${id}/letters/${kind}`, token);

beforeAll(async () => {
  env = await createTestEnv({ now: NOW, withQueue: false, env: { INBOUND_EMAIL_DOMAIN: 'records.example.org' } });
  const s = await userWithToken(env, 'staff');
  staff = s.token;
  staffId = s.user.id;
  other = (await userWithToken(env, 'staff')).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  staffRo = (await userWithToken(env, 'staff', { readOnly: true })).token;
  const f = await api(env, 'POST', '/api/v1/agencies', staff, {
    name: 'Immigration and Customs Enforcement',
    jurisdiction: 'US',
    level: 'federal',
    requestEmail: 'ice-foia@example.gov',
    postalAddress: '500 12th St SW\nWashington, DC 20536',
    appealEmail: 'ogc-appeals@example.gov',
    appealBody: 'Office of the Principal Legal Advisor',
  });
  federal = f.body.id;
  const b = await api(env, 'POST', '/api/v1/agencies', staff, {
    name: 'Boston Police Department',
    jurisdiction: 'US-MA',
    level: 'municipal',
    postalAddress: '1 Schroeder Plaza\nBoston, MA 02120',
  });
  boston = b.body.id;
});
afterAll(() => env.close());

describe('the preview', () => {
  it('is the default request letter, with recipients, reply address and what is missing', async () => {
    const r = await makeRequest(env, staff, federal, {
      title: 'Babel Street contracts',
      body: 'All contracts with Babel Street.',
    });
    const res = await preview(r.id, 'request');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'request',
      subject: 'Freedom of Information Act request: Babel Street contracts',
      to: ['ice-foia@example.gov'],
      postalAddress: '500 12th St SW\nWashington, DC 20536',
      replyAddress: `request-${r.id}@records.example.org`,
      template: { id: null, source: 'default' },
    });
    expect(res.body.body).toContain('All contracts with Babel Street.');
    expect(res.body.body).toContain(`Please send your response to request-${r.id}@records.example.org.`);
    expect(res.body.body).toContain('5 U.S.C. 552(a)(6)(E)');
    expect(res.body.missing).toEqual([{ placeholder: 'requester.signature', reason: 'no requester profile' }]);
    expect(res.body.body).toContain('[no requester profile]');
    // The service the sender calls gives the same letter.
    expect(renderLetter(env.db, r.id, 'request', new Date(NOW), env.config)).toEqual(res.body);
  });

  it('a state request cites its own law and response period', async () => {
    const r = await makeRequest(env, staff, boston);
    const res = await preview(r.id, 'request');
    expect(res.body.subject).toMatch(/^Public Records Law request: /);
    expect(res.body.body).toContain('Under the Public Records Law, G.L. c. 66, § 10; 950 CMR 32.00, I request');
    expect(res.body.body).toContain('within 10 business days after receipt of this request');
    expect(res.body.to).toEqual([]);
    expect(res.body.body).not.toContain('expedited');
  });

  it('the published default of a jurisdiction is public, and 404/422 for an unknown code or kind', async () => {
    const res = await api(env, 'GET', '/api/v1/jurisdictions/us/letter-template?kind=request');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ jurisdiction: 'US', kind: 'request' });
    expect(res.body.body).toContain('{{expedited}}');
    expect(res.body.placeholders).toContain('clock.response.days');
    expect((await api(env, 'GET', '/api/v1/jurisdictions/US-ZZ/letter-template?kind=request')).status).toBe(404);
    expect((await api(env, 'GET', '/api/v1/jurisdictions/US/letter-template?kind=memo')).status).toBe(422);
  });
});

describe('follow-ups and appeals', () => {
  it('a follow-up needs a missed deadline (409 before), then cites it', async () => {
    const r = await makeRequest(env, staff, federal, { trackingNumber: '2026-ICFO-01234' });
    const early = await preview(r.id, 'follow_up');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'not_overdue' });
    await event(env, staff, r.id, { type: 'submitted', date: '2026-10-01' });
    recompute(r.id);
    const res = await preview(r.id, 'follow_up');
    expect(res.status).toBe(200);
    expect(res.body.subject).toMatch(/^Overdue public records request 2026-ICFO-01234: /);
    expect(res.body.body).toContain('the agency was required to respond to the request by 2026-10-30');
    expect(res.body.body).toContain('(your tracking number 2026-ICFO-01234)');
    const legacy = await api(env, 'GET', `/api/v1/requests/${r.id}/follow-up`, staff);
    expect(legacy.body).toMatchObject({
      clock: 'response',
      due: '2026-10-30',
      subject: res.body.subject,
      body: res.body.body,
    });
  });

  it('an appeal needs an adverse determination, goes to the appeal contact and cites the appeal deadline', async () => {
    const r = await makeRequest(env, staff, federal);
    expect((await preview(r.id, 'appeal')).body).toMatchObject({ code: 'no_adverse_determination' });
    await event(env, staff, r.id, { type: 'submitted', date: '2026-09-01' });
    await event(env, staff, r.id, { type: 'completed', date: '2026-10-15', outcome: 'fulfilled' });
    expect((await preview(r.id, 'appeal')).status).toBe(409);
    const retract = (await api(env, 'GET', `/api/v1/requests/${r.id}`, staff)).body.events.find(
      (e: { type: string }) => e.type === 'completed',
    ).id;
    await event(env, staff, r.id, { type: 'retraction', date: '2026-10-16', eventId: retract });
    await event(env, staff, r.id, { type: 'completed', date: '2026-10-16', outcome: 'partial' });
    recompute(r.id);
    const res = await preview(r.id, 'appeal');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.to).toEqual(['ogc-appeals@example.gov']);
    // No appeal address: the postal address.
    expect(res.body.postalAddress).toBe('500 12th St SW\nWashington, DC 20536');
    expect(
      res.body.body.startsWith('To Office of the Principal Legal Advisor, Immigration and Customs Enforcement:'),
    ).toBe(true);
    expect(res.body.body).toContain('of 2026-10-16 (granted in part)');
    // 90 calendar days from 2026-10-16.
    expect(res.body.body).toContain('the last day to file it is 2027-01-14');
    expect(res.body.body).toContain('5 U.S.C. 552(a)(6)(A)(ii)');
  });
});

describe('which template', () => {
  it("the request's own, else the organisation's for the jurisdiction, else for any, else the default", async () => {
    const r = await makeRequest(env, staff, boston);
    const any = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Any request',
      kind: 'request',
      subject: 'Records request: {{request.title}}',
      body: 'Any: {{law.name}}',
    });
    expect((await preview(r.id, 'request')).body).toMatchObject({
      body: 'Any: Public Records Law',
      template: { id: any.body.id, source: 'organisation' },
    });
    const ma = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Massachusetts request',
      kind: 'request',
      jurisdiction: 'us-ma',
      subject: 'MA: {{request.title}}',
      body: 'MA: {{law.citation}}',
    });
    expect(ma.body.jurisdiction).toBe('US-MA');
    expect((await preview(r.id, 'request')).body.template).toEqual({ id: ma.body.id, source: 'organisation' });
    // A federal request does not take the Massachusetts template.
    const fed = await makeRequest(env, staff, federal);
    expect((await preview(fed.id, 'request')).body.template).toEqual({ id: any.body.id, source: 'organisation' });

    const own = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'For this campaign',
      kind: 'request',
      isDefault: false,
      subject: 'Campaign: {{request.title}}',
      body: 'Campaign letter to {{agency.name}}',
    });
    expect((await preview(r.id, 'request')).body.template.id).toBe(ma.body.id);
    const patched = await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { letterTemplateId: own.body.id });
    expect(patched.body.letterTemplateId).toBe(own.body.id);
    expect((await preview(r.id, 'request')).body).toMatchObject({
      body: 'Campaign letter to Boston Police Department',
      template: { id: own.body.id, source: 'request' },
    });
    // A template of one kind is not used for another.
    expect((await preview(r.id, 'follow_up')).body.code).toBe('not_overdue');

    // A new default of the slot replaces the old one.
    const ma2 = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Massachusetts request, 2027',
      kind: 'request',
      jurisdiction: 'US-MA',
      subject: 'MA2',
      body: 'MA2',
    });
    expect((await api(env, 'GET', `/api/v1/letter-templates/${ma.body.id}`, volunteer)).body.isDefault).toBe(false);
    await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { letterTemplateId: null });
    expect((await preview(r.id, 'request')).body.template.id).toBe(ma2.body.id);

    // Deleting a template a request chose takes the request back to the organisation's.
    await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { letterTemplateId: own.body.id });
    const del = await api(env, 'DELETE', `/api/v1/letter-templates/${own.body.id}`, staff);
    expect(del.status).toBe(200);
    expect(del.body.data.map((t: { id: number }) => t.id)).not.toContain(own.body.id);
    expect((await api(env, 'GET', `/api/v1/requests/${r.id}`, staff)).body.letterTemplateId).toBeNull();
    expect((await preview(r.id, 'request')).body.template.id).toBe(ma2.body.id);
    for (const t of [any, ma, ma2]) await api(env, 'DELETE', `/api/v1/letter-templates/${t.body.id}`, staff);
  });

  it("refuses a template for another jurisdiction, or one that does not exist, as the request's choice", async () => {
    const ny = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'New York',
      kind: 'request',
      jurisdiction: 'US-NY',
      subject: 's',
      body: 'b',
    });
    const r = await makeRequest(env, staff, boston);
    const wrong = await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { letterTemplateId: ny.body.id });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe('letterTemplateId');
    const none = await api(env, 'POST', '/api/v1/requests', staff, {
      agencyId: boston,
      title: 't',
      body: 'b',
      letterTemplateId: 999_999,
    });
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('unknown_template');
    await api(env, 'DELETE', `/api/v1/letter-templates/${ny.body.id}`, staff);
  });
});

describe('the requester profile', () => {
  it("the owner's own fields over the organisation's; letters of others use the organisation's", async () => {
    const org = await api(env, 'PUT', '/api/v1/requester-profile', staff, {
      name: 'Records Desk',
      organisation: 'Civil Liberties Union',
      postalAddress: '10 Liberty Way\nBoston, MA 02108',
      email: 'records@example.org',
    });
    expect(org.status).toBe(200);
    expect(org.body).toMatchObject({ name: 'Records Desk', phone: null, updatedAt: '2026-11-24T15:00:00.000Z' });
    const mine = await api(env, 'PUT', '/api/v1/me/requester-profile', staff, {
      name: 'Alex Doe',
      signature: 'Alex Doe\nStaff attorney',
    });
    expect(mine.body).toMatchObject({ name: 'Alex Doe', organisation: null });
    expect((await api(env, 'GET', '/api/v1/me/requester-profile', staff)).body.name).toBe('Alex Doe');
    expect((await api(env, 'GET', '/api/v1/requester-profile', volunteer)).body.name).toBe('Records Desk');

    const own = await makeRequest(env, staff, federal);
    let letter = (await preview(own.id, 'request')).body;
    expect(letter.body.trimEnd().endsWith('Alex Doe\nStaff attorney')).toBe(true);
    expect(letter.missing).toEqual([]);
    const theirs = await makeRequest(env, other, federal);
    letter = (await preview(theirs.id, 'request')).body;
    expect(letter.body.trimEnd().endsWith('Records Desk\nCivil Liberties Union')).toBe(true);

    const tpl = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Contact',
      kind: 'request',
      isDefault: false,
      subject: 'x',
      body: '{{requester.name}} / {{requester.organisation}} / {{requester.phone}}',
    });
    await api(env, 'PATCH', `/api/v1/requests/${own.id}`, staff, { letterTemplateId: tpl.body.id });
    letter = (await preview(own.id, 'request')).body;
    expect(letter.body).toBe('Alex Doe / Civil Liberties Union / [no phone in the requester profile]');
    expect(letter.missing).toEqual([{ placeholder: 'requester.phone', reason: 'no phone in the requester profile' }]);
    expect(staffId).toBeGreaterThan(0);
  });

  it('volunteers may not change the organisation profile; a bad e-mail is a 422', async () => {
    expect((await api(env, 'PUT', '/api/v1/requester-profile', volunteer, { name: 'x' })).status).toBe(403);
    const bad = await api(env, 'PUT', '/api/v1/requester-profile', staff, { email: 'not an address' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('email');
  });
});

describe('mailed or faxed', () => {
  it('a request letter logs submitted and the communication, in one transaction', async () => {
    const r = await makeRequest(env, staff, boston, { title: 'Geofeedia records' });
    const res = await api(env, 'POST', `/api/v1/requests/${r.id}/letters/request/mailed`, staff, {
      channel: 'mail',
      date: '2026-11-20',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.request).toMatchObject({ status: 'submitted', channel: 'mail', receivedOn: '2026-11-20' });
    const [submitted, communication] = res.body.request.events;
    expect(submitted).toMatchObject({ type: 'submitted', date: '2026-11-20', data: { channel: 'mail' } });
    expect(communication).toMatchObject({
      type: 'communication',
      date: '2026-11-20',
      data: { direction: 'out', channel: 'mail', subject: res.body.letter.subject, body: res.body.letter.body },
    });
    expect(res.body.eventIds).toEqual([submitted.id, communication.id]);
    const audit = env.db.$client
      .prepare("select count(*) as n from audit_log where action = 'request.letter.mailed' and entity_id = ?")
      .get(String(r.id)) as { n: number };
    expect(audit.n).toBe(1);

    // Again: the state machine refuses a second submitted, and the communication is not logged either.
    const again = await api(env, 'POST', `/api/v1/requests/${r.id}/letters/request/mailed`, staff, {
      channel: 'fax',
      date: '2026-11-21',
    });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    const events = (await api(env, 'GET', `/api/v1/requests/${r.id}`, staff)).body.events;
    expect(events).toHaveLength(2);
  });

  it('an appeal letter logs appealed', async () => {
    const r = await makeRequest(env, staff, federal);
    await event(env, staff, r.id, { type: 'submitted', date: '2026-09-01' });
    await event(env, staff, r.id, { type: 'completed', date: '2026-10-20', outcome: 'denied' });
    recompute(r.id);
    const res = await api(env, 'POST', `/api/v1/requests/${r.id}/letters/appeal/mailed`, staff, {
      channel: 'fax',
      date: '2026-11-02',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.request.status).toBe('appealed');
    const types = res.body.request.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(['submitted', 'completed', 'appealed', 'communication']);
    expect(res.body.request.events[2].data).toEqual({ to: 'Office of the Principal Legal Advisor' });
  });

  it('refuses bad input with problem details, and a letter that makes no sense now', async () => {
    const r = await makeRequest(env, staff, boston);
    const url = `/api/v1/requests/${r.id}/letters/request/mailed`;
    for (const body of [
      { channel: 'email', date: '2026-11-20' },
      { channel: 'mail', date: '2026-02-30' },
      { channel: 'mail' },
      { channel: 'mail', date: '2026-11-20', extra: 1 },
    ]) {
      const res = await api(env, 'POST', url, staff, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const future = await api(env, 'POST', url, staff, { channel: 'mail', date: '2026-11-25' });
    expect(future).toMatchObject({ status: 422, body: { code: 'date_in_future' } });
    expect(
      (
        await api(env, 'POST', `/api/v1/requests/${r.id}/letters/memo/mailed`, staff, {
          channel: 'mail',
          date: '2026-11-20',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await api(env, 'POST', `/api/v1/requests/${r.id}/letters/appeal/mailed`, staff, {
          channel: 'mail',
          date: '2026-11-20',
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await api(env, 'POST', '/api/v1/requests/999999/letters/request/mailed', staff, {
          channel: 'mail',
          date: '2026-11-20',
        })
      ).status,
    ).toBe(404);
    expect((await api(env, 'GET', `/api/v1/requests/${r.id}`, staff)).body.events).toEqual([]);
  });
});

describe('who may', () => {
  it('volunteers read templates and previews but write neither templates nor mail logs', async () => {
    const r = await makeRequest(env, staff, boston);
    expect((await api(env, 'GET', '/api/v1/letter-templates', volunteer)).status).toBe(200);
    expect((await preview(r.id, 'request', volunteer)).status).toBe(200);
    const t = await api(env, 'POST', '/api/v1/letter-templates', volunteer, {
      name: 'x',
      kind: 'request',
      subject: 's',
      body: 'b',
    });
    expect(t.status).toBe(403);
    const m = await api(env, 'POST', `/api/v1/requests/${r.id}/letters/request/mailed`, volunteer, {
      channel: 'mail',
      date: '2026-11-20',
    });
    expect(m.status).toBe(403);
  });

  it("anonymous callers cannot preview a private request's letter; read-only tokens cannot preview or write", async () => {
    const r = await makeRequest(env, staff, boston);
    const pub = await makeRequest(env, staff, boston, { visibility: 'public' });
    for (const id of [r.id, pub.id]) {
      expect((await preview(id, 'request', '')).status).toBe(401);
      expect((await api(env, 'GET', `/api/v1/requests/${id}/letters/request.pdf`)).status).toBe(401);
      expect((await preview(id, 'request', staffRo)).status).toBe(403);
    }
    const write = await api(env, 'PUT', '/api/v1/me/requester-profile', staffRo, { name: 'x' });
    expect(write).toMatchObject({ status: 403, body: { code: 'read_only_token' } });
    const tpl = await api(env, 'POST', '/api/v1/letter-templates', staffRo, {
      name: 'x',
      kind: 'request',
      subject: 's',
      body: 'b',
    });
    expect(tpl.status).toBe(403);
  });
});
