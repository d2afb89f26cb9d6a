/**
 * Bad redactions in released files: text that is still in the text layer under a black box (a filled
 * rectangle drawn over it, or a black annotation). Found by render-and-compare: a word of the text
 * layer whose place on the rendered page is (nearly) all dark cannot be seen by a reader, yet anyone
 * can copy it out of the file. Ordinary black text covers well under half of its box; white text on
 * a dark band leaves its letters light.
 */
import { type Box, darkShare, type Raster } from '../images/raster.js';
import type { Word } from './words.js';

export interface HiddenText {
  text: string;
  box: Box;
}

/** Share of a word's box (its middle, margins trimmed) that must be dark for the word to count as hidden. */
const DARK_SHARE = 0.9;

function inner(b: Box): Box {
  return { x: b.x + b.width * 0.1, y: b.y + b.height * 0.15, width: b.width * 0.8, height: b.height * 0.7 };
}

/** The words drawn under something dark, joined into one finding per run of hidden words on a line. */
export function hiddenText(raster: Raster, words: Word[]): HiddenText[] {
  const found: HiddenText[] = [];
  let last: { line: number; index: number } | null = null;
  words.forEach((w, i) => {
    if (!/[\p{L}\p{N}]/u.test(w.text)) return;
    const px = { w: w.box.width * raster.width, h: w.box.height * raster.height };
    if (px.w < 2 || px.h < 2) return;
    if (darkShare(raster, inner(w.box)) < DARK_SHARE) return;
    const prev = found[found.length - 1];
    if (prev && last && last.line === w.line && last.index === i - 1) {
      const x = Math.min(prev.box.x, w.box.x);
      const y = Math.min(prev.box.y, w.box.y);
      prev.box = {
        x,
        y,
        width: Math.max(prev.box.x + prev.box.width, w.box.x + w.box.width) - x,
        height: Math.max(prev.box.y + prev.box.height, w.box.y + w.box.height) - y,
      };
      prev.text += ` ${w.text}`;
    } else {
      found.push({ text: w.text, box: { ...w.box } });
    }
    last = { line: w.line, index: i };
  });
  return found;
}
