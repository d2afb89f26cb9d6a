/**
 * Pattern redactions: the built-in kinds (Social Security numbers, phone numbers, e-mail addresses,
 * dates of birth), a literal, or a regular expression staff type. A typed expression is refused
 * when it could backtrack catastrophically (a quantified group that holds a quantifier, as in
 * `(a+)+`), and every match runs in a separate V8 context under a time limit, so that an expression
 * the check lets through still cannot hold the process.
 */
import vm from 'node:vm';
import type { REDACTION_KINDS } from '../../db/schema.js';
import { AppError, invalid } from '../../errors.js';

export type RedactionKind = (typeof REDACTION_KINDS)[number];
export type PatternKind = Exclude<RedactionKind, 'box'>;

export interface CompiledPattern {
  source: string;
  flags: string;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** The built-in kinds, case-insensitive. Reviewed by staff before they are applied: they err on finding more. */
export const BUILT_IN: Record<Exclude<PatternKind, 'literal' | 'regex'>, { label: string; source: string }> = {
  ssn: {
    label: 'Social Security numbers',
    source:
      '\\b\\d{3}[- ]\\d{2}[- ]\\d{4}\\b|(?<=\\b(?:ssn|ss#|social security (?:no\\.?|number|#))[\\s:#.]{0,3})\\d{9}\\b',
  },
  phone: {
    label: 'phone numbers',
    source: '(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\b\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}\\b',
  },
  email: {
    label: 'e-mail addresses',
    source: '[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}',
  },
  dob: {
    label: 'dates of birth',
    source: `(?<=\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?)[\\s:#.-]{0,4})(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})`,
  },
};

export const MAX_PATTERN_LENGTH = 300;
/** The longest a pattern may run over one document's pages. */
export const MATCH_TIME_LIMIT_MS = 1000;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The length of the quantifier at `i` (`*`, `+` or `{n}`, `{n,}`, `{n,m}`, with a lazy `?`), or 0. */
function quantifierAt(src: string, i: number): number {
  const c = src[i];
  let n = 0;
  if (c === '*' || c === '+') n = 1;
  else if (c === '{') n = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i))?.[0].length ?? 0;
  if (n && src[i + n] === '?') n++;
  return n;
}

/**
 * Whether an expression repeats a group that itself repeats something (`(a+)+`, `(\w*x)*`,
 * `(?:a{2,})+`): the shape behind catastrophic backtracking. Character classes and escapes are
 * skipped; an optional `?` counts as no repetition.
 */
export function hasNestedQuantifier(src: string): boolean {
  const stack: boolean[] = [false];
  let inClass = false;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      i++;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      i++;
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>: the `?` opens a kind of group, it repeats nothing.
      if (src[i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
        i += m ? m[0].length : 1;
      }
      continue;
    }
    if (c === ')') {
      const inner = stack.length > 1 ? (stack.pop() as boolean) : false;
      i++;
      const q = quantifierAt(src, i);
      if (q && inner) return true;
      if (inner || q) stack[stack.length - 1] = true;
      i += q;
      continue;
    }
    const q = quantifierAt(src, i);
    if (q) {
      stack[stack.length - 1] = true;
      i += q;
      continue;
    }
    i++;
  }
  return false;
}

/** The expression a redaction searches with (422 for a pattern that is missing, malformed or unsafe). */
export function compilePattern(
  kind: PatternKind,
  pattern: string | null | undefined,
  caseSensitive = false,
): CompiledPattern {
  const flags = caseSensitive ? 'g' : 'gi';
  if (kind !== 'literal' && kind !== 'regex') return { source: BUILT_IN[kind].source, flags: 'gi' };
  const text = pattern ?? '';
  if (!text.trim()) throw invalid('pattern', `a ${kind} redaction needs a pattern`);
  if (text.length > MAX_PATTERN_LENGTH) throw invalid('pattern', `is longer than ${MAX_PATTERN_LENGTH} characters`);
  if (kind === 'literal') {
    // Words of a literal may be split across lines or spaced differently in the page's text.
    return { source: text.trim().split(/\s+/).map(escapeRegex).join('\\s+'), flags };
  }
  let re: RegExp;
  try {
    re = new RegExp(text, flags);
  } catch (err) {
    throw invalid('pattern', `is not a valid regular expression: ${(err as Error).message}`);
  }
  if (hasNestedQuantifier(text)) {
    throw invalid(
      'pattern',
      'repeats a group that itself repeats (like (a+)+), which can take forever on some text; write it without the nested repetition',
    );
  }
  re.lastIndex = 0;
  if (re.test('')) throw invalid('pattern', 'matches empty text; it would find nothing to black out');
  return { source: text, flags };
}

/** A match: the index of the text in the list, and the character range. */
export type Match = [text: number, start: number, end: number];

const context = vm.createContext(Object.create(null));
const matcher = new vm.Script(`(() => {
  const out = [];
  for (const [source, flags] of pats) {
    const re = new RegExp(source, flags);
    const found = [];
    out.push(found);
    for (let t = 0; t < texts.length && found.length < max; t++) {
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(texts[t])) !== null) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        found.push([t, m.index, m.index + m[0].length]);
        if (found.length >= max) break;
      }
    }
  }
  return JSON.stringify(out);
})()`);

/**
 * Every match of each pattern in each text (at most `max` per pattern), under one time limit for
 * all: past it, a 422 that says which document's text was too much for the expression.
 */
export function findMatches(
  patterns: CompiledPattern[],
  texts: string[],
  options: { max?: number; timeoutMs?: number } = {},
): Match[][] {
  if (!patterns.length) return [];
  const c = context as Record<string, unknown>;
  c.pats = patterns.map((p) => [p.source, p.flags]);
  c.texts = texts;
  c.max = options.max ?? 10_000;
  try {
    return JSON.parse(matcher.runInContext(context, { timeout: options.timeoutMs ?? MATCH_TIME_LIMIT_MS }) as string);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new AppError(
        422,
        'pattern_too_slow',
        `A pattern took longer than ${options.timeoutMs ?? MATCH_TIME_LIMIT_MS} ms over this document's text and was stopped; make it simpler or more specific`,
        { errors: [{ path: 'pattern', message: 'took too long to run over the document' }] },
      );
    }
    throw err;
  } finally {
    c.pats = undefined;
    c.texts = undefined;
  }
}

/** Replaces every match of the patterns in a text with `mark`; returns the text and how many were replaced. */
export function replaceMatches(
  patterns: CompiledPattern[],
  text: string,
  mark: string,
): { text: string; count: number } {
  const matches = findMatches(patterns, [text])
    .flat()
    .map(([, s, e]) => [s, e] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  if (!matches.length) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const [s, e] of matches) {
    if (e <= at) continue;
    out += text.slice(at, Math.max(at, s)) + (s >= at ? mark : '');
    at = e;
  }
  return { text: out + text.slice(at), count: matches.length };
}
