/**
 * Sending to the agency, against a real SMTP server process (smtp-server), a real worker, a real
 * Redis and a real SQLite file: a letter arrives once with the right headers and is logged; replies
 * thread by In-Reply-To; racing workers, a worker killed after the mail server answered, and a mail
 * server that refuses twice each end with the message sent once; a bounce marks the message.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFile, openDb } from '../../src/db/index.js';
import { startWorker, type WorkerHandle } from '../../workers/main.js';
import { createTestEnv, drain, eventually, type TestEnv } from '../helpers/app.js';
import { api, event, makeRequest, userWithToken } from '../helpers/factories.js';
import { startSmtpSink } from '../helpers/smtp.js';

const DOMAIN = 'records.example.org';
let env: TestEnv;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let staff: string;
let volunteer: string;
let admin: string;
let inboundToken: string;
let agency: number;
let noEmailAgency: number;
let worker: WorkerHandle | null = null;

beforeAll(async () => {
  smtp = await startSmtpSink();
  env = await createTestEnv({
    now: '2026-11-02T15:00:00Z',
    env: {
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Civil Liberties Union <records@civil.example.org>',
      INBOUND_EMAIL_DOMAIN: DOMAIN,
      MESSAGE_RETRY_MS: '50',
      JOB_LEASE_MS: '1500',
      WORKER_LOCK_MS: '2000',
    },
  });
  staff = (await userWithToken(env, 'staff')).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  admin = (await userWithToken(env, 'admin')).token;
  inboundToken = (await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail' })).body.token;
  const a = await api(env, 'POST', '/api/v1/agencies', staff, {
    name: 'Boston Police Department',
    jurisdiction: 'US-MA',
    level: 'municipal',
    requestEmail: 'records@police.example.gov',
    appealEmail: 'appeals@sec.example.gov',
  });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  agency = a.body.id;
  noEmailAgency = (
    await api(env, 'POST', '/api/v1/agencies', staff, {
      name: 'Sheriff (post only)',
      jurisdiction: 'US-MA',
      level: 'county',
    })
  ).body.id;
});
afterAll(async () => {
  await worker?.close();
  await env.close();
  await smtp.close();
});

function runWorker() {
  worker ??= startWorker(env.config, env.db, { schedule: false, clock: env.now });
  return worker;
}

async function stopWorker() {
  await worker?.close();
  worker = null;
}

const messageRow = (id: number) =>
  env.db.$client
    .prepare('select status, attempts, error, eml_sha256 as eml, message_id as messageId from messages where id = ?')
    .get(id) as { status: string; attempts: number; error: string | null; eml: string | null; messageId: string };

const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function send(requestId: number, body: Record<string, unknown>, token = staff) {
  return api(env, 'POST', `/api/v1/requests/${requestId}/send`, token, body);
}

describe('the request letter', () => {
  it('arrives once, with our Message-ID and reply address, byte for byte as stored, and logs submitted', async () => {
    const { id } = await makeRequest(env, staff, agency, { title: 'Media Sonar contracts' });
    const preview = await api(env, 'GET', `/api/v1/requests/${id}/letters/request`, staff);
    expect(preview.status).toBe(200);
    const res = await send(id, { kind: 'request' });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.message).toMatchObject({ status: 'queued', kind: 'request', to: ['records@police.example.gov'] });
    const messageId = res.body.message.messageId as string;
    expect(messageId).toMatch(new RegExp(`^<[0-9a-f-]+@${DOMAIN.replace('.', '\\.')}>$`));
    runWorker();
    await eventually(() => messageRow(res.body.message.id).status === 'sent');
    await new Promise((r) => setTimeout(r, 300));
    const got = smtp.messages.filter((m) => m.raw.includes(messageId));
    expect(got).toHaveLength(1);
    const mail = got[0];
    if (!mail) throw new Error('no mail');
    expect(mail.to).toEqual(['records@police.example.gov']);
    expect(mail.from).toBe(`request-${id}+m${res.body.message.id}@${DOMAIN}`);
    expect(mail.raw).toMatch(/^From: Civil Liberties Union <records@civil\.example\.org>\r$/m);
    expect(mail.raw).toMatch(new RegExp(`^Reply-To: request-${id}@${DOMAIN.replace('.', '\\.')}\\r$`, 'm'));
    expect(mail.raw).toContain(`Message-ID: ${messageId}`);
    // What the preview showed is what went out.
    expect(mail.subject).toBe(preview.body.subject);
    expect(mail.raw.replace(/=\r\n/g, '')).toContain(preview.body.body.split('\n')[0]);
    // Stored byte for byte, and downloadable as such.
    const stored = messageRow(res.body.message.id).eml;
    expect(stored).toBe(sha(mail.bytes));
    const raw = await env.app.inject({
      url: `/api/v1/messages/${res.body.message.id}/raw`,
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(raw.headers['content-type']).toBe('message/rfc822');
    expect(sha(raw.rawPayload)).toBe(stored);
    const view = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(view.status).toBe('submitted');
    expect(view.receivedOn).toBe('2026-11-02');
    expect(view.events.map((e: { type: string }) => e.type)).toEqual(['submitted', 'communication']);
    // The worker that sent it recomputed the clocks in the same transaction: nothing is pending.
    expect(view.deadlinesPending).toBe(false);
    expect(view.deadlines.map((d: { kind: string }) => d.kind)).toContain('response');
    const messages = (await api(env, 'GET', `/api/v1/requests/${id}/messages`, staff)).body.data;
    expect(messages).toMatchObject([{ direction: 'out', status: 'sent', messageId, kind: 'request' }]);
    // Sent once: a second request letter is refused.
    expect((await send(id, { kind: 'request' })).status).toBe(409);
  });

  it('a reply that names it only in In-Reply-To is threaded onto the request', async () => {
    const { id } = await makeRequest(env, staff, agency);
    const sent = await send(id, { kind: 'request' });
    runWorker();
    await eventually(() => messageRow(sent.body.message.id).status === 'sent');
    const raw = [
      'From: Records Unit <records@police.example.gov>',
      'To: someone-else@civil.example.org',
      'Subject: Acknowledgment',
      `In-Reply-To: ${sent.body.message.messageId}`,
      'Message-ID: <reply-1@police.example.gov>',
      'Date: Mon, 02 Nov 2026 10:00:00 -0500',
      '',
      'We received your request and assigned it number BPD-26-1001.',
      '',
    ].join('\r\n');
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/email',
      headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inboundToken },
      payload: raw,
    });
    expect(res.json().message).toMatchObject({ status: 'matched', matchedBy: 'thread', requestId: id });
    const messages = (await api(env, 'GET', `/api/v1/requests/${id}/messages`, staff)).body.data;
    expect(messages.map((m: { direction: string; status: string }) => `${m.direction}:${m.status}`)).toEqual([
      'out:sent',
      'in:received',
    ]);
    expect(messages[1]).toMatchObject({
      messageId: '<reply-1@police.example.gov>',
      inReplyTo: sent.body.message.messageId,
    });
  });
});

describe('exactly once', () => {
  it('two racing workers and a duplicate job send it once', async () => {
    await stopWorker();
    const { id } = await makeRequest(env, staff, agency);
    const res = await send(id, { kind: 'request' });
    const second = openDb(dbFile(env.dataDir));
    const a = startWorker(env.config, env.db, { schedule: false, clock: env.now, concurrency: 4 });
    const b = startWorker(env.config, second, { schedule: false, clock: env.now, concurrency: 4 });
    try {
      // A second job for the same message, as a put-back or a replayed job would make.
      await env.queue?.queue.add('messages.send', { messageId: res.body.message.id }, { jobId: `dup-${id}` });
      await env.queue?.queue.add('messages.send', { messageId: res.body.message.id }, { jobId: `dup2-${id}` });
      await eventually(() => messageRow(res.body.message.id).status === 'sent');
      await new Promise((r) => setTimeout(r, 800));
      expect(smtp.messages.filter((m) => m.raw.includes(res.body.message.messageId))).toHaveLength(1);
      expect(messageRow(res.body.message.id).attempts).toBe(1);
    } finally {
      await a.close();
      await b.close();
      second.$client.close();
    }
  });

  it('the mail server refuses twice, then takes it: sent once, after three attempts', async () => {
    const { id } = await makeRequest(env, staff, agency);
    smtp.failNext(2, 451);
    const res = await send(id, { kind: 'request' });
    runWorker();
    await eventually(() => messageRow(res.body.message.id).status === 'sent', 15_000);
    expect(smtp.messages.filter((m) => m.raw.includes(res.body.message.messageId))).toHaveLength(1);
    expect(messageRow(res.body.message.id)).toMatchObject({ attempts: 3, error: null });
  });

  it('a refusal for good (550) fails at once, with the reason, where staff look', async () => {
    const { id } = await makeRequest(env, staff, agency);
    smtp.failNext(1, 550);
    const res = await send(id, { kind: 'request' });
    runWorker();
    await eventually(() => messageRow(res.body.message.id).status === 'failed', 15_000);
    expect(messageRow(res.body.message.id)).toMatchObject({ attempts: 1, error: expect.stringMatching(/550/) });
    const attention = (await api(env, 'GET', '/api/v1/messages', staff)).body.data;
    expect(attention.find((m: { id: number }) => m.id === res.body.message.id)).toMatchObject({
      status: 'failed',
      requestTitle: expect.any(String),
    });
    expect((await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.status).toBe('draft');
    // Resent: the same Message-ID.
    const again = await api(env, 'POST', `/api/v1/messages/${res.body.message.id}/resend`, staff, {});
    expect(again.status).toBe(202);
    await eventually(() => messageRow(res.body.message.id).status === 'sent', 15_000);
    expect(smtp.messages.filter((m) => m.raw.includes(res.body.message.messageId))).toHaveLength(1);
  });

  it('a worker killed after the mail server answered, before it recorded it: not sent a second time', async () => {
    await stopWorker();
    const { id } = await makeRequest(env, staff, agency);
    const res = await send(id, { kind: 'request' });
    const queue = env.queue;
    if (!queue) throw new Error('queue');
    await drain(env, queue);
    const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
      env: {
        ...process.env,
        DATA_DIR: env.config.DATA_DIR,
        REDIS_URL: env.config.REDIS_URL,
        QUEUE_PREFIX: env.config.QUEUE_PREFIX,
        SMTP_URL: smtp.url,
        INBOUND_EMAIL_DOMAIN: DOMAIN,
        WORKER_LOCK_MS: '2000',
        JOB_LEASE_MS: '1500',
        MESSAGE_RETRY_MS: '300',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // When the message arrives, take the database's write lock before answering 250: the worker then
    // waits to record the answer, and is killed while it waits.
    const lock = new Database(dbFile(env.dataDir), { timeout: 10_000 });
    let arrived = false;
    smtp.holdAnswers(async (mail) => {
      if (!mail.raw.includes(res.body.message.messageId)) return;
      lock.exec('begin immediate');
      arrived = true;
    });
    try {
      await eventually(() => arrived, 20_000);
      await new Promise((r) => setTimeout(r, 400)); // the worker has its 250 and waits for the lock
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    } finally {
      smtp.holdAnswers(null);
      if (lock.inTransaction) lock.exec('rollback');
      lock.close();
    }
    expect(messageRow(res.body.message.id).status).toBe('sending');
    // A new worker takes the stalled job up again: it finds the message claimed by a worker that
    // stopped, and does not send it again.
    runWorker();
    await eventually(() => messageRow(res.body.message.id).status === 'failed', 25_000);
    expect(messageRow(res.body.message.id).error).toMatch(/not known whether this message left/);
    expect(smtp.messages.filter((m) => m.raw.includes(res.body.message.messageId))).toHaveLength(1);
  }, 60_000);
});

describe('bounces', () => {
  it('a delivery status notification marks the message bounced, with the reason, and tells staff', async () => {
    const { id } = await makeRequest(env, staff, agency);
    const res = await send(id, { kind: 'request' });
    runWorker();
    await eventually(() => messageRow(res.body.message.id).status === 'sent');
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.police.example.gov>',
      `To: request-${id}+m${res.body.message.id}@${DOMAIN}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <dsn-9@mx.police.example.gov>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.police.example.gov',
      '',
      'Final-Recipient: rfc822; records@police.example.gov',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '',
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${res.body.message.messageId}`,
      'Subject: whatever',
      '',
      '--B--',
      '',
    ].join('\r\n');
    const posted = await env.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/email',
      headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inboundToken },
      payload: dsn,
    });
    expect(posted.json().message).toMatchObject({ status: 'matched', matchedBy: 'bounce', requestId: id });
    expect(messageRow(res.body.message.id)).toMatchObject({
      status: 'bounced',
      error: expect.stringMatching(/records@police\.example\.gov: status 5\.1\.1: 550 5\.1\.1 User unknown/),
    });
    const view = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(view.events.at(-1)).toMatchObject({
      type: 'note',
      note: expect.stringMatching(/returned the request e-mail/),
    });
    const attention = (await api(env, 'GET', '/api/v1/messages', staff)).body.data;
    expect(
      attention.some((m: { id: number; status: string }) => m.id === res.body.message.id && m.status === 'bounced'),
    ).toBe(true);
  });
});

describe('bounces without a delivery status part', () => {
  const post = (raw: string) =>
    env.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/email',
      headers: { 'content-type': 'message/rfc822', 'x-inbound-token': inboundToken },
      payload: raw.replace(/\n/g, '\r\n'),
    });
  const sentLetter = async () => {
    const { id } = await makeRequest(env, staff, agency);
    const res = await send(id, { kind: 'request' });
    runWorker();
    await eventually(() => messageRow(res.body.message.id).status === 'sent');
    return { id, message: res.body.message as { id: number; messageId: string } };
  };

  it('a qmail-style failure notice to the envelope address marks the message bounced, with the reason', async () => {
    const { id, message } = await sentLetter();
    const posted = await post(
      [
        'From: MAILER-DAEMON@mx.police.example.gov',
        `To: request-${id}+m${message.id}@${DOMAIN}`,
        'Subject: failure notice',
        'Message-ID: <qmail-1@mx.police.example.gov>',
        '',
        'Hi. This is the qmail-send program at mx.police.example.gov.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<records@police.example.gov>:',
        'Sorry, no mailbox here by that name. (#5.1.1)',
        '',
        '--- Below this line is a copy of the message.',
        '',
      ].join('\n'),
    );
    expect(posted.json().message).toMatchObject({ status: 'matched', matchedBy: 'bounce', requestId: id });
    expect(messageRow(message.id)).toMatchObject({
      status: 'bounced',
      error: expect.stringMatching(/records@police\.example\.gov: status 5\.1\.1/),
    });
  });

  it('an Exim-style bounce is matched by the Message-ID of the copy it returns, wherever it was sent', async () => {
    const { id, message } = await sentLetter();
    const posted = await post(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.county.example.gov>',
        `To: request-${id}@${DOMAIN}`,
        'Subject: Mail delivery failed: returning message to sender',
        'X-Failed-Recipients: clerk@county.example.gov',
        'Auto-Submitted: auto-replied',
        'Message-ID: <exim-1@mail.county.example.gov>',
        '',
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  clerk@county.example.gov',
        '    host mail.county.example.gov [192.0.2.7]',
        '    SMTP error from remote mail server after RCPT TO:<clerk@county.example.gov>:',
        '    550 5.1.1 <clerk@county.example.gov>: Recipient address rejected',
        '',
        '------ This is a copy of the message, including all the headers. ------',
        '',
        `Message-ID: ${message.messageId}`,
        'Subject: Public records request',
        '',
      ].join('\n'),
    );
    expect(posted.json().message).toMatchObject({ matchedBy: 'bounce', requestId: id });
    expect(messageRow(message.id)).toMatchObject({
      status: 'bounced',
      error: expect.stringMatching(/clerk@county\.example\.gov: status 5\.1\.1: .*550 5\.1\.1/),
    });
  });

  it('an out-of-office reply and a delay warning are not bounces', async () => {
    const { id, message } = await sentLetter();
    const away = await post(
      [
        'From: Records Clerk <records@police.example.gov>',
        `To: request-${id}+m${message.id}@${DOMAIN}`,
        'Subject: Out of office: Public records request',
        'Auto-Submitted: auto-replied',
        'Message-ID: <away-1@police.example.gov>',
        '',
        'I am out of the office until Monday and your message could not be answered before then.',
        '',
      ].join('\n'),
    );
    expect(away.json().message.matchedBy).not.toBe('bounce');
    const delayed = await post(
      [
        'From: MAILER-DAEMON@mx.police.example.gov',
        `To: request-${id}+m${message.id}@${DOMAIN}`,
        'Subject: Delayed Mail (still being retried)',
        'Message-ID: <delay-1@mx.police.example.gov>',
        '',
        'This is the mail system at host mx.police.example.gov.',
        'Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.',
        '',
      ].join('\n'),
    );
    expect(delayed.json().message.matchedBy).not.toBe('bounce');
    expect(messageRow(message.id).status).toBe('sent');
  });
});

describe('bad input', () => {
  it('says what is wrong, as problem details', async () => {
    const { id } = await makeRequest(env, staff, noEmailAgency);
    const none = await send(id, { kind: 'request' });
    expect(none.status).toBe(422);
    expect(none.body).toMatchObject({ code: 'no_recipient', errors: [{ path: 'to' }] });
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect((await send(id, { kind: 'request', to: ['not an address'] })).body).toMatchObject({
      status: 422,
      errors: [{ path: 'to.0' }],
    });
    expect((await send(id, { kind: 'telegram' })).status).toBe(422);
    expect((await send(id, { kind: 'follow_up' })).status).toBe(409);
    expect((await send(id, { kind: 'appeal' })).status).toBe(409);
    const other = (await makeRequest(env, staff, agency)).id;
    const foreign = await api(env, 'POST', `/api/v1/requests/${other}/documents`, staff); // no file: 415
    expect(foreign.status).toBe(415);
    expect((await send(id, { kind: 'request', to: ['x@example.com'], attachments: [999999] })).body.code).toBe(
      'unknown_attachment',
    );
    expect((await send(id, { kind: 'request', to: ['x@example.com'] }, volunteer)).status).toBe(403);
    const readOnly = (await userWithToken(env, 'staff', { readOnly: true })).token;
    expect((await api(env, 'GET', `/api/v1/requests/${id}/messages`, readOnly)).status).toBe(403);
    expect((await api(env, 'GET', `/api/v1/requests/${id}/messages`)).status).toBe(401);
    expect((await send(999999, { kind: 'request' })).status).toBe(404);
  });

  it('without outgoing mail configured: 409, and the letter can still be printed', async () => {
    const plain = await createTestEnv({ withQueue: false });
    try {
      const s = (await userWithToken(plain, 'staff')).token;
      const a = (
        await api(plain, 'POST', '/api/v1/agencies', s, {
          name: 'Police',
          jurisdiction: 'US-MA',
          level: 'municipal',
          requestEmail: 'records@police.example.gov',
        })
      ).body.id;
      const r = (await makeRequest(plain, s, a)).id;
      const res = await api(plain, 'POST', `/api/v1/requests/${r}/send`, s, { kind: 'request' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('mail_not_configured');
      expect(
        (
          await plain.app.inject({
            url: `/api/v1/requests/${r}/letters/request.pdf`,
            headers: { authorization: `Bearer ${s}` },
          })
        ).statusCode,
      ).toBe(200);
    } finally {
      await plain.close();
    }
  });
});

describe('with the letter of a submitted request', () => {
  it('an appeal goes to the appeal contact and logs appealed', async () => {
    env.setNow('2026-11-02T15:00:00Z');
    const { id } = await makeRequest(env, staff, agency);
    await event(env, staff, id, { type: 'submitted', date: '2026-10-01' });
    await event(env, staff, id, { type: 'completed', date: '2026-10-20', outcome: 'denied' });
    const res = await send(id, { kind: 'appeal' });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.message.to).toEqual(['appeals@sec.example.gov']);
    runWorker();
    await eventually(() => messageRow(res.body.message.id).status === 'sent');
    const view = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(view.status).toBe('appealed');
    expect(mailsTo('appeals@sec.example.gov').some((m) => m.raw.includes(res.body.message.messageId))).toBe(true);
  });
});
