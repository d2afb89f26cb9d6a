/**
 * The placeholder language of letter templates: `{{agency.name}}` (spaces inside the braces allowed)
 * and nothing else. A placeholder is one of the fixed list below, looked up by its whole name in a
 * Map: nothing is evaluated, no helper runs, no property is walked (`{{constructor}}`,
 * `{{__proto__.x}}` and `{{request.body.length}}` are simply unknown). An unknown or unclosed
 * placeholder is a 422 that names it, when a template is saved and again when it is rendered. A known
 * placeholder without a value for this request renders as a visible `[reason]` and is listed in
 * `missing`. Output is plain text: values go in as they are, and are never read for placeholders.
 */
import { AppError, type FieldError } from '../errors.js';

export interface PlaceholderDef {
  name: string;
  description: string;
  example: string;
}

/** Every placeholder: validation, the API description and the README are made from this list. */
export const PLACEHOLDERS = [
  { name: 'agency.name', description: "The agency's name", example: 'Boston Police Department' },
  {
    name: 'agency.address',
    description: "The agency's postal address",
    example: '1 Schroeder Plaza, Boston, MA 02120',
  },
  { name: 'agency.email', description: "The agency's address for requests", example: 'records@bpd.example.gov' },
  { name: 'agency.appealEmail', description: "The agency's address for appeals", example: 'appeals@example.gov' },
  { name: 'agency.appealAddress', description: 'Postal address for appeals', example: 'One Ashburton Place, Boston' },
  { name: 'agency.appealBody', description: 'Who decides appeals', example: 'Supervisor of Records' },
  { name: 'law.name', description: 'The public-records law', example: 'Freedom of Information Act' },
  { name: 'law.citation', description: "The law's citation", example: '5 U.S.C. 552' },
  { name: 'law.jurisdiction', description: 'The jurisdiction', example: 'Massachusetts' },
  {
    name: 'clock.response.days',
    description: 'The response period, as the law counts it (for this agency level and kind of request)',
    example: '20 business days',
  },
  {
    name: 'clock.response.citation',
    description: 'The provision that sets the response period',
    example: '5 U.S.C. 552(a)(6)(A)(i)',
  },
  { name: 'clock.response.due', description: "This request's response due date", example: '2026-10-30' },
  { name: 'clock.appeal_filing.days', description: 'The period for filing an appeal', example: '90 calendar days' },
  { name: 'clock.appeal_filing.due', description: 'The last day to file the appeal', example: '2027-02-22' },
  {
    name: 'clock.appeal_filing.citation',
    description: 'The provision on filing an appeal',
    example: '5 U.S.C. 552(a)(6)(A)(i)(III)(aa)',
  },
  { name: 'clock.appeal_response.days', description: 'The period for deciding an appeal', example: '20 business days' },
  {
    name: 'clock.appeal_response.citation',
    description: 'The provision on deciding an appeal',
    example: '5 U.S.C. 552(a)(6)(A)(ii)',
  },
  {
    name: 'clock.missed.action',
    description: 'What the agency failed to do by the missed deadline (follow-ups)',
    example: 'respond to',
  },
  { name: 'clock.missed.due', description: 'The missed due date', example: '2026-10-30' },
  { name: 'clock.missed.citation', description: 'The provision that set it', example: '5 U.S.C. 552(a)(6)(A)(i)' },
  { name: 'requester.name', description: "The requester's name (profile)", example: 'Alex Doe' },
  { name: 'requester.organisation', description: "The requester's organisation", example: 'Civil Liberties Union' },
  { name: 'requester.address', description: "The requester's postal address", example: '1 Main St, Boston, MA' },
  { name: 'requester.phone', description: "The requester's phone", example: '+1 617 555 0100' },
  { name: 'requester.email', description: "The requester's e-mail", example: 'alex@example.org' },
  {
    name: 'requester.signature',
    description: 'The signature block (the name and organisation when the profile has none)',
    example: 'Alex Doe\nCivil Liberties Union',
  },
  { name: 'request.id', description: "The tracker's number of the request", example: '17' },
  { name: 'request.title', description: 'The request title', example: 'Social media monitoring contracts' },
  { name: 'request.body', description: 'The text of the request (what is asked for)', example: 'All contracts ...' },
  { name: 'request.quotedBody', description: 'The same, each line quoted with "> "', example: '> All contracts ...' },
  {
    name: 'request.trackingNumbers',
    description: "The agency's tracking numbers, comma-separated",
    example: '2026-FOIA-01234, 2026-HQFO-00042',
  },
  { name: 'request.submittedOn', description: 'The day the request was sent', example: '2026-10-01' },
  { name: 'request.receivedOn', description: 'The day the agency received it', example: '2026-10-01' },
  {
    name: 'request.daysLate',
    description: 'How late the agency is on the missed deadline, as the law counts',
    example: '16 business days',
  },
  { name: 'determination.date', description: "The date of the agency's final answer", example: '2026-11-02' },
  { name: 'determination.outcome', description: 'What it decided', example: 'denied' },
  {
    name: 'reply.address',
    description: "The request's own reply address (with INBOUND_EMAIL_DOMAIN)",
    example: 'request-17@records.example.org',
  },
  { name: 'today', description: "Today's date at the agency", example: '2026-11-24' },
  {
    name: 'format.electronic',
    description: 'Asks for electronic records, citing the statute where the law has one',
    example: 'Please provide the records in electronic form ... (5 U.S.C. 552(a)(3)(B)).',
  },
  {
    name: 'fee.waiver',
    description: 'Asks for a fee waiver under the statute (only where the law has one)',
    example: 'I request a waiver of all fees ... (5 U.S.C. 552(a)(4)(A)(iii)).',
  },
  {
    name: 'fee.limit',
    description: 'Asks to be told before fees over $25, with the statutory limit on fees where the law has one',
    example: 'Please tell me before incurring fees over $25 ... (5 U.S.C. 552(a)(4)(A)(ii)).',
  },
  {
    name: 'expedited',
    description: 'Requests expedited processing with the certification the law requires (only where it has one)',
    example: 'I request expedited processing under 5 U.S.C. 552(a)(6)(E). ... I certify ...',
  },
] as const satisfies readonly PlaceholderDef[];

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

const KNOWN: ReadonlyMap<string, PlaceholderDef> = new Map(PLACEHOLDERS.map((p) => [p.name, p]));

export function isPlaceholder(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

/** A value for a placeholder, or why this request has none (shown as `[reason]`). */
export type PlaceholderValue = string | { missing: string };

export interface Missing {
  placeholder: string;
  reason: string;
}

type Token = { text: string } | { name: PlaceholderName };

interface Problem {
  text: string;
  line: number;
  unclosed: boolean;
}

/** Splits a template into text and placeholders; collects what is not a known placeholder. */
function tokenize(source: string): { tokens: Token[]; problems: Problem[] } {
  const tokens: Token[] = [];
  const problems: Problem[] = [];
  let at = 0;
  for (;;) {
    const open = source.indexOf('{{', at);
    if (open < 0) break;
    const line = source.slice(0, open).split('\n').length;
    const close = source.indexOf('}}', open + 2);
    if (close < 0) {
      problems.push({ text: source.slice(open, open + 40).split('\n')[0] ?? '{{', line, unclosed: true });
      break;
    }
    if (open > at) tokens.push({ text: source.slice(at, open) });
    const name = source.slice(open + 2, close).trim();
    if (isPlaceholder(name)) tokens.push({ name });
    else problems.push({ text: `{{${name.slice(0, 60)}}}`, line, unclosed: false });
    at = close + 2;
  }
  if (at < source.length) tokens.push({ text: source.slice(at) });
  return { tokens, problems };
}

export interface TemplateText {
  subject: string;
  body: string;
}

/** The 422 for what is not a known placeholder, naming each in the message and in `errors`. */
function problemError(found: { field: string; problems: Problem[] }[]): AppError {
  const errors: FieldError[] = found.flatMap(({ field, problems }) =>
    problems.map((p) => ({
      path: field,
      message: p.unclosed
        ? `Placeholder ${p.text} is not closed with }} (line ${p.line})`
        : `Unknown placeholder ${p.text} (line ${p.line})`,
    })),
  );
  const all = found.flatMap((f) => f.problems);
  const unknown = [...new Set(all.filter((p) => !p.unclosed).map((p) => p.text))];
  const unclosed = all.filter((p) => p.unclosed).map((p) => p.text);
  const parts = [
    unknown.length ? `Unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` : '',
    unclosed.length ? `Placeholder not closed: ${unclosed.join(', ')}` : '',
  ].filter(Boolean);
  return new AppError(
    422,
    unknown.length ? 'unknown_placeholder' : 'unclosed_placeholder',
    `${parts.join('; ')}. Known placeholders: ${PLACEHOLDERS.map((p) => p.name).join(', ')}`,
    { errors, extra: { placeholders: unknown } },
  );
}

function parse(t: TemplateText): { subject: Token[]; body: Token[] } {
  const subject = tokenize(t.subject);
  const body = tokenize(t.body);
  const found = [
    { field: 'subject', problems: subject.problems },
    { field: 'body', problems: body.problems },
  ].filter((f) => f.problems.length);
  if (found.length) throw problemError(found);
  return { subject: subject.tokens, body: body.tokens };
}

/** Throws the 422 if a template uses anything but known placeholders; returns the ones it uses. */
export function checkTemplate(t: TemplateText): PlaceholderName[] {
  const { subject, body } = parse(t);
  const names = [...subject, ...body].flatMap((tok) => ('name' in tok ? [tok.name] : []));
  return [...new Set(names)];
}

export interface RenderedText {
  subject: string;
  body: string;
  missing: Missing[];
}

/**
 * Fills a template in one pass: each placeholder is replaced by its value as plain text (a value is
 * never read for placeholders itself), or by `[reason]` when the request has none. The subject is
 * one line.
 */
export function renderTemplate(t: TemplateText, value: (name: PlaceholderName) => PlaceholderValue): RenderedText {
  const { subject, body } = parse(t);
  const missing = new Map<string, string>();
  const fill = (tokens: Token[]) =>
    tokens
      .map((tok) => {
        if ('text' in tok) return tok.text;
        const v = value(tok.name);
        if (typeof v === 'string') return v;
        missing.set(tok.name, v.missing);
        return `[${v.missing}]`;
      })
      .join('');
  return {
    subject: fill(subject).replace(/\s+/g, ' ').trim(),
    body: fill(body),
    missing: [...missing].map(([placeholder, reason]) => ({ placeholder, reason })),
  };
}
