/**
 * Shared table runner for the per-jurisdiction deadline tests. Every row says which rule or holiday
 * it exercises and cites the law, and its expected date was worked out by hand from the statute and
 * a calendar, never by running the engine.
 */
import { describe, expect, it } from 'vitest';
import { computeDeadline, holidaysOf } from '../../src/deadlines/index.js';
import type { AgencyLevel, Channel, ClockKind, RequestType } from '../../src/deadlines/types.js';

export interface DeadlineRow {
  kind: ClockKind;
  /** Date of the event that starts the clock (YYYY-MM-DD). */
  from: string;
  /** Expected due date, or null where the law sets no fixed deadline. */
  due: string | null;
  /** What the row exercises: the holiday skipped, the weekend rule, the roll-forward ... */
  reason: string;
  citation: string;
  agencyLevel?: AgencyLevel;
  channel?: Channel;
  requestType?: RequestType;
  /** Local time of receipt (`HH:MM`), for after-hours receipt rules. */
  receivedTime?: string;
  /**
   * Due dates under the jurisdiction's other readings (`calendar.alternatives`), in order; absent or
   * empty means every reading gives the same date.
   */
  alternatives?: string[];
}

export function deadlineTable(code: string, rows: DeadlineRow[]): void {
  describe(`${code} deadlines`, () => {
    it.each(rows)('$kind from $from -> $due ($reason; $citation)', (row) => {
      const result = computeDeadline({
        jurisdiction: code,
        kind: row.kind,
        from: row.from,
        ...(row.agencyLevel ? { agencyLevel: row.agencyLevel } : {}),
        ...(row.channel ? { channel: row.channel } : {}),
        ...(row.requestType ? { requestType: row.requestType } : {}),
        ...(row.receivedTime ? { receivedTime: row.receivedTime } : {}),
      });
      expect(result.due).toBe(row.due);
      expect((result.alternatives ?? []).map((a) => a.due)).toEqual(row.alternatives ?? []);
    });
  });
}

/** Kinds the law does not have: the engine must refuse them rather than invent a date. */
export function missingKinds(code: string, kinds: ClockKind[]): void {
  describe(`${code} clocks the law does not have`, () => {
    it.each(kinds)('%s is refused', (kind) => {
      expect(() => computeDeadline({ jurisdiction: code, kind, from: '2026-03-02' })).toThrow(/does not have/);
    });
  });
}

/**
 * The observed legal holidays of one year that fall on a weekday (Monday to Friday), i.e. the ones
 * that stop a business-day count of the jurisdiction's own agencies (designations and executive
 * closures that stop its clocks included; `agencyLevel` for local bodies), compared with a list
 * written out by hand.
 */
export function weekdayHolidays(code: string, year: number, expected: string[], agencyLevel?: AgencyLevel): void {
  it(`${code} weekday holidays in ${year}${agencyLevel ? ` (${agencyLevel})` : ''}`, () => {
    const got = holidaysOf(code, year, [], agencyLevel)
      .filter((h) => {
        const dow = new Date(`${h.date}T00:00:00Z`).getUTCDay();
        return dow !== 0 && dow !== 6;
      })
      .map((h) => h.date);
    expect(got).toEqual([...expected].sort());
  });
}
