/**
 * Admin commands: `npm run cli -- <command>`.
 *   user create --email E --role admin|staff|volunteer [--name N] [--password P]   (prints the token last)
 *   user password --email E [--password P]            (reads the password from stdin when not given)
 *   user reset-password --email E                     (a new random password, printed last; e.g. the demo user's)
 *   token create --email E [--name N] [--read-only]   (prints the token last)
 *   token create --email E --inbound [--name N]       (a token for POST /api/v1/inbound/email only)
 *   agencies import FILE.csv
 *   deadlines recompute [--request ID]                (all open requests when no id is given)
 *   reminders sweep                                   (queue every reminder whose day has come)
 *   backup FILE                                       (a consistent copy of the SQLite database)
 *   migrate-to-postgres --from FILE.sqlite --to postgres://...   (copies an installation into an empty
 *                                                     PostgreSQL database; verified table by table)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { notInArray } from 'drizzle-orm';
import { importAgencies } from './agencies/import.js';
import { ROLES, type Role } from './auth/roles.js';
import {
  createToken,
  createUser,
  findUserByEmail,
  MIN_PASSWORD_LENGTH,
  resetPassword,
  setPassword,
} from './auth/users.js';
import { ConfigError, loadConfig } from './config.js';
import { dbFile, openDb } from './db/index.js';
import { CopyError, CopyMismatchError, copyToPostgres, formatReport } from './db/pg/copy.js';
import { requests } from './db/schema.js';
import { AppError } from './errors.js';
import { jobs } from './jobs.js';
import { createLogger } from './log.js';
import { createQueueClient, drainOutbox, enqueue } from './queue/index.js';
import { sweepReminders } from './reminders/send.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

function parseCommandLine() {
  return parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'read-only': { type: 'boolean' },
      inbound: { type: 'boolean' },
      request: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
}

async function migrateToPostgres(from: string | undefined, to: string | undefined, extra: string | undefined) {
  if (!from || !to || extra) fail('usage: migrate-to-postgres --from FILE.sqlite --to postgres://USER@HOST/DATABASE');
  try {
    const report = await copyToPostgres({ from, to });
    console.log(formatReport(report));
    console.log(`copied ${report.length} tables; every row count and checksum matches`);
  } catch (err) {
    if (err instanceof CopyMismatchError) {
      console.log(formatReport(err.report));
      fail(err.message);
    }
    if (err instanceof CopyError) fail(err.message);
    throw err;
  }
}

async function main() {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine();
  } catch (err) {
    // parseArgs' own errors (an unknown option, a missing value) name the option: one line is enough.
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) fail(err.message);
    throw err;
  }
  const { positionals, values } = parsed;
  const [group, command, arg] = positionals;
  if (group === 'migrate-to-postgres') return migrateToPostgres(values.from, values.to, command);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const db = openDb(dbFile(config.DATA_DIR));
  const now = new Date();
  const findUser = (email: string | undefined) => {
    if (!email) fail('--email is required');
    const u = findUserByEmail(db, email);
    if (!u) fail(`no user with e-mail ${email}`);
    return u;
  };

  if (group === 'user' && command === 'create') {
    const role = values.role as Role;
    if (!values.email) fail('--email is required');
    if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
    if (values.password !== undefined && values.password.length < MIN_PASSWORD_LENGTH) {
      fail(`--password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const user = await createUser(db, null, now, {
      email: values.email,
      role,
      name: values.name ?? null,
      password: values.password ?? null,
    });
    const t = createToken(db, null, now, user.id, { name: 'cli' });
    console.log(`created ${role} ${user.email} (id ${user.id}); API token (shown once):`);
    console.log(t.token);
  } else if (group === 'user' && command === 'password') {
    const user = findUser(values.email);
    const password = values.password ?? (await readStdin());
    if (password.length < MIN_PASSWORD_LENGTH) fail(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    await setPassword(db, null, now, user.id, password);
    console.log(`password set for ${user.email}; its browser sessions are signed out`);
  } else if (group === 'user' && command === 'reset-password') {
    const user = findUser(values.email);
    const password = await resetPassword(db, null, now, user.id);
    console.log(`new password for ${user.email} (shown once; its browser sessions are signed out):`);
    console.log(password);
  } else if (group === 'token' && command === 'create') {
    const user = findUser(values.email);
    const inbound = values.inbound ?? false;
    const t = createToken(db, null, now, user.id, {
      name: values.name ?? (inbound ? 'inbound e-mail' : 'cli'),
      readOnly: values['read-only'] ?? false,
      scope: inbound ? 'inbound' : 'api',
    });
    console.log(
      `${inbound ? 'inbound e-mail token (X-Inbound-Token)' : 'token'} for ${user.email}${values['read-only'] ? ' (read-only)' : ''} (shown once):`,
    );
    console.log(t.token);
  } else if (group === 'agencies' && command === 'import') {
    if (!arg) fail('usage: agencies import FILE.csv');
    const report = importAgencies(db, null, now, readFileSync(arg, 'utf8'));
    console.log(
      `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, refused ${report.refused.length}`,
    );
    for (const r of report.refused) console.log(`  line ${r.line} (${r.name || 'no name'}): ${r.reason}`);
  } else if (group === 'deadlines' && command === 'recompute') {
    const ids = values.request
      ? [Number(values.request)]
      : db
          .select({ id: requests.id })
          .from(requests)
          .where(notInArray(requests.status, ['draft', 'withdrawn']))
          .all()
          .map((r) => r.id);
    db.transaction((tx) => {
      for (const requestId of ids) enqueue(tx, 'deadlines.recompute', { requestId });
    });
    const queue = createQueueClient(config.REDIS_URL, config.QUEUE_PREFIX, createLogger(config, 'cli'));
    const result = await drainOutbox({ db, queue, jobs, config }, new Date(), 100_000);
    await queue.close();
    console.log(
      `queued ${ids.length} recomputation(s); ${result.dispatched ? 'handed to the queue' : 'they wait in the outbox until the API or a worker hands them over'}`,
    );
  } else if (group === 'reminders' && command === 'sweep') {
    // The sending jobs are written to the outbox with the claims; a worker hands them to the queue.
    const result = sweepReminders(db, now);
    console.log(`queued ${result.queued} reminder(s) for sending; cancelled ${result.cancelled} whose date had passed`);
  } else if (group === 'backup' && command) {
    await db.$client.backup(command);
    console.log(`backup written to ${command}`);
  } else {
    fail(
      readFileSync(new URL(import.meta.url), 'utf8')
        .split('*/')[0]
        ?.replace('/**', 'usage:') ?? 'usage',
    );
  }
  db.$client.close();
}

main().catch((err) => {
  if (err instanceof AppError)
    fail(`${err.message}${err.errors ? ` (${err.errors.map((e) => `${e.path}: ${e.message}`).join('; ')})` : ''}`);
  console.error(err);
  process.exit(1);
});
