import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { OCR_LANGUAGES } from '../../db/schema.js';

export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

export type ToolsStatus = { available: true } | { available: false; reason: string };

/** Test override: maps a tool name to whether it should count as installed. */
export type ToolsOverride = Partial<Record<'pdftoppm' | 'tesseract' | 'pdftotext', boolean>>;

const REQUIRED = ['tesseract', 'pdftoppm'] as const;

let cached: ToolsStatus | null = null;
let override: ToolsOverride | null = null;
let languages: string[] | null = null;
let languagesOverride: string[] | null = null;

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
 * The languages tesseract has data for here (`eng`, `spa`, `osd` ...), asked once: Debian's
 * tesseract-ocr-eng and tesseract-ocr-spa, which the set-up installs.
 */
export function installedOcrLanguages(): string[] {
  if (languagesOverride) return languagesOverride;
  if (languages) return languages;
  if (!installed('tesseract')) return [];
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  languages = `${r.stdout ?? ''}\n${r.stderr ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[a-z]{3}(_[a-z]+)?$/.test(l));
  return languages;
}

/**
 * The language a document is OCRed in when staff did not choose one: English and Spanish together
 * where the Spanish data is installed (a Spanish scan then keeps its accents, and an English one
 * reads as well as in English alone), English otherwise.
 */
export function defaultOcrLanguage(): OcrLanguage {
  return installedOcrLanguages().includes('spa') ? 'eng+spa' : 'eng';
}

/**
 * tesseract's `-l` for a document: its chosen language, or the default. A language whose data is
 * not installed on this worker is left out (English is the last resort), so that the scan is still
 * read rather than failed; the set-up installs both.
 */
export function tesseractLanguage(chosen: OcrLanguage | null): string {
  const have = installedOcrLanguages();
  const wanted = (chosen ?? defaultOcrLanguage()).split('+').filter((l) => have.includes(l));
  return wanted.length ? wanted.join('+') : 'eng';
}

/**
 * Simulate installed/missing tools in tests; pass null to go back to real PATH lookups.
 * Clears the cache either way so the next ocrTools() call sees the change.
 */
export function setToolsForTest(value: ToolsOverride | null, ocrLanguages: string[] | null = null): void {
  override = value;
  cached = null;
  languages = null;
  languagesOverride = ocrLanguages;
}
