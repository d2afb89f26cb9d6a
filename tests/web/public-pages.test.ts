/**
 * The public pages as a signed-out visitor reads them: the index of public requests with its filters
 * and paging, a public request with its clocks, timeline, correspondence (mail that left or arrived
 * only, our staff's details withheld unless the organisation turns that off) and released documents,
 * an agency's page with its record over public requests, and `/requests/{id}` sending a signed-out
 * visitor of a public request to its public page. Private markers planted beside them never show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import { getPage, webUser } from './session.js';

const MARKER = 'zqxpublicmarker';
const FROM = 'Jane Staffer <jane.staffer@aclu.example.org>';
const DOMAIN = 'foia.example.org';
const PROFILE = {
  name: 'Records Desk',
  organisation: 'ACLU of Massachusetts',
  postalAddress: 'ACLU of Massachusetts\n211 Congress Street\nBoston, MA 02110',
  phone: '(617) 555-0101',
  email: 'records@aclu.example.org',
};
const STAFF_DETAILS = [
  'jane.staffer@aclu.example.org',
  'Jane Staffer',
  `@${DOMAIN}`,
  '555-0101',
  '555 0101',
  'records@aclu.example.org',
  '211 Congress Street',
];

interface Planted {
  env: TestEnv;
  staff: string;
  staffEmail: string;
  agency: number;
  otherAgency: number;
  publicId: number;
  privateId: number;
  embargoEnded: number;
  embargoRunning: number;
  readyDoc: number;
  failedDoc: number;
}

function message(
  env: TestEnv,
  requestId: number,
  m: { direction: 'in' | 'out'; status: string; subject: string; body: string; at: string; kind?: string },
) {
  env.db.$client
    .prepare(
      `insert into messages (request_id, direction, kind, status, message_id, from_address, to_addresses, subject, body, sent_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      requestId,
      m.direction,
      m.kind ?? (m.direction === 'in' ? 'reply' : 'request'),
      m.status,
      `<${Math.random().toString(36).slice(2)}@${DOMAIN}>`,
      m.direction === 'in' ? 'records.officer@springfield.example.gov' : FROM,
      JSON.stringify([m.direction === 'in' ? `request-${requestId}@${DOMAIN}` : 'records@springfield.example.gov']),
      m.subject,
      m.body,
      m.status === 'sent' || m.status === 'received' ? m.at : null,
      m.at,
      m.at,
    );
}

function document(env: TestEnv, requestId: number, name: string, status: string): number {
  const { id } = env.db.$client
    .prepare(
      `insert into documents (request_id, sha256, size, name, sniffed_type, status, pages, pages_done, text_source, updated_at)
       values (?, lower(hex(randomblob(32))), 100, ?, 'application/pdf', ?, 2, 2, 'embedded', ?) returning id`,
    )
    .get(requestId, name, status, new Date().toISOString()) as { id: number };
  return id;
}

async function plant(extraEnv: Record<string, string> = {}): Promise<Planted> {
  const env = await createTestEnv({
    now: '2026-04-15T15:00:00Z',
    withQueue: true,
    env: { SMTP_FROM: FROM, INBOUND_EMAIL_DOMAIN: DOMAIN, ...extraEnv },
  });
  const { token: staff, user } = await userWithToken(env, 'staff');
  await api(env, 'PUT', '/api/v1/requester-profile', staff, PROFILE);
  const agency = (
    await makeAgency(env, staff, { name: 'Springfield Police Department', jurisdiction: 'US-MA', level: 'municipal' })
  ).id;
  const otherAgency = (await makeAgency(env, staff, { name: 'Travis County Sheriff', jurisdiction: 'US-TX' })).id;
  const publicId = (
    await makeRequest(env, staff, agency, {
      title: 'Media Sonar contracts',
      body: `All contracts with Media Sonar.\n\nReply to request-1@${DOMAIN} or call ${PROFILE.phone}.`,
      tags: ['Media Sonar', 'contracts'],
      visibility: 'public',
      trackingNumber: 'SPD-26-001',
    })
  ).id;
  const privateId = (
    await makeRequest(env, staff, agency, {
      title: `Private ${MARKER}title`,
      body: `Letter ${MARKER}letter`,
      tags: [`${MARKER}tag`],
    })
  ).id;
  const embargoEnded = (
    await makeRequest(env, staff, otherAgency, {
      title: 'Dataminr training, embargo over',
      visibility: 'embargoed',
      embargoUntil: '2026-04-01',
    })
  ).id;
  const embargoRunning = (
    await makeRequest(env, staff, otherAgency, {
      title: `Embargoed ${MARKER}embargo`,
      visibility: 'embargoed',
      embargoUntil: '2026-12-01',
    })
  ).id;
  for (const id of [publicId, privateId, embargoEnded, embargoRunning]) {
    await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
  }
  await event(env, staff, publicId, { type: 'acknowledged', date: '2026-03-04', trackingNumber: 'SPD-26-001' });
  await event(env, staff, publicId, {
    type: 'note',
    date: '2026-03-05',
    note: `Called the records officer from ${PROFILE.phone}`,
  });
  await event(env, staff, publicId, {
    type: 'communication',
    date: '2026-03-06',
    direction: 'out',
    channel: 'phone',
    subject: 'Call to the records officer',
    body: `Left our number, 617 555 0101, and ${PROFILE.email}`,
  });
  await event(env, staff, privateId, { type: 'note', date: '2026-03-05', note: `Note ${MARKER}note` });
  message(env, publicId, {
    direction: 'out',
    status: 'sent',
    subject: 'Public records request: Media Sonar contracts',
    body: `Dear records officer,\n\nPlease send all contracts with Media Sonar.\n\nSincerely,\nJane Staffer\n${PROFILE.postalAddress}\n${PROFILE.phone} · ${PROFILE.email}\nReplies: request-${publicId}@${DOMAIN}`,
    at: '2026-03-02T14:00:00.000Z',
  });
  message(env, publicId, {
    direction: 'in',
    status: 'received',
    subject: 'RE: Public records request: Media Sonar contracts',
    body: `We acknowledge your request, tracking number SPD-26-001.\n\n> Sincerely,\n> Jane Staffer\n> ACLU of Massachusetts\n> 211 Congress Street\n> Boston, MA 02110\n> 617-555-0101 · jane.staffer@aclu.example.org`,
    at: '2026-03-04T16:30:00.000Z',
  });
  for (const status of ['awaiting_approval', 'queued', 'sending', 'failed', 'bounced', 'cancelled']) {
    message(env, publicId, {
      direction: 'out',
      kind: 'follow_up',
      status,
      subject: `Follow-up ${status} ${MARKER}subject`,
      body: `Draft ${MARKER}body`,
      at: '2026-04-10T10:00:00.000Z',
    });
  }
  message(env, privateId, {
    direction: 'out',
    status: 'sent',
    subject: `Sent ${MARKER}privatemail`,
    body: `Body ${MARKER}privatebody`,
    at: '2026-03-02T14:00:00.000Z',
  });
  const readyDoc = document(env, publicId, 'media-sonar-contract.pdf', 'ready');
  const failedDoc = document(env, publicId, `${MARKER}-broken.pdf`, 'failed');
  document(env, privateId, `${MARKER}-private.pdf`, 'ready');
  await settle(env); // the clocks, computed by the real worker
  return {
    env,
    staff,
    staffEmail: user.email,
    agency,
    otherAgency,
    publicId,
    privateId,
    embargoEnded,
    embargoRunning,
    readyDoc,
    failedDoc,
  };
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

describe('public pages', () => {
  let p: Planted;
  beforeAll(async () => {
    p = await plant();
  }, 30_000);
  afterAll(() => p?.env.close());

  it('a public request: clocks with days late, timeline, correspondence both ways, released documents', async () => {
    const res = await getPage(p.env, null, `/public/requests/${p.publicId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const body = text(res.body);
    expect(body).toContain('Media Sonar contracts');
    expect(body).toContain('Springfield Police Department');
    expect(res.body).toContain(`href="/public/agencies/${p.agency}"`);
    expect(res.body).toContain('href="/public/requests?tag=media-sonar"');
    // Clocks: Massachusetts' 10 business days from receipt ran out on 2026-03-16; days late counted
    // in business days to 2026-04-15, with the explanation of the date.
    expect(res.body).toContain('id="public-clocks"');
    expect(body).toContain('response 2026-03-02 2026-03-16 missed 22 Why 2026-03-16?');
    expect(body).toContain('the agency is 22 days late');
    // Timeline: the events and the note, with the phone withheld.
    expect(body).toMatch(/2026-03-02 submitted[\s\S]*2026-03-04 acknowledged[\s\S]*2026-03-05 note/);
    expect(body).toContain('Called the records officer from [withheld]');
    expect(body).toContain(
      '2026-03-06 communication direction: out; channel: phone; subject: Call to the records officer',
    );
    // Correspondence: the sent letter and the agency's answer, each dated at the agency, nothing else.
    expect(body).toContain('2026-03-02 → To the agency');
    expect(body).toContain('2026-03-04 ← From the agency');
    expect(body).toContain('Please send all contracts with Media Sonar.');
    expect(body).toContain('We acknowledge your request, tracking number SPD-26-001.');
    expect(res.body.match(/class="message message-/g)).toHaveLength(2);
    // Released documents: the ready one, opening the public viewer; not the failed one.
    expect(res.body).toContain(`href="/public/documents/${p.readyDoc}"`);
    expect(res.body).not.toContain(`/documents/${p.failedDoc}`);
    expect(body).toContain('media-sonar-contract.pdf (2 pages)');
    // The viewer (its pages are checked with real files in tests/documents/redaction.test.ts): the file and text to download.
    const viewer = await getPage(p.env, null, `/public/documents/${p.readyDoc}`);
    expect(viewer.statusCode).toBe(200);
    expect(viewer.body).toContain(`href="/api/v1/documents/${p.readyDoc}/file"`);
    expect(viewer.body).toContain(`href="/api/v1/documents/${p.readyDoc}/text"`);
    expect(text(viewer.body)).toContain('media-sonar-contract.pdf');
    const failed = await getPage(p.env, null, `/public/documents/${p.failedDoc}`);
    expect(failed.statusCode).toBe(404);
    expect(failed.body).not.toContain('broken.pdf');
  });

  it('withholds our staff details everywhere on it: sender, request addresses, profile phone, e-mail, address', async () => {
    const res = await getPage(p.env, null, `/public/requests/${p.publicId}`);
    const body = text(res.body);
    for (const detail of [...STAFF_DETAILS, p.staffEmail]) expect(body, detail).not.toContain(detail);
    expect(body).not.toContain('owner');
    expect(body).toContain('Sincerely, [withheld] [withheld] [withheld] · [withheld] Replies: [withheld]');
    expect(body).toContain('> Sincerely, > [withheld] > [withheld] > [withheld] · [withheld]');
    // The agency's own people and addresses are not ours: they stay.
    expect(body).toContain('records officer');
  });

  it('never shows drafts, queued, failed, bounced or cancelled mail, private requests or running embargoes', async () => {
    for (const url of [
      `/public/requests/${p.publicId}`,
      '/public/requests',
      `/public/requests?q=${MARKER}title`,
      `/public/requests?tag=${MARKER}tag`,
      `/public/agencies/${p.agency}`,
      `/public/agencies/${p.otherAgency}`,
      `/public/requests/${p.embargoEnded}`,
    ]) {
      const res = await getPage(p.env, null, url);
      expect(res.statusCode, url).toBeLessThan(500);
      // The visitor's own query may be echoed in the form; everything else must be clean.
      const own = /=([^&]*)/.exec(url)?.[1];
      const seen = own ? res.body.split(own).join('') : res.body;
      expect(seen.toLowerCase(), url).not.toContain(MARKER);
    }
    for (const id of [p.privateId, p.embargoRunning, 999_999]) {
      const res = await getPage(p.env, null, `/public/requests/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body.toLowerCase()).not.toContain(MARKER);
    }
    // A signed-in reader of the public page sees the public view too.
    const staff = await webUser(p.env, 'staff');
    const signedIn = await getPage(p.env, staff.browser, `/public/requests/${p.publicId}`);
    expect(signedIn.body.toLowerCase()).not.toContain(MARKER);
    expect(signedIn.body).toContain('Dashboard');
  });

  it('the JSON API gives the public the same: the letter and the timeline with our details withheld', async () => {
    const anonymous = (await api(p.env, 'GET', `/api/v1/requests/${p.publicId}`)).body;
    const seen = JSON.stringify(anonymous);
    for (const detail of STAFF_DETAILS) expect(seen, detail).not.toContain(detail);
    expect(anonymous.body).toBe('All contracts with Media Sonar.\n\nReply to [withheld] or call [withheld].');
    const call = anonymous.events.find((e: { type: string }) => e.type === 'communication');
    expect(call.data).toMatchObject({
      subject: 'Call to the records officer',
      body: 'Left our number, [withheld], and [withheld]',
    });
    // Staff read it as it was written.
    const staff = (await api(p.env, 'GET', `/api/v1/requests/${p.publicId}`, p.staff)).body;
    expect(staff.body).toContain(`call ${PROFILE.phone}`);
  });

  it('an embargoed request is public once its embargo has ended', async () => {
    const res = await getPage(p.env, null, `/public/requests/${p.embargoEnded}`);
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).toContain('Dataminr training, embargo over');
  });

  it('the index lists public requests only, with filters by agency, jurisdiction, status, tag and words', async () => {
    const titles = async (query: string) => {
      const res = await getPage(p.env, null, `/public/requests${query}`);
      expect(res.statusCode, query).toBe(200);
      return [...res.body.matchAll(/<a href="\/public\/requests\/(\d+)">/g)].map((m) => Number(m[1])).sort();
    };
    expect(await titles('')).toEqual([p.publicId, p.embargoEnded].sort());
    expect(await titles(`?agencyId=${p.agency}`)).toEqual([p.publicId]);
    expect(await titles('?jurisdiction=US-TX')).toEqual([p.embargoEnded]);
    expect(await titles('?status=acknowledged')).toEqual([p.publicId]);
    expect(await titles('?status=submitted')).toEqual([p.embargoEnded]);
    for (const variant of ['Media%20Sonar', 'media-sonar', 'MEDIA_SONAR']) {
      expect(await titles(`?tag=${variant}`), variant).toEqual([p.publicId]);
    }
    expect(await titles('?q=Dataminr')).toEqual([p.embargoEnded]);
    expect(await titles('?q=nothing-like-this')).toEqual([]);
    const bad = await getPage(p.env, null, '/public/requests?status=nonsense');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('role="alert"');
  });

  it('pages through many public requests', async () => {
    const agency = (await makeAgency(p.env, p.staff, { name: 'Paged County', jurisdiction: 'US-CA' })).id;
    const made: number[] = [];
    for (let i = 0; i < 27; i++) {
      made.push((await makeRequest(p.env, p.staff, agency, { title: `Paged ${i}`, visibility: 'public' })).id);
    }
    const seen: number[] = [];
    let url: string | null = `/public/requests?agencyId=${agency}`;
    let pages = 0;
    while (url) {
      const res = await getPage(p.env, null, url);
      expect(res.statusCode).toBe(200);
      seen.push(...[...res.body.matchAll(/<a href="\/public\/requests\/(\d+)">/g)].map((m) => Number(m[1])));
      const next = /<a href="([^"]+)" rel="next">/.exec(res.body)?.[1];
      url = next ? next.replace(/&amp;/g, '&') : null;
      pages++;
    }
    expect(pages).toBe(2);
    expect(seen.sort((a, b) => a - b)).toEqual(made);
    // The agency's own page pages the same way.
    const agencyPage = await getPage(p.env, null, `/public/agencies/${agency}`);
    expect(agencyPage.body).toContain('rel="next"');
  });

  it("an agency's page: its record over public requests, and its public requests", async () => {
    const res = await getPage(p.env, null, `/public/agencies/${p.agency}`);
    expect(res.statusCode).toBe(200);
    const body = text(res.body);
    expect(body).toContain('Springfield Police Department');
    // Two requests were filed with it, one public: the public record counts one.
    expect(body).toContain('Requests filed 1');
    expect(res.body).toContain(`href="/public/requests/${p.publicId}"`);
    expect(res.body).not.toContain(`href="/public/requests/${p.privateId}"`);
    expect((await getPage(p.env, null, '/public/agencies/999999')).statusCode).toBe(404);
  });

  it('a signed-out visitor of /requests/{id} of a public request is sent to its public page', async () => {
    const pub = await getPage(p.env, null, `/requests/${p.publicId}?msg=created`);
    expect(pub.statusCode).toBe(303);
    expect(pub.headers.location).toBe(`/public/requests/${p.publicId}`);
    const ended = await getPage(p.env, null, `/requests/${p.embargoEnded}`);
    expect(ended.headers.location).toBe(`/public/requests/${p.embargoEnded}`);
    // Private, still embargoed, or no such request: the sign-in form, as before (nothing said of which).
    for (const id of [p.privateId, p.embargoRunning, 999_999]) {
      const res = await getPage(p.env, null, `/requests/${id}`);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/requests/${id}`)}`);
    }
    // Signed in, the staff page as always.
    const staff = await webUser(p.env, 'volunteer');
    expect((await getPage(p.env, staff.browser, `/requests/${p.publicId}`)).statusCode).toBe(200);
  });
});

describe('with PUBLIC_HIDE_STAFF_DETAILS=0', () => {
  let p: Planted;
  beforeAll(async () => {
    p = await plant({ PUBLIC_HIDE_STAFF_DETAILS: '0' });
  }, 30_000);
  afterAll(() => p?.env.close());

  it('the correspondence is published as it was sent', async () => {
    const body = text((await getPage(p.env, null, `/public/requests/${p.publicId}`)).body);
    expect(body).not.toContain('[withheld]');
    expect(body).toContain('Jane Staffer');
    expect(body).toContain('records@aclu.example.org');
    expect(body).toContain('211 Congress Street');
    // Drafts and failed mail stay out whatever the setting.
    expect(body.toLowerCase()).not.toContain(MARKER);
  });
});
