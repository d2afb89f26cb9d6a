/**
 * Mail to agencies: 200 request letters rendered and queued (the API's part), then sent through the
 * whole path (journal, queue, worker: the bytes built and stored, the claim, SMTP, the timeline) to a
 * local SMTP sink, next to nodemailer alone composing and sending the same 200 letters to the same
 * sink in the same run, with the same pool (the ceiling). Aim: at least 70% of the ceiling. Rates are
 * sustained rates, first message at the sink to the last; the worker's start is reported apart.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createAgency } from '../src/agencies/service.js';
import type { Actor } from '../src/auth/roles.js';
import { createUser } from '../src/auth/users.js';
import { loadConfig } from '../src/config.js';
import { dbFile, openDb } from '../src/db/index.js';
import { createLogger } from '../src/log.js';
import { sendLetter } from '../src/outbound/service.js';
import { createSmtpTransport } from '../src/outbound/transport.js';
import { createQueueClient } from '../src/queue/index.js';
import { createRequest } from '../src/requests/service.js';
import { startSmtpSink } from '../tests/helpers/smtp.js';
import { startWorker } from '../workers/main.js';

const LETTERS = 200;

async function until(check: () => boolean, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function benchOutbound() {
  const dir = join(process.cwd(), 'bench', 'results', `outbound-${randomUUID().slice(0, 6)}`);
  mkdirSync(dir, { recursive: true });
  const smtp = await startSmtpSink();
  const config = loadConfig({
    DATA_DIR: dir,
    QUEUE_PREFIX: `bench-${randomUUID().slice(0, 8)}`,
    SMTP_URL: smtp.url,
    INBOUND_EMAIL_DOMAIN: 'records.example.org',
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
  });
  const db = openDb(dbFile(dir));
  const log = createLogger(config, 'bench');
  const queue = createQueueClient(config.REDIS_URL, config.QUEUE_PREFIX, log);
  try {
    const now = new Date();
    const user = await createUser(db, null, now, { email: 'bench@example.org', role: 'staff' });
    const actor: Actor = { userId: user.id, email: user.email, role: 'staff', readOnly: false, tokenId: null };
    const agency = createAgency(db, actor, now, {
      name: 'Chicago Police Department',
      jurisdiction: 'US-IL',
      level: 'municipal',
      requestEmail: 'foia@police.example.gov',
    });
    const ids = Array.from({ length: LETTERS }, (_, i) =>
      createRequest(db, actor, now, {
        agencyId: agency.id,
        title: `Social media monitoring contracts ${i}`,
        body: 'All contracts, purchase orders, invoices and training material for Media Sonar, Geofeedia and Dataminr since 2014.',
      }),
    );

    // The API's part: render each request's letter for its law and queue it.
    const t0 = performance.now();
    for (const id of ids) sendLetter(db, actor, new Date(), config, id, { kind: 'request' });
    const renderMs = performance.now() - t0;

    // The whole path: a worker hands the journal to the queue, builds, stores, claims, sends, records.
    const t1 = performance.now();
    const worker = startWorker(config, db, { concurrency: 10, schedule: false, log });
    await until(() => smtp.messages.length >= LETTERS);
    const sent = db.$client.prepare("select count(*) from messages where status = 'sent'").pluck();
    await until(() => (sent.get() as number) >= LETTERS);
    const wholeMs = performance.now() - t1;
    await worker.close();

    // The ceiling: nodemailer alone composing and sending the same letters (same sender, recipient,
    // subject and text) to the same sink, with the same pool settings, every message in flight at once.
    const letters = db.$client
      .prepare("select subject, body, to_addresses as toAddresses from messages where kind = 'request'")
      .all() as { subject: string; body: string; toAddresses: string }[];
    const before = smtp.messages.length;
    const raw = createSmtpTransport(smtp.url);
    const t2 = performance.now();
    await Promise.all(
      letters.map((l) =>
        raw.sendMail({
          from: config.SMTP_FROM,
          to: JSON.parse(l.toAddresses) as string[],
          subject: l.subject,
          text: l.body,
        }),
      ),
    );
    await until(() => smtp.messages.length >= before + LETTERS);
    const rawMs = performance.now() - t2;
    raw.close();

    // Sustained rates: from the first message at the sink to the last, for both (the worker's start,
    // its connections to Redis and the mail server, is reported apart).
    const span = (mail: { at: number }[]) => ((mail.at(-1)?.at ?? 0) - (mail[0]?.at ?? 0)) / 1000;
    const wholeMail = smtp.messages.slice(0, LETTERS);
    const rawMail = smtp.messages.slice(before, before + LETTERS);
    const whole = (LETTERS - 1) / span(wholeMail);
    const ceiling = (LETTERS - 1) / span(rawMail);
    const startMs = (wholeMail[0]?.at ?? t1) - t1;
    console.log(`\n## Outbound mail: ${LETTERS} request letters to a local SMTP sink`);
    console.log(
      `render and queue ${LETTERS} letters    ${renderMs.toFixed(0)} ms (${(renderMs / LETTERS).toFixed(2)} ms a letter)`,
    );
    console.log(
      `whole path (worker, claim, SMTP, timeline)  ${whole.toFixed(0)} messages/s (all ${LETTERS} in ${wholeMs.toFixed(0)} ms, the first after ${startMs.toFixed(0)} ms)`,
    );
    console.log(
      `nodemailer alone, same letters, pool, sink  ${ceiling.toFixed(0)} messages/s (all ${LETTERS} in ${rawMs.toFixed(0)} ms)`,
    );
    console.log(`whole path / raw                            ${(whole / ceiling).toFixed(2)}x (aim: at least 0.70)`);
  } finally {
    for (const q of [queue.queue, queue.extract]) await q.obliterate({ force: true });
    await queue.close();
    db.$client.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
