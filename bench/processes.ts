/**
 * Many processes on one database: the README's scale-out mode (`npm run api` with two `npm run
 * worker`) against the single process (`npm start`), under the same load in the same run: 400
 * timeline events, four at a time, while the workers recompute each request's clocks. Reported: the
 * 5xx count of each, and the scale-out throughput as a share of the single process's (aim: at
 * least 80%, with no 5xx).
 */
import { eventLoad, startCluster } from '../tests/helpers/processes.js';

const ROUNDS = 3;

async function once(mode: 'single' | 'split') {
  const cluster = await startCluster(mode, 2);
  try {
    const result = await eventLoad(cluster, 400, 4);
    await cluster.settled();
    return result;
  } finally {
    await cluster.stop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchProcesses() {
  const rates: Record<'single' | 'split', number[]> = { single: [], split: [] };
  const errors: Record<'single' | 'split', number> = { single: 0, split: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, so that a noisy minute on the shared machine falls on both.
    for (const mode of ['single', 'split'] as const) {
      const r = await once(mode);
      rates[mode].push(r.perSecond);
      errors[mode] += Object.entries(r.statuses)
        .filter(([status]) => Number(status) >= 500)
        .reduce((n, [, count]) => n + count, 0);
    }
  }
  const single = median(rates.single);
  const split = median(rates.split);
  console.log('\n## Many processes on one SQLite file: 400 events, 4 at a time (median of 3 interleaved rounds)');
  console.log(`npm start (one process)        ${single.toFixed(0)} events/s, ${errors.single} responses 5xx`);
  console.log(`npm run api + 2 npm run worker ${split.toFixed(0)} events/s, ${errors.split} responses 5xx`);
  console.log(`scale-out / single process     ${(split / single).toFixed(2)}x (aim: at least 0.80, no 5xx)`);
}
