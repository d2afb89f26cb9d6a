/**
 * API throughput over 100,000 requests and 1,000,000 events: a request read and a filtered list
 * page, each next to a bare Fastify route doing one primary-key read of the same SQLite file,
 * measured in the same run (server pinned to core 0, load generator to core 1 where taskset exists).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, pinned } from './load.js';
import { seedBenchDb } from './seed.js';

const REQUESTS = 100_000;
const EVENTS_PER = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = 4;

async function startServer(mode: 'app' | 'bare', file: string, port: number): Promise<ChildProcess> {
  const [cmd, args] = pinned(0, process.execPath, ['--import', 'tsx', 'bench/server.ts', mode, file, String(port)]);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`${mode} server exited ${code}`)));
  });
  return child;
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
}

export async function benchApi() {
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${REQUESTS}-${EVENTS_PER}.sqlite`);
  if (!existsSync(file)) {
    const t = performance.now();
    seedBenchDb(file, REQUESTS, EVENTS_PER);
    console.log(
      `seeded ${REQUESTS.toLocaleString('en-US')} requests, ${(REQUESTS * EVENTS_PER).toLocaleString('en-US')} events in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  }

  // Each server gets a discarded warm-up run first: the first pass over a cold file measures the disk.
  const bare = await startServer('bare', file, 3901);
  await load('http://127.0.0.1:3901/r/{n}', REQUESTS, WARMUP, dir);
  const ceiling = await load('http://127.0.0.1:3901/r/{n}', REQUESTS, SECONDS, dir);
  await stop(bare);

  const app = await startServer('app', file, 3902);
  await load('http://127.0.0.1:3902/api/v1/requests/{n}', REQUESTS, WARMUP, dir);
  await load('http://127.0.0.1:3902/api/v1/requests?status=acknowledged&agencyId={n}&limit=50', 200, 2, dir);
  const read = await load('http://127.0.0.1:3902/api/v1/requests/{n}', REQUESTS, SECONDS, dir);
  const list = await load(
    'http://127.0.0.1:3902/api/v1/requests?status=acknowledged&agencyId={n}&limit=50',
    200,
    SECONDS,
    dir,
  );
  const listAll = await load('http://127.0.0.1:3902/api/v1/requests?limit=50&sort=-updatedAt', 1, SECONDS, dir);
  await stop(app);

  const row = (name: string, r: { rps: number; p50: number; p99: number }) =>
    `${name.padEnd(44)} ${Math.round(r.rps).toLocaleString('en-US').padStart(9)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`;
  console.log(
    `\n## API over ${REQUESTS.toLocaleString('en-US')} requests / ${(REQUESTS * EVENTS_PER).toLocaleString('en-US')} events (load: ${ceiling.tool}, 32 connections, ${SECONDS} s each)`,
  );
  console.log(row('ceiling: bare Fastify + one PK read', ceiling));
  console.log(row('GET /api/v1/requests/{id} (10 events)', read));
  console.log(row('GET /api/v1/requests?status&agencyId&limit=50', list));
  console.log(row('GET /api/v1/requests?limit=50 (newest)', listAll));
  console.log(`ratio request read / ceiling        ${((read.rps / ceiling.rps) * 100).toFixed(0)}% (aim: 50% or more)`);
  console.log(`list page p99                        ${list.p99.toFixed(2)} ms (aim: under 20 ms)`);
}
