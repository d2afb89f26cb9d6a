/**
 * Starts the real product (`src/main.ts`: API + worker in one process) as a child process, talks
 * to it over HTTP, and stops it with SIGTERM: it must shut down cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../helpers/app.js';

let child: ChildProcess;
let baseUrl: string;
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'foia-proc-'));

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `proc-${randomUUID().slice(0, 8)}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 25_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The banner ends with how to stop; wait for all of it.
      const m = /FOIA tracker is ready at (http:\/\/[^\s]+?)\/\n[\s\S]*Stop/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the real server process', () => {
  it('serves health and the calculator over HTTP', async () => {
    const health = await fetch(`${baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'ok', queue: 'ok' });

    const res = await fetch(`${baseUrl}/api/v1/jurisdictions/US/deadline?kind=response&from=2026-11-20`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ due: '2026-12-21' });

    const bad = await fetch(`${baseUrl}/api/v1/jurisdictions/US/deadline?kind=response&from=2026-02-30`);
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('prints a plain banner when ready: address, the demo password, docs, how to stop', () => {
    const banner = output.slice(output.indexOf('FOIA tracker is ready'));
    expect(banner).toMatch(/Sign in +as demo-staff@example\.org with password \S+ \(shown on this first run only\)/);
    expect(banner).toContain(`DATA_DIR=${dataDir} npm run cli -- user reset-password --email demo-staff@example.org`);
    expect(banner).toContain(`API docs  ${baseUrl}/docs`);
    expect(banner).toContain('Worker    running in this process');
    expect(banner).toContain('Stop      Ctrl+C');
    // Not also among the log lines before it.
    const password = /with password (\S+)/.exec(banner)?.[1] as string;
    expect(output.split(password).length - 1).toBe(1);
  });

  it("the banner's password signs in to the pages", async () => {
    const password = /with password (\S+)/.exec(output)?.[1] as string;
    const page = await fetch(`${baseUrl}/sign-in`);
    const pre = /foia_signin=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1] as string;
    expect(pre).toBeTruthy();
    const res = await fetch(`${baseUrl}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `foia_signin=${pre}` },
      body: new URLSearchParams({ email: 'demo-staff@example.org', password, next: '/', _csrf: pre }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/foia_session=[^;]+;.*HttpOnly/i);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
