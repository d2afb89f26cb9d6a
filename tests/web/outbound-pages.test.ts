/**
 * The pages of sending and chasing: a draft offers to send its letter by e-mail (the preview, editable)
 * and the correspondence shows it go; the dashboard lists drafts waiting for approval and failed
 * mail with one-click actions; a request and an agency are edited (and an agency added) from the
 * browser, refused input keeping what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../workers/main.js';
import { createTestEnv, eventually, type TestEnv } from '../helpers/app.js';
import { api, makeRequest, userWithToken } from '../helpers/factories.js';
import { startSmtpSink } from '../helpers/smtp.js';
import { type Browser, getPage, postForm, webUser } from './session.js';

let env: TestEnv;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let staff: Browser;
let volunteer: Browser;
let token: string;
let agency: number;

beforeAll(async () => {
  smtp = await startSmtpSink();
  env = await createTestEnv({
    now: '2026-11-02T15:00:00Z',
    env: { SMTP_URL: smtp.url, INBOUND_EMAIL_DOMAIN: 'records.example.org', MESSAGE_RETRY_MS: '50' },
  });
  const signedIn = async (role: 'staff' | 'volunteer') => {
    const b = (await webUser(env, role)).browser;
    if (!b) throw new Error('not signed in');
    return b;
  };
  staff = await signedIn('staff');
  volunteer = await signedIn('volunteer');
  token = (await userWithToken(env, 'staff')).token;
  agency = (
    await api(env, 'POST', '/api/v1/agencies', token, {
      name: 'Springfield Police Department',
      jurisdiction: 'US-IL',
      level: 'municipal',
      requestEmail: 'foia@springfield.example.gov',
    })
  ).body.id;
});
afterAll(async () => {
  await env.close();
  await smtp.close();
});

const status = (id: number) =>
  env.db.$client.prepare('select status from messages where id = ?').pluck().get(id) as string | undefined;

describe('sending from the request page', () => {
  it('a draft offers its letter by e-mail; sent, it shows in the correspondence and the request is submitted', async () => {
    const { id } = await makeRequest(env, token, agency, { title: 'Dataminr alerts and contracts' });
    const page = (await getPage(env, staff, `/requests/${id}`)).body;
    expect(page).toContain('Send it by e-mail');
    expect(page).toContain('id="send-request"');
    expect(page).toMatch(/name="to" type="text" required value="foia@springfield\.example\.gov"/);
    // Volunteers read the page but get no send form.
    expect((await getPage(env, volunteer, `/requests/${id}`)).body).not.toContain('id="send-request"');
    // Refused input keeps the form open with the reason.
    const bad = await postForm(env, staff, `/requests/${id}/send`, {
      _csrf: staff.csrf,
      kind: 'request',
      to: 'not-an-address',
      subject: 'Request',
      body: 'Text',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Not an e-mail address: not-an-address');
    const preview = (await api(env, 'GET', `/api/v1/requests/${id}/letters/request`, token)).body;
    const sent = await postForm(env, staff, `/requests/${id}/send`, {
      _csrf: staff.csrf,
      kind: 'request',
      to: preview.to.join(', '),
      subject: preview.subject,
      body: preview.body,
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/requests/${id}?msg=sent#correspondence`);
    const queued = await getPage(env, staff, `/requests/${id}?msg=sent`);
    expect(queued.body).toContain('The letter is on its way');
    expect(queued.body).toMatch(/status-queued/);
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      await eventually(
        async () => (await api(env, 'GET', `/api/v1/requests/${id}`, token)).body.status === 'submitted',
      );
    } finally {
      await worker.close();
    }
    const after = (await getPage(env, staff, `/requests/${id}`)).body;
    expect(after).toMatch(/status-sent/);
    expect(after).not.toContain('This request is a draft');
    expect(smtp.messages.some((m) => m.subject === preview.subject)).toBe(true);
    // Without CSRF the send is refused.
    expect((await postForm(env, staff, `/requests/${id}/send`, { kind: 'follow_up' })).statusCode).toBe(403);
  });
});

describe('the dashboard', () => {
  it('lists drafts waiting for approval and failed mail, with Send, Discard and Send again', async () => {
    const { id } = await makeRequest(env, token, agency, { title: 'Babel Street purchase orders' });
    await api(env, 'POST', `/api/v1/requests/${id}/events`, token, { type: 'submitted', date: '2026-10-01' });
    const insert = env.db.$client.prepare(
      `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, error, updated_at)
       values (?, 'out', 'follow_up', ?, ?, '["foia@springfield.example.gov"]', ?, 'Please answer.', ?, '2026-11-02') returning id`,
    );
    const draft = (insert.get(id, 'awaiting_approval', '<d1@x>', 'Overdue: Babel Street', null) as { id: number }).id;
    const other = (insert.get(id, 'awaiting_approval', '<d2@x>', 'Overdue again', null) as { id: number }).id;
    const failed = (insert.get(id, 'failed', '<f1@x>', 'Refused one', '550 mailbox unavailable') as { id: number }).id;
    const home = (await getPage(env, staff, '/')).body;
    expect(home).toContain('Mail that needs you');
    expect(home).toContain('Overdue: Babel Street');
    expect(home).toContain('550 mailbox unavailable');
    expect(home).toContain(`action="/messages/${draft}/approve"`);
    expect(home).toContain(`action="/messages/${failed}/resend"`);
    // Volunteers see the list, not the buttons.
    const forVolunteer = (await getPage(env, volunteer, '/')).body;
    expect(forVolunteer).toContain('Overdue: Babel Street');
    expect(forVolunteer).not.toContain(`action="/messages/${draft}/approve"`);
    const approved = await postForm(env, staff, `/messages/${draft}/approve`, { _csrf: staff.csrf, back: 'dashboard' });
    expect(approved.statusCode).toBe(303);
    expect(approved.headers.location).toBe('/?msg=approved#h-mail');
    expect(status(draft)).toBe('queued');
    await postForm(env, staff, `/messages/${other}/cancel`, { _csrf: staff.csrf, back: 'request' });
    expect(status(other)).toBe('cancelled');
    const resent = await postForm(env, staff, `/messages/${failed}/resend`, { _csrf: staff.csrf, back: 'request' });
    expect(resent.headers.location).toBe(`/requests/${id}?msg=resent#message-${failed}`);
    expect(status(failed)).toBe('queued');
    // Twice is a clear refusal, not a crash.
    const again = await postForm(env, staff, `/messages/${other}/cancel`, { _csrf: staff.csrf, back: 'request' });
    expect(again.statusCode).toBe(409);
    expect((await postForm(env, volunteer, `/messages/${draft}/approve`, { _csrf: volunteer.csrf })).statusCode).toBe(
      403,
    );
  });
});

describe('editing a request', () => {
  it('saves title, tags, tracking numbers, channel and follow-up policy; refused input keeps what was typed', async () => {
    const { id } = await makeRequest(env, token, agency);
    const form = (await getPage(env, staff, `/requests/${id}/edit`)).body;
    expect(form).toContain('When the agency is late');
    expect(form).toMatch(/<option value="approve" selected>/);
    const bad = await postForm(env, staff, `/requests/${id}/edit`, {
      _csrf: staff.csrf,
      title: '',
      body: 'Keep this text',
      followUpPolicy: 'auto',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('aria-invalid="true" aria-describedby="edit-title-error"');
    expect(bad.body).toContain('Keep this text');
    const ok = await postForm(env, staff, `/requests/${id}/edit`, {
      _csrf: staff.csrf,
      title: 'Media Sonar contracts, 2014-2026',
      body: 'All contracts with Media Sonar.',
      tags: 'media sonar, contracts',
      trackingNumbers: 'SPD-26-001\nSPD-26-014',
      channel: 'email',
      ownerId: '',
      followUpPolicy: 'auto',
    });
    expect(ok.statusCode).toBe(303);
    const r = (await api(env, 'GET', `/api/v1/requests/${id}`, token)).body;
    expect(r).toMatchObject({
      title: 'Media Sonar contracts, 2014-2026',
      trackingNumbers: ['SPD-26-001', 'SPD-26-014'],
      channel: 'email',
      followUpPolicy: 'auto',
      tags: ['contracts', 'media-sonar'],
    });
    expect((await getPage(env, volunteer, `/requests/${id}/edit`)).statusCode).toBe(403);
  });
});

describe('agencies from the browser', () => {
  it('adds one (with its appeal contact), refuses a bad e-mail with the field marked, and edits it', async () => {
    const bad = await postForm(env, staff, '/agencies/new', {
      _csrf: staff.csrf,
      name: 'Cook County Sheriff',
      jurisdiction: 'US-IL',
      level: 'county',
      requestEmail: 'not an address',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('aria-describedby="agency-requestEmail-error"');
    expect(bad.body).toContain('value="Cook County Sheriff"');
    const created = await postForm(env, staff, '/agencies/new', {
      _csrf: staff.csrf,
      name: 'Cook County Sheriff',
      jurisdiction: 'US-IL',
      level: 'county',
      requestEmail: 'foia@sheriff.example.gov',
      appealBody: 'Public Access Counselor, Office of the Attorney General',
      appealEmail: 'pac@ilag.example.gov',
    });
    expect(created.statusCode).toBe(303);
    const id = Number(/\/agencies\/(\d+)/.exec(created.headers.location as string)?.[1]);
    const a = (await api(env, 'GET', `/api/v1/agencies/${id}`)).body;
    expect(a).toMatchObject({ appealEmail: 'pac@ilag.example.gov', level: 'county', portalUrl: null });
    const twice = await postForm(env, staff, '/agencies/new', {
      _csrf: staff.csrf,
      name: 'Cook County Sheriff',
      jurisdiction: 'US-IL',
      level: 'county',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('already exists');
    const edited = await postForm(env, staff, `/agencies/${id}/edit`, {
      _csrf: staff.csrf,
      name: 'Cook County Sheriff',
      jurisdiction: 'US-IL',
      level: 'county',
      requestEmail: 'records@sheriff.example.gov',
    });
    expect(edited.statusCode).toBe(303);
    expect((await api(env, 'GET', `/api/v1/agencies/${id}`)).body).toMatchObject({
      requestEmail: 'records@sheriff.example.gov',
      appealEmail: null,
    });
    expect((await getPage(env, volunteer, '/agencies/new')).statusCode).toBe(403);
  });
});
