/**
 * Tagging, the volunteer work queue and search: the vocabulary, tags on documents and pages with
 * who/when and recorded removal, leases that never hand one document to two volunteers, and search
 * with its query language, filters and visibility.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let vol1: string;
let vol2: string;
let publicReq: number;
let privateReq: number;
let otherAgencyReq: number;
let agencyA: number;
let agencyB: number;

/** A ready document with the given page texts, written as ingestion would (pages indexed by the FTS triggers). */
function readyDoc(requestId: number, name: string, pages: string[], createdAt = '2026-11-20T10:00:00.000Z'): number {
  const c = env.db.$client;
  const { id } = c
    .prepare(
      `insert into documents (request_id, sha256, size, name, sniffed_type, status, pages, pages_done, text_source, created_at, updated_at)
       values (?, lower(hex(randomblob(32))), 100, ?, 'application/pdf', 'ready', ?, ?, 'embedded', ?, ?) returning id`,
    )
    .get(requestId, name, pages.length, pages.length, createdAt, createdAt) as { id: number };
  pages.forEach((text, i) => {
    c.prepare(`insert into document_pages (document_id, page, text, source) values (?, ?, ?, 'embedded')`).run(
      id,
      i + 1,
      text,
    );
  });
  return id;
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: false, env: { TAGGING_LEASE_MS: '60000' } });
  staff = (await userWithToken(env, 'staff')).token;
  vol1 = (await userWithToken(env, 'volunteer')).token;
  vol2 = (await userWithToken(env, 'volunteer')).token;
  agencyA = (await makeAgency(env, staff, { jurisdiction: 'US-MA' })).id;
  agencyB = (await makeAgency(env, staff, { jurisdiction: 'US-CA' })).id;
  publicReq = (await makeRequest(env, staff, agencyA, { visibility: 'public' })).id;
  privateReq = (await makeRequest(env, staff, agencyA)).id;
  otherAgencyReq = (await makeRequest(env, staff, agencyB, { visibility: 'public' })).id;
});
afterAll(() => env.close());

describe('the vocabulary', () => {
  it('is seeded with surveillance vendors, document types and topics', async () => {
    const res = await api(env, 'GET', '/api/v1/tags');
    const names = (cat: string) =>
      res.body.tags.filter((t: { category: string }) => t.category === cat).map((t: { name: string }) => t.name);
    expect(names('vendor')).toEqual(
      expect.arrayContaining([
        'Geofeedia',
        'Media Sonar',
        'Snaptrends',
        'Babel Street',
        'Dataminr',
        'ShadowDragon',
        'Cobwebs Technologies',
        'Voyager Labs',
        'Skopenow',
        'Fivecast',
      ]),
    );
    expect(names('document type')).toEqual(
      expect.arrayContaining([
        'Contract',
        'Invoice',
        'Purchase order',
        'Policy',
        'Training material',
        'E-mail',
        'Marketing',
        'Meeting notes',
      ]),
    );
    expect(names('topic')).toContain('Protest monitoring');
    const found = await api(env, 'GET', '/api/v1/tags?q=SONAR');
    expect(found.body.tags.map((t: { name: string }) => t.name)).toEqual(['Media Sonar']);
  });

  it('staff add tags in any category; names are unique regardless of case; volunteers cannot add', async () => {
    const res = await api(env, 'POST', '/api/v1/tags', staff, { name: 'Social Links', category: 'Vendor' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Social Links', category: 'vendor' });
    expect((await api(env, 'POST', '/api/v1/tags', staff, { name: 'social links', category: 'vendor' })).status).toBe(
      409,
    );
    expect(
      (await api(env, 'POST', '/api/v1/tags', staff, { name: 'Drone program', category: 'budget line' })).status,
    ).toBe(201);
    expect((await api(env, 'POST', '/api/v1/tags', vol1, { name: 'X', category: 'vendor' })).status).toBe(403);
  });
});

describe('tagging', () => {
  it('tags a document and a page with a note; records who and when; removal is recorded, not lost', async () => {
    const id = readyDoc(publicReq, 'contract.pdf', ['Master agreement', 'Exhibit A: keyword list']);
    const add = await api(env, 'POST', `/api/v1/documents/${id}/tags`, vol1, { tags: ['geofeedia', 'Contract'] });
    expect(add.status).toBe(201);
    const page = await api(env, 'POST', `/api/v1/documents/${id}/tags`, vol1, {
      tags: ['Keyword lists'],
      page: 2,
      note: 'hashtags like #BlackLivesMatter',
    });
    expect(page.body.tags).toHaveLength(3);
    const onPage = page.body.tags.find((t: { page: number | null }) => t.page === 2);
    expect(onPage).toMatchObject({
      tag: { name: 'Keyword lists', category: 'topic' },
      note: 'hashtags like #BlackLivesMatter',
    });
    expect(onPage.createdBy).toBeGreaterThan(0);
    expect(onPage.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const removed = await api(env, 'DELETE', `/api/v1/documents/${id}/tags/Contract`, vol2);
    expect(removed.status).toBe(200);
    expect(removed.body.tags.map((t: { tag: { name: string } }) => t.tag.name).sort()).toEqual([
      'Geofeedia',
      'Keyword lists',
    ]);
    const history = (await api(env, 'GET', `/api/v1/documents/${id}/tags/history`, vol1)).body.tags as {
      tag: { name: string };
      createdBy: number;
      removedBy: number | null;
      removedAt: string | null;
    }[];
    expect(history).toHaveLength(3);
    const contract = history.find((t) => t.tag.name === 'Contract');
    expect(contract?.removedBy).toBeGreaterThan(0);
    expect(contract?.removedBy).not.toBe(contract?.createdBy); // removed by the second volunteer
    expect(contract?.removedAt).toMatch(/^2026-11-24T/);
    expect(history.filter((t) => t.removedAt === null)).toHaveLength(2);
    const audit = await api(env, 'GET', '/api/v1/audit?entity=document', (await userWithToken(env, 'admin')).token);
    expect(JSON.stringify(audit.body)).toContain('document.untag');

    // Not there any more: 404; on a page that does not exist: 422; an unknown tag: 422 naming it.
    expect((await api(env, 'DELETE', `/api/v1/documents/${id}/tags/Contract`, vol2)).status).toBe(404);
    expect((await api(env, 'POST', `/api/v1/documents/${id}/tags`, vol1, { tags: ['Contract'], page: 9 })).status).toBe(
      422,
    );
    const unknown = await api(env, 'POST', `/api/v1/documents/${id}/tags`, vol1, { tags: ['Nonexistent Corp'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ path: 'tags.0' });
  });

  it('a page note without a tag is kept; the public sees tags but not notes', async () => {
    const id = readyDoc(publicReq, 'memo.pdf', ['memo page']);
    const res = await api(env, 'POST', `/api/v1/documents/${id}/tags`, vol1, {
      tags: [],
      page: 1,
      note: 'redacted names',
    });
    expect(res.status).toBe(201);
    expect(res.body.tags[0]).toMatchObject({ page: 1, note: 'redacted names', tag: { category: 'note' } });
    await api(env, 'POST', `/api/v1/documents/${id}/tags`, vol1, { tags: ['Policy'], note: 'internal remark' });
    const anon = await api(env, 'GET', `/api/v1/documents/${id}`);
    expect(anon.body.tags).toHaveLength(1);
    expect(anon.body.tags[0]).toMatchObject({ tag: { name: 'Policy' }, note: null, createdBy: null });
  });
});

describe('the documents list', () => {
  it('filters by tag, status, request, agency and untagged, newest first, as the caller may see', async () => {
    const a = readyDoc(publicReq, 'listed-a.pdf', ['a']);
    const b = readyDoc(privateReq, 'listed-b.pdf', ['b']);
    await api(env, 'POST', `/api/v1/documents/${a}/tags`, vol1, { tags: ['Skopenow'] });
    await api(env, 'POST', `/api/v1/documents/${b}/tags`, vol1, { tags: ['Skopenow'] });
    const ids = async (qs: string, token?: string) =>
      (await api(env, 'GET', `/api/v1/documents?${qs}`, token)).body.documents.map((d: { id: number }) => d.id);
    expect(await ids('tag=skopenow', staff)).toEqual([b, a]);
    // The vocabulary's counts do not tell the public about private documents either.
    const count = async (token?: string) =>
      (await api(env, 'GET', '/api/v1/tags', token)).body.tags.find((t: { name: string }) => t.name === 'Skopenow')
        .documents;
    expect(await count(staff)).toBe(2);
    expect(await count()).toBe(1);
    expect(await ids('tag=Skopenow')).toEqual([a]); // anonymous: the public request only
    expect(await ids(`tag=skopenow&requestId=${privateReq}`, staff)).toEqual([b]);
    expect(await ids(`agencyId=${agencyB}&tag=skopenow`, staff)).toEqual([]);
    expect(await ids(`untagged=false&requestId=${publicReq}&status=ready`, staff)).toContain(a);
    expect(await ids(`untagged=true&requestId=${publicReq}`, staff)).not.toContain(a);
    const first = await api(env, 'GET', '/api/v1/documents?limit=1', staff);
    const second = await api(env, 'GET', `/api/v1/documents?limit=1&cursor=${first.body.nextCursor}`, staff);
    expect(second.body.documents[0].id).toBeLessThan(first.body.documents[0].id);
  });
});

describe('the work queue', () => {
  it('hands the oldest untagged ready document to one volunteer at a time; done and skip release it', async () => {
    const fresh = await createTestEnv({
      now: '2026-11-24T12:00:00Z',
      withQueue: false,
      env: { TAGGING_LEASE_MS: '60000' },
    });
    try {
      const s = (await userWithToken(fresh, 'staff')).token;
      const a = (await userWithToken(fresh, 'volunteer')).token;
      const b = (await userWithToken(fresh, 'volunteer')).token;
      const ag = (await makeAgency(fresh, s)).id;
      const req = (await makeRequest(fresh, s, ag)).id;
      const saved = env;
      env = fresh;
      const first = readyDoc(req, 'one.pdf', ['one']);
      const second = readyDoc(req, 'two.pdf', ['two']);
      const third = readyDoc(req, 'three.pdf', ['three']);
      env = saved;

      const na = await api(fresh, 'POST', '/api/v1/documents/next', a);
      const nb = await api(fresh, 'POST', '/api/v1/documents/next', b);
      expect(na.body.document.id).toBe(first);
      expect(nb.body.document.id).toBe(second);
      expect(na.body.leaseUntil).toBe('2026-11-24T12:01:00.000Z');
      // Asking again keeps your own document.
      expect((await api(fresh, 'POST', '/api/v1/documents/next', a)).body.document.id).toBe(first);

      // Skipping releases it to others, never back to you.
      await api(fresh, 'POST', `/api/v1/documents/${first}/skip`, a);
      expect((await api(fresh, 'POST', '/api/v1/documents/next', a)).body.document.id).toBe(third);
      // Finishing takes it out of the queue for everyone.
      await api(fresh, 'POST', `/api/v1/documents/${second}/done`, b);
      expect((await api(fresh, 'POST', '/api/v1/documents/next', b)).body.document.id).toBe(first);
      // Nothing left for a: 204.
      await api(fresh, 'POST', `/api/v1/documents/${third}/done`, a);
      expect((await api(fresh, 'POST', '/api/v1/documents/next', a)).status).toBe(204);

      // A lapsed lease goes to the next volunteer.
      fresh.setNow('2026-11-24T12:05:00Z');
      const c = (await userWithToken(fresh, 'volunteer')).token;
      expect((await api(fresh, 'POST', '/api/v1/documents/next', c)).body.document.id).toBe(first);

      // A tagged document is no longer "untagged" work.
      env = fresh;
      const d4 = readyDoc(req, 'four.pdf', ['four']);
      env = saved;
      await api(fresh, 'POST', `/api/v1/documents/${d4}/tags`, c, { tags: ['Invoice'] });
      expect((await api(fresh, 'POST', '/api/v1/documents/next', b)).status).toBe(204);
    } finally {
      await fresh.close();
    }
  });

  it('under concurrent asks, no document goes to two volunteers', async () => {
    const fresh = await createTestEnv({ withQueue: false });
    const saved = env;
    try {
      const s = (await userWithToken(fresh, 'staff')).token;
      const ag = (await makeAgency(fresh, s)).id;
      const req = (await makeRequest(fresh, s, ag)).id;
      env = fresh;
      for (let i = 0; i < 20; i++) readyDoc(req, `d${i}.pdf`, [`page ${i}`]);
      env = saved;
      const vols = await Promise.all(Array.from({ length: 30 }, () => userWithToken(fresh, 'volunteer')));
      const got = await Promise.all(vols.map((v) => api(fresh, 'POST', '/api/v1/documents/next', v.token)));
      const ids = got.filter((r) => r.status === 200).map((r) => r.body.document.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      expect(got.filter((r) => r.status === 204)).toHaveLength(10);
    } finally {
      env = saved;
      await fresh.close();
    }
  });
});

describe('search', () => {
  let pub: number;
  let priv: number;
  let other: number;
  beforeAll(async () => {
    pub = readyDoc(publicReq, 'sonar.pdf', [
      'Media Sonar proposal for monitoring protest activity',
      'The product helps officers avoid the warrant process.',
      'Sentiment analysis of posts about the department',
    ]);
    priv = readyDoc(privateReq, 'private.pdf', ['Media Sonar invoice, confidential'], '2026-11-01T09:00:00.000Z');
    other = readyDoc(
      otherAgencyReq,
      'dataminr.pdf',
      ['Dataminr alerts on protest organizers'],
      '2026-10-15T09:00:00.000Z',
    );
    await api(env, 'POST', `/api/v1/documents/${other}/tags`, vol1, { tags: ['Dataminr'] });
    await api(env, 'POST', `/api/v1/documents/${pub}/tags`, vol1, { tags: ['Warrant avoidance'], page: 2 });
  });
  const search = async (qs: string, token?: string) => api(env, 'GET', `/api/v1/search?${qs}`, token);
  const hitsOf = async (qs: string, token?: string) =>
    ((await search(qs, token)).body.hits as { documentId: number; page: number }[]).map((h) => [h.documentId, h.page]);

  it('phrases, stems, prefixes, OR and exclusion', async () => {
    expect(await hitsOf(`q=${encodeURIComponent('"warrant process"')}`)).toEqual([[pub, 2]]);
    expect(await hitsOf(`q=${encodeURIComponent('"process warrant"')}`)).toEqual([]);
    expect(await hitsOf('q=monitor', staff)).toEqual([[pub, 1]]); // "monitoring" is stemmed to "monitor"
    expect(await hitsOf('q=sentim*')).toEqual([[pub, 3]]);
    expect((await hitsOf('q=warrant%20OR%20dataminr')).sort()).toEqual(
      [
        [pub, 2],
        [other, 1],
      ].sort(),
    );
    expect(await hitsOf('q=protest%20-dataminr')).toEqual([[pub, 1]]);
  });

  it('highlights hits in an HTML-safe snippet', async () => {
    readyDoc(publicReq, 'xss.pdf', ['<script>alert(1)</script> geofeedia & friends']);
    const res = await search('q=geofeedia');
    expect(res.body.hits[0].snippet).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>geofeedia</mark> &amp; friends');
  });

  it('a malformed query is a 400 problem, never a 500', async () => {
    for (const q of ['"unclosed', 'OR', 'foo OR', '*', 'fo*o', '-only', '""', '   ']) {
      const res = await search(`q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors[0].path).toBe('q');
    }
    // Characters FTS5 would treat as syntax are just text.
    for (const q of ['a:b', 'NEAR(a b)', 'x^y', '(sonar', 'media AND', '{col}']) {
      expect((await search(`q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
  });

  it('respects visibility: private requests only for signed-in users', async () => {
    expect(await hitsOf('q=confidential')).toEqual([]);
    expect(await hitsOf('q=confidential', staff)).toEqual([[priv, 1]]);
    expect(await hitsOf('q=confidential', vol1)).toEqual([[priv, 1]]);
  });

  it('filters by tag (document or the matching page), agency, jurisdiction, request and date', async () => {
    expect(await hitsOf('q=protest&tag=dataminr')).toEqual([[other, 1]]);
    expect(await hitsOf('q=warrant&tag=warrant%20avoidance')).toEqual([[pub, 2]]);
    expect(await hitsOf('q=proposal&tag=warrant%20avoidance')).toEqual([]); // tagged page 2, hit on page 1
    expect(await hitsOf(`q=protest&agencyId=${agencyB}`)).toEqual([[other, 1]]);
    expect(await hitsOf('q=protest&jurisdiction=US-MA')).toEqual([[pub, 1]]);
    expect(await hitsOf(`q=sonar&requestId=${privateReq}`, staff)).toEqual([[priv, 1]]);
    expect(await hitsOf('q=protest&from=2026-10-15&to=2026-10-15')).toEqual([[other, 1]]);
    expect((await hitsOf('q=protest&from=2026-11-01')).map(([d]) => d)).toEqual([pub]);
    expect((await search('q=protest&from=2026-13-01')).status).toBe(422);
  });

  it('orders by relevance unless asked for newest first, and says which', async () => {
    const rel = await search('q=protest');
    expect(rel.body.order).toBe('relevance');
    const newest = await search('q=protest&sort=newest');
    expect(newest.body.order).toBe('newest');
    const ids = newest.body.hits.map((h: { documentId: number }) => h.documentId);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
  });

  it('pages through results with a cursor, without repeats', async () => {
    const fresh: number[] = [];
    for (let i = 0; i < 7; i++) fresh.push(readyDoc(publicReq, `p${i}.pdf`, [`skopenow report number ${i}`]));
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await search(`q=skopenow&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.hits.map((h: { documentId: number }) => h.documentId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(fresh.sort());
  });
});
