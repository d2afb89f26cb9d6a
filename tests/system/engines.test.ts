/**
 * The Node version the README promises is the one every installed package accepts: `npm ci` on
 * that Node prints no EBADENGINE. The promise is read from the README itself, so the two cannot drift.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** "with Node 20.19 or later" -> 20.19.0: the oldest Node a reader may bring. */
function promisedNode(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const match = /\bwith Node (\d+(?:\.\d+){0,2}) or later\b/.exec(readme);
  if (!match?.[1]) throw new Error('README.md no longer says "with Node N or later"');
  const version = semver.coerce(match[1])?.version;
  if (!version) throw new Error(`README.md names a Node version semver cannot read: ${match[1]}`);
  return version;
}

interface Manifest {
  name?: string;
  version?: string;
  engines?: { node?: string };
}

/** Every package directory under node_modules, nested node_modules and scopes included. */
function packageDirs(nodeModules: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      // .bin, .package-lock.json, .cache and the like are npm's own, not packages.
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@')) {
        visit(path);
        continue;
      }
      found.push(path);
      const nested = join(path, 'node_modules');
      if (existsSync(nested)) visit(nested);
    }
  };
  visit(nodeModules);
  return found;
}

function manifest(dir: string): Manifest | null {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

describe('the Node version the README promises', () => {
  const node = promisedNode();

  it('is the minimum package.json declares (setup.mjs checks the same field)', () => {
    const own = manifest(root);
    expect(own?.engines?.node).toBeDefined();
    expect(semver.minVersion(own?.engines?.node ?? '')?.version).toBe(node);
  });

  it('is accepted by every installed package that names an engines.node', () => {
    const refused: string[] = [];
    let checked = 0;
    for (const dir of packageDirs(join(root, 'node_modules'))) {
      const range = manifest(dir)?.engines?.node;
      if (range === undefined) continue;
      checked++;
      if (!semver.satisfies(node, range)) {
        refused.push(`${dir.slice(root.length)} wants node ${range}`);
      }
    }
    // A walk that found nothing would pass for the wrong reason.
    expect(checked).toBeGreaterThan(50);
    expect(refused, `packages that refuse Node ${node}`).toEqual([]);
  });
});
