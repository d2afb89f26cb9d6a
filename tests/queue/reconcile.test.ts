/**
 * Background work that cannot strand or hide its failures, against a real Redis, a real SQLite file,
 * a real SMTP sink and real worker processes: a worker killed between claim and queue, a queue
 * flushed under a queued reminder, work left in progress by an older release, a payload that fails
 * its schema. Every final failure is on its record and in the log.
 */
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema.js';
import { jobs } from '../../src/jobs.js';
import { reconcile } from '../../src/queue/reconcile.js';
import { sweepReminders } from '../../src/reminders/send.js';
import { recomputeDeadlines } from '../../src/requests/recompute.js';
import { startWorker } from '../../workers/main.js';
import { createTestEnv, drain, eventually, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { startSmtpSink } from '../helpers/smtp.js';

let env: TestEnv;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let staff: string;
let agency: number;

const LEASE_MS = 300;

beforeAll(async () => {
  smtp = await startSmtpSink();
  env = await createTestEnv({
    now: '2026-03-02T12:00:00Z',
    env: { SMTP_URL: smtp.url, REMINDER_RETRY_MS: '50', JOB_LEASE_MS: String(LEASE_MS) },
  });
  staff = (await userWithToken(env, 'staff')).token;
  agency = (await makeAgency(env, staff, { jurisdiction: 'US' })).id;
});
afterAll(async () => {
  await env.close();
  await smtp.close();
});

/** A pino logger whose lines the test can read. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      cb();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

/** A submitted request whose response clock is due 2026-03-30: its owner's "before" reminder goes out 03-25. */
async function requestWithReminders() {
  env.setNow('2026-03-02T12:00:00Z');
  const { id } = await makeRequest(env, staff, agency, { title: `Geofeedia purchase orders ${Math.random()}` });
  await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
  // Computed here rather than by a worker: each test starts exactly the workers it means to.
  recomputeDeadlines(env.db, id, env.now());
  return id;
}

const reminderRows = (requestId: number) =>
  env.db.$client
    .prepare('select id, kind, status, last_error as lastError from reminders where request_id = ? order by id')
    .all(requestId) as { id: number; kind: string; status: string; lastError: string | null }[];

const mailsFor = (requestId: number) =>
  smtp.messages.filter((m) => new RegExp(`/requests/${requestId}(?!\\d)`).test(m.raw));

function queueOf(e: TestEnv) {
  if (!e.queue) throw new Error('queue');
  return e.queue.queue;
}

function ctxFor(log = pino({ level: 'silent' })) {
  return { db: env.db, config: env.config, clock: env.now, blobs: env.app.deps.blobs, log };
}

describe('a worker killed after it claimed a reminder, before the job reached the queue', () => {
  it('the next worker sends it, once', async () => {
    const id = await requestWithReminders();
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/sweep-then-die.ts'], {
      env: { ...process.env, DATA_DIR: env.config.DATA_DIR, NOW: '2026-03-25T13:00:00Z' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.once('exit', (c, s) => resolve([c, s])),
    );
    expect(signal).toBe('SIGKILL');
    expect(code).toBeNull();
    // Claimed, with its job written in the same transaction: nothing is lost with the process.
    const claimed = reminderRows(id).filter((r) => r.status === 'queued');
    expect(claimed.map((r) => r.kind)).toEqual(['before']);
    env.setNow('2026-03-25T13:00:00Z');
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      await eventually(() => mailsFor(id).length === 1);
      await new Promise((r) => setTimeout(r, 500)); // nothing else arrives
      expect(mailsFor(id).length).toBe(1);
      await eventually(() => reminderRows(id).find((r) => r.kind === 'before')?.status === 'sent');
    } finally {
      await worker.close();
    }
  });
});

describe('the queue flushed under a queued reminder', () => {
  it('the reconciler puts the lost job back once and the reminder is sent once', async () => {
    const id = await requestWithReminders();
    sweepReminders(env.db, new Date('2026-03-25T13:00:00Z'));
    const queue = env.queue;
    if (!queue) throw new Error('queue');
    expect((await drain(env, queue)).dispatched).toBeGreaterThanOrEqual(1);
    // Redis loses every job of this instance (a FLUSHALL, a restart without persistence).
    await queue.queue.obliterate({ force: true });
    const { log, lines } = capturedLog();
    const result = await reconcile(ctxFor(log), queue.queue, jobs, new Date(Date.now() + LEASE_MS + 1000));
    expect(result.putBack).toBeGreaterThanOrEqual(1);
    expect(
      lines.some((l) => l.msg === 'reconciler: the job was lost; it is put back once' && l.job === 'reminders.send'),
    ).toBe(true);
    // Running it again at once changes nothing: the row is waiting to be handed over again.
    expect((await reconcile(ctxFor(), queue.queue, jobs, new Date(Date.now() + LEASE_MS + 1000))).putBack).toBe(0);
    env.setNow('2026-03-25T13:00:00Z');
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      await eventually(() => mailsFor(id).length === 1);
      await new Promise((r) => setTimeout(r, 500));
      expect(mailsFor(id).length).toBe(1);
      await eventually(() => reminderRows(id).find((r) => r.kind === 'before')?.status === 'sent');
    } finally {
      await worker.close();
    }
  });

  it('lost a second time, the reminder fails for good with the reason, on its record and in the log', async () => {
    const id = await requestWithReminders();
    sweepReminders(env.db, new Date('2026-03-25T13:00:00Z'));
    const queue = env.queue;
    if (!queue) throw new Error('queue');
    const later = () => new Date(Date.now() + LEASE_MS + 1000);
    await drain(env, queue);
    await queue.queue.obliterate({ force: true });
    expect((await reconcile(ctxFor(), queue.queue, jobs, later())).putBack).toBeGreaterThanOrEqual(1);
    await drain(env, queue);
    await queue.queue.obliterate({ force: true });
    const { log, lines } = capturedLog();
    expect((await reconcile(ctxFor(log), queue.queue, jobs, later())).gaveUp).toBeGreaterThanOrEqual(1);
    const before = reminderRows(id).find((r) => r.kind === 'before');
    expect(before?.status).toBe('failed');
    expect(before?.lastError).toMatch(/lost twice/);
    const shown = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.reminders;
    expect(shown.failed).toBe(1);
    const failure = lines.find((l) => l.msg === 'job failed for good' && l.job === 'reminders.send');
    expect(failure).toMatchObject({ level: 50, reason: expect.stringMatching(/lost twice/) });
    expect(String(failure?.jobId)).toMatch(/^outbox-\d+-\d+-r$/);
    expect(mailsFor(id)).toEqual([]);
  });
});

describe('work an older release left in progress', () => {
  it('a reminder queued with no job is put back once, sent once, and fails if stranded again', async () => {
    const id = await requestWithReminders();
    const [target] = reminderRows(id).filter((r) => r.kind === 'before');
    if (!target) throw new Error('no reminder');
    // What the old sweep left when it died between its commit and its addBulk.
    env.db.$client
      .prepare("update reminders set status = 'queued', updated_at = '2026-03-25T13:00:00.000Z' where id = ?")
      .run(target.id);
    const { log, lines } = capturedLog();
    const first = await reconcile(ctxFor(log), queueOf(env), jobs);
    expect(first.requeued).toBe(1);
    expect(lines.some((l) => l.msg === 'reconciler: stranded work put back once' && l.job === 'reminders.send')).toBe(
      true,
    );
    // A second run finds its new job waiting: nothing more.
    expect((await reconcile(ctxFor(), queueOf(env), jobs)).requeued).toBe(0);
    env.setNow('2026-03-25T13:00:00Z');
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      await eventually(() => mailsFor(id).length === 1);
      await eventually(() => reminderRows(id).find((r) => r.id === target.id)?.status === 'sent');
    } finally {
      await worker.close();
    }
    // Left in progress again after it was put back: it fails, with the reason.
    env.db.$client.prepare("update reminders set status = 'queued' where id = ?").run(target.id);
    const again = await reconcile(ctxFor(), queueOf(env), jobs);
    expect(again.gaveUp).toBe(1);
    expect(reminderRows(id).find((r) => r.id === target.id)).toMatchObject({
      status: 'failed',
      lastError: expect.stringMatching(/unfinished again/),
    });
    expect(mailsFor(id).length).toBe(1);
  });

  it('a document left processing with no job is ingested', async () => {
    const { id } = await makeRequest(env, staff, agency);
    const doc = env.db.$client
      .prepare(
        `insert into documents (request_id, sha256, size, name, status, updated_at) values (?, ?, 5, 'note.txt', 'processing', '2026-01-01T00:00:00.000Z') returning id`,
      )
      .get(id, 'a'.repeat(64)) as { id: number };
    const result = await reconcile(ctxFor(), queueOf(env), jobs);
    expect(result.requeued).toBe(1);
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now });
    try {
      // Its bytes are not in the blob store: it ends failed with the reason, not "processing" forever.
      await eventually(
        () =>
          (env.db.$client.prepare('select status from documents where id = ?').pluck().get(doc.id) as string) ===
          'failed',
      );
      const error = env.db.$client.prepare('select error from documents where id = ?').pluck().get(doc.id);
      expect(error).toMatch(/missing from the blob store/);
    } finally {
      await worker.close();
    }
  });
});

describe('a payload that fails its schema', () => {
  it('fails the job at once, with the reason in the journal, in the queue and in the log', async () => {
    const row = env.db
      .insert(outbox)
      .values({ jobName: 'reminders.send', payload: JSON.stringify({ reminderId: 'seven' }) })
      .returning()
      .get();
    const { log, lines } = capturedLog();
    const worker = startWorker(env.config, env.db, { schedule: false, clock: env.now, log });
    try {
      await eventually(
        () => env.db.$client.prepare('select outcome from outbox where id = ?').pluck().get(row.id) === 'failed',
      );
      const journal = env.db.$client.prepare('select failure from outbox where id = ?').pluck().get(row.id) as string;
      expect(journal).toMatch(/payload does not match the job's schema/);
      expect(journal).toMatch(/reminderId/);
      const jobId = `outbox-${row.id}-${Date.parse(row.createdAt)}`;
      const job = await env.queue?.queue.getJob(jobId);
      expect(job?.failedReason).toBe(journal);
      expect(job?.attemptsMade).toBe(1); // not retried: retrying cannot mend it
      expect(lines.find((l) => l.msg === 'job failed for good')).toMatchObject({
        level: 50,
        job: 'reminders.send',
        jobId,
      });
    } finally {
      await worker.close();
    }
  });
});

describe('the journal', () => {
  it('keeps finished jobs for the retention period, then removes them', async () => {
    const finished = env.db.$client
      .prepare("select count(*) from outbox where finished_at is not null and outcome = 'done'")
      .pluck()
      .get() as number;
    expect(finished).toBeGreaterThan(0);
    const queue = env.queue?.queue;
    if (!queue) throw new Error('queue');
    expect((await reconcile(ctxFor(), queue, jobs)).pruned).toBe(0);
    const inEightDays = new Date(Date.now() + 8 * 86_400_000);
    const { pruned } = await reconcile(ctxFor(), queue, jobs, inEightDays);
    expect(pruned).toBeGreaterThanOrEqual(finished);
    const left = env.db.$client.prepare('select count(*) from outbox where finished_at is not null').pluck().get();
    expect(left).toBe(0);
  });
});
