/**
 * Configuration, read once from the environment and validated. A bad value stops the process with a
 * message naming the variable; so does an unknown FOIA_* variable (almost always a typo).
 */
import { z } from 'zod';
import { fieldMessage } from './http/messages.js';

const bool01 = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * Where originals, derived text and page images are kept: `local` (DATA_DIR/blobs) or an
   * S3-compatible bucket, `s3://bucket` or `s3://bucket/prefix` (then the S3_* settings apply).
   */
  BLOB_STORE: z
    .string()
    .regex(
      /^(local|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[A-Za-z0-9!_.*'()-]+)*\/?)$/,
      'must be local or s3://bucket (a lower-case S3 bucket name, optionally /a/prefix)',
    )
    .default('local'),
  /** The S3 API's address for MinIO, Garage, Ceph and the like; unset for AWS itself. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,32}$/, 'must be a region name such as us-east-1')
    .default('us-east-1'),
  /** Both or neither; when neither, the AWS SDK's own chain (AWS_* variables, instance roles) is used. */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `bucket` in the path rather than the host name; on by default with S3_ENDPOINT (MinIO needs it), off for AWS. */
  S3_FORCE_PATH_STYLE: bool01.optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'may hold only letters, digits, _ . - (at most 64)')
    .default('foia'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_FROM: z.string().min(3).default('FOIA tracker <foia-tracker@localhost>'),
  /** Mail to agencies (letters, follow-ups, appeals); SMTP_URL when unset. */
  OUTBOUND_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** First retry delay of a message to an agency that the mail server did not take; doubled each attempt. */
  MESSAGE_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** Follow-ups: the first this many business days after the governing clock's due date ... */
  FOLLOW_UP_FIRST_DAYS: z.coerce.number().int().min(1).max(60).default(1),
  /** ... then one every this many business days ... */
  FOLLOW_UP_EVERY_DAYS: z.coerce.number().int().min(1).max(120).default(15),
  /** ... up to this many. */
  FOLLOW_UP_MAX: z.coerce.number().int().min(0).max(20).default(3),
  /** How often the follow-up and appeal drafting sweep runs. */
  FOLLOW_UP_SWEEP_MS: z.coerce.number().int().min(1000).max(86_400_000).default(900_000),
  FOIA_BOOTSTRAP_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  PUBLIC_BASE_URL: z.url({ message: 'must be an absolute URL' }).optional(),
  INBOUND_EMAIL_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'must be a domain name')
    .optional(),
  DEMO_DATA: bool01.default(true),
  /**
   * Public pages keep our own staff's details out of the correspondence they show: the sender of
   * SMTP_FROM, the requests' own addresses, our users' e-mail addresses and the requester profiles'
   * phone, e-mail and postal address become "[withheld]". `0` publishes the correspondence as sent.
   */
  PUBLIC_HIDE_STAFF_DETAILS: bool01.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted upload, per file (default 1 GiB). */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 ** 4)
    .default(1024 ** 3),
  /** Limits for zip archives and e-mail attachments (against zip bombs). */
  ARCHIVE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 ** 4)
    .default(4 * 1024 ** 3),
  ARCHIVE_MAX_RATIO: z.coerce.number().min(1).max(100_000).default(200),
  ARCHIVE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  ARCHIVE_MAX_DEPTH: z.coerce.number().int().min(0).max(50).default(5),
  /**
   * Page-range jobs (OCR, text layers) each worker runs at once; unset: one per core of its machine.
   * Each runs one single-threaded tesseract at a time.
   */
  EXTRACT_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  /** How long a worker's hold on a running job lasts without renewal; a killed worker's jobs resume after it. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  /** How long a volunteer holds a document handed out by the work queue. */
  TAGGING_LEASE_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(86_400_000)
    .default(15 * 60_000),
  /**
   * Internal webhook receivers allowed in spite of the guard against internal addresses:
   * comma-separated host names, addresses or CIDR ranges (e.g. `127.0.0.1,10.0.0.0/8,hooks.internal`).
   */
  WEBHOOK_ALLOW_INTERNAL: z
    .string()
    .regex(/^[A-Za-z0-9.:/,\s_-]*$/, 'must be comma-separated host names, addresses or CIDR ranges')
    .optional(),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  REMINDER_SWEEP_MS: z.coerce.number().int().min(1000).max(86_400_000).default(300_000),
  /** First retry delay for a reminder e-mail that failed; doubled at each attempt. */
  REMINDER_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** First retry delay of other jobs (webhook deliveries, recomputations); doubled at each attempt. */
  JOB_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(2_000),
  /**
   * How long work may stay in progress with no live job before the reconciler puts it back (a job
   * lost with a flushed Redis, a reminder left `queued` by a crash).
   */
  JOB_LEASE_MS: z.coerce.number().int().min(100).max(86_400_000).default(300_000),
  /** How often each worker runs the reconciler. */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).max(86_400_000).default(60_000),
  /** How many days the journal keeps finished jobs. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(7),
});

export type Config = z.infer<typeof schema> & { publicBaseUrl: string };

const S3_SETTINGS = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const;

/** Settings that are each well-formed but do not make sense together. */
function blobStoreProblems(c: z.infer<typeof schema>, given: Record<string, string>): string[] {
  const problems: string[] = [];
  if (!c.BLOB_STORE.startsWith('s3://')) {
    // S3 settings without an S3 store would be silently ignored: almost always a forgotten BLOB_STORE.
    for (const name of [...S3_SETTINGS, 'S3_REGION'] as const) {
      if (given[name] !== undefined) problems.push(`${name} is set but BLOB_STORE is not an s3:// bucket`);
    }
    return problems;
  }
  if ((c.S3_ACCESS_KEY_ID === undefined) !== (c.S3_SECRET_ACCESS_KEY === undefined)) {
    problems.push("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or neither, for the AWS SDK's own)");
  }
  return problems;
}

const KNOWN = new Set(Object.keys(schema.shape));

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  for (const name of Object.keys(env)) {
    if (name.startsWith('FOIA_') && !KNOWN.has(name)) problems.push(`${name}: unknown variable`);
  }
  const input: Record<string, string> = {};
  for (const name of KNOWN) {
    const value = env[name];
    if (value !== undefined && value !== '') input[name] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // "PORT can be at most 65535": the sentence starts with the variable's name.
    for (const issue of parsed.error.issues) problems.push(fieldMessage(issue.path, issue.message));
  }
  if (parsed.success) problems.push(...blobStoreProblems(parsed.data, input));
  if (problems.length || !parsed.success) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  const publicBaseUrl = (
    c.PUBLIC_BASE_URL ?? `http://${c.HOST === '0.0.0.0' ? 'localhost' : c.HOST}:${c.PORT}`
  ).replace(/\/$/, '');
  return { ...c, publicBaseUrl };
}
