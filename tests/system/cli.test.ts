import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCredentials, createSession, resumeSession } from '../../src/auth/sessions.js';
import { recordSignInFailure, SIGN_IN_MAX_FAILURES, signInBlockedFor } from '../../src/auth/sign-in-throttle.js';
import { verifyPassword } from '../../src/auth/tokens.js';
import { authenticate, createUser, ensureBootstrapToken } from '../../src/auth/users.js';
import { dbFile, openDb } from '../../src/db/index.js';
import { loadDemoData } from '../../src/demo.js';
import { LocalBlobStore } from '../../src/documents/blob-store.js';

const dir = mkdtempSync(join(tmpdir(), 'foia-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dir },
    encoding: 'utf8',
  });

describe('admin CLI', () => {
  it('user create prints the new token as its last line, and the token works', () => {
    const r = cli('user', 'create', '--email', 'Staffer@Example.com', '--role', 'staff');
    expect(r.status).toBe(0);
    const token = r.stdout.trim().split('\n').pop() as string;
    expect(token).toMatch(/^foia_[A-Za-z0-9_-]{43}$/);
    const db = openDb(dbFile(dir));
    expect(authenticate(db, token, new Date())).toMatchObject({
      email: 'staffer@example.com',
      role: 'staff',
      readOnly: false,
    });
    db.$client.close();
  });

  it('refuses a bad role and a duplicate e-mail with a message', () => {
    expect(cli('user', 'create', '--email', 'x@example.com', '--role', 'boss').stderr).toMatch(/--role must be one of/);
    const dup = cli('user', 'create', '--email', 'staffer@example.com', '--role', 'staff');
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/already exists/);
  });

  it('token create --read-only makes a read-only token', () => {
    const r = cli('token', 'create', '--email', 'staffer@example.com', '--read-only');
    const token = r.stdout.trim().split('\n').pop() as string;
    const db = openDb(dbFile(dir));
    expect(authenticate(db, token, new Date())?.readOnly).toBe(true);
    db.$client.close();
  });

  it('backup writes a consistent copy', () => {
    const target = join(dir, 'copy.sqlite');
    expect(cli('backup', target).status).toBe(0);
    const copy = openDb(target);
    expect(copy.$client.prepare('select count(*) as n from users').get()).toEqual({ n: 1 });
    copy.$client.close();
  });

  it('user reset-password prints a new password last; it signs in, the old one and old sessions do not', async () => {
    const db = openDb(dbFile(dir));
    const user = await createUser(db, null, new Date(), {
      email: 'reset@example.com',
      role: 'staff',
      password: 'the old password',
    });
    const session = createSession(db, user.id, new Date());
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) recordSignInFailure(db, user.email, new Date());
    db.$client.close();

    const r = cli('user', 'reset-password', '--email', 'Reset@Example.com');
    expect(r.status).toBe(0);
    const password = r.stdout.trim().split('\n').pop() as string;
    expect(password.length).toBeGreaterThanOrEqual(16);

    const after = openDb(dbFile(dir));
    expect((await checkCredentials(after, user.email, password))?.id).toBe(user.id);
    expect(await checkCredentials(after, user.email, 'the old password')).toBeNull();
    expect(resumeSession(after, session.token, new Date())).toBeNull();
    // A locked-out account is usable again with its new password.
    expect(signInBlockedFor(after, user.email, new Date())).toBe(0);
    after.$client.close();

    expect(cli('user', 'reset-password', '--email', 'nobody@example.com').stderr).toMatch(/no user with e-mail/);
  });
});

describe('bootstrap token and demo data', () => {
  it('FOIA_BOOTSTRAP_TOKEN becomes an admin token once', async () => {
    const db = openDb(join(dir, 'boot.sqlite'));
    const token = 'bootstrap-0123456789abcdef';
    await ensureBootstrapToken(db, token, new Date());
    await ensureBootstrapToken(db, token, new Date());
    expect(authenticate(db, token, new Date())?.role).toBe('admin');
    expect(db.$client.prepare('select count(*) as n from api_tokens').get()).toEqual({ n: 1 });
    expect(JSON.stringify(db.$client.prepare('select token_hash from api_tokens').all())).not.toContain(token);
    db.$client.close();
  });

  it('demo data loads into an empty database only', async () => {
    const db = openDb(join(dir, 'demo.sqlite'));
    const first = await loadDemoData(db, new Date('2026-11-24T12:00:00Z'), new LocalBlobStore(join(dir, 'demo-data')));
    expect(first?.email).toBe('demo-staff@example.org');
    const hash = (
      db.$client.prepare('select password_hash as h from users where email = ?').get(first?.email) as { h: string }
    ).h;
    expect(await verifyPassword(first?.password ?? '', hash)).toBe(true);
    expect(await loadDemoData(db, new Date('2026-11-24T12:00:00Z'))).toBeNull();
    // returned records, queued for ingestion
    expect(db.$client.prepare('select name from documents order by id').all()).toEqual([
      { name: 'geofeedia-msa-2016.pdf' },
      { name: 'RE: public records request.eml' },
    ]);
    expect(db.$client.prepare("select count(*) as n from outbox where job_name = 'documents.ingest'").get()).toEqual({
      n: 2,
    });
    const n = db.$client.prepare('select count(*) as n from requests').get() as { n: number };
    expect(n.n).toBe(5);
    // each of the 10 demo events queued a recomputation of its request's clocks for the worker
    expect(db.$client.prepare("select count(*) as n from outbox where job_name = 'deadlines.recompute'").get()).toEqual(
      {
        n: 10,
      },
    );
    db.$client.close();
  });
});
