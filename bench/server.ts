/**
 * Benchmark servers, one per process: `app` is the real API over the given SQLite file; `bare` is a
 * bare Fastify route doing one primary-key read of the same file (the ceiling).
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';

const [mode, file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: server.ts app|bare FILE PORT');

if (mode === 'bare') {
  const db = new Database(file, { readonly: true });
  const stmt = db.prepare('select * from requests where id = ?');
  const app = Fastify();
  app.get<{ Params: { id: string } }>('/r/:id', async (req) => stmt.get(Number(req.params.id)));
  await app.listen({ port: Number(port), host: '127.0.0.1' });
} else {
  const db = openDb(file);
  const config = loadConfig({ DATA_DIR: '/tmp', LOG_LEVEL: 'silent', DEMO_DATA: '0' });
  const app = await buildApp({ db, queue: null, config, clock: () => new Date('2026-11-24T12:00:00Z') });
  await app.listen({ port: Number(port), host: '127.0.0.1' });
}
console.log('ready');
