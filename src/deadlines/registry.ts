/**
 * Every encoded jurisdiction, discovered from the files in ./jurisdictions (one export of type
 * Jurisdiction each), checked once at load.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Jurisdiction } from './types.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'jurisdictions');
const files = readdirSync(dir).filter((f) => /^us(-[a-z]{2})?\.(ts|js)$/.test(f));

const loaded: Jurisdiction[] = [];
for (const file of files) {
  const mod = (await import(join(dir, file))) as Record<string, unknown>;
  for (const value of Object.values(mod)) {
    if (value && typeof value === 'object' && 'code' in value && 'ruleSets' in value)
      loaded.push(value as Jurisdiction);
  }
}

const seen = new Set<string>();
for (const j of loaded) {
  if (seen.has(j.code)) throw new Error(`jurisdiction ${j.code} is defined twice in ${dir}`);
  seen.add(j.code);
}

export const JURISDICTIONS: readonly Jurisdiction[] = loaded.sort((a, b) =>
  a.code === 'US' ? -1 : b.code === 'US' ? 1 : a.code.localeCompare(b.code),
);
