/**
 * The web pages: HTML size and server time of each main page, signed in, over the demo data plus
 * 2,000 and then 100,000 more open requests with clocks, next to the bare JSON health check through
 * the same app (the ceiling of one request through Fastify and the auth hook), each view of a page
 * alternating with one of the health check, as ratios of their medians:
 * the dashboard, the lists, the campaign view and the agencies page should cost the same at both sizes. Also the static
 * assets a page loads (nothing comes from another host).
 *
 * Seeding: requests and their `submitted` events go in with prepared statements in one transaction.
 * Their clocks are the product's own: `recomputeDeadlines` runs for the first request of each
 * (agency, submission date), and the others, whose inputs are the same, get copies of its clocks
 * and summary columns (the triggers keep the counts of owed clocks and the agencies' sums as they go in); a sample of the
 * copies is recomputed and compared. Reminders are not copied (no page here shows them).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { buildApp } from '../src/app.js';
import { createUser } from '../src/auth/users.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';
import { loadDemoData } from '../src/demo.js';
import { openBlobStore } from '../src/documents/blob-store.js';
import { ingestDocument } from '../src/documents/ingest.js';
import { recomputeDeadlines } from '../src/requests/recompute.js';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * (xs.length - 1))] ?? 0;

const CLOCK_COLUMNS =
  'kind, start_date, due, status, met_on, unit, explanation, computed_at, jurisdiction, late_key, missed_notified_for';
const SUMMARY_COLUMNS = [
  'next_due',
  'response_days',
  'answered_on_time',
  'days_late_answered',
  'deadlines_version',
  'deadlines_computed_at',
];

/**
 * `count` more open requests on the demo agencies, submitted over the 60 days before `now` (one in
 * ten acknowledged), with their clocks as the product computes them (see the header).
 */
export function seedOpenRequests(
  db: ReturnType<typeof openDb>,
  c: Database.Database,
  count: number,
  from: number,
  now: Date,
) {
  const at = now.toISOString();
  const agencies = (c.prepare('select id from agencies order by id').all() as { id: number }[]).map((a) => a.id);
  const ids: { id: number; key: string }[] = [];
  c.transaction(() => {
    const ins = c.prepare(
      `insert into requests (agency_id, title, body, owner_id, visibility, status, received_on, created_at, updated_at)
       values (?, ?, 'Records of social media monitoring.', 1, 'public', ?, ?, ?, ?) returning id`,
    );
    const ev = c.prepare(
      `insert into request_events (request_id, type, date, data, created_by, created_at) values (?, ?, ?, '{}', 1, ?)`,
    );
    for (let i = from; i < from + count; i++) {
      const ago = i % 60;
      const submitted = new Date(now.getTime() - ago * 86_400_000).toISOString().slice(0, 10);
      const acked = i % 10 === 0 && ago >= 2;
      const agency = agencies[i % agencies.length] as number;
      const { id } = ins.get(agency, `Bench request ${i}`, acked ? 'acknowledged' : 'submitted', submitted, at, at) as {
        id: number;
      };
      ev.run(id, 'submitted', submitted, at);
      if (acked)
        ev.run(id, 'acknowledged', new Date(now.getTime() - (ago - 1) * 86_400_000).toISOString().slice(0, 10), at);
      ids.push({ id, key: `${agency}|${submitted}|${acked}` });
    }
  })();
  const reps = new Map<string, number>();
  for (const { id, key } of ids) {
    if (reps.has(key)) continue;
    reps.set(key, id);
    recomputeDeadlines(db, id, now);
  }
  c.transaction(() => {
    const clocks = c.prepare(
      `insert into deadlines (request_id, ${CLOCK_COLUMNS}) select ?, ${CLOCK_COLUMNS} from deadlines where request_id = ?`,
    );
    const summary = c.prepare(
      `update requests set (${SUMMARY_COLUMNS.join(', ')}) = (select ${SUMMARY_COLUMNS.join(', ')} from requests where id = ?) where id = ?`,
    );
    for (const { id, key } of ids) {
      const rep = reps.get(key) as number;
      if (rep === id) continue;
      clocks.run(id, rep);
      summary.run(rep, id);
    }
  })();
  // The copies are what the product would store: recompute a sample and compare.
  const snapshot = (id: number) =>
    JSON.stringify([
      c
        .prepare(
          `select ${CLOCK_COLUMNS.replace('computed_at, ', '')} from deadlines where request_id = ? order by kind`,
        )
        .all(id),
      c.prepare(`select ${SUMMARY_COLUMNS.slice(0, 5).join(', ')} from requests where id = ?`).get(id),
    ]);
  for (let k = 0; k < ids.length; k += Math.max(1, Math.floor(ids.length / 50))) {
    const { id } = ids[k] as { id: number };
    const before = snapshot(id);
    recomputeDeadlines(db, id, now);
    if (snapshot(id) !== before) throw new Error(`bench seed: request ${id}'s copied clocks differ from a recompute`);
  }
  return reps.size;
}

export async function benchPages() {
  const dir = join(process.cwd(), 'bench', 'results', `pages-${randomUUID().slice(0, 6)}`);
  mkdirSync(dir, { recursive: true });
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', DEMO_DATA: '0' });
  const db = openDb(join(dir, 'foia.sqlite'));
  const now = new Date();
  const blobs = openBlobStore(config);
  try {
    await loadDemoData(db, now, blobs);
    const c = db.$client;
    for (const { id } of c.prepare('select id from requests').all() as { id: number }[])
      recomputeDeadlines(db, id, now);
    // A campaign over the demo agencies, one request each (its view costs what its own requests cost).
    const campaignId = (
      c
        .prepare(
          `insert into campaigns (title, body, visibility, updated_at) values ('Bench campaign', 'Records.', 'private', ?) returning id`,
        )
        .get(now.toISOString()) as { id: number }
    ).id;
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
    const view = async (url: string) => {
      const t = performance.now();
      const r = await app.inject({ url, headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode}`);
      return { ms: performance.now() - t, bytes: r.rawPayload.length };
    };
    // Each view of the page is followed by one of GET /health, so that both see the same load (the
    // machine is shared: its speed swings within a minute); the ratio is of the two medians.
    const time = async (url: string, n = 100) => {
      const ms: number[] = [];
      const health: number[] = [];
      let bytes = 0;
      // Unmeasured first views: the compiler's warm-up is not the page's cost.
      for (let i = 0; i < 20; i++) await view(url);
      for (let i = 0; i < n; i++) {
        const r = await view(url);
        ms.push(r.ms);
        bytes = r.bytes;
        health.push((await view('/health')).ms);
      }
      return { p50: pct(ms, 50), p95: pct(ms, 95), bytes, health: pct(health, 50) };
    };
    const measure = async () => {
      for (let i = 0; i < 200; i++) await view('/health');
      const n = (q: string) => (c.prepare(q).get() as { n: number }).n;
      console.log(
        `pages (signed in; ${n('select count(*) as n from requests')} requests, ${n("select count(*) as n from requests where status in ('submitted', 'acknowledged', 'processing')")} open, ${n('select coalesce(sum(n), 0) as n from owed_clock_counts')} open agency clocks), server time, each page's views alternating with GET /health through the same app:`,
      );
      for (const [label, url] of [
        ['dashboard', '/'],
        ['requests list', '/requests'],
        ['overdue list', '/requests?overdue=true'],
        ['API list', '/api/v1/requests?limit=50'],
        ['API by due', '/api/v1/requests?limit=50&sort=nextDue&overdue=true'],
        ['campaign view', `/campaigns/${campaignId}`],
        ['request page', '/requests/1'],
        ['agencies', '/agencies'],
        ['tagging page', `/documents/${docId}`],
        ['search', '/search?q=warrant'],
        ['public request', '/public/requests/1'],
      ] as const) {
        const r = await time(url, label === 'agencies' ? 30 : 100);
        console.log(
          `  ${label.padEnd(15)} ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  p50 ${r.p50.toFixed(2)} ms (${(r.p50 / r.health).toFixed(1)}x health's ${r.health.toFixed(2)} ms), p95 ${r.p95.toFixed(2)} ms`,
        );
      }
    };
    let t = performance.now();
    let reps = seedOpenRequests(db, c, 2000, 0, now);
    c.prepare(
      'update requests set campaign_id = ? where id in (select min(id) from requests where title like ? group by agency_id)',
    ).run(campaignId, 'Bench request %');
    console.log(
      `seeded 2,000 open requests in ${((performance.now() - t) / 1000).toFixed(1)} s (${reps} recomputed, the rest copied)`,
    );
    await measure();
    t = performance.now();
    reps = seedOpenRequests(db, c, 98_000, 2000, now);
    c.pragma('optimize');
    console.log(
      `seeded 98,000 more in ${((performance.now() - t) / 1000).toFixed(1)} s (${reps} recomputed, the rest copied)`,
    );
    await measure();
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
