/** Shared set-up for the sequence function tests: a real client pointed at the emulated portal. */
import { startPortal, DEFAULT_TOKEN, type Portal } from '../../portal/server';
import { createHubSpotClient } from '../../server/hubspot/client';
import { createClientState } from '../../server/hubspot/client-state';
import { createNameCache } from '../../server/names/cache';
import type { CallRecord } from '../../portal/types';
import type { FunctionDeps } from '../../server/runtime/define-function';

export { FIXTURES } from '../../portal/fixtures';

export function depsFor(portal: Portal, opts: { budgetMs?: number; attemptTimeoutMs?: number } = {}): FunctionDeps {
  const deadlineAt = Date.now() + (opts.budgetMs ?? 11_000);
  const hubspot = createHubSpotClient({
    baseUrl: portal.url,
    accessToken: DEFAULT_TOKEN,
    deadlineAt,
    // One fresh execution: its own limiter, nothing shared with the other tests.
    state: createClientState(),
    ...(opts.attemptTimeoutMs ? { attemptTimeoutMs: opts.attemptTimeoutMs } : {}),
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
  });
  // A fresh container: its own names cache (template names), nothing shared with the other tests.
  return { hubspot, now: () => new Date(), deadlineAt, nameCache: createNameCache() };
}

export async function withPortal(): Promise<Portal> {
  return startPortal();
}

/**
 * Longest chain of calls where each one started only after the previous one ended: the number of
 * sequential round trips on the critical path.
 */
export function sequentialDepth(calls: CallRecord[]): number {
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  const depth = new Map<CallRecord, number>();
  let max = 0;
  for (const c of sorted) {
    let d = 1;
    for (const p of sorted) if (p !== c && p.endedAt <= c.startedAt) d = Math.max(d, (depth.get(p) ?? 1) + 1);
    depth.set(c, d);
    max = Math.max(max, d);
  }
  return max;
}
