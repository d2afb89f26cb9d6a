/**
 * Builds a benchmark database: `requests` requests with `eventsPer` events each, clocks and tags,
 * written with raw prepared statements in one transaction (the schema comes from the migrations).
 */
import { openDb } from '../src/db/index.js';

export function seedBenchDb(file: string, requests = 100_000, eventsPer = 10): void {
  const db = openDb(file);
  const c = db.$client;
  const now = new Date().toISOString();
  c.pragma('synchronous = OFF');
  const jurisdictions = ['US', 'US-MA'];
  c.transaction(() => {
    c.prepare("insert into users (email, role) values ('bench@example.com', 'staff')").run();
    const agency = c.prepare('insert into agencies (name, jurisdiction, level, updated_at) values (?, ?, ?, ?)');
    for (let a = 1; a <= 200; a++)
      agency.run(`Agency ${a}`, jurisdictions[a % 2], a % 2 ? 'municipal' : 'federal', now);
    const req = c.prepare(
      `insert into requests (agency_id, title, body, owner_id, visibility, status, received_on, next_due, version, deadlines_version, created_at, updated_at)
       values (?, ?, ?, 1, 'public', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ev = c.prepare(
      'insert into request_events (request_id, type, date, data, created_by, created_at) values (?, ?, ?, ?, 1, ?)',
    );
    const tag = c.prepare('insert into request_tags (request_id, tag) values (?, ?)');
    const dl = c.prepare(
      "insert into deadlines (request_id, kind, start_date, due, status, unit, explanation, computed_at) values (?, ?, ?, ?, 'open', 'business', ?, ?)",
    );
    const explanation = JSON.stringify({
      text: 'Determination within 20 working days (5 U.S.C. 552(a)(6)(A)(i)). Due 2026-03-30.',
      skipped: [],
    });
    const statuses = ['submitted', 'acknowledged', 'processing', 'fulfilled', 'denied'];
    for (let i = 1; i <= requests; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const updated = new Date(Date.UTC(2026, i % 11, 1 + (i % 28), i % 24)).toISOString();
      req.run(
        1 + (i % 200),
        `Social media monitoring records ${i}: Geofeedia, Media Sonar and Dataminr contracts`,
        `All contracts, invoices and training material about social media monitoring software, request ${i}.`,
        statuses[i % statuses.length],
        `2026-03-${day}`,
        `2026-04-${day}`,
        eventsPer,
        eventsPer,
        now,
        updated,
      );
      ev.run(i, 'submitted', `2026-03-${day}`, '{"channel":"email"}', now);
      for (let e = 1; e < eventsPer; e++) ev.run(i, e % 2 ? 'note' : 'communication', `2026-03-${day}`, '{}', now);
      tag.run(i, `tag-${i % 50}`);
      dl.run(i, 'response', `2026-03-${day}`, `2026-04-${day}`, explanation, now);
    }
  })();
  c.pragma('synchronous = NORMAL');
  c.exec('analyze');
  c.close();
}
