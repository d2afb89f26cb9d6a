/**
 * What each jurisdiction's law says a request letter can invoke beyond its deadlines (electronic
 * records, fee waivers and limits, expedited processing), one researched file per jurisdiction. A
 * jurisdiction without a file gets no statute-backed sentences: its letters ask plainly instead.
 */
import type { LetterProvisions } from './types.js';
import { US } from './us.js';

export type { LetterProvisions, Provision } from './types.js';

const LIST: readonly LetterProvisions[] = [US];

const byCode = new Map(LIST.map((p) => [p.code, p]));
if (byCode.size !== LIST.length) throw new Error('a jurisdiction has two letter-provisions files');

export function provisionsFor(code: string): LetterProvisions | undefined {
  return byCode.get(code.toUpperCase());
}

/** Codes that have a provisions file, for the README and tests. */
export function provisionCodes(): string[] {
  return [...byCode.keys()];
}
