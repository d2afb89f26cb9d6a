/**
 * The pages' CSS and JavaScript, read once from src/web/assets/ and served from memory with a
 * content hash in the URL (so they can be cached for a year). No CDN: the pages work offline.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

export const ASSET_NAMES = [
  'site.css',
  'request.js',
  'clocks.js',
  'tagging.js',
  'redaction.js',
  'page-images.js',
  'viewer.js',
  'favicon.svg',
] as const;

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

const assets = new Map<string, Asset>();
for (const name of ASSET_NAMES) {
  const body = readFileSync(new URL(`./assets/${name}`, import.meta.url));
  const ext = name.split('.').pop() ?? '';
  assets.set(name, {
    body,
    type: TYPES[ext] ?? 'application/octet-stream',
    hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
  });
}

export function asset(name: string): Asset | undefined {
  return assets.get(name);
}

export function assetUrl(name: (typeof ASSET_NAMES)[number] | string): string {
  const a = assets.get(name);
  return `/assets/${name}${a ? `?v=${a.hash}` : ''}`;
}
