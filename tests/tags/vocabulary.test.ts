/**
 * One tag vocabulary for requests and documents: one rule says when two names are one tag, request
 * tags are stored as vocabulary slugs (a new one joins the vocabulary), the migration merged the
 * variants that were stored before (campaigns' tags too), and a search by tag alone lists the tagged documents and pages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDb } from '../../src/db/index.js';
import { slugOf } from '../../src/tags/slug.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

describe('the tag rule', () => {
  it.each([
    ['Media Sonar', 'media-sonar', 'case and a space'],
    ['media-sonar', 'media-sonar', 'already a slug'],
    ['media sonar', 'media-sonar', 'lower case with a space'],
    ['  MEDIA_SONAR ', 'media-sonar', 'underscore and padding'],
    ['Media  /  Sonar', 'media-sonar', 'a run of separators is one'],
    ['Policía', 'policia', 'accents do not count'],
    ['X1 Social Discovery', 'x1-social-discovery', 'digits stay'],
    ['Thomson Reuters CLEAR', 'thomson-reuters-clear', 'capitals'],
    ['!!!', '', 'no letter or digit: no tag'],
  ])('%s -> %s (%s)', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});

describe('request tags and document tags are one vocabulary', () => {
  let env: TestEnv;
  let staff: string;
  let agency: number;

  beforeAll(async () => {
    env = await createTestEnv({ now: '2026-05-04T15:00:00Z', withQueue: false });
    staff = (await userWithToken(env, 'staff')).token;
    agency = (await makeAgency(env, staff)).id;
  });
  afterAll(() => env.close());

  it('stores request tags as slugs, one per tag whatever the variants, and filters by any variant', async () => {
    const r = await makeRequest(env, staff, agency, {
      tags: ['Media Sonar', 'media sonar', 'media-sonar', 'Stingray Devices'],
      visibility: 'public',
    });
    const view = (await api(env, 'GET', `/api/v1/requests/${r.id}`, staff)).body;
    expect(view.tags).toEqual(['media-sonar', 'stingray-devices']);
    for (const variant of ['Media Sonar', 'media-sonar', 'MEDIA_SONAR']) {
      const list = await api(env, 'GET', `/api/v1/requests?tag=${encodeURIComponent(variant)}`, staff);
      expect(
        list.body.data.map((x: { id: number }) => x.id),
        variant,
      ).toEqual([r.id]);
    }
  });

  it('adds a request tag that is not in the vocabulary to it (topic), and not a second time', async () => {
    await makeRequest(env, staff, agency, { tags: ['stingray devices'] });
    const topics = (await api(env, 'GET', '/api/v1/tags?category=topic', staff)).body.tags;
    const stingray = topics.filter((t: { name: string }) => slugOf(t.name) === 'stingray-devices');
    expect(stingray.map((t: { name: string }) => t.name)).toEqual(['Stingray Devices']);
    // Media Sonar was in the vocabulary already (a vendor): not added again as a topic.
    expect(topics.some((t: { name: string }) => slugOf(t.name) === 'media-sonar')).toBe(false);
    // A document can be tagged with it by any variant of its name.
    const dup = await api(env, 'POST', '/api/v1/tags', staff, { name: 'stingray-devices', category: 'vendor' });
    expect(dup.status).toBe(409);
  });

  it('a tag made from a private request is not shown to the public', async () => {
    await makeRequest(env, staff, agency, { tags: ['Operation Nightjar'] });
    const anonymous = (await api(env, 'GET', '/api/v1/tags?q=nightjar')).body.tags;
    expect(anonymous).toEqual([]);
    const signedIn = (await api(env, 'GET', '/api/v1/tags?q=nightjar', staff)).body.tags;
    expect(signedIn.map((t: { name: string }) => t.name)).toEqual(['Operation Nightjar']);
    // And a search by it is an unknown tag to the public, as a tag that does not exist.
    const search = await api(env, 'GET', '/api/v1/search?tag=Operation%20Nightjar');
    expect(search.status).toBe(422);
    expect(search.body.code ?? search.body.type).toMatch(/unknown_tag/);
  });

  it("a campaign's tags and its bulk tag changes follow the same rule", async () => {
    const c = (
      await api(env, 'POST', '/api/v1/campaigns', staff, {
        title: 'Monitoring tools',
        body: 'Contracts.',
        tags: ['Social Media', 'social-media'],
      })
    ).body.id;
    await api(env, 'POST', `/api/v1/campaigns/${c}/agencies`, staff, { agencyIds: [agency] });
    const id = (await api(env, 'GET', `/api/v1/campaigns/${c}`, staff)).body.requests[0].requestId;
    expect((await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.tags).toEqual(['social-media']);
    await api(env, 'POST', `/api/v1/campaigns/${c}/tags`, staff, { add: ['Media Sonar'], remove: ['SOCIAL MEDIA'] });
    expect((await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.tags).toEqual(['media-sonar']);
  });

  it('refuses a vocabulary name with no letter or digit', async () => {
    const res = await api(env, 'POST', '/api/v1/tags', staff, { name: '--', category: 'topic' });
    expect(res.status).toBe(422);
  });
});

describe('search by tag alone', () => {
  let env: TestEnv;
  let staff: string;
  let publicDoc: number;
  let privateDoc: number;

  function readyDoc(requestId: number, name: string, pages: string[]): number {
    const c = env.db.$client;
    const { id } = c
      .prepare(
        `insert into documents (request_id, sha256, size, name, sniffed_type, status, pages, pages_done, text_source, updated_at)
         values (?, lower(hex(randomblob(32))), 100, ?, 'application/pdf', 'ready', ?, ?, 'embedded', ?) returning id`,
      )
      .get(requestId, name, pages.length, pages.length, new Date().toISOString()) as { id: number };
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
    env = await createTestEnv({ now: '2026-05-04T15:00:00Z', withQueue: false });
    staff = (await userWithToken(env, 'staff')).token;
    const agency = (await makeAgency(env, staff)).id;
    const pub = (await makeRequest(env, staff, agency, { visibility: 'public' })).id;
    const priv = (await makeRequest(env, staff, agency)).id;
    publicDoc = readyDoc(pub, 'contract.pdf', ['Licence for Media Sonar <script>', 'Annex with prices']);
    privateDoc = readyDoc(priv, 'memo.pdf', ['Internal memo about Media Sonar']);
    await api(env, 'POST', `/api/v1/documents/${publicDoc}/tags`, staff, { tags: ['media sonar'], page: 2 });
    await api(env, 'POST', `/api/v1/documents/${publicDoc}/tags`, staff, { tags: ['Contract'] });
    await api(env, 'POST', `/api/v1/documents/${privateDoc}/tags`, staff, { tags: ['Media-Sonar'] });
  });
  afterAll(() => env.close());

  it('lists the tagged pages and documents the caller may see, by any variant of the name', async () => {
    const anonymous = await api(env, 'GET', '/api/v1/search?tag=MEDIA%20SONAR');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.hits).toEqual([
      expect.objectContaining({ documentId: publicDoc, page: 2, tagged: 'page', snippet: 'Annex with prices' }),
    ]);
    const staffHits = (await api(env, 'GET', '/api/v1/search?tag=media-sonar', staff)).body.hits;
    expect(staffHits.map((h: { documentId: number; tagged: string }) => [h.documentId, h.tagged])).toEqual([
      [privateDoc, 'document'],
      [publicDoc, 'page'],
    ]);
    const whole = (await api(env, 'GET', '/api/v1/search?tag=contract')).body.hits;
    expect(whole).toEqual([
      expect.objectContaining({
        documentId: publicDoc,
        page: 1,
        tagged: 'document',
        snippet: 'Licence for Media Sonar &lt;script&gt;',
      }),
    ]);
  });

  it('says when a tag is not in the vocabulary, with or without words', async () => {
    for (const url of ['/api/v1/search?tag=Nonexistent%20Corp', '/api/v1/search?q=memo&tag=Nonexistent%20Corp']) {
      const res = await api(env, 'GET', url, staff);
      expect(res.status, url).toBe(422);
      expect(res.body.detail, url).toBe('No tag “Nonexistent Corp” in the vocabulary');
      expect(res.body.errors, url).toEqual([{ path: 'tag', message: expect.stringContaining('Nonexistent Corp') }]);
    }
  });

  it('still needs words or a tag', async () => {
    expect((await api(env, 'GET', '/api/v1/search')).status).toBe(400);
    expect((await api(env, 'GET', '/api/v1/search?q=')).status).toBe(400);
  });

  it('pages through a long list with the cursor', async () => {
    const first = (await api(env, 'GET', '/api/v1/search?tag=media-sonar&limit=1', staff)).body;
    expect(first.hits).toHaveLength(1);
    const second = (await api(env, 'GET', `/api/v1/search?tag=media-sonar&limit=1&cursor=${first.nextCursor}`, staff))
      .body;
    expect(second.hits.map((h: { documentId: number }) => h.documentId)).toEqual([publicDoc]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('the migration that merged the variants stored before', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-slugs request tags, merges colliding vocabulary entries and re-points their taggings', () => {
    dir = mkdtempSync(join(tmpdir(), 'foia-tags-'));
    // The migrations before this one, applied to a fresh file, then rows as the old code wrote them.
    const before = join(dir, 'drizzle-before');
    cpSync(MIGRATIONS_DIR, before, { recursive: true });
    const journalFile = join(before, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    const at = journal.entries.findIndex((e: { tag: string }) => e.tag.endsWith('_tag_vocabulary'));
    expect(at).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, at);
    writeFileSync(journalFile, JSON.stringify(journal));
    const file = join(dir, 'foia.sqlite');
    const sqlite = new Database(file);
    migrate(drizzle(sqlite), { migrationsFolder: before });
    const now = '2026-05-01T00:00:00.000Z';
    sqlite.prepare(`insert into users (email, role, created_at) values ('old@example.com', 'staff', ?)`).run(now);
    const user = (sqlite.prepare('select id from users').get() as { id: number }).id;
    sqlite
      .prepare(`insert into agencies (name, jurisdiction, level, updated_at) values ('PD', 'US-MA', 'municipal', ?)`)
      .run(now);
    const mkRequest = () =>
      (
        sqlite
          .prepare(
            `insert into requests (agency_id, title, body, created_by, updated_at) values (1, 't', 'b', ?, ?) returning id`,
          )
          .get(user, now) as { id: number }
      ).id;
    const r1 = mkRequest();
    const r2 = mkRequest();
    const tagRows = sqlite.prepare('insert into request_tags (request_id, tag) values (?, ?)');
    for (const t of ['media sonar', 'media-sonar', 'media_sonar', 'contracts']) tagRows.run(r1, t);
    tagRows.run(r2, 'social  media');
    // A variant of the seeded "Media Sonar" made by staff, and taggings of one page with both.
    const seeded = (sqlite.prepare(`select id from tags where name = 'Media Sonar'`).get() as { id: number }).id;
    const variant = (
      sqlite
        .prepare(
          `insert into tags (name, slug, category, created_by) values ('Media-Sonar', 'media-sonar', 'vendor', ?) returning id`,
        )
        .get(user) as { id: number }
    ).id;
    const doc = (
      sqlite
        .prepare(
          `insert into documents (request_id, sha256, size, name, status, updated_at) values (?, 'abc', 1, 'd.pdf', 'ready', ?) returning id`,
        )
        .get(r1, now) as { id: number }
    ).id;
    const tagging = sqlite.prepare(
      'insert into document_tags (document_id, tag_id, page, note, created_by) values (?, ?, ?, ?, ?)',
    );
    tagging.run(doc, seeded, 1, null, user);
    tagging.run(doc, variant, 1, 'the licence', user);
    tagging.run(doc, variant, 2, null, user);
    sqlite
      .prepare(`insert into campaigns (title, body, tags, updated_at) values ('c', 'b', ?, ?)`)
      .run(JSON.stringify(['media sonar', 'Media-Sonar', 'contracts']), now);
    sqlite.close();

    const db = openDb(file);
    try {
      const c = db.$client;
      expect(c.prepare('select request_id as r, tag from request_tags order by request_id, tag').all()).toEqual([
        { r: r1, tag: 'contracts' },
        { r: r1, tag: 'media-sonar' },
        { r: r2, tag: 'social-media' },
      ]);
      expect(c.prepare(`select id, name, slug from tags where slug = 'media-sonar'`).all()).toEqual([
        { id: seeded, name: 'Media Sonar', slug: 'media-sonar' },
      ]);
      expect(c.prepare(`select count(*) as n from tags where id = ?`).get(variant)).toEqual({ n: 0 });
      // The two taggings of page 1 are one (keeping the note); page 2 moved to the merged tag.
      expect(
        c
          .prepare('select tag_id as tag, page, note, removed_at is not null as removed from document_tags order by id')
          .all(),
      ).toEqual([
        { tag: seeded, page: 1, note: 'the licence', removed: 0 },
        { tag: seeded, page: 1, note: 'the licence', removed: 1 },
        { tag: seeded, page: 2, note: null, removed: 0 },
      ]);
      // Every request tag is in the vocabulary, made by the request's creator (not shown to the public).
      expect(
        c
          .prepare(
            `select name, slug, category, created_by as by from tags where category = 'topic' and slug in ('contracts', 'social-media') order by slug`,
          )
          .all(),
      ).toEqual([
        { name: 'contracts', slug: 'contracts', category: 'topic', by: user },
        { name: 'social  media', slug: 'social-media', category: 'topic', by: user },
      ]);
      // A campaign's tags, which it gives its requests, follow the rule too.
      expect(c.prepare('select tags from campaigns').get()).toEqual({ tags: '["contracts","media-sonar"]' });
      // Every slug follows the rule now.
      expect(c.prepare('select count(*) as n from tags where slug <> tag_slug(name)').get()).toEqual({ n: 0 });
    } finally {
      db.$client.close();
    }
  });
});
