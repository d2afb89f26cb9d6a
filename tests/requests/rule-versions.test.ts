/**
 * A release that changes a jurisdiction's rules recomputes that jurisdiction's open clocks once,
 * through the outbox, and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJurisdictions } from '../../src/deadlines/index.js';
import { queueRecomputeForChangedRules } from '../../src/jurisdictions/rule-versions.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false });
});
afterAll(() => env.close());

const pending = () =>
  env.db.$client
    .prepare(`select payload from outbox where job_name = 'closures.recompute' and dispatched_at is null order by id`)
    .all()
    .map((r) => JSON.parse((r as { payload: string }).payload) as { jurisdiction: string });

describe('rule versions', () => {
  it('stores every fingerprint on the first start, then changes nothing', () => {
    const first = queueRecomputeForChangedRules(env.db, new Date());
    expect(first.firstRun).toBe(true);
    expect(first.changed.length).toBe(listJurisdictions().length);
    env.db.$client.prepare('delete from outbox').run();
    expect(queueRecomputeForChangedRules(env.db, new Date())).toEqual({ changed: [], firstRun: false });
    expect(pending()).toEqual([]);
  });

  it('recomputes only the jurisdiction whose rules changed, once', () => {
    env.db.$client.prepare(`update rule_versions set fingerprint = 'older rules' where jurisdiction = 'US-GA'`).run();
    expect(queueRecomputeForChangedRules(env.db, new Date())).toEqual({ changed: ['US-GA'], firstRun: false });
    expect(pending()).toEqual([{ jurisdiction: 'US-GA' }]);
    expect(queueRecomputeForChangedRules(env.db, new Date()).changed).toEqual([]);
  });
});
