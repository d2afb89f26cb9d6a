/**
 * Reads an Atom document with feedparser (an independent parser, in its strict mode: a document that
 * is not well-formed XML fails), giving the feed's metadata and its entries.
 */
import FeedParser from 'feedparser';

export interface ParsedFeed {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

export function parseAtom(xml: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true, normalize: true, addmeta: false });
    const items: FeedParser.Item[] = [];
    let meta: FeedParser.Meta | undefined;
    parser.on('error', reject);
    parser.on('meta', (m: FeedParser.Meta) => {
      meta = m;
    });
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('end', () => (meta ? resolve({ meta, items }) : reject(new Error('no feed metadata'))));
    parser.end(xml);
  });
}
