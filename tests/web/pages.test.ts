/**
 * The web pages through app.inject, signed in through the real sign-in form: sessions and their
 * cookie, CSRF on every cookie-authenticated write, who may open which page, escaping, security
 * headers, and the dashboard built from clocks the real worker computed.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../src/db/schema.js';
import { CSP } from '../../src/web/plugin.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import { multipart } from '../helpers/multipart.js';
import { type Browser, getPage, PASSWORD, postForm, submitSignIn, webUser } from './session.js';

let env: TestEnv;
let token: string;
let agencyId: number;
let staff: Browser;
let volunteer: Browser;

const NOW = '2026-11-24T15:00:00Z';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const table = (body: string, id: string) => body.split(`<table id="${id}">`)[1]?.split('</table>')[0];

beforeAll(async () => {
  env = await createTestEnv({ now: NOW });
  token = (await userWithToken(env, 'staff')).token;
  agencyId = (await makeAgency(env, token, { jurisdiction: 'US', level: 'federal' })).id;
  staff = (await webUser(env, 'staff')).browser as Browser;
  volunteer = (await webUser(env, 'volunteer')).browser as Browser;
});
afterAll(() => env.close());

describe('sign-in and sessions', () => {
  it('signs in with e-mail and password: a session cookie with safe flags, only its hash stored', async () => {
    const { user } = await webUser(env, 'staff', { disabled: true });
    const res = await submitSignIn(env, user.email.toUpperCase(), PASSWORD, '/requests?status=draft');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/requests?status=draft');
    const cookie = res.cookies.find((c) => c.name === 'foia_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    expect(cookie?.secure).toBeFalsy();
    const rows = env.db.select().from(sessions).where(eq(sessions.userId, user.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(sha256(cookie?.value ?? ''));
    expect(JSON.stringify(rows)).not.toContain(cookie?.value);
    expect(rows[0]?.expiresAt).toBe('2026-11-25T03:00:00.000Z');
  });

  it('the same refusal for an unknown e-mail, a wrong password and a disabled user', async () => {
    const { user } = await webUser(env, 'volunteer', { disabled: true });
    const unknown = await submitSignIn(env, 'nobody@example.com', PASSWORD);
    const wrong = await submitSignIn(env, user.email, 'not the password at all');
    env.db.update(users).set({ disabledAt: NOW }).where(eq(users.id, user.id)).run();
    const disabled = await submitSignIn(env, user.email, PASSWORD);
    for (const res of [unknown, wrong, disabled]) {
      expect(res.statusCode).toBe(401);
      expect(res.cookies.find((c) => c.name === 'foia_session')).toBeUndefined();
      expect(res.body).toContain('That e-mail and password do not match an active account.');
    }
  });

  it('a disabled user loses the session they had', async () => {
    const { user, browser } = await webUser(env, 'volunteer');
    expect((await getPage(env, browser, '/requests')).statusCode).toBe(200);
    env.db.update(users).set({ disabledAt: NOW }).where(eq(users.id, user.id)).run();
    const res = await getPage(env, browser, '/requests');
    expect(res.statusCode).toBe(303);
  });

  it('the sign-in form needs its double-submit token', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: staff.email, password: PASSWORD, _csrf: 'forged' }).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies.find((c) => c.name === 'foia_session')).toBeUndefined();
  });

  it('`next` may only be a local path', async () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const res = await submitSignIn(env, staff.email, PASSWORD, next);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/');
    }
  });

  it('Secure cookie when PUBLIC_BASE_URL is https', async () => {
    const https = await createTestEnv({
      now: NOW,
      withQueue: false,
      env: { PUBLIC_BASE_URL: 'https://foia.example.org' },
    });
    try {
      const { user } = await webUser(https, 'staff', { disabled: true });
      const res = await submitSignIn(https, user.email, PASSWORD);
      expect(res.cookies.find((c) => c.name === 'foia_session')?.secure).toBe(true);
    } finally {
      await https.close();
    }
  });

  it('the session slides (recorded at most once a minute) and expires after 12 idle hours', async () => {
    const { user, browser } = await webUser(env, 'volunteer');
    const row = () => env.db.select().from(sessions).where(eq(sessions.userId, user.id)).get();
    const before = row();
    env.setNow('2026-11-24T15:00:30Z');
    await getPage(env, browser, '/requests');
    expect(row()?.lastSeenAt).toBe(before?.lastSeenAt);
    env.setNow('2026-11-24T16:00:00Z');
    const res = await getPage(env, browser, '/requests');
    expect(res.cookies.find((c) => c.name === 'foia_session')?.maxAge).toBe(12 * 3600);
    expect(row()).toMatchObject({ lastSeenAt: '2026-11-24T16:00:00.000Z', expiresAt: '2026-11-25T04:00:00.000Z' });
    env.setNow('2026-11-25T04:00:01Z');
    expect((await getPage(env, browser, '/requests')).headers.location).toBe('/sign-in?next=%2Frequests');
    env.setNow(NOW);
  });

  it('sign-out deletes the session (and needs the CSRF token)', async () => {
    const { user, browser: b } = await webUser(env, 'volunteer');
    const count = () => env.db.select().from(sessions).where(eq(sessions.userId, user.id)).all().length;
    expect((await postForm(env, b, '/sign-out', {})).statusCode).toBe(403);
    expect(count()).toBe(1);
    const res = await postForm(env, b, '/sign-out', { _csrf: b?.csrf ?? '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/sign-in');
    expect(count()).toBe(0);
    expect((await getPage(env, b, '/requests')).statusCode).toBe(303);
  });
});

describe('CSRF', () => {
  const fields = () => ({ agencyId: String(agencyId), title: 'Filed from the form', body: 'Records please.' });

  it('a form post without the token is refused; with it, it works', async () => {
    const refused = await postForm(env, staff, '/requests', fields());
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('text/html');
    const stale = await postForm(env, staff, '/requests', { ...fields(), _csrf: 'x'.repeat(43) });
    expect(stale.statusCode).toBe(403);
    const ok = await postForm(env, staff, '/requests', { ...fields(), _csrf: staff.csrf });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toMatch(/^\/requests\/\d+\?msg=created$/);
  });

  it('the JSON API with the cookie needs x-csrf-token; bearer requests need none', async () => {
    const body = { agencyId, title: 'From page script', body: 'Records.' };
    const noHeader = await env.app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      headers: { cookie: staff.cookie },
      payload: body,
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json()).toMatchObject({ code: 'csrf' });
    const withHeader = await env.app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf },
      payload: body,
    });
    expect(withHeader.statusCode).toBe(201);
    const bearer = await api(env, 'POST', '/api/v1/requests', token, body);
    expect(bearer.status).toBe(201);
    // A bearer token wins over a cookie sent alongside it: no CSRF check applies.
    const both = await env.app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      headers: { cookie: staff.cookie, authorization: `Bearer ${token}` },
      payload: body,
    });
    expect(both.statusCode).toBe(201);
  });

  it('an upload through the page carries the token as its first multipart field', async () => {
    const r = await makeRequest(env, token, agencyId);
    const file = { name: 'letter.txt', type: 'text/plain', content: 'The records you asked for.' };
    const refused = multipart([file]);
    const res1 = await env.app.inject({
      method: 'POST',
      url: `/requests/${r.id}/documents`,
      headers: { ...refused.headers, cookie: staff.cookie },
      payload: refused.payload,
    });
    expect(res1.statusCode).toBe(403);
    const boundary = '----csrftest';
    const payload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${staff.csrf}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="letter.txt"\r\nContent-Type: text/plain\r\n\r\nThe records you asked for.\r\n--${boundary}--\r\n`,
    );
    const res2 = await env.app.inject({
      method: 'POST',
      url: `/requests/${r.id}/documents`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: staff.cookie },
      payload,
    });
    expect(res2.statusCode).toBe(303);
    const read = await api(env, 'GET', `/api/v1/requests/${r.id}`, token);
    expect(read.body.documents.map((d: any) => d.name)).toEqual(['letter.txt']);
  });
});

describe('who may open which page', () => {
  it('a signed-out browser is sent to sign in (with the page to come back to); / is the sign-in form', async () => {
    for (const url of ['/requests', '/requests/new', '/agencies', '/search?q=x', '/documents/1', '/requests/1']) {
      const res = await getPage(env, null, url);
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    }
    const home = await getPage(env, null, '/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<form method="post" action="/sign-in"');
  });

  it('a volunteer cannot open staff pages nor post staff forms', async () => {
    const r = await makeRequest(env, token, agencyId);
    const page = await getPage(env, volunteer, '/requests/new');
    expect(page.statusCode).toBe(403);
    expect(page.headers['content-type']).toContain('text/html');
    const post = await postForm(env, volunteer, `/requests/${r.id}/events`, {
      type: 'submitted',
      date: '2026-11-20',
      _csrf: volunteer.csrf,
    });
    expect(post.statusCode).toBe(403);
    const view = await getPage(env, volunteer, `/requests/${r.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).not.toContain('id="event-form"');
  });

  it('the public page: visible for a public request without sign-in, 404 for private and embargoed', async () => {
    const pub = await makeRequest(env, token, agencyId, { visibility: 'public', title: 'Public one' });
    const priv = await makeRequest(env, token, agencyId, { title: 'Private one' });
    const emb = await makeRequest(env, token, agencyId, { visibility: 'embargoed', embargoUntil: '2027-01-01' });
    const ok = await getPage(env, null, `/public/requests/${pub.id}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Public one');
    for (const id of [priv.id, emb.id, 999999]) {
      const res = await getPage(env, null, `/public/requests/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Private one');
    }
    // Even a signed-in reader sees only the public view there.
    expect((await getPage(env, staff, `/public/requests/${priv.id}`)).statusCode).toBe(404);
  });

  it('page routes stay out of the API description', async () => {
    const doc = await api(env, 'GET', '/openapi.json');
    const paths = Object.keys(doc.body.paths);
    // Feeds and the calendar are machine-readable documents, described like the API (not pages).
    const described = (p: string) => ['/api/', '/feeds/', '/calendar/'].some((prefix) => p.startsWith(prefix));
    expect(paths.filter((p) => !described(p) && !['/health', '/openapi.json'].includes(p))).toEqual([]);
  });
});

describe('pages', () => {
  it('escapes every value: a title made of markup shows as text', async () => {
    const evil = '<script>alert(1)</script>';
    const r = await makeRequest(env, token, agencyId, {
      title: evil,
      body: `"><img src=x onerror=alert(1)>`,
      visibility: 'public',
    });
    for (const url of [`/requests/${r.id}`, '/requests', `/agencies/${agencyId}`, `/public/requests/${r.id}`]) {
      const res = await getPage(env, staff, url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(evil);
      expect(res.body, url).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.body).not.toContain('<img src=x');
    }
  });

  it('security headers on every page', async () => {
    for (const url of ['/', '/sign-in', '/requests']) {
      const res = await getPage(env, url === '/requests' ? staff : null, url);
      expect(res.headers['content-security-policy']).toBe(CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
    expect(CSP).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    );
    const home = await getPage(env, staff, '/');
    expect(home.body).not.toMatch(/<script>(?!<)|style="|<style/);
  });

  it('the event form offers only what the state machine allows, and logs through it', async () => {
    const r = await makeRequest(env, token, agencyId);
    const page = await getPage(env, staff, `/requests/${r.id}`);
    const options = [
      ...(page.body.split('id="ev-type"')[1]?.split('</select>')[0] ?? '').matchAll(/value="([a-z_]+)"/g),
    ].map((m) => m[1]);
    expect(options).toContain('submitted');
    expect(options).toContain('note');
    expect(options).not.toContain('acknowledged');
    expect(options).not.toContain('retraction'); // nothing to retract yet
    const refused = await postForm(env, staff, `/requests/${r.id}/events`, {
      type: 'acknowledged',
      date: '2026-11-20',
      _csrf: staff.csrf,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('possible now: submitted');
    const ok = await postForm(env, staff, `/requests/${r.id}/events`, {
      type: 'submitted',
      date: '2026-11-20',
      'submitted.channel': 'email',
      'submitted.trackingNumber': 'ABC-1',
      'acknowledged.trackingNumber': 'ignored',
      _csrf: staff.csrf,
    });
    expect(ok.statusCode).toBe(303);
    const read = await api(env, 'GET', `/api/v1/requests/${r.id}`, token);
    expect(read.body).toMatchObject({ status: 'submitted', trackingNumber: 'ABC-1', channel: 'email' });
  });
});

describe('visibility form', () => {
  it('staff publish a request from its page; an embargo needs a date', async () => {
    const r = await makeRequest(env, token, agencyId, { title: 'To be published' });
    expect((await getPage(env, null, `/public/requests/${r.id}`)).statusCode).toBe(404);
    const bad = await postForm(env, staff, `/requests/${r.id}/visibility`, {
      visibility: 'embargoed',
      _csrf: staff.csrf,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('embargoUntil');
    const ok = await postForm(env, staff, `/requests/${r.id}/visibility`, { visibility: 'public', _csrf: staff.csrf });
    expect(ok.statusCode).toBe(303);
    expect((await getPage(env, null, `/public/requests/${r.id}`)).statusCode).toBe(200);
    const volunteerTry = await postForm(env, volunteer, `/requests/${r.id}/visibility`, {
      visibility: 'private',
      _csrf: volunteer.csrf,
    });
    expect(volunteerTry.statusCode).toBe(403);
  });
});

describe('dashboard', () => {
  it('overdue, due soon, waiting on us and recently answered, from the worker-computed clocks', async () => {
    const late = await makeRequest(env, token, agencyId, { title: 'Late one' });
    await event(env, token, late.id, { type: 'submitted', date: '2026-10-01' });
    const soon = await makeRequest(env, token, agencyId, { title: 'Soon one' });
    await event(env, token, soon.id, { type: 'submitted', date: '2026-11-02' }); // due Wed 2026-12-02
    const fee = await makeRequest(env, token, agencyId, { title: 'Fee one' });
    await event(env, token, fee.id, { type: 'submitted', date: '2026-11-02' });
    await event(env, token, fee.id, { type: 'fee_requested', date: '2026-11-10', amount: 25 });
    const done = await makeRequest(env, token, agencyId, { title: 'Answered one' });
    await event(env, token, done.id, { type: 'submitted', date: '2026-10-20' });
    await event(env, token, done.id, { type: 'completed', date: '2026-11-16', outcome: 'fulfilled' });
    await settle(env);

    const lateView = (await api(env, 'GET', `/api/v1/requests/${late.id}`, token)).body;
    expect(lateView.overdue).toBe(true);
    const res = await getPage(env, staff, '/');
    expect(res.statusCode).toBe(200);
    const overdue = table(res.body, 'overdue') ?? '';
    const row = overdue.split('<tr>').find((r) => r.includes('Late one')) ?? '';
    expect(row).toContain(`>${lateView.daysOverdue} business days<`);
    expect(row).toContain('2026-10-30'); // 20 business days after Thu 2026-10-01, skipping Columbus Day
    expect(lateView.daysOverdue).toBe(16); // Mon 2026-11-02 .. Tue 2026-11-24 less Veterans Day
    expect(overdue).not.toContain('Soon one');
    expect(table(res.body, 'due-soon')).toContain('Soon one');
    expect(table(res.body, 'due-soon')).toContain('2026-12-02');
    expect(table(res.body, 'waiting')).toContain('Fee one');
    expect(table(res.body, 'answered')).toContain('Answered one');
    // Volunteers get the same overview.
    expect((await getPage(env, volunteer, '/')).body).toContain('Late one');
  });
});

describe('unknown addresses', () => {
  it('a browser gets a 404 page; an API client gets problem+json', async () => {
    const env = await createTestEnv({ withQueue: false });
    try {
      const page = await env.app.inject({
        url: '/no/such/page',
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      expect(page.statusCode).toBe(404);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('There is no page at this address.');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      const api = await env.app.inject({ url: '/api/v1/nothing', headers: { accept: 'text/html' } });
      expect(api.headers['content-type']).toContain('application/problem+json');
      const plain = await env.app.inject({ url: '/no/such/page' });
      expect(plain.headers['content-type']).toContain('application/problem+json');
    } finally {
      await env.close();
    }
  });
});

describe('the inbox page', () => {
  it('lists unmatched mail and files it under a request, with CSRF; staff only', async () => {
    const env = await createTestEnv({ withQueue: false, env: { INBOUND_EMAIL_DOMAIN: 'records.example.org' } });
    try {
      const admin = (await userWithToken(env, 'admin')).token;
      const staffToken = (await userWithToken(env, 'staff')).token;
      const agency = (await makeAgency(env, staffToken)).id;
      const req = (await makeRequest(env, staffToken, agency, { title: 'Dataminr contracts' })).id;
      const inbound = (await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'm' })).body.token;
      const raw =
        'From: clerk@city.example.gov\r\nTo: someone@example.com\r\nSubject: Your records <b>now</b>\r\n\r\nAttached.\r\n';
      const posted = await env.app.inject({
        method: 'POST',
        url: '/api/v1/inbound/email',
        headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inbound },
        payload: raw,
      });
      const id = posted.json().message.id;
      const { browser: staff } = await webUser(env, 'staff');
      const { browser: volunteer } = await webUser(env, 'volunteer');
      const page = await getPage(env, staff, '/inbox');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Your records &lt;b&gt;now&lt;/b&gt;');
      expect(page.body).toContain(`<option value="${req}">#${req} Dataminr contracts</option>`);
      expect((await getPage(env, volunteer, '/inbox')).statusCode).toBe(403);
      if (!staff) throw new Error('no session');
      expect((await postForm(env, staff, `/inbox/${id}/assign`, { requestId: String(req) })).statusCode).toBe(403);
      const filed = await postForm(env, staff, `/inbox/${id}/assign`, { requestId: String(req), _csrf: staff.csrf });
      expect(filed.statusCode).toBe(303);
      expect(filed.headers.location).toBe('/inbox?msg=filed');
      const msg = (await api(env, 'GET', '/api/v1/inbound', staffToken)).body.messages[0];
      expect(msg).toMatchObject({ id, status: 'assigned', requestId: req, matchedBy: 'staff' });
    } finally {
      await env.close();
    }
  });
});

describe('password guessing', () => {
  it('after 10 failed sign-ins an account refuses tries (right ones too) for 15 minutes', async () => {
    const env = await createTestEnv({ withQueue: false, now: '2026-11-24T12:00:00Z' });
    try {
      const { user } = await webUser(env, 'staff', { disabled: true }); // a user, not signed in
      for (let i = 0; i < 10; i++) {
        expect((await submitSignIn(env, user.email, 'wrong password')).statusCode).toBe(401);
      }
      const blocked = await submitSignIn(env, user.email.toUpperCase(), PASSWORD);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toBe('900');
      expect(blocked.body).toContain('Too many failed sign-ins');
      // Another account is not affected.
      const other = await webUser(env, 'staff');
      expect(other.browser).not.toBeNull();
      env.setNow('2026-11-24T12:15:01Z');
      expect((await submitSignIn(env, user.email, PASSWORD)).statusCode).toBe(303);
    } finally {
      await env.close();
    }
  });
});

describe('Bull Board through a browser session', () => {
  it('accepts its own same-origin requests (Fetch Metadata) and refuses cross-site ones', async () => {
    const env = await createTestEnv({ now: '2026-11-24T12:00:00Z' });
    try {
      const { browser: admin } = await webUser(env, 'admin');
      if (!admin) throw new Error('no session');
      const put = (site?: string) =>
        env.app.inject({
          method: 'PUT',
          url: '/admin/queues/api/queues/jobs/pause',
          headers: { cookie: admin.cookie, ...(site ? { 'sec-fetch-site': site } : {}) },
        });
      const cross = await put('cross-site');
      expect(cross.statusCode).toBe(403);
      expect(cross.json().code).toBe('csrf');
      expect((await put()).statusCode).toBe(403);
      const own = await put('same-origin');
      expect(own.statusCode).toBe(200);
      expect(await env.queue?.queue.isPaused()).toBe(true);
      await env.queue?.queue.resume();
      // Fetch Metadata is accepted for Bull Board only; the JSON API still needs the token.
      const api = await env.app.inject({
        method: 'POST',
        url: '/api/v1/tags',
        headers: { cookie: admin.cookie, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
        payload: { name: 'X', category: 'vendor' },
      });
      expect(api.statusCode).toBe(403);
    } finally {
      await env.close();
    }
  });
});
