/**
 * `npm start`: the whole product in one process: API, outbox drainer and a worker.
 * For scale-out run `npm run api` and any number of `npm run worker` instead.
 */
import { startWorker } from '../workers/main.js';
import { readyBanner } from './banner.js';
import { dbFile, openDb } from './db/index.js';
import { openBlobStore } from './documents/blob-store.js';
import { createLogger } from './log.js';
import { createQueueClient } from './queue/index.js';
import { configOrExit, oneSentence, onShutdown, startApi } from './server.js';

async function main() {
  const config = configOrExit();
  const db = openDb(dbFile(config.DATA_DIR));
  const log = createLogger(config, 'worker');
  const queue = createQueueClient(config.REDIS_URL, config.QUEUE_PREFIX, log);
  const blobs = openBlobStore(config);
  await blobs.check();
  // The API hands the outbox to the queue; one drainer per process is enough.
  const worker = startWorker(config, db, { log, drain: false, blobs });
  const api = await startApi(config, db, queue, blobs);
  console.error(readyBanner({ url: api.url, signIn: api.signIn, worker: true, dataDir: config.DATA_DIR }));
  onShutdown([
    api.close,
    worker.close,
    queue.close,
    async () => {
      db.$client.close();
    },
  ]);
}

main().catch((err) => {
  console.error(oneSentence(err) ? (err as Error).message : err);
  process.exit(1);
});
