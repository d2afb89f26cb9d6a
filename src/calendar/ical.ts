/**
 * iCalendar (RFC 5545) documents of all-day events, written by hand: CRLF line ends, lines folded at
 * 75 octets without splitting a UTF-8 sequence, TEXT values escaped (backslash, semicolon, comma,
 * newline) and stripped of the control characters the format forbids.
 */
import { parseIsoDate, toIsoDate } from '../deadlines/index.js';

export interface AllDayEvent {
  /** Stable across changes, so that a calendar app updates the event instead of adding another. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  description: string;
  url: string;
  /** ISO timestamp of the last change: DTSTAMP and LAST-MODIFIED. */
  modified: string;
  categories: string[];
}

export interface Calendar {
  name: string;
  description: string;
  events: AllDayEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // CONTROL characters other than HTAB may not appear in a value (3.1); lone surrogates have no UTF-8.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]|[\ud800-\udfff]/gu, '')
  );
}

/** A content line folded (3.1): at most 75 octets a line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** 2026-04-15T15:00:00.000Z -> 20260415T150000Z (a UTC DATE-TIME). */
export function icsTimestamp(iso: string): string {
  const t = new Date(iso);
  const safe = Number.isNaN(t.getTime()) ? new Date(0) : t;
  return safe
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const compact = (date: string) => date.replace(/-/g, '');

/** The day after a date (an all-day event's DTEND is exclusive). */
function nextDay(date: string): string {
  const day = parseIsoDate(date);
  return day === null ? date : toIsoDate(day + 1);
}

export function icsDocument(cal: Calendar, productId: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${icsText(productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(cal.name)}`,
    `X-WR-CALDESC:${icsText(cal.description)}`,
    // Calendar apps that read these poll hourly rather than daily.
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const e of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(e.uid)}`,
      `DTSTAMP:${icsTimestamp(e.modified)}`,
      `LAST-MODIFIED:${icsTimestamp(e.modified)}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(e.description)}`,
      `URL:${e.url}`,
      ...(e.categories.length ? [`CATEGORIES:${e.categories.map(icsText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
