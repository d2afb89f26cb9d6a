/**
 * The Atom feeds, read by an independent parser (feedparser, strict XML): every feed parses as Atom
 * 1.0 with its ids, links and dates; it lists what the public may see (public requests, embargoes
 * that have ended at the agency) and nothing else: a marker planted in a private request's title,
 * letter, tags and documents, in a still-embargoed request, and in the notes and correspondence of a
 * public request, appears in no feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlText } from '../../src/feeds/atom.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { parseAtom } from './atom.js';

const BASE = 'https://records.example.org';
const MARKER = 'zqxfeedmarker';
let env: TestEnv;
let staff: string;
const ids = {
  boston: 0,
  honolulu: 0,
  fbi: 0,
  public: 0,
  publicDoc: 0,
  pendingDoc: 0,
  nasty: 0,
  private: 0,
  embargoFuture: 0,
  embargoEnded: 0,
  embargoBoston: 0,
  embargoHonolulu: 0,
};

function document(requestId: number, name: string, status: 'ready' | 'pending', text: string): number {
  const c = env.db.$client;
  const { id } = c
    .prepare(
      `insert into documents (request_id, sha256, size, name, sniffed_type, status, pages, pages_done, text_source, updated_at)
       values (?, lower(hex(randomblob(32))), 100, ?, 'application/pdf', ?, 1, 1, 'embedded', '2026-04-10T12:00:00.000Z') returning id`,
    )
    .get(requestId, name, status) as { id: number };
  c.prepare(`insert into document_pages (document_id, page, text, source) values (?, 1, ?, 'embedded')`).run(id, text);
  return id;
}

async function feed(url: string, headers: Record<string, string> = {}) {
  return env.app.inject({ method: 'GET', url, headers });
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false, env: { PUBLIC_BASE_URL: BASE } });
  staff = (await userWithToken(env, 'staff')).token;
  ids.boston = (await makeAgency(env, staff, { name: 'Boston Police', jurisdiction: 'US-MA', level: 'municipal' })).id;
  ids.honolulu = (
    await makeAgency(env, staff, { name: 'Honolulu Police', jurisdiction: 'US-HI', level: 'municipal' })
  ).id;
  ids.fbi = (await makeAgency(env, staff, { name: 'FBI', jurisdiction: 'US', level: 'federal' })).id;

  ids.public = (
    await makeRequest(env, staff, ids.boston, {
      title: 'Media Sonar contracts',
      body: 'All contracts with Media Sonar since 2015.',
      tags: ['Media Sonar', 'contracts'],
      visibility: 'public',
    })
  ).id;
  await event(env, staff, ids.public, {
    type: 'submitted',
    date: '2026-04-01',
    channel: 'email',
    note: `Sent by ${MARKER}note-on-submitted`,
  });
  await event(env, staff, ids.public, { type: 'acknowledged', date: '2026-04-03', trackingNumber: 'BPD-2026-17' });
  await event(env, staff, ids.public, { type: 'note', date: '2026-04-04', note: `Called ${MARKER}privatenote` });
  await event(env, staff, ids.public, {
    type: 'communication',
    date: '2026-04-05',
    direction: 'out',
    channel: 'email',
    subject: `Re ${MARKER}subject`,
    body: `Call me at ${MARKER}staff-email@civil.example.org`,
  });
  const mistaken = await event(env, staff, ids.public, { type: 'fee_requested', date: '2026-04-06', amount: 25 });
  const feeEvent = mistaken.events.find((e: { type: string }) => e.type === 'fee_requested');
  await event(env, staff, ids.public, { type: 'retraction', date: '2026-04-07', eventId: feeEvent.id });
  ids.publicDoc = document(ids.public, 'contract-2019.pdf', 'ready', 'Contract text');
  ids.pendingDoc = document(ids.public, 'still-processing.pdf', 'pending', 'Not yet');

  // Markup and characters XML cannot carry, in a public title and letter.
  ids.nasty = (
    await makeRequest(env, staff, ids.fbi, {
      title: 'Dataminr <script>alert(1)</script> & "friends"',
      body: 'Records ]]> & <b>bold</b>',
      visibility: 'public',
      tags: ['contracts'],
    })
  ).id;
  env.db.$client
    .prepare('update requests set body = body || ? where id = ?')
    .run('\u0000 bell \u0007 escape \u001b end \uffff', ids.nasty);

  ids.private = (
    await makeRequest(env, staff, ids.boston, {
      title: `Surveillance ${MARKER}title`,
      body: `Letter ${MARKER}letter`,
      tags: ['Media Sonar', `${MARKER}tag`],
      trackingNumber: `${MARKER}-TRK`,
    })
  ).id;
  await event(env, staff, ids.private, { type: 'submitted', date: '2026-04-01' });
  document(ids.private, `${MARKER}file.pdf`, 'ready', `Page ${MARKER}page`);

  ids.embargoFuture = (
    await makeRequest(env, staff, ids.boston, {
      title: `Embargoed ${MARKER}embargo`,
      visibility: 'embargoed',
      embargoUntil: '2026-12-01',
      tags: ['media sonar'],
    })
  ).id;
  ids.embargoEnded = (
    await makeRequest(env, staff, ids.boston, {
      title: 'Geofeedia purchase orders',
      visibility: 'embargoed',
      embargoUntil: '2026-04-10',
      tags: ['media sonar'],
    })
  ).id;
  // Both embargoes end on 2026-04-16: at 05:00 UTC that day has begun in Boston, not in Honolulu.
  ids.embargoBoston = (
    await makeRequest(env, staff, ids.boston, {
      title: 'Boston embargo ending',
      visibility: 'embargoed',
      embargoUntil: '2026-04-16',
    })
  ).id;
  ids.embargoHonolulu = (
    await makeRequest(env, staff, ids.honolulu, {
      title: `Honolulu embargo ending ${MARKER}hawaii`,
      visibility: 'embargoed',
      embargoUntil: '2026-04-16',
    })
  ).id;
}, 60_000);
afterAll(() => env.close());

const ALL_FEEDS = () => [
  '/feeds/requests.atom',
  `/feeds/agencies/${ids.boston}.atom`,
  `/feeds/agencies/${ids.fbi}.atom`,
  `/feeds/agencies/${ids.honolulu}.atom`,
  '/feeds/jurisdictions/US-MA.atom',
  '/feeds/jurisdictions/us.atom',
  '/feeds/tags/media%20sonar.atom',
  '/feeds/tags/Media%20Sonar.atom',
  '/feeds/tags/contracts.atom',
  `/feeds/requests/${ids.public}.atom`,
  `/feeds/requests/${ids.nasty}.atom`,
  `/feeds/requests/${ids.embargoEnded}.atom`,
];

describe('every feed', () => {
  it('is Atom 1.0 that a strict independent parser reads, with ids, titles, dates and links', async () => {
    for (const url of ALL_FEEDS()) {
      const res = await feed(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const { meta, items } = await parseAtom(res.body);
      expect(meta['#type'], url).toBe('atom');
      expect(meta['#version']).toBe('1.0');
      expect(meta.title).toBeTruthy();
      expect(meta.date).toBeInstanceOf(Date);
      // The canonical address: the jurisdiction's code, the tag's slug (however it was spelled).
      expect(meta.xmlurl).toBe(
        `${BASE}${url.replace('us.atom', 'US.atom').replace(/Media%20Sonar|media%20sonar/, 'media-sonar')}`,
      );
      expect(meta.link.startsWith(BASE)).toBe(true);
      expect(meta['atom:id']['#']).toMatch(/^tag:records\.example\.org,2026:feeds\//);
      expect(meta['atom:author'].name['#']).toBe('records.example.org');
      const entryIds = items.map((i) => i.guid);
      expect(new Set(entryIds).size).toBe(entryIds.length);
      for (const item of items) {
        expect(item.guid).toMatch(/^tag:records\.example\.org,2026:(requests|documents)\//);
        expect(item.title).toBeTruthy();
        expect(item.date).toBeInstanceOf(Date);
        expect(item.link).toMatch(new RegExp(`^${BASE}/public/requests/\\d+$`));
        expect(item['atom:summary']['@'].type).toBe('text');
      }
    }
  });

  it('carries no private marker', async () => {
    for (const url of ALL_FEEDS()) {
      const res = await feed(url);
      expect(res.body.toLowerCase(), url).not.toContain(MARKER);
    }
  });
});

describe('the list feeds', () => {
  it('hold public requests and ended embargoes, most recently changed first', async () => {
    const { items } = await parseAtom((await feed('/feeds/requests.atom')).body);
    const listed = items.map((i) => Number(/requests\/(\d+)$/.exec(i.guid)?.[1]));
    expect(listed.sort()).toEqual([ids.public, ids.nasty, ids.embargoEnded].sort());
    const dates = items.map((i) => (i.date as Date).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const entry = items.find((i) => i.guid.endsWith(`requests/${ids.public}`));
    expect(entry?.title).toBe('Media Sonar contracts');
    expect(entry?.summary).toContain('Status: acknowledged.');
    expect(entry?.summary).toContain('Agency: Boston Police (US-MA).');
    expect(entry?.summary).toContain('Tracking number: BPD-2026-17.');
    expect(entry?.description).toBe('All contracts with Media Sonar since 2015.');
    expect(entry?.categories.sort()).toEqual(['contracts', 'media-sonar']);
  });

  it('escape markup and drop characters XML cannot carry', async () => {
    const res = await feed(`/feeds/agencies/${ids.fbi}.atom`);
    expect(res.body).toContain('Dataminr &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;');
    const { items } = await parseAtom(res.body);
    // The raw text (feedparser's own normalising would strip what looks like markup).
    expect(items[0]?.['atom:title']['#']).toBe('Dataminr <script>alert(1)</script> & "friends"');
    expect(items[0]?.['atom:content']['#']).toBe('Records ]]> & <b>bold</b> bell  escape  end');
  });

  it('withhold our staff’s details from a request’s text, as the public pages do', async () => {
    const before = env.db.$client.prepare('select body from requests where id = ?').pluck().get(ids.nasty) as string;
    env.db.$client
      .prepare('update requests set body = ? where id = ?')
      .run(`Ask foia-tracker@localhost or request-${ids.nasty}@records.example.org.`, ids.nasty);
    try {
      const res = await feed(`/feeds/agencies/${ids.fbi}.atom`);
      const { items } = await parseAtom(res.body);
      const content = items[0]?.['atom:content']['#'] as string;
      expect(content).toContain('[withheld]');
      expect(content).not.toContain('foia-tracker@localhost');
    } finally {
      env.db.$client.prepare('update requests set body = ? where id = ?').run(before, ids.nasty);
    }
  });

  it('text keeps every character XML allows and nothing else', () => {
    expect(xmlText('a\u0000b\u0008c\td\ne\rf\ud800g\udc00h\ufffei\uffffj😀k\u2028l')).toBe(
      'abc\td\ne\rfghij😀k\u2028l',
    );
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('per agency, jurisdiction and tag, as the request list filters', async () => {
    const guids = async (url: string) =>
      (await parseAtom((await feed(url)).body)).items.map((i) => Number(/requests\/(\d+)$/.exec(i.guid)?.[1])).sort();
    expect(await guids(`/feeds/agencies/${ids.boston}.atom`)).toEqual([ids.public, ids.embargoEnded].sort());
    expect(await guids(`/feeds/agencies/${ids.fbi}.atom`)).toEqual([ids.nasty]);
    expect(await guids('/feeds/jurisdictions/US-MA.atom')).toEqual([ids.public, ids.embargoEnded].sort());
    expect(await guids('/feeds/jurisdictions/US-HI.atom')).toEqual([]);
    // "Media Sonar" and "media sonar" are one tag, as for GET /api/v1/requests?tag=.
    const list = await api(env, 'GET', '/api/v1/requests?tag=Media%20Sonar');
    const byList = list.body.data.map((r: { id: number }) => r.id).sort();
    expect(await guids('/feeds/tags/Media%20Sonar.atom')).toEqual(byList);
    expect(byList).toEqual([ids.public, ids.embargoEnded].sort());
    expect(await guids('/feeds/tags/contracts.atom')).toEqual([ids.public, ids.nasty].sort());
  });

  it('a tag that only private requests carry is an empty feed, as for a tag nobody uses', async () => {
    const own = await parseAtom((await feed(`/feeds/tags/${MARKER}tag.atom`)).body);
    const none = await parseAtom((await feed('/feeds/tags/nobody-uses-this.atom')).body);
    expect(own.items).toEqual([]);
    expect(none.items).toEqual([]);
  });

  it('judge an embargo by each agency’s own today', async () => {
    env.setNow('2026-04-16T05:00:00Z'); // 01:00 in Boston, 19:00 the day before in Honolulu
    try {
      const all = await parseAtom((await feed('/feeds/requests.atom')).body);
      const listed = all.items.map((i) => Number(/requests\/(\d+)$/.exec(i.guid)?.[1]));
      expect(listed).toContain(ids.embargoBoston);
      expect(listed).not.toContain(ids.embargoHonolulu);
      expect((await feed(`/feeds/requests/${ids.embargoBoston}.atom`)).statusCode).toBe(200);
      expect((await feed(`/feeds/requests/${ids.embargoHonolulu}.atom`)).statusCode).toBe(404);
    } finally {
      env.setNow('2026-04-15T15:00:00Z');
    }
  });

  it('404 for an unknown agency or jurisdiction, 422 for a malformed tag', async () => {
    expect((await feed('/feeds/agencies/999999.atom')).statusCode).toBe(404);
    expect((await feed('/feeds/jurisdictions/US-ZZ.atom')).statusCode).toBe(404);
    const bad = await feed('/feeds/tags/%00.atom');
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});

describe('the feed of one request', () => {
  it('tells its timeline in words and its released documents, without notes or correspondence', async () => {
    const res = await feed(`/feeds/requests/${ids.public}.atom`);
    const { meta, items } = await parseAtom(res.body);
    expect(meta.title).toBe('Media Sonar contracts (Boston Police)');
    expect(meta.link).toBe(`${BASE}/public/requests/${ids.public}`);
    const titles = items.map((i) => i.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Request sent (2026-04-01): Media Sonar contracts',
        'Acknowledged (2026-04-03): Media Sonar contracts',
        'Document released: contract-2019.pdf',
      ]),
    );
    // The note, the communication, the retracted fee and the retraction itself are not news.
    expect(items).toHaveLength(3);
    const sent = items.find((i) => i.title.startsWith('Request sent'));
    expect(sent?.summary).toBe('Request sent to the agency (email) on 2026-04-01.');
    const ack = items.find((i) => i.title.startsWith('Acknowledged'));
    expect(ack?.summary).toBe('The agency acknowledged the request on 2026-04-03. Tracking number: BPD-2026-17.');
    const doc = items.find((i) => i.title.startsWith('Document'));
    expect(doc?.guid).toBe(`tag:records.example.org,2026:documents/${ids.publicDoc}`);
    expect(doc?.enclosures).toEqual([
      expect.objectContaining({ url: `${BASE}/api/v1/documents/${ids.publicDoc}/file`, type: 'application/pdf' }),
    ]);
    expect(res.body).not.toContain('still-processing.pdf');
  });

  it('is a 404 for a private or still-embargoed request, signed in or not', async () => {
    for (const id of [ids.private, ids.embargoFuture, 999999]) {
      const anonymous = await feed(`/feeds/requests/${id}.atom`);
      expect(anonymous.statusCode).toBe(404);
      expect(anonymous.body).not.toContain(MARKER);
      const signedIn = await feed(`/feeds/requests/${id}.atom`, { authorization: `Bearer ${staff}` });
      expect(signedIn.statusCode).toBe(404);
    }
  });
});

describe('conditional requests', () => {
  it('answer 304 while nothing changed, and the new feed once something did', async () => {
    const url = `/feeds/requests/${ids.public}.atom`;
    const first = await feed(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    expect((await feed(url, { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await feed(url, { 'if-modified-since': first.headers['last-modified'] as string })).statusCode).toBe(304);
    await event(env, staff, ids.public, { type: 'records_released', date: '2026-04-14', pages: 12 });
    const after = await feed(url, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const { items } = await parseAtom(after.body);
    expect(items[0]?.summary).toBe('Records were released on 2026-04-14 (12 pages).');
  });

  it('a request made private leaves the feeds at once', async () => {
    const { id } = await makeRequest(env, staff, ids.fbi, { title: 'Soon private', visibility: 'public' });
    expect((await feed(`/feeds/requests/${id}.atom`)).statusCode).toBe(200);
    await api(env, 'PATCH', `/api/v1/requests/${id}`, staff, { visibility: 'private' });
    expect((await feed(`/feeds/requests/${id}.atom`)).statusCode).toBe(404);
    expect((await feed('/feeds/requests.atom')).body).not.toContain('Soon private');
  });
});
