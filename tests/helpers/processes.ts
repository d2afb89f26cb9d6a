/**
 * The product as separate processes on one machine, as the README runs it: `npm start` (API and a
 * worker in one process) or `npm run api` next to any number of `npm run worker`, all on one SQLite
 * file and one Redis. Used by the multi-process test and `npm run bench -- processes`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dbFile, openDb } from '../../src/db/index.js';
import { TEST_REDIS_URL } from './app.js';

export interface Cluster {
  base: string;
  token: string;
  dataDir: string;
  /** Waits until every request's clocks are recomputed for its latest event. */
  settled(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts `single` (src/main.ts, as `npm start`) or `split` (src/server.ts and `workers` × workers/main.ts). */
export async function startCluster(mode: 'single' | 'split', workers = 2): Promise<Cluster> {
  const dataDir = mkdtempSync(join(tmpdir(), `foia-${mode}-`));
  const port = await freePort();
  const token = `foia_cluster_${randomUUID().replace(/-/g, '')}`;
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `cluster-${randomUUID().slice(0, 8)}`,
    FOIA_BOOTSTRAP_TOKEN: token,
    DEMO_DATA: '0',
    LOG_LEVEL: 'warn',
    OUTBOX_INTERVAL_MS: '200',
  };
  // The database exists (migrated) before several processes open it at once.
  openDb(dbFile(dataDir)).$client.close();
  const children: ChildProcess[] = [];
  const stderr: string[] = [];
  const start = (entry: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
    children.push(child);
  };
  if (mode === 'single') start('src/main.ts');
  else {
    start('src/server.ts');
    for (let i = 0; i < workers; i++) start('workers/main.ts');
  }
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch (err) {
      if (!(err instanceof TypeError)) throw err; // not listening yet
    }
    if (Date.now() > end) throw new Error(`the API did not start:\n${stderr.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    token,
    dataDir,
    async settled(timeoutMs = 60_000) {
      const db = openDb(dbFile(dataDir));
      try {
        const stale = db.$client.prepare('select count(*) from requests where version != deadlines_version').pluck();
        const until = Date.now() + timeoutMs;
        while ((stale.get() as number) > 0) {
          if (Date.now() > until) throw new Error(`clocks not recomputed within ${timeoutMs} ms:\n${stderr.join('')}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        db.$client.close();
      }
    },
    async stop() {
      await Promise.all(
        children.map(
          (c) =>
            new Promise((resolve) => {
              if (c.exitCode !== null) return resolve(null);
              c.once('exit', resolve);
              c.kill('SIGTERM');
            }),
        ),
      );
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface LoadResult {
  /** How many responses of each status. */
  statuses: Record<number, number>;
  seconds: number;
  perSecond: number;
}

/**
 * `total` timeline events over `requests` submitted requests, `concurrency` at a time: each request
 * alternates a fee request and its payment, each of which moves its clocks (a recomputation in a
 * worker) and its status.
 */
export async function eventLoad(c: Cluster, total = 400, concurrency = 4, requests = 20): Promise<LoadResult> {
  const call = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${c.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { id: number } };
  };
  const agency = await call('POST', '/api/v1/agencies', {
    name: 'Metropolitan Police Department',
    jurisdiction: 'US-DC',
    level: 'municipal',
  });
  if (agency.status !== 201) throw new Error(`agency: ${agency.status}`);
  const ids: number[] = [];
  for (let i = 0; i < requests; i++) {
    const r = await call('POST', '/api/v1/requests', {
      agencyId: agency.body.id,
      title: `Social media monitoring contracts ${i}`,
      body: 'Contracts, purchase orders and training material for Media Sonar and Dataminr.',
    });
    await call('POST', `/api/v1/requests/${r.body.id}/events`, { type: 'submitted', date: '2026-11-02' });
    ids.push(r.body.id);
  }
  const statuses: Record<number, number> = {};
  let next = 0;
  const asked = new Map<number, boolean>();
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const n = next++;
        const id = ids[n % ids.length] as number;
        // Four writers never hold the same request at once (20 requests, taken in turn).
        const fee = !asked.get(id);
        asked.set(id, fee);
        const { status } = await call(
          'POST',
          `/api/v1/requests/${id}/events`,
          fee
            ? { type: 'fee_requested', date: '2026-11-03', amount: 25, note: `Estimate ${n}` }
            : { type: 'fee_paid', date: '2026-11-03' },
        );
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  return { statuses, seconds, perSecond: total / seconds };
}
