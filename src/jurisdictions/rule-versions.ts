/**
 * When a release changes a jurisdiction's rule data (a year's designations, a corrected period, a
 * new reading), the clocks stored for its open requests were computed with the old rules. At start
 * the API compares each jurisdiction's fingerprint with the one stored, and for each that changed
 * queues one recompute of its open requests, in the transaction that stores the new fingerprint.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { ruleVersions } from '../db/schema.js';
import { listJurisdictions } from '../deadlines/index.js';
import { enqueue } from '../queue/outbox.js';

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The codes whose rules changed since the stored clocks were computed, and whether any were stored. */
export function queueRecomputeForChangedRules(db: Db, now: Date): { changed: string[]; firstRun: boolean } {
  return db.transaction((tx) => {
    const stored = new Map(
      tx
        .select()
        .from(ruleVersions)
        .all()
        .map((r) => [r.jurisdiction, r.fingerprint]),
    );
    const changed: string[] = [];
    for (const j of listJurisdictions()) {
      const fp = fingerprint(j);
      const before = stored.get(j.code);
      if (before === fp) continue;
      changed.push(j.code);
      // A database without fingerprints (new, or older than this table) counts every jurisdiction as
      // changed: the recompute finds few or no open requests, and it runs once.
      enqueue(tx, 'closures.recompute', { jurisdiction: j.code });
      const row = { jurisdiction: j.code, fingerprint: fp, updatedAt: now.toISOString() };
      if (before === undefined) tx.insert(ruleVersions).values(row).run();
      else tx.update(ruleVersions).set(row).where(eq(ruleVersions.jurisdiction, j.code)).run();
    }
    return { changed, firstRun: stored.size === 0 };
  });
}
