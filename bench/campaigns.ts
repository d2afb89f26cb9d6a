/**
 * Campaigns at 500 agencies: creating the campaign and adding 500 agencies (one draft each, its
 * letter rendered for its own law, in one transaction) next to 500 plain request creations in the
 * same run; then the campaign view over its 500 requests, server time p50/p95 through the app
 * (injected), next to GET /health through the same app.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createAgency } from '../src/agencies/service.js';
import { buildApp } from '../src/app.js';
import type { Actor } from '../src/auth/roles.js';
import { createToken, createUser } from '../src/auth/users.js';
import { addAgencies, createCampaign } from '../src/campaigns/service.js';
import { loadConfig } from '../src/config.js';
import { dbFile, openDb } from '../src/db/index.js';
import { listJurisdictions } from '../src/deadlines/index.js';
import { createRequest } from '../src/requests/service.js';

const AGENCIES = 500;
const READS = 60;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

export async function benchCampaigns() {
  const dir = join(process.cwd(), 'bench', 'results', `campaigns-${randomUUID().slice(0, 6)}`);
  mkdirSync(dir, { recursive: true });
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
    SMTP_URL: 'smtp://127.0.0.1:1',
    INBOUND_EMAIL_DOMAIN: 'records.example.org',
  });
  const db = openDb(dbFile(dir));
  try {
    const now = new Date();
    const user = await createUser(db, null, now, { email: 'bench@example.org', role: 'staff' });
    const actor: Actor = { userId: user.id, email: user.email, role: 'staff', readOnly: false, tokenId: null };
    const codes = listJurisdictions().map((j) => j.code);
    const ids: number[] = [];
    for (let i = 0; i < AGENCIES; i++) {
      const jurisdiction = codes[i % codes.length] as string;
      ids.push(
        createAgency(db, actor, now, {
          name: `Police Department ${i}`,
          jurisdiction,
          level: jurisdiction === 'US' ? 'federal' : 'municipal',
          ...(i % 10 ? { requestEmail: `records${i}@pd.example` } : {}),
        }).id,
      );
    }
    const body = 'Contracts, purchase orders and training material for Geofeedia, Media Sonar and Dataminr since 2014.';

    // 500 plain request creations (the baseline), then the campaign of 500.
    const t0 = performance.now();
    for (const agencyId of ids) createRequest(db, actor, now, { agencyId, title: 'Social media monitoring', body });
    const plainMs = performance.now() - t0;
    const t1 = performance.now();
    const c = createCampaign(db, actor, now, {
      title: 'Social media monitoring tools',
      body,
      letter: {
        subject: 'Public records request under {{law.name}}',
        body: 'To {{agency.name}}:\n\nUnder {{law.name}} ({{law.citation}}), I request: {{request.body}}\n\n{{fee.waiver}}\n{{format.electronic}}\n\n{{requester.name}}',
      },
    });
    const report = addAgencies(db, actor, now, config, c.id, { agencyIds: ids });
    const campaignMs = performance.now() - t1;
    if (report.added.length !== AGENCIES) throw new Error(`added ${report.added.length}`);

    // The view over 500 requests, next to GET /health, through the same app.
    const app = await buildApp({ db, queue: null, config, clock: () => now });
    const { token } = createToken(db, null, now, user.id, { name: 'bench' });
    const auth = { authorization: `Bearer ${token}` };
    const time = async (url: string, headers = {}) => {
      const t = performance.now();
      const res = await app.inject({ url, headers });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
      return performance.now() - t;
    };
    const view: number[] = [];
    const health: number[] = [];
    for (let i = 0; i < 5; i++) {
      await time(`/api/v1/campaigns/${c.id}`, auth);
      await time('/health');
    }
    for (let i = 0; i < READS; i++) {
      view.push(await time(`/api/v1/campaigns/${c.id}?sort=-daysLate`, auth));
      health.push(await time('/health'));
    }
    await app.close();

    console.log(`\n## Campaigns: ${AGENCIES} agencies in ${codes.length} jurisdictions`);
    console.log(
      `500 plain request creations           ${plainMs.toFixed(0)} ms (${(plainMs / AGENCIES).toFixed(2)} ms each)`,
    );
    console.log(
      `campaign of 500, letters rendered     ${campaignMs.toFixed(0)} ms (${(campaignMs / AGENCIES).toFixed(2)} ms each, ${(campaignMs / plainMs).toFixed(2)}x the plain creations)`,
    );
    console.log(
      `campaign view over 500 requests       p50 ${pct(view, 50).toFixed(1)} ms, p95 ${pct(view, 95).toFixed(1)} ms (${(pct(view, 50) / pct(health, 50)).toFixed(1)}x GET /health)`,
    );
    console.log(
      `GET /health through the same app     p50 ${pct(health, 50).toFixed(2)} ms, p95 ${pct(health, 95).toFixed(2)} ms`,
    );
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
