/**
 * Round trips counted causally (issue 18 item 9): from the waves of a portal in wave mode
 * (portal/waves.ts), not from wall-clock times, so "2 round trips" holds on any machine load.
 * Timing-based depth stays in the bench (bench/lib.ts `roundTrips`), where time is what is measured.
 *
 *   portal.setWaves(true);  // or startPortal({ waves: true })
 *   … run the function …
 *   expect(roundTrips(portal.calls)).toBe(2);
 */
import type { CallRecord } from '../portal/types';

/** The number of sequential round trips the calls took: last wave − first wave + 1 (0 for no calls). */
export function roundTrips(calls: readonly CallRecord[]): number {
  if (!calls.length) return 0;
  const waves = calls.map((c) => c.wave);
  if (waves.some((w) => w === undefined)) throw new Error('round trips need the portal in wave mode: portal.setWaves(true) or startPortal({ waves: true })');
  const ws = waves as number[];
  return Math.max(...ws) - Math.min(...ws) + 1;
}

/** The calls of each round trip, in order, as "METHOD path" (for a readable failure). */
export function callsByRoundTrip(calls: readonly CallRecord[]): string[][] {
  const first = Math.min(...calls.map((c) => c.wave ?? Infinity));
  const out: string[][] = [];
  for (const c of calls) (out[(c.wave ?? first) - first] ??= []).push(`${c.method} ${c.path}`);
  return out.map((w) => (w ?? []).sort());
}
