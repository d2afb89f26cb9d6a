/**
 * Marker strings planted in a private request (title, letter, tags, notes, tracking number, a
 * document's file name, its page text and tags, inbound mail) must never appear in anything an
 * anonymous or read-only caller can read: every GET of /openapi.json with every id we know (the
 * Atom feeds among them), the public pages (index, request, agency, and where /requests/{id} sends a
 * signed-out visitor), feeds of search and lists. Mail of the public request that never went (drafts,
 * failed ...) is planted too. A public request beside it proves the routes do answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let readOnly: string;
const ids: Record<string, number> = {};
const MARKER = 'zqxmarker';

function document(requestId: number, name: string, text: string): number {
  const c = env.db.$client;
  const { id } = c
    .prepare(
      `insert into documents (request_id, sha256, size, name, sniffed_type, status, pages, pages_done, text_source, updated_at)
       values (?, lower(hex(randomblob(32))), 100, ?, 'application/pdf', 'ready', 1, 1, 'embedded', ?) returning id`,
    )
    .get(requestId, name, new Date().toISOString()) as { id: number };
  c.prepare(`insert into document_pages (document_id, page, text, source) values (?, 1, ?, 'embedded')`).run(id, text);
  return id;
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  readOnly = (await userWithToken(env, 'admin', { readOnly: true })).token;
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
      visibility: 'embargoed',
      embargoUntil: '2026-12-01',
    })
  ).id;
  ids.public = (await makeRequest(env, staff, agency, { title: 'Public Geofeedia contract', visibility: 'public' })).id;
  for (const id of [ids.private, ids.embargoed, ids.public]) {
    await event(env, staff, id as number, { type: 'submitted', date: '2026-04-01' });
  }
  await event(env, staff, ids.private as number, { type: 'note', date: '2026-04-02', note: `Note ${MARKER}note` });
  ids.privateDoc = document(ids.private as number, `${MARKER}file.pdf`, `Page ${MARKER}page Geofeedia`);
  ids.publicDoc = document(ids.public as number, 'public.pdf', 'Public Geofeedia page');
  const tag = await api(env, 'POST', '/api/v1/tags', staff, { name: `${MARKER}doctag`, category: 'topic' });
  await api(env, 'POST', `/api/v1/documents/${ids.privateDoc}/tags`, staff, {
    tags: [tag.body.id ?? `${MARKER}doctag`],
    page: 1,
    note: `Page note ${MARKER}pagenote`,
  });
  env.db.$client
    .prepare(
      `insert into inbound_messages (sha256, size, from_address, to_addresses, subject, received_at, status, request_id)
       values (lower(hex(randomblob(32))), 10, ?, '[]', ?, ?, 'matched', ?)`,
    )
    .run(`${MARKER}@agency.example.gov`, `Mail ${MARKER}mail`, new Date().toISOString(), ids.private);
  // Correspondence of the private request, and a failed message of it (the list of mail needing staff).
  env.db.$client
    .prepare(
      `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, error, updated_at)
       values (?, 'out', 'follow_up', 'failed', ?, ?, ?, ?, ?, '2026-04-02')`,
    )
    .run(
      ids.private,
      `<${MARKER}msgid@example.org>`,
      JSON.stringify([`${MARKER}to@agency.example.gov`]),
      `Subject ${MARKER}msgsubject`,
      `Body ${MARKER}msgbody`,
      `Error ${MARKER}msgerror`,
    );
  // Mail of the public request that never went (drafts, queued, failed, bounced, cancelled): private too.
  for (const status of ['awaiting_approval', 'queued', 'sending', 'failed', 'bounced', 'cancelled']) {
    env.db.$client
      .prepare(
        `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, updated_at)
         values (?, 'out', 'follow_up', ?, ?, '[]', ?, ?, '2026-04-10')`,
      )
      .run(
        ids.public,
        status,
        `<${status}-${MARKER}@example.org>`,
        `Draft ${MARKER}draftsubject`,
        `${MARKER}draftbody`,
      );
  }
}, 30_000);
afterAll(() => env.close());

describe('private markers', () => {
  it('appear for staff (the plant worked)', async () => {
    const r = await api(env, 'GET', `/api/v1/requests/${ids.private}`, staff);
    expect(JSON.stringify(r.body)).toContain(`${MARKER}title`);
  });

  it('never reach anonymous or read-only callers, on any GET route', async () => {
    const doc = (await api(env, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const values: Record<string, string[]> = {
      id: [ids.private, ids.embargoed, ids.public, ids.privateDoc, ids.publicDoc, ids.agency].map(String),
      code: ['US'],
      page: ['1'],
      date: ['2026-04-01'],
      tag: [`${MARKER}doctag`, `${MARKER}reqtag`],
      kind: ['request', 'follow_up', 'appeal'],
    };
    const queries = [
      '',
      `?q=${MARKER}page`,
      `?q=${MARKER}title`,
      '?q=Geofeedia',
      `?tag=${MARKER}reqtag`,
      `?tag=${MARKER}doctag`,
      '?status=submitted',
    ];
    let reads = 0;
    let answered = 0;
    const leaks: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!('get' in ops)) continue;
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
      // Each URL with the values put in its path: a route may echo those (a feed's own address).
      let urls = [{ url: path, given: [] as string[] }];
      for (const name of names) {
        urls = urls.flatMap(({ url, given }) =>
          (values[name] ?? values.id ?? []).map((v) => ({ url: url.replace(`{${name}}`, v), given: [...given, v] })),
        );
      }
      for (const { url: base, given } of urls) {
        for (const q of queries) {
          for (const token of [undefined, readOnly]) {
            const res = await env.app.inject({
              method: 'GET',
              url: `${base}${q}`,
              headers: token ? { authorization: `Bearer ${token}` } : {},
            });
            reads++;
            if (res.statusCode < 300) answered++;
            // The caller's own query and path values may be echoed back (a problem's `instance`, a
            // feed's self link and title); only other text counts.
            const own = [/=([^&]*)/.exec(q)?.[1], ...given]
              .map((v) => v?.toLowerCase())
              .filter((v) => v?.includes(MARKER));
            let seen = `${JSON.stringify(res.headers)}\n${res.body}`.toLowerCase();
            for (const v of own) if (v) seen = seen.split(v).join('');
            if (seen.includes(MARKER))
              leaks.push(`${token ? 'read-only' : 'anonymous'} GET ${base}${q} -> ${res.statusCode}`);
          }
        }
      }
    }
    // Public pages and feeds as the public sees them.
    for (const url of [
      `/public/requests/${ids.public}`,
      `/public/requests/${ids.private}`,
      `/public/requests/${ids.embargoed}`,
      '/public/requests',
      `/public/requests?q=${MARKER}title`,
      `/public/requests?tag=${MARKER}reqtag`,
      `/public/requests?agencyId=${ids.agency}`,
      `/public/agencies/${ids.agency}`,
      `/requests/${ids.private}`,
      `/requests/${ids.public}`,
      '/sign-in',
    ]) {
      const res = await env.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      reads++;
      // The visitor's own query may be echoed in the filter form; only other text counts.
      const own = /=([^&]*)/.exec(url)?.[1]?.toLowerCase();
      let seen = `${JSON.stringify(res.headers)}\n${res.body}`.toLowerCase();
      if (own?.includes(MARKER)) seen = seen.split(own).join('');
      if (seen.includes(MARKER)) leaks.push(`anonymous page ${url}`);
    }
    console.log(`read ${reads} responses as anonymous and read-only callers (${answered} answered 2xx)`);
    expect(answered).toBeGreaterThan(50);
    expect(leaks).toEqual([]);
  }, 120_000);
});
