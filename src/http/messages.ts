/**
 * Validation messages for people, written once for the API's problem details and the pages alike.
 * zod's own wording ("Too big: expected string to have <=500 characters") is for programmers; a
 * person reads "The title can be at most 500 characters". Two parts:
 *
 * - An error map in zod's global configuration words every issue a schema did not word itself, from
 *   the issue's code and the field's name. It sees the input, so a field left out reads "is
 *   required", not "expected string, received undefined". zod composes a message when the issue is
 *   raised, from its global configuration; it is installed when this module is first imported, and
 *   every module that shows validation messages imports it.
 * - `fieldMessage`: a message a schema or a service words itself as a predicate ("must be a real
 *   calendar date", "already in use": it starts in lower case) gets the field's name in front. A
 *   message that is already a sentence is kept.
 *
 * Paths stay as they are (`tags.0`); only the wording changes.
 */
import { z } from 'zod';

type Path = readonly PropertyKey[];

/** Field names that read badly when only split into words. */
const LABELS: Record<string, string> = {
  q: 'search query',
  embargoUntil: 'embargo end date',
  receivedOn: 'date of receipt',
  receivedTime: 'time of receipt',
  estimatedCompletion: 'estimated completion date',
  newDueDate: 'new due date',
  requestType: 'kind of request',
  from: 'start date',
  reminderLeadDays: 'reminder lead time',
  parentId: 'parent agency',
  pages: 'number of pages',
  // The request's letter; a communication's body is a letter too.
  body: 'letter',
  url: 'URL',
};

/** Lists whose items are named one by one ("tag 2"), by the list's field name. */
const ITEM_NAMES: Record<string, string> = { tags: 'tag', pauses: 'pause', events: 'event', documents: 'document' };

/** A field's name as a person says it: `agencyId` is "agency", `trackingNumber` "tracking number". */
function wordsOf(key: string): string {
  if (LABELS[key]) return LABELS[key];
  // An environment variable (PORT, REDIS_URL) is named as written: that is what a person types.
  if (/^[A-Z0-9_]+$/.test(key)) return key;
  return key
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/** The subject of a sentence about the field at `path`: "The title", "Tag 2", "The request". */
export function fieldSubject(path: Path): string {
  const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
  const last = keys[keys.length - 1];
  if (last === undefined) return 'The request';
  if (typeof last === 'number') {
    const list = keys[keys.length - 2];
    const item = typeof list === 'string' ? (ITEM_NAMES[list] ?? `item of ${wordsOf(list)}`) : 'item';
    const name = `${item} ${last + 1}`;
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  const words = wordsOf(last);
  return /^[A-Z0-9_]+$/.test(words) && words === last ? words : `The ${words}`;
}

/** A path as written in problem details (`tags.0`) back to its keys. */
export function pathKeys(path: string): (string | number)[] {
  if (!path || path === '(root)') return [];
  return path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** A message for the field at `path`: a predicate ("must be ...") gets the field's name in front. */
export function fieldMessage(path: Path | string, message: string): string {
  if (!/^[a-z]/.test(message)) return message;
  const keys = typeof path === 'string' ? pathKeys(path) : path;
  return `${fieldSubject(keys)} ${message}`;
}

const plural = (n: number | bigint, one: string, many = `${one}s`) => `${n} ${Number(n) === 1 ? one : many}`;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
  null: 'empty (null)',
};

const FORMAT_WORDS: Record<string, string> = {
  email: 'an e-mail address',
  url: 'a URL',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601)',
  time: 'a time (HH:MM)',
  uuid: 'a UUID',
};

function show(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : String(value);
}

type Issue = z.core.$ZodRawIssue;

/** The predicate for one issue zod raised without a message of the schema's own. */
function predicate(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big': {
      const max = issue.maximum;
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string') {
        return inclusive
          ? `can be at most ${plural(max, 'character')}`
          : `must be shorter than ${plural(max, 'character')}`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `can have at most ${plural(max, 'item')}`;
      if (issue.origin === 'file') return `can be at most ${plural(max, 'byte')}`;
      return inclusive ? `can be at most ${max}` : `must be less than ${max}`;
    }
    case 'too_small': {
      const min = issue.minimum;
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string') {
        if (Number(min) === 1 && inclusive) return 'cannot be empty';
        return inclusive
          ? `must be at least ${plural(min, 'character')}`
          : `must be longer than ${plural(min, 'character')}`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return Number(min) === 1 && inclusive ? 'needs at least one item' : `must have at least ${plural(min, 'item')}`;
      }
      if (Number(min) === 0) return inclusive ? 'cannot be negative' : 'must be more than 0';
      return inclusive ? `must be at least ${min}` : `must be more than ${min}`;
    }
    case 'invalid_format':
      if (issue.format === 'starts_with') return `must start with ${show((issue as { prefix?: string }).prefix)}`;
      if (issue.format === 'ends_with') return `must end with ${show((issue as { suffix?: string }).suffix)}`;
      if (issue.format === 'includes') return `must contain ${show((issue as { includes?: string }).includes)}`;
      return FORMAT_WORDS[issue.format] ? `must be ${FORMAT_WORDS[issue.format]}` : 'is not in the expected form';
    case 'invalid_value':
      if (issue.values.length === 1) return `must be ${show(issue.values[0])}`;
      return `must be one of ${issue.values.map(show).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `has a field it does not take: ${show(issue.keys[0])}`
        : `has fields it does not take: ${issue.keys.map(show).join(', ')}`;
    case 'invalid_union': {
      // A discriminated union names the field that chooses the shape ("type"): say which values it takes.
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length) return `must be one of ${options.map(show).join(', ')}`;
      return 'is not in any of the accepted forms';
    }
    case 'invalid_key':
      return 'has a key that is not valid';
    case 'invalid_element':
      return 'has an item that is not valid';
    default:
      return 'is not valid';
  }
}

/** The sentence for an issue: the field's name, then what is wrong with it. */
export function issueSentence(issue: Issue): string {
  return `${fieldSubject(issue.path ?? [])} ${predicate(issue)}`;
}

z.config({ customError: (issue) => issueSentence(issue) });

/** Every issue of a failed parse as `{path, message}`, worded for people; paths as problem details write them. */
export function issueMessages(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    return { path, message: fieldMessage(i.path, i.message) };
  });
}
