/**
 * Anyone can write to a request's address. Mail from a sender not known to be the agency is filed
 * under the request but held: not on the public request, its timeline, its correspondence, its
 * documents or the files it carried, until staff publish it. Mail from the agency's own addresses
 * (or their domain) and replies to our own mail are published as before. Real SQLite file, real
 * worker for the ingestion of the stored message and its attachment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeRequest, settle, userWithToken } from '../helpers/factories.js';

const DOMAIN = 'records.example.org';
let env: TestEnv;
let staff: string;
let volunteer: string;
let readOnly: string;
let inboundToken: string;
let agency: number;
let gmailAgency: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-02T15:00:00Z', env: { INBOUND_EMAIL_DOMAIN: DOMAIN } });
  staff = (await userWithToken(env, 'staff')).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  readOnly = (await userWithToken(env, 'staff', { readOnly: true })).token;
  const admin = (await userWithToken(env, 'admin')).token;
  inboundToken = (await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail' })).body.token;
  const make = async (name: string, requestEmail: string) =>
    (
      await api(env, 'POST', '/api/v1/agencies', staff, {
        name,
        jurisdiction: 'US-MA',
        level: 'municipal',
        requestEmail,
      })
    ).body.id as number;
  agency = await make('Springfield Police Department', 'records@police.example.gov');
  gmailAgency = await make('Smalltown Clerk', 'smalltown.clerk@gmail.com');
});
afterAll(async () => {
  await env.close();
});

function mail(o: { from: string; to: string; subject: string; text: string; attachment?: string }): string {
  const head = [`From: ${o.from}`, `To: ${o.to}`, `Subject: ${o.subject}`, `Message-ID: <${Math.random()}@x.example>`];
  if (!o.attachment) return [...head, '', o.text, ''].join('\r\n');
  return [
    ...head,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    o.text,
    '--B',
    'Content-Type: text/plain; name="notes.txt"',
    'Content-Disposition: attachment; filename="notes.txt"',
    '',
    o.attachment,
    '--B--',
    '',
  ].join('\r\n');
}

async function post(raw: string) {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/inbound/email',
    headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inboundToken },
    payload: raw,
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json().message as { status: string; matchedBy: string; requestId: number };
}

const incoming = (requestId: number) =>
  env.db.$client
    .prepare("select id, status from messages where request_id = ? and direction = 'in' order by id")
    .all(requestId) as { id: number; status: string }[];

/** Everything the public can read about a request, as one string. */
async function publicText(requestId: number): Promise<string> {
  const parts = await Promise.all([
    api(env, 'GET', `/api/v1/requests/${requestId}`),
    api(env, 'GET', `/api/v1/requests/${requestId}`, readOnly),
    api(env, 'GET', `/api/v1/requests/${requestId}/documents`),
    api(env, 'GET', `/api/v1/documents?requestId=${requestId}`, readOnly),
    api(env, 'GET', `/api/v1/search?q=neighbour`),
    env.app.inject({ method: 'GET', url: `/public/requests/${requestId}` }),
  ]);
  return parts.map((p) => ('text' in p ? p.text : JSON.stringify(p.body)) ?? '').join('\n');
}

describe('mail from a sender not known to be the agency', () => {
  it('is held from the public, with the files it carried, until staff publish it', async () => {
    const { id } = await makeRequest(env, staff, agency, { visibility: 'public' });
    const filed = await post(
      mail({
        from: 'Someone <someone@example.net>',
        to: `request-${id}@${DOMAIN}`,
        subject: 'About your request HELDSUBJECT',
        text: 'My neighbour HELDBODY lives at 12 Elm Street.',
        attachment: 'neighbour HELDFILE phone 555-0100',
      }),
    );
    expect(filed).toMatchObject({ status: 'matched', matchedBy: 'address', requestId: id });
    await settle(env);
    const [held] = incoming(id);
    expect(held?.status).toBe('held');
    // Staff see it, with the reason, among the mail that needs them; the public sees none of it.
    const attention = (await api(env, 'GET', '/api/v1/messages', staff)).body.data as { id: number; status: string }[];
    expect(attention.find((m) => m.id === held?.id)?.status).toBe('held');
    const dashboard = await env.app.inject({ method: 'GET', url: '/', headers: { authorization: `Bearer ${staff}` } });
    expect(dashboard.body).toContain('not known to be the agency');
    const before = await publicText(id);
    for (const marker of ['HELDSUBJECT', 'HELDBODY', 'HELDFILE']) expect(before).not.toContain(marker);
    const staffView = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(JSON.stringify(staffView.events)).not.toContain('HELDBODY');
    const staffDocs = (await api(env, 'GET', `/api/v1/requests/${id}/documents`, staff)).body.documents as unknown[];
    expect(staffDocs.length).toBeGreaterThanOrEqual(1);

    // Only staff publish it, once.
    expect((await api(env, 'POST', `/api/v1/messages/${held?.id}/release`, volunteer)).status).toBe(403);
    expect((await api(env, 'POST', `/api/v1/messages/${held?.id}/release`, readOnly)).status).toBe(403);
    const released = await api(env, 'POST', `/api/v1/messages/${held?.id}/release`, staff);
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    expect(released.body.message.status).toBe('received');
    const again = await api(env, 'POST', `/api/v1/messages/${held?.id}/release`, staff);
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    await settle(env);
    const after = await publicText(id);
    for (const marker of ['HELDSUBJECT', 'HELDBODY', 'HELDFILE']) expect(after).toContain(marker);
    const events = (await api(env, 'GET', `/api/v1/requests/${id}`)).body.events as { type: string }[];
    expect(events.filter((e) => e.type === 'communication')).toHaveLength(1);
  });

  it("mail from the agency's address or domain, and replies to our own mail, are published at once", async () => {
    const { id } = await makeRequest(env, staff, agency, { visibility: 'public' });
    await post(
      mail({
        from: 'Clerk <clerk@police.example.gov>',
        to: `request-${id}@${DOMAIN}`,
        subject: 'Acknowledgment AGENCYSUBJECT',
        text: 'We received your request AGENCYBODY.',
      }),
    );
    await settle(env);
    expect(incoming(id).map((m) => m.status)).toEqual(['received']);
    expect(await publicText(id)).toContain('AGENCYBODY');
  });

  it('a public mail provider is no domain of its own: only the agency address itself is known', async () => {
    const { id } = await makeRequest(env, staff, gmailAgency, { visibility: 'public' });
    await post(mail({ from: 'stranger@gmail.com', to: `request-${id}@${DOMAIN}`, subject: 's', text: 'STRANGER' }));
    await post(
      mail({ from: 'smalltown.clerk@gmail.com', to: `request-${id}@${DOMAIN}`, subject: 'c', text: 'CLERKTEXT' }),
    );
    await settle(env);
    expect(incoming(id).map((m) => m.status)).toEqual(['held', 'received']);
    const text = await publicText(id);
    expect(text).toContain('CLERKTEXT');
    expect(text).not.toContain('STRANGER');
  });

  it('mail staff file by hand is theirs to publish: it is not held', async () => {
    const { id } = await makeRequest(env, staff, agency, { visibility: 'public' });
    const unmatched = await post(
      mail({ from: 'someone@example.net', to: `nobody@${DOMAIN}`, subject: 'x', text: 'FILEDBYHAND' }),
    );
    expect(unmatched.status).toBe('unmatched');
    const list = (await api(env, 'GET', '/api/v1/inbound?status=unmatched', staff)).body.messages as { id: number }[];
    const inboundId = list.at(-1)?.id;
    const assigned = await api(env, 'POST', `/api/v1/inbound/${inboundId}/assign`, staff, { requestId: id });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    await settle(env);
    expect(incoming(id).map((m) => m.status)).toEqual(['received']);
  });
});
