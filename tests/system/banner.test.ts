/** The ready banner's sign-in line follows what the database allows now (the process test covers a first run). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.js';
import { cliCommand, readyBanner, signInNow } from '../../src/banner.js';
import { dbFile, openDb } from '../../src/db/index.js';
import { loadDemoData } from '../../src/demo.js';

const dir = mkdtempSync(join(tmpdir(), 'foia-banner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-11-24T12:00:00Z');
const banner = (signIn: ReturnType<typeof signInNow>, worker = true) =>
  readyBanner({ url: 'http://127.0.0.1:3000', signIn, worker, dataDir: './data' });

describe('the ready banner', () => {
  it('on an empty database without demo data says how to create a user and give it a password', () => {
    const db = openDb(dbFile(join(dir, 'empty')));
    const text = banner(signInNow(db, null), false);
    expect(text).toContain('nobody can yet: npm run cli -- user create --email you@example.org --role admin');
    expect(text).toContain('then a password: npm run cli -- user reset-password --email you@example.org');
    expect(text).toContain('none in this process');
    db.$client.close();
  });

  it('shows the demo password on the first run only, and the reset command after', async () => {
    const db = openDb(dbFile(join(dir, 'demo')));
    const demo = await loadDemoData(db, now);
    const first = banner(signInNow(db, demo));
    expect(first).toContain(`as demo-staff@example.org with password ${demo?.password} (shown on this first run only)`);
    const later = banner(signInNow(db, null));
    expect(later).not.toContain(demo?.password);
    expect(later).toContain('as demo-staff@example.org; its password was shown on the first run');
    expect(later).toContain('a new one: npm run cli -- user reset-password --email demo-staff@example.org');
    db.$client.close();
  });

  it('without the demo user but with users who have passwords, points at reset-password', async () => {
    const db = openDb(dbFile(join(dir, 'users')));
    await createUser(db, null, now, { email: 'ada@example.org', role: 'admin', password: 'a long password' });
    expect(banner(signInNow(db, null))).toContain('with your e-mail and password');
    db.$client.close();
  });

  it('names DATA_DIR in the commands when it is not the default, quoted for the shell', () => {
    expect(cliCommand('./data')).toBe('npm run cli --');
    expect(cliCommand('/srv/foia')).toBe('DATA_DIR=/srv/foia npm run cli --');
    expect(cliCommand("/tmp/Bob's data")).toBe(`DATA_DIR='/tmp/Bob'\\''s data' npm run cli --`);
  });
});
