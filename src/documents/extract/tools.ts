import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export type ToolsStatus = { available: true } | { available: false; reason: string };

/** Test override: maps a tool name to whether it should count as installed. */
export type ToolsOverride = Partial<Record<'pdftoppm' | 'tesseract' | 'pdftotext', boolean>>;

const REQUIRED = ['tesseract', 'pdftoppm'] as const;

let cached: ToolsStatus | null = null;
let override: ToolsOverride | null = null;

function onPath(tool: string): boolean {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    try {
      accessSync(path.join(dir, tool), constants.X_OK);
      return true;
    } catch (err) {
      // Not in this directory, or not executable there.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'ENOTDIR') throw err;
    }
  }
  return false;
}

function installed(tool: keyof ToolsOverride): boolean {
  if (override && override[tool] !== undefined) return override[tool] === true;
  return onPath(tool);
}

/**
 * Whether OCR can run here. Cached because it is asked once per scanned page and the
 * answer does not change while the process lives (tests reset it via setToolsForTest).
 */
export function ocrTools(): ToolsStatus {
  if (cached) return cached;
  const missing = REQUIRED.filter((t) => !installed(t));
  cached =
    missing.length === 0
      ? { available: true }
      : {
          available: false,
          reason: `OCR tools are not installed on this server (${missing.join(', ')}); install tesseract-ocr and poppler-utils`,
        };
  return cached;
}

/** Whether pdftoppm alone is available (page images can be rendered without tesseract). */
export function hasPdftoppm(): boolean {
  return installed('pdftoppm');
}

/** Whether poppler's pdftotext is available: about five times faster than pdf.js for text layers. */
export function hasPdftotext(): boolean {
  return installed('pdftotext');
}

/**
 * Simulate installed/missing tools in tests; pass null to go back to real PATH lookups.
 * Clears the cache either way so the next ocrTools() call sees the change.
 */
export function setToolsForTest(value: ToolsOverride | null): void {
  override = value;
  cached = null;
}
