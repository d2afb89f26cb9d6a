/**
 * A printable letter (US Letter, for agencies that take mail or fax only): the sender block from the
 * requester profile, the date at the agency, the agency's address block (its appeal contact for an
 * appeal), the subject, the text wrapped across as many pages as it needs, and the signature.
 */
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import type { Tx } from '../requests/service.js';
import { type LetterKind, letterContext, type RenderedLetter, renderFrom } from './service.js';

const PAGE = { width: 612, height: 792 };
const MARGIN = 72;
const SIZE = 11;
const LEADING = 14.5;

export interface LetterPage {
  /** The sender block, one entry per line. */
  sender: string[];
  /** The agency's today. */
  date: string;
  recipient: string[];
  subject: string;
  body: string;
  /** Added after the text unless the text already ends with it. */
  signature: string | null;
  title: string;
}

/** Common characters outside WinAnsi, written the way a typewriter would. */
const PLAIN: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'v',
  '\u2717': 'x',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': '    ',
  // Letters NFKD does not take apart.
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0126': 'H',
  '\u0127': 'h',
  '\u0131': 'i',
  '\u0138': 'k',
  '\u014a': 'N',
  '\u014b': 'n',
  '\u0166': 'T',
  '\u0167': 't',
};

/**
 * The standard PDF fonts only encode WinAnsi (Latin-1 and a few typographic marks): pdf-lib throws on
 * anything else, and a letter with one Polish name or an emoji must still print. Each character the
 * font cannot encode becomes a plain equivalent, or its letter without accents (NFKD), or "?".
 */
export function winAnsiText(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\n' || supported.has(code)) {
      out += ch;
      continue;
    }
    if (code < 32 || code === 127) continue;
    const plain = PLAIN[ch];
    if (plain !== undefined) {
      out += plain;
      continue;
    }
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += base && [...base].every((c) => supported.has(c.codePointAt(0) as number)) ? base : '?';
  }
  return out;
}

/** Lines of at most `width` points: words wrap, a word longer than a line is cut. */
export function wrap(font: PDFFont, text: string, width: number, size = SIZE): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(?<= )/)) {
      if (fits(line + word)) {
        line += word;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      if (fits(word.trimEnd())) {
        line = word;
        continue;
      }
      // A word wider than the page (a long URL): cut it where the line is full, character by character.
      for (const ch of word) {
        if (line && !fits(line + ch)) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export async function letterPdf(p: LetterPage, now: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // Document metadata is UTF-16: the title needs no WinAnsi replacement.
  pdf.setTitle(p.title);
  pdf.setCreator('FOIA tracker');
  pdf.setProducer('FOIA tracker (pdf-lib)');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * MARGIN;

  type Line = { text: string; font: PDFFont };
  const lines: Line[] = [];
  const add = (text: string, font = regular) => {
    for (const l of wrap(font, winAnsiText(font, text), width)) lines.push({ text: l, font });
  };
  const gap = () => lines.push({ text: '', font: regular });
  if (p.sender.length) {
    for (const l of p.sender) add(l);
    gap();
  }
  add(p.date);
  gap();
  for (const l of p.recipient) add(l);
  gap();
  add(p.subject, bold);
  gap();
  add(p.body.trimEnd());
  const signature = p.signature?.trim();
  if (signature && !p.body.trimEnd().endsWith(signature)) {
    gap();
    add(signature);
  }

  const perPage = Math.floor((PAGE.height - 2 * MARGIN) / LEADING);
  const pages: Line[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  pages.forEach((chunk, n) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    chunk.forEach((l, i) => {
      if (l.text) page.drawText(l.text, { x: MARGIN, y: PAGE.height - MARGIN - i * LEADING, size: SIZE, font: l.font });
    });
    if (pages.length > 1) {
      const label = `Page ${n + 1} of ${pages.length}`;
      page.drawText(label, {
        x: PAGE.width - MARGIN - regular.widthOfTextAtSize(label, 9),
        y: MARGIN / 2,
        size: 9,
        font: regular,
      });
    }
  });
  return pdf.save();
}

const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The PDF of a request's letter of `kind` (the same letter the preview shows), with its file name. */
export async function requestLetterPdf(
  db: Db | Tx,
  requestId: number,
  kind: LetterKind,
  now: Date,
  config: Config,
): Promise<{ bytes: Uint8Array; fileName: string; letter: RenderedLetter }> {
  const ctx = letterContext(db, requestId, now, config);
  const letter = renderFrom(db, ctx, kind);
  const { profile, agency, today } = ctx.facts;
  const sender = profile
    ? [profile.name, profile.organisation, ...lines(profile.postalAddress), profile.phone, profile.email].filter(
        (l): l is string => !!l?.trim(),
      )
    : [];
  const appeal = kind === 'appeal';
  const recipient = [
    ...(appeal && agency.appealBody ? [agency.appealBody] : []),
    agency.name,
    ...lines(letter.postalAddress),
  ];
  const signature = profile?.signature ?? ([profile?.name, profile?.organisation].filter(Boolean).join('\n') || null);
  const bytes = await letterPdf(
    { sender, date: today, recipient, subject: letter.subject, body: letter.body, signature, title: letter.subject },
    now,
  );
  return { bytes, fileName: `request-${requestId}-${kind.replace('_', '-')}-letter.pdf`, letter };
}
