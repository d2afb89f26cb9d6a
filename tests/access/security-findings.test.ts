/**
 * Findings of the outside attack, each fixed and kept fixed: read-only tokens see public records
 * only (the work queue, the audit log, the inbox), a GET writes nothing, sign-in cannot redirect off
 * the site, malformed input is a 4xx problem, webhooks never reach internal addresses, anonymous
 * callers cannot filter by owner, page images are served inert, mail to request-<id>@ matches only
 * the configured domain, and the public downloads only documents the tracker could read.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { PASSWORD, signIn, submitSignIn, webUser } from '../web/session.js';

let env: TestEnv;
let staff: string;
let admin: string;
let readOnly: string;
let volunteer: string;
let privateRequest: number;
let publicRequest: number;

function readyDocument(requestId: number, name: string, status = 'ready', type = 'application/pdf'): number {
  const c = env.db.$client;
  const sha = `${name.replace(/\W/g, '')}${'0'.repeat(64)}`.slice(0, 64);
  const row = c
    .prepare(
      `insert into documents (request_id, name, sha256, size, status, sniffed_type, pages, updated_at)
       values (?, ?, ?, 10, ?, ?, 1, ?) returning id`,
    )
    .get(requestId, name, sha, status, type, new Date().toISOString()) as { id: number };
  return row.id;
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  admin = (await userWithToken(env, 'admin')).token;
  readOnly = (await userWithToken(env, 'admin', { readOnly: true })).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  const agency = (await makeAgency(env, staff)).id;
  privateRequest = (await makeRequest(env, staff, agency, { title: 'Private marker request' })).id;
  publicRequest = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
});
afterAll(() => env.close());

describe('read-only tokens see public records only', () => {
  it('the work queue: a look writes no lease and shows a read-only token public documents only', async () => {
    const priv = readyDocument(privateRequest, 'private-scan.pdf');
    const pub = readyDocument(publicRequest, 'public-scan.pdf');
    const seen = await api(env, 'GET', '/api/v1/documents/next', readOnly);
    expect(seen.status).toBe(200);
    expect(seen.body.document.id).toBe(pub);
    const leases = env.db.$client
      .prepare('select count(*) as n from documents where lease_until is not null')
      .get() as {
      n: number;
    };
    expect(leases.n).toBe(0);
    // Taking one is a write: a read-only token may not; a volunteer gets the oldest under a lease.
    expect((await api(env, 'POST', '/api/v1/documents/next', readOnly)).status).toBe(403);
    const taken = await api(env, 'POST', '/api/v1/documents/next', volunteer);
    expect(taken.body.document.id).toBe(priv);
    expect(taken.body.leaseUntil).toMatch(/^2026-04-15T15:15/);
  });

  it.each(['/api/v1/audit', '/api/v1/inbound', '/reminders', '/watchers'])(
    '%s refuses a read-only token',
    async (path) => {
      const url = path.startsWith('/api') ? path : `/api/v1/requests/${publicRequest}${path}`;
      const res = await api(env, 'GET', url, readOnly);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('read_only_token');
      expect(JSON.stringify(res.body)).not.toContain('Private marker');
      expect((await api(env, 'GET', url, admin)).status).toBe(200);
    },
  );

  it('the signed-in pages refuse a read-only token (they showed withheld names, campaigns, templates, forms)', async () => {
    readyDocument(publicRequest, 'withheld-marker-scan.pdf');
    env.db.$client
      .prepare(`update documents set withheld_reason = 'not yet' where name = 'withheld-marker-scan.pdf'`)
      .run();
    const campaign = await api(env, 'POST', '/api/v1/campaigns', staff, {
      title: 'Private campaign marker',
      body: 'Campaign letter',
    });
    for (const url of [`/requests/${publicRequest}`, `/campaigns/${campaign.body.id}/edit`, '/letter-templates']) {
      const res = await env.app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${readOnly}`, accept: 'text/html' },
      });
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain('withheld-marker-scan');
      expect(res.body).not.toContain('Private campaign marker');
    }
    // The public pages stay open to it, and a full token still reads the page.
    const pub = await env.app.inject({
      method: 'GET',
      url: `/public/requests/${publicRequest}`,
      headers: { authorization: `Bearer ${readOnly}`, accept: 'text/html' },
    });
    expect(pub.statusCode).toBe(200);
    expect(pub.body).not.toContain('withheld-marker-scan');
    const full = await env.app.inject({
      method: 'GET',
      url: `/requests/${publicRequest}`,
      headers: { authorization: `Bearer ${volunteer}`, accept: 'text/html' },
    });
    expect(full.statusCode).toBe(200);
  });

  it('the dashboard at / refuses a read-only token (it named and counted private requests)', async () => {
    const { id } = await makeRequest(env, staff, (await makeAgency(env, staff)).id, {
      title: 'Dashboard private marker',
    });
    await api(env, 'POST', `/api/v1/requests/${id}/events`, staff, { type: 'submitted', date: '2026-04-01' });
    await api(env, 'POST', `/api/v1/requests/${id}/events`, staff, {
      type: 'completed',
      date: '2026-04-10',
      outcome: 'fulfilled',
    });
    const full = await env.app.inject({ method: 'GET', url: '/', headers: { authorization: `Bearer ${staff}` } });
    expect(full.body).toContain('Dashboard private marker');
    const ro = await env.app.inject({ method: 'GET', url: '/', headers: { authorization: `Bearer ${readOnly}` } });
    expect(ro.statusCode).toBe(403);
    expect(ro.body).not.toContain('Dashboard private marker');
  });

  it("the organisation's letter templates are not public records", async () => {
    const t = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Draft campaign wording',
      kind: 'request',
      subject: 'Request {{request.title}}',
      body: 'Dear {{agency.name}}',
    });
    expect(t.status).toBe(201);
    for (const url of ['/api/v1/letter-templates', `/api/v1/letter-templates/${t.body.id}`]) {
      const ro = await api(env, 'GET', url, readOnly);
      expect(ro.status, url).toBe(403);
      expect(ro.raw).not.toContain('Draft campaign wording');
      expect((await api(env, 'GET', url, volunteer)).status).toBe(200);
    }
  });

  it('anonymous and read-only callers cannot filter by owner', async () => {
    for (const token of [undefined, readOnly]) {
      const res = await api(env, 'GET', '/api/v1/requests?owner=1', token);
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe('owner');
    }
    expect((await api(env, 'GET', '/api/v1/requests?owner=1', staff)).status).toBe(200);
  });
});

describe('sign-in never sends a browser to another site', () => {
  it.each([
    '/%09/evil.example/path',
    '/%5Cevil.example',
    '//evil.example',
    '/%0d%0aSet-Cookie:x=1',
    '%0b',
    '%00',
    '%0c',
    '/ok%00',
    'https://evil.example/',
  ])('next=%s sends a signed-in browser home, never to 500 or another host', async (next) => {
    const { user } = await webUser(env, 'staff');
    const { cookie } = await signIn(env, user.email);
    const res = await env.app.inject({ method: 'GET', url: `/sign-in?next=${next}`, headers: { cookie } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    // And after signing in with the form.
    const form = await submitSignIn(env, user.email, PASSWORD, decodeURIComponent(next));
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe('/');
  });

  it('a local path is kept', async () => {
    const { localPath } = await import('../../src/web/layout.js');
    expect(localPath('/requests/3?tab=clocks')).toBe('/requests/3?tab=clocks');
    for (const bad of ['/\t/evil.example', '/\\evil.example', '//evil', '/a\u0000b', '/caf\u00e9', 'x']) {
      expect(localPath(bad)).toBe('/');
    }
  });
});

describe('malformed input is a 4xx problem', () => {
  it('PATCH /api/v1/me with nothing to change', async () => {
    const res = await api(env, 'PATCH', '/api/v1/me', staff, {});
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toMatch(/at least one of name or reminderLeadDays/);
  });

  it.each(['/api/v1/search?q=a%00b', '/api/v1/requests?q=a%00b'])('a NUL byte in %s', async (url) => {
    const res = await api(env, 'GET', url);
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({
      path: 'q',
      message: 'The search query must not contain control characters',
    });
  });

  it.each([
    ['/api/v1/requests/%', 400, 'bad_url'],
    ['/api/v1/documents/%E0%A4%A/text', 400, 'bad_url'],
    [`/api/v1/requests/${'9'.repeat(120)}`, 414, 'uri_too_long'],
    [`/campaigns/${'a'.repeat(120)}/edit`, 414, 'uri_too_long'],
  ])("the router's own refusal of %s is a problem too", async (url, status, code) => {
    const res = await api(env, 'GET', url, staff);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status, code });
  });

  it('multipart without a boundary, and multipart cut short', async () => {
    const url = `/api/v1/requests/${privateRequest}/documents`;
    const headers = { authorization: `Bearer ${staff}` };
    const none = await env.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'multipart/form-data' },
      payload: 'abc',
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().detail).toMatch(/no boundary/);
    const cut = await env.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'multipart/form-data; boundary=XX' },
      payload: '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 abc',
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().detail).toMatch(/cut short/);
    // Nothing of either was recorded.
    expect(
      (await api(env, 'GET', `/api/v1/requests/${privateRequest}/documents`, staff)).body.documents ?? [],
    ).not.toEqual(expect.arrayContaining([expect.objectContaining({ name: 'a.pdf' })]));
  });
});

describe('webhooks never reach internal addresses', () => {
  it.each([
    'http://127.0.0.1:6379/',
    'http://localhost/hook',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0.0.0.0/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://10.1.2.3/',
    'http://192.168.0.1/',
    'http://[::ffff:127.0.0.1]/',
    // IPv4-compatible (::/96): the URL parser writes [::127.0.0.1] as [::7f00:1].
    'http://[::127.0.0.1]:6379/',
    'http://[::a9fe:a9fe]/latest/meta-data/',
  ])('refuses %s at creation', async (url) => {
    const res = await api(env, 'POST', '/api/v1/webhooks', admin, { url, events: ['deadline.missed'] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('internal_address');
    expect(res.body.detail).toMatch(/WEBHOOK_ALLOW_INTERNAL/);
  });

  it('refuses at delivery too, on the address connected to (a name re-pointed after creation)', async () => {
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      // As if the name had pointed elsewhere when the subscription was made.
      const c = env.db.$client;
      const sub = c
        .prepare(
          `insert into webhook_subscriptions (url, secret, events, created_by) values (?, 'whsec_test_secret_123456', '["deadline.missed"]', null) returning id`,
        )
        .get(`http://localhost:${port}/hook`) as { id: number };
      const delivery = c
        .prepare(
          `insert into webhook_deliveries (subscription_id, event_type, payload) values (?, 'deadline.missed', '{}') returning id`,
        )
        .get(sub.id) as { id: number };
      const { deliver, deliveryFailed } = await import('../../src/webhooks/service.js');
      await expect(deliver({ db: env.db, now: new Date(), attempt: 0 }, delivery.id)).rejects.toThrow(
        /internal address/,
      );
      // The job's last attempt: its final-failure handling marks the delivery failed.
      deliveryFailed(env.db, delivery.id, 'refused');
      expect(hits).toBe(0);
      const row = c
        .prepare('select status, last_error as lastError from webhook_deliveries where id = ?')
        .get(delivery.id) as {
        status: string;
        lastError: string;
      };
      expect(row).toMatchObject({ status: 'failed' });
      expect(row.lastError).toMatch(/internal address/);
      // An allowed internal receiver is reached.
      const { parseAllowList } = await import('../../src/webhooks/address-guard.js');
      const again = c
        .prepare(
          `insert into webhook_deliveries (subscription_id, event_type, payload) values (?, 'deadline.missed', '{}') returning id`,
        )
        .get(sub.id) as { id: number };
      await deliver({ db: env.db, now: new Date(), attempt: 0, allow: parseAllowList('localhost') }, again.id);
      expect(hits).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('an allow-list entry is matched as written and as the IPv4 address it carries', async () => {
    const { parseAllowList, internalRange } = await import('../../src/webhooks/address-guard.js');
    expect(internalRange('::7f00:1')).toBe('loopback');
    expect(parseAllowList('::1').allows('x', '::1')).toBe(true);
    expect(parseAllowList('127.0.0.0/8').allows('x', '::ffff:127.0.0.1')).toBe(true);
    expect(parseAllowList('127.0.0.0/8').allows('x', '::7f00:1')).toBe(true);
    expect(parseAllowList('10.0.0.0/8').allows('x', '::7f00:1')).toBe(false);
  });

  it('accepts a public address', async () => {
    const res = await api(env, 'POST', '/api/v1/webhooks', admin, {
      url: 'https://93.184.216.34/hook',
      events: ['deadline.missed'],
    });
    expect(res.status).toBe(201);
  });
});

describe('documents served to the public', () => {
  it('page images of image documents are inert (nosniff, a sandboxing CSP)', async () => {
    const id = readyDocument(publicRequest, 'photo.png', 'ready', 'image/png');
    const res = await env.app.inject({ method: 'GET', url: `/api/v1/documents/${id}/pages/1/image` });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain('sandbox');
  });

  it('a failed upload on a public request is not downloadable by the public; staff still get it', async () => {
    const id = readyDocument(publicRequest, 'invoice.pdf.exe', 'failed', 'application/x-msdownload');
    expect((await env.app.inject({ method: 'GET', url: `/api/v1/documents/${id}/file` })).statusCode).toBe(404);
    expect((await api(env, 'GET', `/api/v1/documents/${id}/file`, readOnly)).status).toBe(404);
    const forStaff = await env.app.inject({
      method: 'GET',
      url: `/api/v1/documents/${id}/file`,
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(forStaff.statusCode).not.toBe(404);
  });
});

describe('inbound mail', () => {
  it('without INBOUND_EMAIL_DOMAIN, request-<id>@anywhere matches nothing', async () => {
    const { matchRequest } = await import('../../src/inbound/service.js');
    const to = [`request-${privateRequest}@attacker.example`];
    expect(matchRequest(env.db, { ...env.config, INBOUND_EMAIL_DOMAIN: undefined }, { to, subject: 'x' })).toBeNull();
    expect(
      matchRequest(
        env.db,
        { ...env.config, INBOUND_EMAIL_DOMAIN: 'records.example.org' },
        {
          to: [`request-${privateRequest}@records.example.org`],
          subject: 'x',
        },
      ),
    ).toMatchObject({ requestId: privateRequest, by: 'address' });
  });
});

describe("security headers (@fastify/helmet, with each route's own CSP)", () => {
  it('on the API and on the pages', async () => {
    const apiRes = await env.app.inject({ method: 'GET', url: '/api/v1/jurisdictions' });
    expect(apiRes.headers['x-content-type-options']).toBe('nosniff');
    expect(apiRes.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(apiRes.headers['cross-origin-opener-policy']).toBe('same-origin');
    // HSTS only when the site is served over https.
    expect(apiRes.headers['strict-transport-security']).toBeUndefined();
    const pageRes = await env.app.inject({ method: 'GET', url: '/sign-in' });
    expect(String(pageRes.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(pageRes.headers['referrer-policy']).toBe('same-origin');
    const docs = await env.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBeLessThan(400);
  });
});

describe('search does not count what the caller may not see', () => {
  it('over 20,000 private pages with a word do not switch an anonymous search to newest-first', async () => {
    const { RANK_MAX_MATCHES } = await import('../../src/search/service.js');
    const c = env.db.$client;
    const privateDoc = readyDocument(privateRequest, 'bulk-private.pdf');
    const publicDoc = readyDocument(publicRequest, 'bulk-public.pdf');
    const insert = c.prepare(
      `insert into document_pages (document_id, page, text, source) values (?, ?, ?, 'embedded')`,
    );
    c.transaction(() => {
      for (let i = 1; i <= RANK_MAX_MATCHES + 5; i++)
        insert.run(privateDoc, i + 1, `Snaptrends quarterly invoice ${i}`);
      insert.run(publicDoc, 2, 'Snaptrends contract, public');
    })();
    // The public sees one matching page, so its results are ranked by relevance; a count over every
    // page would have switched them to newest-first and told that the word fills private documents.
    const anon = await api(env, 'GET', '/api/v1/search?q=snaptrends');
    expect(anon.status).toBe(200);
    expect(anon.body.order).toBe('relevance');
    expect(anon.body.hits.map((h: { documentId: number }) => h.documentId)).toEqual([publicDoc]);
    const forStaff = await api(env, 'GET', '/api/v1/search?q=snaptrends', staff);
    expect(forStaff.body.order).toBe('newest');
  }, 60_000);
});
