/**
 * Inbound e-mail: raw RFC 822 messages posted with an inbound token, matched by reply address or
 * tracking number, logged on the timeline, stored as documents with their attachments as children;
 * unmatched mail waits in the inbox until staff assign it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';
import { eml, textPdf } from '../helpers/files.js';

let env: TestEnv;
let staff: string;
let admin: string;
let inboundToken: string;
let dir: string;
let agencyId: number;

beforeAll(async () => {
  env = await createTestEnv({
    now: '2026-11-24T12:00:00Z',
    withQueue: true,
    env: { INBOUND_EMAIL_DOMAIN: 'records.example.org' },
  });
  staff = (await userWithToken(env, 'staff')).token;
  admin = (await userWithToken(env, 'admin')).token;
  // Mail from the agency's own domain is published with the request (other senders' is held).
  agencyId = (await makeAgency(env, staff, { requestEmail: 'foia@police.example.gov' })).id;
  const t = await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail provider' });
  expect(t.status).toBe(201);
  inboundToken = t.body.token;
  dir = mkdtempSync(join(tmpdir(), 'foia-inbound-'));
}, 30_000);
afterAll(async () => {
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(raw: Buffer | string, token: string | null = inboundToken) {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/inbound/email',
    headers: { 'content-type': 'message/rfc822', ...(token ? { 'x-inbound-token': token } : {}) },
    payload: raw,
  });
  return { status: res.statusCode, body: res.json() };
}

async function message(to: string, subject: string, attachments = true) {
  const pdf = readFileSync(await textPdf(dir, [`Responsive records for ${subject}`], `r${Math.random()}.pdf`));
  return readFileSync(
    eml(
      dir,
      {
        from: 'FOIA Officer <foia@police.example.gov>',
        to,
        subject,
        text: 'Please find the responsive records attached. Media Sonar contract included.',
        attachments: attachments
          ? [
              { name: 'contract.pdf', contentType: 'application/pdf', content: pdf },
              { name: 'invoice.txt', contentType: 'text/plain', content: `Invoice for ${subject}: Media Sonar` },
            ]
          : [],
      },
      `m${Math.random()}.eml`,
    ),
  );
}

describe('inbound e-mail', () => {
  it('refuses a missing or wrong token, and an ordinary API token', async () => {
    const raw = await message('someone@example.com', 'x', false);
    expect((await post(raw, null)).status).toBe(401);
    expect((await post(raw, 'foia_wrong')).status).toBe(401);
    expect((await post(raw, staff)).status).toBe(401);
    // ...and the inbound token opens nothing else.
    const other = await env.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${inboundToken}` } });
    expect(other.statusCode).toBe(401);
  });

  it('matches the per-request reply address: an incoming communication, and the message and its attachments as documents', async () => {
    const req = (await makeRequest(env, staff, agencyId)).id;
    await event(env, staff, req, { type: 'submitted', date: '2026-11-02' });
    const res = await post(await message(`Records Unit <request-${req}@records.example.org>`, 'Your records request'));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      duplicate: false,
      message: { status: 'matched', matchedBy: 'address', requestId: req, subject: 'Your records request' },
    });
    await settle(env);
    const view = (await api(env, 'GET', `/api/v1/requests/${req}`, staff)).body;
    const comm = view.events.find((e: { type: string }) => e.type === 'communication');
    expect(comm).toMatchObject({ date: '2026-11-24' });
    expect(JSON.stringify(comm)).toContain('Media Sonar contract');
    const docs = (await api(env, 'GET', `/api/v1/requests/${req}/documents`, staff)).body.documents as {
      id: number;
      name: string;
      parentId: number | null;
      status: string;
    }[];
    const mail = docs.find((d) => d.id === res.body.message.documentId);
    expect(mail).toMatchObject({ name: 'Your records request.eml', status: 'ready', parentId: null });
    expect(
      docs
        .filter((d) => d.parentId === mail?.id)
        .map((d) => [d.name, d.status])
        .sort(),
    ).toEqual([
      ['contract.pdf', 'ready'],
      ['invoice.txt', 'ready'],
    ]);
  }, 30_000);

  it('matches a tracking number in the subject (whole token only)', async () => {
    const req = (await makeRequest(env, staff, agencyId, { trackingNumber: 'PD-2026-0815' })).id;
    await makeRequest(env, staff, agencyId, { trackingNumber: 'PD-2026-08' });
    const res = await post(await message('foia-desk@example.com', 'RE: PD-2026-0815 records ready', false));
    expect(res.body.message).toMatchObject({ status: 'matched', matchedBy: 'tracking_number', requestId: req });
  });

  it('keeps unmatched mail in the inbox; staff assign it; the same message twice is one', async () => {
    const raw = await message('someone@example.com', 'Records you asked about', true);
    const res = await post(raw);
    expect(res.body.message).toMatchObject({ status: 'unmatched', requestId: null, documentId: null });
    const again = await post(raw);
    expect(again.body).toMatchObject({ duplicate: true, message: { id: res.body.message.id } });

    const inbox = await api(env, 'GET', '/api/v1/inbound?status=unmatched', staff);
    expect(inbox.body.messages.map((m: { id: number }) => m.id)).toContain(res.body.message.id);

    const req = (await makeRequest(env, staff, agencyId)).id;
    const assigned = await api(env, 'POST', `/api/v1/inbound/${res.body.message.id}/assign`, staff, { requestId: req });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'assigned', matchedBy: 'staff', requestId: req });
    expect(
      (await api(env, 'POST', `/api/v1/inbound/${res.body.message.id}/assign`, staff, { requestId: req })).status,
    ).toBe(409);
    await settle(env);
    const docs = (await api(env, 'GET', `/api/v1/requests/${req}/documents`, staff)).body.documents;
    expect(docs).toHaveLength(3);
  }, 30_000);

  it('an address on another domain, or of a request that does not exist, does not match', async () => {
    const a = await post(await message('request-1@elsewhere.example.com', 'wrong domain', false));
    expect(a.body.message.status).toBe('unmatched');
    const b = await post(await message('request-999999@records.example.org', 'no such request', false));
    expect(b.body.message.status).toBe('unmatched');
  });

  it('refuses an empty body; keeps anything else, even when it matches nothing', async () => {
    const empty = await post(Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('empty_message');
    const notMail = await post(Buffer.from('just some words, no headers'));
    expect(notMail.status).toBe(202);
    expect(notMail.body.message.status).toBe('unmatched');
  });
});

describe('inbound e-mail whose timeline entry cannot be written', () => {
  it('leaves nothing half-written: the message waits in the inbox, with no document, job or audit record', async () => {
    const req = (await makeRequest(env, staff, agencyId)).id;
    const c = env.db.$client;
    const count = (sql: string, ...args: unknown[]) =>
      c
        .prepare(sql)
        .pluck()
        .get(...args) as number;
    const before = {
      documents: count('select count(*) from documents where request_id = ?', req),
      jobs: count("select count(*) from outbox where job_name = 'documents.ingest'"),
      audit: count("select count(*) from audit_log where action = 'inbound.match'"),
    };
    // The timeline refuses the communication (as a full disk or a broken database would).
    c.exec(
      "create temp trigger no_communication before insert on request_events when new.type = 'communication' begin select raise(abort, 'the timeline is unavailable'); end",
    );
    try {
      const res = await post(await message(`request-${req}@records.example.org`, 'Half-written?', true));
      expect(res.status).toBe(500);
      expect(res.body.detail).not.toMatch(/timeline is unavailable/); // no internals in a 5xx
    } finally {
      c.exec('drop trigger no_communication');
    }
    expect({
      documents: count('select count(*) from documents where request_id = ?', req),
      jobs: count("select count(*) from outbox where job_name = 'documents.ingest'"),
      audit: count("select count(*) from audit_log where action = 'inbound.match'"),
    }).toEqual(before);
    const kept = c
      .prepare("select status, request_id as requestId from inbound_messages where subject = 'Half-written?'")
      .get();
    expect(kept).toEqual({ status: 'unmatched', requestId: null });
  });
});

describe('inbound e-mail over the size limit', () => {
  it('is a 413 and records nothing', async () => {
    const small = await createTestEnv({ withQueue: false, env: { UPLOAD_MAX_BYTES: '2000' } });
    try {
      const adminToken = (await userWithToken(small, 'admin')).token;
      const token = (await api(small, 'POST', '/api/v1/inbound/tokens', adminToken, { name: 'p' })).body.token;
      const res = await small.app.inject({
        method: 'POST',
        url: '/api/v1/inbound/email',
        headers: { 'content-type': 'message/rfc822', 'x-inbound-token': token },
        payload: await message('request-1@records.example.org', 'big', true),
      });
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const n = small.db.$client.prepare('select count(*) as n from inbound_messages').get() as { n: number };
      expect(n.n).toBe(0);
    } finally {
      await small.close();
    }
  });
});
