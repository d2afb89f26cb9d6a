/**
 * A worker that dies at the worst moment: it runs the reminder sweep (claiming due reminders and
 * writing their sending jobs) and is killed (SIGKILL) before anything reaches the queue.
 * `DATA_DIR` and `NOW` (ISO timestamp) come from the environment.
 */
import { dbFile, openDb } from '../../src/db/index.js';
import { sweepReminders } from '../../src/reminders/send.js';

const dataDir = process.env.DATA_DIR;
const now = process.env.NOW;
if (!dataDir || !now) throw new Error('DATA_DIR and NOW are required');
const db = openDb(dbFile(dataDir));
const result = sweepReminders(db, new Date(now));
process.stderr.write(`claimed ${result.queued}\n`);
process.kill(process.pid, 'SIGKILL');
