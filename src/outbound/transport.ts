/**
 * SMTP transports, pooled per URL: a sweep or a bulk send hands over many messages, and a new SMTP
 * session per message is the slow part. Timeouts are short enough that a send never outlives the
 * claim lease (JOB_LEASE_MS) of the message it carries.
 */
import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

export function transport(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 5,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(url, t);
  }
  return t;
}

/** A 5xx answer: the mail server refuses for good (no such mailbox, message refused). */
export function permanentSmtpError(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
