/**
 * The reminder sweep over 100,000 open requests (300,000 clocks, 1.2 million planned reminders):
 * with nothing due, and with 1,000 reminders due. Then jobs per second of the reminder path (claim,
 * queue, compose, send over SMTP to a local sink, record) next to a no-op BullMQ job, same run.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';
import { createLogger } from '../src/log.js';
import { createRedis } from '../src/queue/connection.js';
import { sweepReminders } from '../src/reminders/send.js';
import { startSmtpSink } from '../tests/helpers/smtp.js';
import { startWorker } from '../workers/main.js';

const REQUESTS = 100_000;
const DUE = 1000;

function seed(file: string) {
  const db = openDb(file);
  const c = db.$client;
  c.pragma('synchronous = OFF');
  const now = new Date().toISOString();
  c.transaction(() => {
    c.prepare("insert into users (email, role) values ('bench@example.com', 'staff')").run();
    c.prepare("insert into agencies (name, jurisdiction, level, updated_at) values ('Agency', 'US', 'federal', ?)").run(
      now,
    );
    const req = c.prepare(
      "insert into requests (agency_id, title, body, owner_id, status, received_on, created_at, updated_at) values (1, ?, 'Records.', 1, 'acknowledged', '2026-11-02', ?, ?)",
    );
    const dl = c.prepare(
      "insert into deadlines (request_id, kind, start_date, due, status, unit, explanation, computed_at) values (?, ?, '2026-11-02', ?, 'open', 'business', ?, ?)",
    );
    const rem = c.prepare(
      'insert into reminders (request_id, clock_kind, kind, user_id, due, send_on, updated_at) values (?, ?, ?, 1, ?, ?, ?)',
    );
    const explanation = JSON.stringify({ text: 'Determination within 20 working days (5 U.S.C. 552(a)(6)(A)(i)).' });
    for (let i = 1; i <= REQUESTS; i++) {
      req.run(`Request ${i}`, now, now);
      for (const [kind, due] of [
        ['acknowledgment', '2027-01-04'],
        ['response', '2027-01-15'],
        ['appeal_response', '2027-02-01'],
      ] as const) {
        dl.run(i, kind, due, explanation, now);
        for (const [rk, sendOn] of [
          ['before', '2027-01-01'],
          ['due', due],
          ['overdue', '2027-02-10'],
          ['very_overdue', '2027-03-10'],
        ]) {
          rem.run(i, kind, rk, due, sendOn, now);
        }
      }
    }
  })();
  c.pragma('synchronous = NORMAL');
  return db;
}

async function timeJobs(names: string[], until: () => Promise<boolean>) {
  const t = performance.now();
  while (!(await until())) await new Promise((r) => setTimeout(r, 5));
  return names.length / ((performance.now() - t) / 1000);
}

export async function benchReminders() {
  const dir = join(process.cwd(), 'bench', 'results', `reminders-${randomUUID().slice(0, 6)}`);
  mkdirSync(dir, { recursive: true });
  const smtp = await startSmtpSink();
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  const config = loadConfig({ DATA_DIR: dir, QUEUE_PREFIX: prefix, SMTP_URL: smtp.url, LOG_LEVEL: 'silent' });
  const t0 = performance.now();
  const db = seed(join(dir, 'foia.sqlite'));
  const seeded = (performance.now() - t0) / 1000;
  const log = createLogger(config, 'bench');
  const queue = new Queue('jobs', { connection: createRedis(config.REDIS_URL, 'worker', log), prefix });
  try {
    // Sweep with nothing due.
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      const r = sweepReminders(db, new Date('2026-12-01T12:00:00Z'), 1000);
      runs.push(performance.now() - t);
      if (r.queued) throw new Error('nothing should be due');
    }
    runs.sort((a, b) => a - b);

    // 1,000 reminders due: claim and queue them.
    db.$client
      .prepare(
        `update reminders set send_on = '2026-12-01' where id in (select id from reminders where kind = 'before' limit ${DUE})`,
      )
      .run();
    const ts = performance.now();
    const swept = sweepReminders(db, new Date('2026-12-01T12:00:00Z'), 1000);
    const sweepDue = performance.now() - ts;

    // Reminder path without SMTP: claim, queue, compose, record (marked not sent).
    const noSmtp = loadConfig({ DATA_DIR: dir, QUEUE_PREFIX: prefix, LOG_LEVEL: 'silent' });
    const clock = () => new Date('2026-12-01T12:00:00Z');
    const count = (status: string) =>
      (db.$client.prepare('select count(*) as n from reminders where status = ?').get(status) as { n: number }).n;
    let worker = startWorker(noSmtp, db, { concurrency: 10, schedule: false, clock });
    const recordRate = await timeJobs(Array(swept.queued).fill(''), async () => count('not_sent') >= swept.queued);
    await worker.close();

    // The same reminders again, now sent over SMTP to the local sink.
    db.$client.prepare("update reminders set status = 'planned' where status = 'not_sent'").run();
    await queue.obliterate({ force: true });
    sweepReminders(db, clock(), 1000);
    worker = startWorker(config, db, { concurrency: 10, schedule: false, clock });
    const sendRate = await timeJobs(Array(swept.queued).fill(''), async () => count('sent') >= swept.queued);
    await worker.close();

    // Ceiling: a no-op job, same queue settings and concurrency.
    await queue.obliterate({ force: true });
    const noop = new Worker('jobs', async () => null, {
      connection: createRedis(config.REDIS_URL, 'worker', log),
      prefix,
      concurrency: 10,
    });
    await queue.addBulk(Array.from({ length: 5000 }, (_, i) => ({ name: 'noop', data: { i } })));
    const noopRate = await timeJobs(Array(5000).fill(''), async () => (await queue.getCompletedCount()) >= 5000);
    await noop.close();

    console.log(
      `\n## Reminder sweep over ${REQUESTS.toLocaleString('en-US')} open requests, 300,000 clocks, 1,200,000 planned reminders (seeded in ${seeded.toFixed(1)} s)`,
    );
    console.log(`sweep, nothing due           median ${runs[10]?.toFixed(2)} ms  (p95 ${runs[18]?.toFixed(2)} ms)`);
    console.log(`sweep, ${DUE} due             ${sweepDue.toFixed(0)} ms to claim and queue ${swept.queued}`);
    console.log(
      `reminder path, no SMTP        ${Math.round(recordRate).toLocaleString('en-US')} jobs/s (compose and record; concurrency 10)`,
    );
    console.log(
      `reminder path, SMTP           ${Math.round(sendRate).toLocaleString('en-US')} jobs/s (pooled, to the local smtp-server sink, which holds each new connection's greeting 100 ms)`,
    );
    console.log(`no-op BullMQ job              ${Math.round(noopRate).toLocaleString('en-US')} jobs/s`);
    console.log(`ratio reminder (no SMTP) / no-op  ${((recordRate / noopRate) * 100).toFixed(0)}%`);
    console.log(`ratio reminder (SMTP) / no-op     ${((sendRate / noopRate) * 100).toFixed(1)}%`);
  } finally {
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    db.$client.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
