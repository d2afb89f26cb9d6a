/**
 * The calendar of a user's clocks at a secret address: read by an independent parser (ical.js) and
 * checked line by line against RFC 5545 (CRLF, 75-octet folding, TEXT escaping); it holds the open
 * clocks of the requests the user owns or watches and nothing else; the secret is long, stored only
 * as a hash, replaced by a new one and revoked (404 from then on, as for an unknown one).
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldLine, icsText } from '../../src/calendar/ical.js';
import { recomputeDeadlines } from '../../src/requests/recompute.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

const BASE = 'https://records.example.org';
const NOW = '2026-04-15T15:00:00Z';
let env: TestEnv;
let staff: string;
let volunteer: { token: string; user: { id: number } };
const ids = { agency: 0, owned: 0, watched: 0, other: 0, closed: 0 };
const TITLE = 'Contracts, "Geofeedia"; C:\\path — é and a title long enough to be folded over several lines';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const path = (url: string) => url.replace(BASE, '');

async function submitted(id: number, date: string) {
  await event(env, staff, id, { type: 'submitted', date });
  recomputeDeadlines(env.db, id, new Date(NOW));
}

beforeAll(async () => {
  env = await createTestEnv({ now: NOW, withQueue: false, env: { PUBLIC_BASE_URL: BASE } });
  staff = (await userWithToken(env, 'staff')).token;
  volunteer = await userWithToken(env, 'volunteer');
  ids.agency = (await makeAgency(env, staff, { name: 'Boston Police', jurisdiction: 'US-MA', level: 'municipal' })).id;
  ids.owned = (await makeRequest(env, staff, ids.agency, { title: TITLE, ownerId: volunteer.user.id })).id;
  await submitted(ids.owned, '2026-04-01');
  ids.watched = (await makeRequest(env, staff, ids.agency, { title: 'Watched request' })).id;
  await submitted(ids.watched, '2026-03-02');
  expect((await api(env, 'POST', `/api/v1/requests/${ids.watched}/watchers`, volunteer.token, {})).status).toBeLessThan(
    300,
  );
  ids.other = (await makeRequest(env, staff, ids.agency, { title: 'Someone else’s request' })).id;
  await submitted(ids.other, '2026-04-01');
  ids.closed = (await makeRequest(env, staff, ids.agency, { title: 'Closed request', ownerId: volunteer.user.id })).id;
  await submitted(ids.closed, '2026-04-01');
  await event(env, staff, ids.closed, { type: 'completed', date: '2026-04-10', outcome: 'fulfilled' });
  recomputeDeadlines(env.db, ids.closed, new Date(NOW));
}, 60_000);
afterAll(() => env.close());

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = v.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      description: String(v.getFirstPropertyValue('description')),
      url: String(v.getFirstPropertyValue('url')),
      stamp: v.getFirstPropertyValue('dtstamp') as ICAL.Time,
      start,
      end,
    };
  });
}

async function deadlines(id: number) {
  return (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.deadlines as {
    kind: string;
    due: string | null;
    status: string;
  }[];
}

describe('the calendar', () => {
  let url = '';

  it('is made with a long secret, shown once and stored only as a hash', async () => {
    const res = await api(env, 'POST', '/api/v1/me/calendar', volunteer.token);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    url = res.body.url;
    expect(res.body).toMatchObject({ active: true, replaced: false });
    const secret = /\/calendar\/(cal_[A-Za-z0-9_-]+)\.ics$/.exec(url)?.[1] ?? '';
    expect(url.startsWith(`${BASE}/calendar/`)).toBe(true);
    expect(Buffer.from(secret.slice(4), 'base64url').length).toBeGreaterThanOrEqual(32);
    const rows = env.db.$client.prepare('select * from calendar_feeds').all();
    expect(rows).toEqual([expect.objectContaining({ user_id: volunteer.user.id, secret_hash: sha(secret) })]);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(4));
    const status = await api(env, 'GET', '/api/v1/me/calendar', volunteer.token);
    expect(status.body).toEqual({ active: true, createdAt: expect.any(String), lastUsedAt: null });
    expect(JSON.stringify(status.body)).not.toContain(secret);
  });

  it('holds the open clocks of requests the user owns or watches, each on its due date', async () => {
    const res = await env.app.inject({ url: path(url) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const got = events(res.body);
    const want = [
      ...(await deadlines(ids.owned)).map((d) => ({ ...d, request: ids.owned })),
      ...(await deadlines(ids.watched)).map((d) => ({ ...d, request: ids.watched })),
    ].filter((d) => (d.status === 'open' || d.status === 'missed') && d.due);
    expect(want.length).toBeGreaterThan(1);
    expect(got.map((e) => e.uid).sort()).toEqual(
      want.map((d) => `clock-${d.request}-${d.kind}@records.example.org`).sort(),
    );
    for (const d of want) {
      const e = got.find((g) => g.uid === `clock-${d.request}-${d.kind}@records.example.org`);
      expect(e?.start.isDate).toBe(true);
      expect(e?.start.toString()).toBe(d.due);
      expect(e?.end.isDate).toBe(true);
      expect(e?.stamp.isDate).toBe(false);
      expect(e?.url).toBe(`${BASE}/requests/${d.request}`);
      expect(e?.summary).toContain('Boston Police');
      expect(e?.description).toContain(`Request ${d.request}:`);
      expect(e?.description).toContain('Massachusetts');
    }
    const owned = got.find((e) => e.uid === `clock-${ids.owned}-response@records.example.org`);
    expect(owned?.summary).toBe(`Response due: Boston Police (${TITLE})`);
    // Missed clocks say so: the watched request was filed in March.
    const late = got.filter((e) => e.uid.startsWith(`clock-${ids.watched}-`) && e.summary.startsWith('OVERDUE: '));
    expect(late.length).toBeGreaterThan(0);
    expect(late[0]?.description).toMatch(/\d+ business days? late/);
    expect(res.body).not.toContain('Someone else');
    expect(res.body).not.toContain('Closed request');
    expect((await api(env, 'GET', '/api/v1/me/calendar', volunteer.token)).body.lastUsedAt).toBe(
      new Date(NOW).toISOString(),
    );
  });

  it('follows RFC 5545 line by line: CRLF, lines of at most 75 octets, escaped text', async () => {
    const ics = (await env.app.inject({ url: path(url) })).body;
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:Response due: Boston Police (${icsText(TITLE)})`);
    expect(icsText(TITLE)).toContain('Contracts\\, "Geofeedia"\\; C:\\\\path');
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:');
  });

  it('folds without splitting a UTF-8 sequence, and escapes every special character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(icsText('a\\b;c,d\ne\r\nf\rg\u0000h\ti\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('answers 304 to a conditional fetch while nothing changed', async () => {
    const first = await env.app.inject({ url: path(url) });
    const again = await env.app.inject({ url: path(url), headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(first.headers['cache-control']).toBe('private, no-cache');
  });

  it('a new secret replaces the old address; revoking ends it; unknown ones are 404', async () => {
    const again = await api(env, 'POST', '/api/v1/me/calendar', volunteer.token);
    expect(again.body.replaced).toBe(true);
    expect((await env.app.inject({ url: path(url) })).statusCode).toBe(404);
    expect((await env.app.inject({ url: path(again.body.url) })).statusCode).toBe(200);
    const revoked = await api(env, 'DELETE', '/api/v1/me/calendar', volunteer.token);
    expect(revoked.body).toEqual({ active: false, createdAt: null, lastUsedAt: null, revoked: true });
    const gone = await env.app.inject({ url: path(again.body.url) });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect((await api(env, 'DELETE', '/api/v1/me/calendar', volunteer.token)).body.revoked).toBe(false);
    expect((await env.app.inject({ url: '/calendar/cal_nothing-here.ics' })).statusCode).toBe(404);
    expect((await env.app.inject({ url: '/calendar/x.ics' })).statusCode).toBe(404);
  });

  it("a disabled user's calendar stops answering", async () => {
    const other = await userWithToken(env, 'staff');
    const made = await api(env, 'POST', '/api/v1/me/calendar', other.token);
    expect((await env.app.inject({ url: path(made.body.url) })).statusCode).toBe(200);
    env.db.$client.prepare('update users set disabled_at = ? where id = ?').run(NOW, other.user.id);
    expect((await env.app.inject({ url: path(made.body.url) })).statusCode).toBe(404);
  });

  it('is audited: made, replaced and revoked', async () => {
    const admin = await userWithToken(env, 'admin');
    const log = await api(env, 'GET', `/api/v1/audit?entity=user&entityId=${volunteer.user.id}`, admin.token);
    const actions = log.body.data.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['calendar.create', 'calendar.replace', 'calendar.revoke']));
  });
});
