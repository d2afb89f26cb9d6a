/**
 * SMTP transports, pooled per URL: a sweep or a bulk send hands over many messages, and a new SMTP
 * session per message is the slow part. Timeouts are short enough that a send never outlives the
 * claim lease (JOB_LEASE_MS) of the message it carries.
 *
 * Two things nodemailer does not do by itself here:
 * - `createTransport({ url, pool })` ignores `pool` (it takes the URL's own options): the URL is
 *   parsed into options first, so that the pool really keeps its connections;
 * - its sockets keep Nagle's algorithm on, and the short last write of each message then waits for
 *   the server's delayed acknowledgment (about 40 ms a message, even on loopback): our sockets are
 *   opened with TCP_NODELAY (STARTTLS and smtps:// still upgrade them to TLS as usual).
 */
import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';

type SocketCallback = (err: Error | null, socket?: { connection: net.Socket }) => void;

function openSocket(options: { host?: string; port?: number; secure?: boolean }, callback: SocketCallback) {
  const socket = net.connect(options.port ?? (options.secure ? 465 : 587), options.host ?? 'localhost');
  socket.setNoDelay(true);
  const failed = (err: Error) => callback(err);
  socket.once('error', failed);
  socket.once('connect', () => {
    socket.removeListener('error', failed);
    callback(null, { connection: socket });
  });
}

/** A new pooled transport for an smtp:// or smtps:// URL (the cached one: `transport`). */
export function createSmtpTransport(url: string): Transporter {
  return nodemailer.createTransport({
    ...parseConnectionUrl(url),
    pool: true,
    maxConnections: 5,
    maxMessages: 1000,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    getSocket: openSocket,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

const transports = new Map<string, Transporter>();

export function transport(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = createSmtpTransport(url);
    transports.set(url, t);
  }
  return t;
}

/** Closes every pooled connection (QUIT): a worker shutting down. */
export function closeTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}

/** A 5xx answer: the mail server refuses for good (no such mailbox, message refused). */
export function permanentSmtpError(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
