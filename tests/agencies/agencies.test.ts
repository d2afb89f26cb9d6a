import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median, percentile } from '../../src/agencies/service.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, settle, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z' });
  staff = (await userWithToken(env, 'staff')).token;
});
afterAll(() => env.close());

describe('agencies', () => {
  it('creates, edits and reads an agency with its parent', async () => {
    const dhs = await makeAgency(env, staff, { name: 'Department of Homeland Security', jurisdiction: 'US' });
    const ice = await makeAgency(env, staff, {
      name: 'Immigration and Customs Enforcement',
      jurisdiction: 'us',
      parentId: dhs.id,
    });
    expect(ice).toMatchObject({ jurisdiction: 'US', parentId: dhs.id });
    const edited = await api(env, 'PATCH', `/api/v1/agencies/${ice.id}`, staff, {
      requestEmail: 'ice-foia@example.com',
      portalUrl: 'https://foia.example.com/ice',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      requestEmail: 'ice-foia@example.com',
      portalUrl: 'https://foia.example.com/ice',
    });
    const cycle = await api(env, 'PATCH', `/api/v1/agencies/${dhs.id}`, staff, { parentId: ice.id });
    expect(cycle.status).toBe(422);
    expect(cycle.body.errors[0].path).toBe('parentId');
  });

  it.each([
    [{ jurisdiction: 'US-ZZ' }, 'jurisdiction'],
    [{ level: 'city' }, 'level'],
    [{ requestEmail: 'not-an-email' }, 'requestEmail'],
    [{ portalUrl: 'javascript:alert(1)' }, 'portalUrl'],
    [{ name: '' }, 'name'],
  ])('refuses %o naming %s', async (patch, field) => {
    const res = await api(env, 'POST', '/api/v1/agencies', staff, {
      name: 'Bad',
      jurisdiction: 'US',
      level: 'federal',
      ...patch,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('refuses a duplicate name in the same jurisdiction with 409', async () => {
    await makeAgency(env, staff, { name: 'Springfield Police', jurisdiction: 'US-MA', level: 'municipal' });
    const res = await api(env, 'POST', '/api/v1/agencies', staff, {
      name: 'Springfield Police',
      jurisdiction: 'US-MA',
      level: 'municipal',
    });
    expect(res.status).toBe(409);
  });

  it('searches by name', async () => {
    const res = await api(env, 'GET', '/api/v1/agencies?q=homeland');
    expect(res.body.data.map((a: { name: string }) => a.name)).toEqual(['Department of Homeland Security']);
  });
});

describe("an agency's record", () => {
  it('computes filed, open, overdue, median and p90 days to a final response, on-time and outcome shares', async () => {
    const slow = await makeAgency(env, staff, { name: 'Slow Sheriff', jurisdiction: 'US-MA', level: 'county' });
    const fast = await makeAgency(env, staff, { name: 'Fast Fusion Center', jurisdiction: 'US-MA', level: 'state' });
    // US-MA, 10 business days. Received Mon 2026-03-02; final responses after 5, 12 and 30 business days.
    const plan: Array<[number, string, string]> = [
      [slow.id, '2026-03-09', 'fulfilled'], // 5 business days, on time (due 03-16)
      [slow.id, '2026-03-18', 'partial'], // 12 business days, late
      [slow.id, '2026-04-13', 'denied'], // 30 business days, late
      [fast.id, '2026-03-03', 'fulfilled'], // 1 business day
    ];
    for (const [agencyId, done, outcome] of plan) {
      const { id } = await makeRequest(env, staff, agencyId);
      await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
      await event(env, staff, id, { type: 'completed', date: done, outcome });
    }
    const open = await makeRequest(env, staff, slow.id);
    await event(env, staff, open.id, { type: 'submitted', date: '2026-10-01' }); // due 2026-10-16: overdue now
    await settle(env);

    const stats = (await api(env, 'GET', `/api/v1/agencies/${slow.id}`, staff)).body.stats;
    expect(stats).toEqual({
      filed: 4,
      open: 1,
      overdue: 1,
      completed: 3,
      medianDaysToFinal: 12,
      p90DaysToFinal: 30,
      onTimeShare: 0.333,
      shares: { fulfilled: 0.333, partial: 0.333, denied: 0.333, noRecords: 0 },
    });
    const sorted = await api(env, 'GET', '/api/v1/agencies?jurisdiction=US-MA&sort=-medianDaysToFinal', staff);
    // agencies without a figure (no final responses yet) come last
    expect(sorted.body.data.map((a: { name: string }) => a.name)).toEqual([
      'Slow Sheriff',
      'Fast Fusion Center',
      'Springfield Police',
    ]);
    const byOverdue = await api(env, 'GET', '/api/v1/agencies?jurisdiction=US-MA&sort=-overdue&limit=1', staff);
    expect(byOverdue.body.data[0].name).toBe('Slow Sheriff');
    expect(byOverdue.body.nextCursor).not.toBeNull();
  });

  it('median and nearest-rank percentile', () => {
    expect(median([])).toBeNull();
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
  });
});

describe('CSV import through the CLI', () => {
  it('reports rows taken and refused, and changes nothing the second time', () => {
    const file = join(env.dataDir, 'agencies.csv');
    writeFileSync(
      file,
      [
        'name,jurisdiction,level,parent,request_email,portal_url,postal_address,notes',
        'Department of Justice,US,federal,,foia@example.com,,"950 Pennsylvania Ave NW, Washington, DC",',
        'Federal Bureau of Investigation,US,federal,Department of Justice,,https://vault.example.com,,"says ""no records"" often"',
        'Nowhere PD,US-XX,municipal,,,,,',
        'Mystery Unit,US,federal,Ministry of Truth,,,,',
        ',US,federal,,,,,',
      ].join('\n'),
    );
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'agencies', 'import', file], {
        env: { ...process.env, DATA_DIR: env.dataDir, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('created 2, updated 0, unchanged 0, refused 3');
    expect(first.stdout).toMatch(/line 4 \(Nowhere PD\): The jurisdiction is not a known jurisdiction code/);
    expect(first.stdout).toMatch(/line 5 \(Mystery Unit\): parent agency "Ministry of Truth" is not known/);
    expect(first.stdout).toMatch(/line 6 \(no name\): The name cannot be empty/);
    const second = run();
    expect(second.stdout).toContain('created 0, updated 0, unchanged 2, refused 3');
  });
});
