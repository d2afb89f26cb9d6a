/**
 * Atom 1.0 (RFC 4287) documents, written by hand: the format is small, and writing it here keeps
 * every escaping decision in one place. Text constructs are `type="text"`, so a reader never renders
 * markup that came from a title or a letter; links and ids are absolute.
 */

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'enclosure' | 'related';
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** A permanent IRI (see `tagUri`): readers tell entries apart by it. */
  id: string;
  title: string;
  /** ISO 8601 timestamp. */
  updated: string;
  published?: string;
  links: AtomLink[];
  summary?: string;
  content?: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** The feed's own address (rel="self") and the page it stands for (rel="alternate"). */
  self: string;
  alternate: string;
  /** Required of every entry unless the feed has one (RFC 4287 4.1.1): the publisher. */
  author: string;
  entries: AtomEntry[];
}

/**
 * Characters XML 1.0 cannot carry even escaped (C0 controls but tab and line ends, lone surrogates,
 * U+FFFE and U+FFFF): a letter pasted from a scan may hold them, and one would make the feed
 * unreadable to every strict parser.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for element content and attribute values: the five markup characters escaped, the rest kept. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An RFC 3339 timestamp (what Atom's date constructs are) from anything Date can read. */
export function atomDate(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? new Date(0).toISOString() : t.toISOString();
}

/** The date part of tag URIs (RFC 4151): fixed, so that ids never change. */
const TAG_DATE = '2026';

/**
 * A tag URI (RFC 4151) under the host of the public address, e.g. `tag:records.example.org,2026:requests/17`.
 * Stable for as long as the public address stays; the port is not part of a tag's authority.
 */
export function tagUri(publicBaseUrl: string, specific: string): string {
  return `tag:${new URL(publicBaseUrl).hostname},${TAG_DATE}:${specific}`;
}

function link(l: AtomLink): string {
  const attrs = [`rel="${l.rel ?? 'alternate'}"`, `href="${xmlText(l.href)}"`];
  if (l.type) attrs.push(`type="${xmlText(l.type)}"`);
  if (l.title) attrs.push(`title="${xmlText(l.title)}"`);
  return `<link ${attrs.join(' ')}/>`;
}

function entry(e: AtomEntry): string {
  const parts = [
    `<id>${xmlText(e.id)}</id>`,
    `<title type="text">${xmlText(e.title)}</title>`,
    `<updated>${atomDate(e.updated)}</updated>`,
  ];
  if (e.published) parts.push(`<published>${atomDate(e.published)}</published>`);
  for (const l of e.links) parts.push(link(l));
  for (const c of e.categories ?? []) parts.push(`<category term="${xmlText(c)}"/>`);
  if (e.summary !== undefined) parts.push(`<summary type="text">${xmlText(e.summary)}</summary>`);
  if (e.content !== undefined) parts.push(`<content type="text">${xmlText(e.content)}</content>`);
  return `<entry>\n  ${parts.join('\n  ')}\n</entry>`;
}

export function atomDocument(f: AtomFeed): string {
  const head = [
    `<id>${xmlText(f.id)}</id>`,
    `<title type="text">${xmlText(f.title)}</title>`,
    ...(f.subtitle ? [`<subtitle type="text">${xmlText(f.subtitle)}</subtitle>`] : []),
    `<updated>${atomDate(f.updated)}</updated>`,
    link({ rel: 'self', href: f.self, type: 'application/atom+xml' }),
    link({ rel: 'alternate', href: f.alternate }),
    `<author><name>${xmlText(f.author)}</name></author>`,
    '<generator>FOIA tracker</generator>',
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    ...head,
    ...f.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
