/**
 * Deadline engine throughput next to a naive day-by-day walk with Date objects over the same
 * inputs, in the same run. Prints computations per second and the ratio.
 */
import {
  type ClockKind,
  calendarOf,
  computeDeadline,
  computeDue,
  holidaysOf,
  listJurisdictions,
  parseIsoDate,
  type Segment,
  toIsoDate,
} from '../src/deadlines/index.js';

interface Input {
  jurisdiction: string;
  kind: ClockKind;
  from: string;
  segments: readonly Segment[];
  deem: boolean;
}

function inputs(count: number, seed = 42): Input[] {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const clocks = listJurisdictions().flatMap((j) => {
    const set = j.ruleSets[j.ruleSets.length - 1];
    if (!set) return [];
    return Object.entries(set.clocks)
      .filter(([, r]) => r.fixed && r.segments.every((seg) => seg.unit !== 'month'))
      .map(([kind, r]) => ({
        jurisdiction: j.code,
        kind: kind as ClockKind,
        effective: set.effectiveFrom,
        segments: r.fixed ? r.segments : [],
        deem: Boolean(set.receipt?.deemNextBusinessDay) && r.startsAt === 'receipt',
      }));
  });
  const lo = parseIsoDate('2026-01-01') as number;
  const out: Input[] = [];
  while (out.length < count) {
    const c = clocks[Math.floor(rand() * clocks.length)];
    if (!c) continue;
    const from = toIsoDate(lo + Math.floor(rand() * 3650));
    if (from < c.effective) continue;
    out.push({ jurisdiction: c.jurisdiction, kind: c.kind, from, segments: c.segments, deem: c.deem });
  }
  return out;
}

/** The obvious implementation: walk one Date at a time, checking a set of holiday strings. */
function naiveDue(input: Input, holidaySets: Map<string, Set<string>>): string {
  const holidays = holidaySets.get(input.jurisdiction) as Set<string>;
  const d = new Date(`${input.from}T00:00:00Z`);
  const isBusiness = (x: Date) => {
    const w = x.getUTCDay();
    return w !== 0 && w !== 6 && !holidays.has(x.toISOString().slice(0, 10));
  };
  if (input.deem) while (!isBusiness(d)) d.setUTCDate(d.getUTCDate() + 1);
  for (const seg of input.segments) {
    let left = seg.days;
    while (left > 0) {
      d.setUTCDate(d.getUTCDate() + 1);
      if (seg.unit === 'calendar' || isBusiness(d)) left--;
    }
    if (seg.unit === 'calendar' && seg.roll) {
      const closed =
        seg.rollPast === 'sundays_and_holidays'
          ? (x: Date) => x.getUTCDay() === 0 || holidays.has(x.toISOString().slice(0, 10))
          : (x: Date) => !isBusiness(x);
      while (closed(d)) d.setUTCDate(d.getUTCDate() + 1);
    }
  }
  return d.toISOString().slice(0, 10);
}

function timeIt(fn: () => void, minMs = 1500): number {
  fn(); // warm-up
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return runs / ((performance.now() - start) / 1000);
}

export function benchDeadlines(): Record<string, number> {
  const list = inputs(20_000);
  for (const j of listJurisdictions()) calendarOf(j.code); // build tables outside the timing
  const holidaySets = new Map<string, Set<string>>();
  for (const j of listJurisdictions()) {
    const set = new Set<string>();
    for (let y = 2025; y <= 2038; y++) for (const h of holidaysOf(j.code, y)) set.add(h.date);
    holidaySets.set(j.code, set);
  }
  // Same answers first, or the comparison means nothing.
  let mismatches = 0;
  for (const i of list.slice(0, 2000)) {
    const due = computeDue(i);
    if (due !== null && toIsoDate(due) !== naiveDue(i, holidaySets)) mismatches++;
  }
  if (mismatches) throw new Error(`engine and naive walk disagree on ${mismatches} of 2000 inputs`);

  // Interleaved rounds, medians: the machine is shared, and a burst of other work should not land on
  // one side of the comparison only.
  const rounds = { engine: [] as number[], explain: [] as number[], naive: [] as number[] };
  for (let r = 0; r < 7; r++) {
    rounds.engine.push(
      timeIt(() => {
        for (const i of list) computeDue(i);
      }, 300) * list.length,
    );
    rounds.explain.push(
      timeIt(() => {
        for (const i of list) computeDeadline(i);
      }, 300) * list.length,
    );
    rounds.naive.push(
      timeIt(() => {
        for (const i of list) naiveDue(i, holidaySets);
      }, 300) * list.length,
    );
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  const engineRate = median(rounds.engine);
  const explainRate = median(rounds.explain);
  const naiveRate = median(rounds.naive);

  console.log(
    '\n## Deadline engine (same 20,000 inputs across all jurisdictions, 2026-2035 starts; medians of 7 interleaved rounds)',
  );
  console.log(`engine, due date only        ${Math.round(engineRate).toLocaleString('en-US')} computations/s`);
  console.log(`engine, with explanation     ${Math.round(explainRate).toLocaleString('en-US')} computations/s`);
  console.log(`naive day-by-day Date walk   ${Math.round(naiveRate).toLocaleString('en-US')} computations/s`);
  console.log(`ratio engine / naive         ${(engineRate / naiveRate).toFixed(1)}x`);
  console.log(`ratio explained / naive      ${(explainRate / naiveRate).toFixed(1)}x`);
  const per = (xs: number[], base: number[]) => xs.map((x, i) => (x / (base[i] as number)).toFixed(1)).join(' ');
  console.log(`explained / naive per round  ${per(rounds.explain, rounds.naive)}`);
  return { engineRate, explainRate, naiveRate, ratio: engineRate / naiveRate };
}
