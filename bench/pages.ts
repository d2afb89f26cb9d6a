/**
 * The web pages: HTML size and server time of each main page, signed in, over the demo data plus
 * 2,000 more requests with clocks, next to the bare JSON health check through the same app (the
 * ceiling of one request through Fastify and the auth hook), same run, as ratios. Also the static
 * assets a page loads (nothing comes from another host).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { createUser } from '../src/auth/users.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';
import { loadDemoData } from '../src/demo.js';
import { LocalBlobStore } from '../src/documents/blob-store.js';
import { ingestDocument } from '../src/documents/ingest.js';
import { recomputeDeadlines } from '../src/requests/recompute.js';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * (xs.length - 1))] ?? 0;

export async function benchPages() {
  const dir = join(process.cwd(), 'bench', 'results', `pages-${randomUUID().slice(0, 6)}`);
  mkdirSync(dir, { recursive: true });
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', DEMO_DATA: '0' });
  const db = openDb(join(dir, 'foia.sqlite'));
  const now = new Date();
  const blobs = new LocalBlobStore(dir);
  try {
    await loadDemoData(db, now, blobs);
    const c = db.$client;
    // 2,000 more open requests on the demo agencies, submitted over the last 60 days.
    c.transaction(() => {
      const ins = c.prepare(
        `insert into requests (agency_id, title, body, owner_id, visibility, status, received_on, created_at, updated_at)
         values (?, ?, 'Records of social media monitoring.', 1, 'public', 'submitted', ?, ?, ?) returning id`,
      );
      const ev = c.prepare(
        `insert into request_events (request_id, type, date, data, created_by, created_at) values (?, 'submitted', ?, '{}', 1, ?)`,
      );
      for (let i = 0; i < 2000; i++) {
        const submitted = new Date(now.getTime() - (i % 60) * 86_400_000).toISOString().slice(0, 10);
        const { id } = ins.get((i % 6) + 1, `Bench request ${i}`, submitted, now.toISOString(), now.toISOString()) as {
          id: number;
        };
        ev.run(id, submitted, now.toISOString());
      }
    })();
    for (const { id } of c.prepare('select id from requests').all() as { id: number }[])
      recomputeDeadlines(db, id, now);
    for (const { id } of c.prepare('select id from documents order by id').all() as { id: number }[]) {
      await ingestDocument({ db, blobs, config, now: () => new Date(), inline: true }, id);
    }
    await createUser(db, null, now, { email: 'bench@example.org', role: 'staff', password: 'bench password 1' });
    const app = await buildApp({ db, queue: null, config, clock: () => new Date() });
    const signIn = await app.inject({ url: '/sign-in' });
    const pre = signIn.cookies.find((k) => k.name === 'foia_signin')?.value ?? '';
    const res = await app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `foia_signin=${pre}` },
      payload: new URLSearchParams({
        email: 'bench@example.org',
        password: 'bench password 1',
        _csrf: pre,
        next: '/',
      }).toString(),
    });
    const cookie = `foia_session=${res.cookies.find((k) => k.name === 'foia_session')?.value}`;
    const docId = (c.prepare("select id from documents where name like '%.pdf'").get() as { id: number }).id;
    const time = async (url: string, n = 60) => {
      const ms: number[] = [];
      let bytes = 0;
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const r = await app.inject({ url, headers: { cookie } });
        ms.push(performance.now() - t);
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode}`);
        bytes = r.rawPayload.length;
      }
      return { p50: pct(ms, 50), p95: pct(ms, 95), bytes };
    };
    const ceiling = await time('/health', 300);
    console.log(
      `pages (signed in; ${(c.prepare('select count(*) as n from requests').get() as { n: number }).n} requests), server time next to GET /health through the same app (p50 ${ceiling.p50.toFixed(2)} ms):`,
    );
    for (const [label, url] of [
      ['dashboard', '/'],
      ['requests list', '/requests'],
      ['request page', '/requests/1'],
      ['agencies', '/agencies'],
      ['tagging page', `/documents/${docId}`],
      ['search', '/search?q=warrant'],
      ['public request', '/public/requests/1'],
    ] as const) {
      const r = await time(url);
      console.log(
        `  ${label.padEnd(15)} ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  p50 ${r.p50.toFixed(2)} ms (${(r.p50 / ceiling.p50).toFixed(1)}x health), p95 ${r.p95.toFixed(2)} ms`,
      );
    }
    const assets = ['site.css', 'tagging.js', 'request.js'];
    let total = 0;
    for (const a of assets) {
      const html = (await app.inject({ url: '/', headers: { cookie } })).body;
      const href = new RegExp(`/assets/${a.replace('.', '\\.')}[^"]*`).exec(html)?.[0] ?? `/assets/${a}`;
      total += (await app.inject({ url: href })).rawPayload.length;
    }
    console.log(`  static assets (CSS and both scripts, cached for a year): ${(total / 1024).toFixed(1)} KB in all`);
    await app.close();
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
