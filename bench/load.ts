/**
 * HTTP load: wrk when installed (Debian package `wrk`), else a small keep-alive Node generator in its
 * own process. Paths contain `{n}`, replaced by a random integer in [1, max] per request.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  tool: string;
}

export function hasWrk(): boolean {
  return spawnSync('sh', ['-c', 'command -v wrk']).status === 0;
}

export function pinned(core: number, cmd: string, args: string[]): [string, string[]] {
  return spawnSync('sh', ['-c', 'command -v taskset']).status === 0
    ? ['taskset', ['-c', String(core), cmd, ...args]]
    : [cmd, args];
}

function ms(text: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(text);
  if (!m) return Number.NaN;
  const v = Number(m[1]);
  return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
}

export async function load(
  url: string,
  max: number,
  seconds: number,
  dir: string,
  connections = 32,
): Promise<LoadResult> {
  if (hasWrk()) {
    const u = new URL(url.replace('{n}', '1'));
    const pathTemplate = decodeURIComponent(url.slice(u.origin.length)).replace('{n}', '%d');
    const script = join(dir, 'random.lua');
    writeFileSync(
      script,
      `math.randomseed(${Date.now() % 100000})\nrequest = function() return wrk.format("GET", string.format("${pathTemplate}", math.random(1, ${max}))) end\n`,
    );
    const [cmd, args] = pinned(1, 'wrk', [
      '-t1',
      `-c${connections}`,
      `-d${seconds}s`,
      '--latency',
      '-s',
      script,
      u.origin,
    ]);
    const out = spawnSync(cmd, args, { encoding: 'utf8' }).stdout;
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    const p50 = ms(/\s50%\s+(\S+)/.exec(out)?.[1] ?? '');
    const p99 = ms(/\s99%\s+(\S+)/.exec(out)?.[1] ?? '');
    const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
    if (non2xx) throw new Error(`${non2xx[1]} error responses from ${url}`);
    return { rps, p50, p99, tool: 'wrk' };
  }
  const [cmd, args] = pinned(1, process.execPath, [
    '--import',
    'tsx',
    'bench/node-load.ts',
    url,
    String(max),
    String(seconds),
    String(connections),
  ]);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  await new Promise((r) => child.on('exit', r));
  return { ...(JSON.parse(out) as Omit<LoadResult, 'tool'>), tool: 'node' };
}
