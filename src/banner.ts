/**
 * What `npm start` and `npm run api` print on stderr once the server is ready: where it is, how to
 * sign in, where the API docs are and how to stop it. Plain lines, so that they stand out from the
 * JSON log and a newcomer finds the demo password without reading log records.
 */
import { anyoneCanSignIn, findUserByEmail } from './auth/users.js';
import type { Db } from './db/index.js';
import { DEMO_EMAIL, type DemoResult } from './demo.js';

export type SignIn =
  /** Demo data was loaded just now: its password is known this once. */
  | { kind: 'demo-password'; email: string; password: string }
  /** The demo user exists from an earlier run; its password is no longer known. */
  | { kind: 'demo-user'; email: string }
  | { kind: 'users' }
  | { kind: 'nobody' };

export function signInNow(db: Db, demo: DemoResult | null): SignIn {
  if (demo) return { kind: 'demo-password', email: demo.email, password: demo.password };
  const demoUser = findUserByEmail(db, DEMO_EMAIL);
  if (demoUser?.passwordHash && !demoUser.disabledAt) return { kind: 'demo-user', email: demoUser.email };
  return anyoneCanSignIn(db) ? { kind: 'users' } : { kind: 'nobody' };
}

/** `npm run cli --`, with DATA_DIR when it is not the default, so the command acts on this database. */
export function cliCommand(dataDir: string): string {
  if (dataDir === './data') return 'npm run cli --';
  const quoted = /^[\w./:@-]+$/.test(dataDir) ? dataDir : `'${dataDir.replaceAll("'", `'\\''`)}'`;
  return `DATA_DIR=${quoted} npm run cli --`;
}

export function readyBanner(opts: { url: string; signIn: SignIn; worker: boolean; dataDir: string }): string {
  const base = opts.url.replace(/\/$/, '');
  const cli = cliCommand(opts.dataDir);
  const signIn = opts.signIn;
  const lines = [`FOIA tracker is ready at ${base}/`];
  const row = (label: string, text: string) => lines.push(`  ${label.padEnd(9)} ${text}`);
  const more = (text: string) => lines.push(`  ${''.padEnd(9)} ${text}`);
  switch (signIn.kind) {
    case 'demo-password':
      row('Sign in', `as ${signIn.email} with password ${signIn.password} (shown on this first run only)`);
      more(`a new password any time: ${cli} user reset-password --email ${signIn.email}`);
      break;
    case 'demo-user':
      row('Sign in', `as ${signIn.email}; its password was shown on the first run`);
      more(`a new one: ${cli} user reset-password --email ${signIn.email}`);
      break;
    case 'users':
      row('Sign in', 'with your e-mail and password');
      more(`forgotten it? ${cli} user reset-password --email you@example.org`);
      break;
    case 'nobody':
      row('Sign in', `nobody can yet: ${cli} user create --email you@example.org --role admin`);
      more(`then a password: ${cli} user reset-password --email you@example.org`);
      break;
  }
  row('API docs', `${base}/docs (OpenAPI description: ${base}/openapi.json)`);
  row(
    'Worker',
    opts.worker
      ? 'running in this process'
      : 'none in this process: jobs (clocks, reminders, documents) wait for `npm run worker`',
  );
  row('Stop', 'Ctrl+C (in-flight requests and jobs finish first)');
  return `\n${lines.join('\n')}\n`;
}
