/**
 * A black-box sweep over every route the app registers (its own route table, hidden pages
 * included, not only /openapi.json), as an outside tester would attack it. Public, private and
 * embargoed requests are planted with documents (one with a redaction applied, one with a redaction
 * waiting, one withheld), tags, correspondence and a private campaign, each carrying marker strings.
 * Then:
 * - every GET, with every id we know, as anonymous and as a read-only token, never shows a marker
 *   (the redacted words among them) and never answers 5xx;
 * - every route, as every caller, with malformed ids, query strings and bodies, answers 4xx (never
 *   5xx), and API routes answer with application/problem+json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
const tokens: Record<string, string | undefined> = {};
const ids: Record<string, number> = {};
/** Private text: never shown to the public. */
const MARKER = 'qvzsecret';
/** Words under an applied redaction: staff read them, the public never does. */
const REDACTED = 'qvzredacted';

interface Route {
  method: string;
  path: string;
}

/** Every route of the app, from its own route table (Fastify's radix tree as printed). */
function routeTable(): Route[] {
  const lines = env.app.printRoutes({ commonPrefix: false }).split('\n');
  const stack: string[] = [];
  const out: Route[] = [];
  for (const line of lines) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] as string).length / 4;
    stack.length = depth;
    stack.push(m[2] as string);
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) {
      if (method === 'HEAD') continue;
      out.push({ method, path: stack.join('') });
    }
  }
  return out.filter((r) => !r.path.startsWith('/docs') && !r.path.includes('*'));
}

/** A ready one-page document whose stored file is its text (enough for every read route). */
async function document(requestId: number, name: string, text: string): Promise<number> {
  const c = env.db.$client;
  const blob = await env.app.deps.blobs.putBytes(Buffer.from(text));
  const { id } = c
    .prepare(
      `insert into documents (request_id, sha256, size, name, sniffed_type, status, pages, pages_done, text_source, updated_at)
       values (?, ?, ?, ?, 'text/plain', 'ready', 1, 1, 'embedded', ?) returning id`,
    )
    .get(requestId, blob.sha256, blob.size, name, new Date().toISOString()) as { id: number };
  c.prepare(`insert into document_pages (document_id, page, text, source) values (?, 1, ?, 'embedded')`).run(id, text);
  return id;
}

beforeAll(async () => {
  env = await createTestEnv({
    now: '2026-04-15T15:00:00Z',
    withQueue: false,
    env: { SMTP_URL: 'smtp://127.0.0.1:1', INBOUND_EMAIL_DOMAIN: 'records.example.org' },
  });
  for (const role of ['volunteer', 'staff', 'admin'] as const) {
    tokens[role] = (await userWithToken(env, role)).token;
  }
  tokens.readOnly = (await userWithToken(env, 'admin', { readOnly: true })).token;
  const staff = tokens.staff as string;
  const agency = (await makeAgency(env, staff)).id;
  ids.agency = agency;
  ids.private = (
    await makeRequest(env, staff, agency, {
      title: `Surveillance ${MARKER}title`,
      body: `Letter ${MARKER}letter`,
      tags: [`${MARKER}reqtag`],
      trackingNumber: `${MARKER}-TRK-1`,
    })
  ).id;
  ids.embargoed = (
    await makeRequest(env, staff, agency, {
      title: `Embargoed ${MARKER}embargo`,
      body: `Embargoed ${MARKER}embargoletter`,
      visibility: 'embargoed',
      embargoUntil: '2026-12-01',
    })
  ).id;
  ids.public = (await makeRequest(env, staff, agency, { title: 'Public Geofeedia contract', visibility: 'public' })).id;
  for (const id of [ids.private, ids.embargoed, ids.public]) {
    await event(env, staff, id as number, { type: 'submitted', date: '2026-04-01' });
  }
  ids.privateDoc = await document(ids.private as number, `${MARKER}file.pdf`, `Page ${MARKER}page Geofeedia`);
  ids.embargoedDoc = await document(ids.embargoed as number, `${MARKER}emb.pdf`, `Page ${MARKER}embpage Geofeedia`);
  ids.publicDoc = await document(ids.public as number, 'public.pdf', 'Public Geofeedia page');
  // A public document with a redaction applied: the original text holds the redacted words, the
  // redacted version does not.
  ids.redactedDoc = await document(ids.public as number, 'redacted.pdf', `Geofeedia invoice ${REDACTED} Dataminr`);
  const redactedFile = await env.app.deps.blobs.putBytes(Buffer.from('Geofeedia invoice Dataminr'));
  env.db.$client
    .prepare(
      `update documents set redaction_version = 1, redacted_sha256 = ?, redacted_size = ?,
       hidden_text_check = 'clean' where id = ?`,
    )
    .run(redactedFile.sha256, redactedFile.size, ids.redactedDoc);
  env.db.$client
    .prepare(
      `insert into document_redacted_pages (document_id, page, text) values (?, 1, 'Geofeedia invoice Dataminr')`,
    )
    .run(ids.redactedDoc);
  env.db.$client
    .prepare(
      `insert into redactions (document_id, kind, pattern, reason, version) values (?, 'pattern', ?, 'privacy', 1)`,
    )
    .run(ids.redactedDoc, REDACTED);
  // A public document with a redaction added and not applied yet, and one staff withheld.
  ids.pendingDoc = await document(ids.public as number, `${MARKER}pending.pdf`, `Geofeedia ${MARKER}pendingtext`);
  env.db.$client
    .prepare(
      `insert into redactions (document_id, kind, page, x, y, width, height, reason) values (?, 'box', 1, 0.1, 0.1, 0.2, 0.05, 'x')`,
    )
    .run(ids.pendingDoc);
  ids.withheldDoc = await document(ids.public as number, `${MARKER}withheld.pdf`, `Geofeedia ${MARKER}withheldtext`);
  env.db.$client
    .prepare(`update documents set withheld_reason = 'not yet', withheld_at = '2026-04-10' where id = ?`)
    .run(ids.withheldDoc);
  const tag = await api(env, 'POST', '/api/v1/tags', staff, { name: `${MARKER}doctag`, category: 'topic' });
  await api(env, 'POST', `/api/v1/documents/${ids.privateDoc}/tags`, staff, {
    tags: [tag.body.id ?? `${MARKER}doctag`],
    page: 1,
    note: `Page note ${MARKER}pagenote`,
  });
  // Correspondence of the private request.
  ids.message = (
    env.db.$client
      .prepare(
        `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, error, updated_at)
       values (?, 'out', 'follow_up', 'failed', ?, ?, ?, ?, ?, '2026-04-02') returning id`,
      )
      .get(
        ids.private,
        `<${MARKER}msgid@example.org>`,
        JSON.stringify([`${MARKER}to@agency.example.gov`]),
        `Subject ${MARKER}msgsubject`,
        `Body ${MARKER}msgbody`,
        `Error ${MARKER}msgerror`,
      ) as { id: number }
  ).id;
  // A private campaign with the private request's agency.
  const campaign = await api(env, 'POST', '/api/v1/campaigns', staff, {
    title: `Campaign ${MARKER}campaign`,
    body: `Campaign letter ${MARKER}campaignbody`,
    visibility: 'private',
  });
  expect(campaign.status, JSON.stringify(campaign.body)).toBe(201);
  ids.campaign = campaign.body.id;
  const added = await api(env, 'POST', `/api/v1/campaigns/${ids.campaign}/agencies`, staff, { agencyIds: [agency] });
  expect(added.status, JSON.stringify(added.body)).toBe(200);
  ids.template = (
    await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: `Template ${MARKER}tpl`,
      kind: 'request',
      subject: 'Request {{request.title}}',
      body: 'Dear {{agency.name}}',
    })
  ).body.id;
}, 60_000);
afterAll(() => env.close());

describe('the plant', () => {
  it('staff read the private, embargoed and redacted text', async () => {
    const r = await api(env, 'GET', `/api/v1/requests/${ids.private}`, tokens.staff);
    expect(JSON.stringify(r.body)).toContain(`${MARKER}title`);
    const t = await api(env, 'GET', `/api/v1/documents/${ids.redactedDoc}/text`, tokens.staff);
    expect(JSON.stringify(t.body)).toContain(REDACTED);
    const p = await api(env, 'GET', `/api/v1/documents/${ids.redactedDoc}/text`);
    expect(p.status).toBe(200);
    expect(JSON.stringify(p.body)).not.toContain(REDACTED);
  });
});

const VALUES: Record<string, string[]> = {
  code: ['US'],
  page: ['1'],
  date: ['2026-04-01'],
  kind: ['request', 'follow_up'],
  tag: [`${MARKER}doctag`, `${MARKER}reqtag`],
  name: ['app.css'],
};

function expand(path: string): { url: string; given: string[] }[] {
  let urls = [{ url: path, given: [] as string[] }];
  for (const m of path.matchAll(/:([A-Za-z]+)/g)) {
    const name = m[1] as string;
    const values = VALUES[name] ?? Object.values(ids).map(String);
    urls = urls.flatMap(({ url, given }) =>
      values.map((v) => ({ url: url.replace(`:${name}`, v), given: [...given, v] })),
    );
  }
  return urls;
}

describe('anonymous and read-only callers', () => {
  it('never read a marker, on any GET route of the route table', async () => {
    const routes = routeTable().filter((r) => r.method === 'GET');
    expect(routes.length).toBeGreaterThan(80);
    const queries = [
      '',
      `?q=${MARKER}page`,
      `?q=${REDACTED}`,
      '?q=Geofeedia',
      `?tag=${MARKER}reqtag`,
      '?status=submitted',
      `?campaignId=${ids.campaign}`,
    ];
    const leaks: string[] = [];
    const errors: string[] = [];
    let answered = 0;
    for (const route of routes) {
      for (const { url, given } of expand(route.path)) {
        for (const q of queries) {
          for (const who of ['anonymous', 'readOnly'] as const) {
            for (const accept of ['application/json', 'text/html']) {
              const token = tokens[who];
              const res = await env.app.inject({
                method: 'GET',
                url: `${url}${q}`,
                headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
              });
              if (res.statusCode < 300) answered++;
              if (res.statusCode >= 500) errors.push(`${who} GET ${url}${q} -> ${res.statusCode}`);
              // The caller's own query and path values may be echoed back; only other text counts.
              const own = [decodeURIComponent(/=([^&]*)/.exec(q)?.[1] ?? ''), ...given]
                .map((v) => v.toLowerCase())
                .filter((v) => v.includes(MARKER) || v.includes(REDACTED));
              let seen = `${JSON.stringify(res.headers)}\n${res.body}`.toLowerCase();
              for (const v of own) seen = seen.split(v).join('');
              if (seen.includes(MARKER) || seen.includes(REDACTED)) {
                const at = seen.indexOf(seen.includes(MARKER) ? MARKER : REDACTED);
                leaks.push(`${who} ${accept} GET ${url}${q} -> ${res.statusCode}: …${seen.slice(at - 60, at + 40)}…`);
              }
            }
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    expect([...new Set(leaks)]).toEqual([]);
  }, 600_000);
});

const BAD_IDS = ['%', '0', '-1', 'abc', '1.5', '99999999999999999999', '%00', '%E2%82%AC', 'a'.repeat(300)];
const BAD_QUERIES = ['?limit=-1', '?cursor=%00', '?q=%22', '?page=abc', '?from=2026-02-30', '?x[y]=1&x=2'];
const BAD_BODIES: { type: string; payload: string }[] = [
  { type: 'application/json', payload: '{' },
  { type: 'application/json', payload: '[]' },
  { type: 'application/json', payload: '{"a":' },
  {
    type: 'application/json',
    payload: JSON.stringify({ id: -1, name: '\u0000', tags: [{}], to: ['a\r\nBcc: x@y.z'] }),
  },
  { type: 'application/x-www-form-urlencoded', payload: 'a=%00&a=1&b[c]=2' },
  { type: 'text/plain', payload: 'x' },
  { type: 'multipart/form-data; boundary=x', payload: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n' },
];

describe('malformed input', () => {
  it('is a 4xx on every route, as every caller; API routes answer problem+json', async () => {
    const failures: string[] = [];
    for (const route of routeTable()) {
      const urls = route.path.includes(':')
        ? BAD_IDS.map((bad) => route.path.replace(/:[A-Za-z]+/g, bad))
        : [route.path];
      for (const url of [...urls, ...BAD_QUERIES.map((q) => `${urls[0]}${q}`)]) {
        for (const who of ['anonymous', 'readOnly', 'volunteer', 'staff'] as const) {
          const token = tokens[who];
          const bodies = route.method === 'GET' || route.method === 'DELETE' ? [undefined] : BAD_BODIES;
          for (const body of bodies) {
            const res = await env.app.inject({
              method: route.method as 'GET',
              url,
              headers: {
                ...(token ? { authorization: `Bearer ${token}` } : {}),
                ...(body ? { 'content-type': body.type } : {}),
              },
              ...(body ? { payload: body.payload } : {}),
            });
            const where = `${who} ${route.method} ${url.slice(0, 120)} ${body ? JSON.stringify(body.payload.slice(0, 30)) : ''}`;
            if (res.statusCode >= 500) failures.push(`${where} -> ${res.statusCode}`);
            if (
              url.startsWith('/api/') &&
              res.statusCode >= 400 &&
              !String(res.headers['content-type']).startsWith('application/problem+json')
            )
              failures.push(`${where} -> ${res.statusCode} ${res.headers['content-type']}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('inbound mail from outside', () => {
  it("a forged delivery report to a message's guessable envelope address does not mark it bounced", async () => {
    const inbound = (await api(env, 'POST', '/api/v1/inbound/tokens', tokens.admin, { name: 'relay' })).body.token;
    const sent = (
      env.db.$client
        .prepare(
          `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, sent_at, updated_at)
           values (?, 'out', 'request', 'sent', '<3f1c-our-own@records.example.org>', '[]', 'Request', 'Body', '2026-04-10', '2026-04-10') returning id`,
        )
        .get(ids.public) as { id: number }
    ).id;
    const report = (returned: string) =>
      [
        'From: Mail Delivery System <MAILER-DAEMON@anyone.example>',
        `To: request-${ids.public}+m${sent}@records.example.org`,
        'Subject: Undelivered Mail Returned to Sender',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
        '',
        '--B',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; anyone.example',
        '',
        'Final-Recipient: rfc822; records@agency.example.gov',
        'Action: failed',
        'Status: 5.1.1',
        '',
        '--B',
        'Content-Type: text/rfc822-headers',
        '',
        returned,
        '',
        '--B--',
        '',
      ].join('\r\n');
    const post = (payload: string) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/inbound/email',
        headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inbound },
        payload,
      });
    const status = () =>
      (env.db.$client.prepare('select status from messages where id = ?').get(sent) as { status: string }).status;
    // Anyone can write to the envelope address (its ids count up); a report that does not return our
    // Message-ID, or returns another one, is mail for staff, not a bounce.
    expect((await post(report('Subject: no id'))).statusCode).toBe(202);
    expect(status()).toBe('sent');
    expect((await post(report('Message-ID: <guess@records.example.org>'))).statusCode).toBe(202);
    expect(status()).toBe('sent');
    // A report that returns the Message-ID we chose (only the recipient's mail system knows it) does.
    const real = await post(report('Message-ID: <3f1c-our-own@records.example.org>'));
    expect(real.json().message).toMatchObject({ matchedBy: 'bounce' });
    expect(status()).toBe('bounced');
  });
});

describe('what anonymous and read-only callers read', () => {
  it('does not change when private and embargoed records are added (no count reveals them)', async () => {
    // /health reports the outbox backlog (work waiting for the queue), which any write moves: an
    // operator's number, not a record.
    const routes = routeTable().filter(
      (r) => r.method === 'GET' && !r.path.startsWith('/calendar/') && r.path !== '/health',
    );
    const known = { agency: ids.agency, public: ids.public, publicDoc: ids.publicDoc, redactedDoc: ids.redactedDoc };
    const queries = ['', '?q=Geofeedia', '?tag=geofeedia', '?status=submitted', `?agencyId=${ids.agency}`];
    const read = async () => {
      const out = new Map<string, string>();
      for (const route of routes) {
        let urls = [route.path];
        for (const m of route.path.matchAll(/:([A-Za-z]+)/g)) {
          const name = m[1] as string;
          const values = VALUES[name] ?? Object.values(known).map(String);
          urls = urls.flatMap((u) => values.filter((v) => !v.includes(MARKER)).map((v) => u.replace(`:${name}`, v)));
        }
        for (const url of urls) {
          for (const q of queries) {
            for (const who of ['anonymous', 'readOnly'] as const) {
              const token = tokens[who];
              const res = await env.app.inject({
                method: 'GET',
                url: `${url}${q}`,
                headers: { accept: 'text/html', ...(token ? { authorization: `Bearer ${token}` } : {}) },
              });
              // The request id and the CSRF and nonce values change on every response.
              const body = res.body
                .replace(/"requestId":"[^"]*"|Request id [0-9a-f-]{36}/g, '')
                .replace(/nonce-[A-Za-z0-9+/=]+|nonce="[^"]*"/g, '')
                .replace(/name="_csrf" value="[^"]*"/g, '');
              out.set(`${who} ${url}${q}`, `${res.statusCode} ${body}`);
            }
          }
        }
      }
      return out;
    };
    const before = await read();
    // A private and an embargoed request of the same agency, with the same tag, words and events.
    const staff = tokens.staff as string;
    for (const visibility of ['private', 'embargoed'] as const) {
      const r = (
        await makeRequest(env, staff, ids.agency as number, {
          title: 'Geofeedia contract',
          tags: ['geofeedia'],
          visibility,
          ...(visibility === 'embargoed' ? { embargoUntil: '2026-12-01' } : {}),
        })
      ).id;
      await event(env, staff, r, { type: 'submitted', date: '2026-04-01' });
      await event(env, staff, r, { type: 'completed', date: '2026-04-10', outcome: 'fulfilled' });
      await document(r, 'contract.pdf', 'Public Geofeedia page');
    }
    const after = await read();
    const changed = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(before.size).toBeGreaterThan(100);
    const where = changed.map((k) => {
      const [a, b] = [before.get(k) ?? '', after.get(k) ?? ''];
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return `${k}: …${a.slice(Math.max(0, i - 40), i + 60)}… became …${b.slice(Math.max(0, i - 40), i + 60)}…`;
    });
    expect(where).toEqual([]);
  }, 600_000);
});
