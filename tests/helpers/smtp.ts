/**
 * A local SMTP sink (the smtp-server package): the real nodemailer transport talks to it over TCP.
 * It can be told to refuse the next N messages (451, or any code), to test retries and refusals, and
 * to hold its answer until a test is ready (`beforeAnswer`), to test a sender killed mid-way.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SentMail {
  to: string[];
  /** The envelope sender (MAIL FROM). */
  from: string;
  raw: string;
  /** The bytes exactly as received. */
  bytes: Buffer;
  subject: string;
  /** When it arrived (performance.now()). */
  at: number;
}

export async function startSmtpSink() {
  const messages: SentMail[] = [];
  let failures = 0;
  let failCode = 451;
  let beforeAnswer: ((mail: SentMail) => Promise<void>) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Pooled clients keep their connections open: closing the sink does not wait for them.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failures > 0) {
          failures--;
          const text = failCode >= 500 ? 'mailbox unavailable' : 'mailbox temporarily unavailable';
          const err = Object.assign(new Error(`${failCode} ${text}`), { responseCode: failCode });
          return callback(err);
        }
        const bytes = Buffer.concat(chunks);
        const raw = bytes.toString('utf8');
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1]?.replace(/\r\n[ \t]/g, ' ') ?? '';
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const mail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          from,
          raw,
          bytes,
          subject,
          at: performance.now(),
        };
        messages.push(mail);
        const hold = beforeAnswer;
        if (!hold) return callback();
        hold(mail).then(
          () => callback(),
          (err: Error) => callback(err),
        );
      });
    },
  });
  // A client killed mid-session (a worker test does that) resets its connection: not the sink's error.
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') throw err;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** Refuse the next `n` messages with `code` (451: try again later; 550: refused for good). */
    failNext(n: number, code = 451) {
      failures = n;
      failCode = code;
    },
    /** Runs before the sink answers 250 to each message (null: answer at once). */
    holdAnswers(hook: ((mail: SentMail) => Promise<void>) | null) {
      beforeAnswer = hook;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
