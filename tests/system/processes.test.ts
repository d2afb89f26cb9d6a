/**
 * The README's scale-out mode: `npm run api` with two `npm run worker` processes on one SQLite file
 * and one Redis. Four writers at a time against workers recomputing clocks: no write fails with
 * "database is locked" (every write transaction begins IMMEDIATE and waits its turn), and every
 * event's clocks are recomputed by the workers.
 */
import { afterAll, expect, it } from 'vitest';
import { type Cluster, eventLoad, startCluster } from '../helpers/processes.js';

let cluster: Cluster | null = null;
afterAll(async () => {
  await cluster?.stop();
});

it('an API and two workers share the database: 400 events four at a time, no 5xx, every clock recomputed', async () => {
  cluster = await startCluster('split', 2);
  const result = await eventLoad(cluster, 400, 4);
  expect(result.statuses).toEqual({ 201: 400 });
  await cluster.settled();
}, 120_000);
