/**
 * The letter pages, signed in through the real form: the request page's Letters section (preview,
 * PDF link, the mailed/faxed form with its CSRF token), the templates pages (placeholders shown, an
 * unknown placeholder refused by name, starting from a jurisdiction's default) and the requester
 * profile page; the navigation links them for staff only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../src/web/plugin.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeRequest, userWithToken } from '../helpers/factories.js';
import { type Browser, getPage, postForm, webUser } from '../web/session.js';

let env: TestEnv;
let token: string;
let agencyId: number;
let staff: Browser;
let volunteer: Browser;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T15:00:00Z', withQueue: false });
  token = (await userWithToken(env, 'staff')).token;
  const a = await api(env, 'POST', '/api/v1/agencies', token, {
    name: 'Chicago Police Department',
    jurisdiction: 'US-IL',
    level: 'municipal',
    requestEmail: 'foia@chicagopolice.example.gov',
  });
  agencyId = a.body.id;
  staff = (await webUser(env, 'staff')).browser as Browser;
  volunteer = (await webUser(env, 'volunteer')).browser as Browser;
});
afterAll(() => env.close());

describe('the request page', () => {
  it('shows the request letter, its PDF and, for staff, the mailed form and the template choice', async () => {
    const r = await makeRequest(env, token, agencyId, { title: 'ShadowDragon <contracts>' });
    const res = await getPage(env, staff, `/requests/${r.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.body).toContain('<h2 id="h-letters">Letters</h2>');
    expect(res.body).toContain('Freedom of Information Act request: ShadowDragon &lt;contracts&gt;');
    expect(res.body).toContain('5 ILCS 140');
    expect(res.body).toContain(`href="/api/v1/requests/${r.id}/letters/request.pdf"`);
    expect(res.body).toContain(`action="/requests/${r.id}/letters/request/mailed"`);
    expect(res.body).toContain('Mark as mailed/faxed');
    expect(res.body).toContain('<code>{{requester.signature}}</code>: no requester profile');
    expect(res.body).not.toMatch(/<script(?![^>]*src=)/);
    // No follow-up or appeal card for a draft.
    expect(res.body).not.toContain('h-letter-follow-up');
    expect(res.body).not.toContain('h-letter-appeal');
    const forVolunteer = await getPage(env, volunteer, `/requests/${r.id}`);
    expect(forVolunteer.body).toContain('Freedom of Information Act request: ShadowDragon');
    expect(forVolunteer.body).not.toContain('Mark as mailed/faxed');
  });

  it('the mailed form logs the letter as sent; a refusal is shown on the page', async () => {
    const r = await makeRequest(env, token, agencyId);
    const url = `/requests/${r.id}/letters/request/mailed`;
    expect((await postForm(env, staff, url, { channel: 'mail', date: '2026-11-23' })).statusCode).toBe(403);
    const ok = await postForm(env, staff, url, { channel: 'mail', date: '2026-11-23', _csrf: staff.csrf });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/requests/${r.id}?msg=mailed#letters`);
    const read = await api(env, 'GET', `/api/v1/requests/${r.id}`, token);
    expect(read.body).toMatchObject({ status: 'submitted', channel: 'mail', receivedOn: '2026-11-23' });
    // Sent: the request letter is no longer offered to log.
    expect((await getPage(env, staff, `/requests/${r.id}`)).body).not.toContain(`action="${url}"`);
    const again = await postForm(env, staff, url, { channel: 'fax', date: '2026-11-23', _csrf: staff.csrf });
    expect(again.statusCode).toBe(409);
    expect(again.body).toMatch(/role="alert">A submitted event is not possible while the request is submitted/);
    const bad = await postForm(env, staff, url, { channel: 'pigeon', date: '2026-11-23', _csrf: staff.csrf });
    expect(bad.statusCode).toBe(422);
  });

  it('the template choice is saved on the request', async () => {
    const t = await api(env, 'POST', '/api/v1/letter-templates', token, {
      name: 'Illinois campaign',
      kind: 'request',
      jurisdiction: 'US-IL',
      isDefault: false,
      subject: 'Campaign: {{request.title}}',
      body: 'Under {{law.citation}}: {{request.body}}',
    });
    const r = await makeRequest(env, token, agencyId);
    const res = await postForm(env, staff, `/requests/${r.id}/letter-template`, {
      letterTemplateId: String(t.body.id),
      _csrf: staff.csrf,
    });
    expect(res.statusCode).toBe(303);
    const page = await getPage(env, staff, `/requests/${r.id}`);
    expect(page.body).toContain('Under 5 ILCS 140: All contracts');
    expect(page.body).toContain('this request&#39;s own template');
  });
});

describe('the templates pages', () => {
  it('list the placeholders, refuse an unknown one by name, and save a good template', async () => {
    const list = await getPage(env, staff, '/letter-templates');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<code>{{clock.response.days}}</code>');
    const bad = await postForm(env, staff, '/letter-templates', {
      name: 'Typo',
      kind: 'request',
      jurisdiction: '',
      subject: 'x',
      body: 'Dear {{agency.nam}}',
      _csrf: staff.csrf,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Unknown placeholder {{agency.nam}}');
    expect(bad.body).toContain('Dear {{agency.nam}}</textarea>');
    const ok = await postForm(env, staff, '/letter-templates', {
      name: 'Follow-up, any',
      kind: 'follow_up',
      jurisdiction: '',
      isDefault: 'on',
      subject: 'Late: {{request.title}}',
      body: '{{request.daysLate}} late.',
      _csrf: staff.csrf,
    });
    expect(ok.statusCode).toBe(303);
    const id = /\/letter-templates\/(\d+)/.exec(ok.headers.location as string)?.[1];
    const edit = await getPage(env, staff, `/letter-templates/${id}`);
    expect(edit.body).toContain('{{request.daysLate}} late.</textarea>');
    const saved = await postForm(env, staff, `/letter-templates/${id}`, {
      name: 'Follow-up, any',
      kind: 'follow_up',
      jurisdiction: 'US-IL',
      subject: 'Late: {{request.title}}',
      body: '{{request.daysLate}} late, under {{clock.missed.citation}}.',
      _csrf: staff.csrf,
    });
    expect(saved.statusCode).toBe(303);
    const row = await api(env, 'GET', `/api/v1/letter-templates/${id}`, token);
    expect(row.body).toMatchObject({ jurisdiction: 'US-IL', isDefault: false });
    expect((await postForm(env, staff, `/letter-templates/${id}/delete`, { _csrf: staff.csrf })).statusCode).toBe(303);
    expect((await api(env, 'GET', `/api/v1/letter-templates/${id}`, token)).status).toBe(404);
  });

  it("start from a jurisdiction's default letter", async () => {
    const res = await getPage(env, staff, '/letter-templates?from=US&kind=appeal');
    expect(res.body).toContain('value="US appeal letter"');
    expect(res.body).toContain('{{clock.appeal_filing.citation}}');
  });

  it('are for staff: volunteers get a refusal page and no navigation link', async () => {
    const res = await getPage(env, volunteer, '/letter-templates');
    expect(res.statusCode).toBe(403);
    const home = await getPage(env, volunteer, '/');
    expect(home.body).not.toContain('href="/letter-templates"');
    expect((await getPage(env, staff, '/')).body).toContain('href="/letter-templates"');
    expect((await getPage(env, staff, '/')).body).toContain('href="/requester-profile"');
  });
});

describe('the requester profile page', () => {
  it("saves the organisation's profile and your own", async () => {
    const org = await postForm(env, staff, '/requester-profile/organisation', {
      name: 'Records Desk',
      organisation: 'Civil Liberties Union',
      postalAddress: '10 Liberty Way\r\nBoston, MA 02108',
      phone: '',
      email: 'records@example.org',
      signature: '',
      _csrf: staff.csrf,
    });
    expect(org.statusCode).toBe(303);
    const mine = await postForm(env, staff, '/requester-profile/me', { name: 'Alex Doe', _csrf: staff.csrf });
    expect(mine.statusCode).toBe(303);
    const res = await getPage(env, staff, '/requester-profile?saved=1');
    expect(res.body).toContain('Profile saved.');
    expect(res.body).toContain('10 Liberty Way\nBoston, MA 02108</textarea>');
    expect(res.body).toContain('value="Alex Doe"');
    const bad = await postForm(env, staff, '/requester-profile/organisation', { email: 'nope', _csrf: staff.csrf });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('email:');
  });
});
