/**
 * The fault soak: many enrollments (sequences and workflows, several contacts at once, double
 * submits included) through the real handlers against an emulated portal that injects 429s, 5xx,
 * dropped connections and slow answers. Used by `npm run soak` (bench/soak.ts) and by the short
 * version in `npm test` (bench/soak.test.ts).
 *
 * Each attempt is one function execution as in production: its own deps, deadlineAt = now + 11 s
 * (FUNCTION_BUDGET_MS), the production client (real sleeps, 4 s attempt timeout, 4 attempts,
 * reconcile-before-repeat for writes). Only the client-side limiter is widened (see SOAK_CLIENT):
 * the soak is about faults, not about the 90-per-10-s throttle.
 *
 * The workload is planned in soak-workload.ts, the invariants are checked in soak-invariants.ts and
 * the report is printed by soak-report.ts.
 */
import { DEFAULT_TOKEN, startPortal, type Portal } from '../portal/server';
import type { FaultConfig } from '../portal/types';
import type { FunctionResult } from '../server/contract';
import { createClientState } from '../server/hubspot/client-state';
import { RateLimiter } from '../server/hubspot/resilience';
import { FUNCTION_BUDGET_MS, functionSourceExists, loadFunction, makeDeps, median, percentile, prng, type LoadedFunction } from './lib';
import { findViolations, type AttemptRecord } from './soak-invariants';
import type { SoakReport } from './soak-report';
import { describeWorkload, enrollmentsBefore, planGroups, soakPortalData, type Kind } from './soak-workload';

/** 30% 429s, 5% 5xx, 2% dropped connections (half before, half after applying), 2% slower than the 4 s attempt timeout. */
export const DEFAULT_SOAK_FAULTS: Partial<FaultConfig> = {
  latencyMs: 15,
  jitterMs: 25,
  rate429: 0.3,
  rate5xx: 0.05,
  rateDropBefore: 0.01,
  rateDropAfter: 0.01,
  rateSlow: 0.02,
  slowMs: 4_500,
};

/** Client knobs for the soak: production defaults except a limiter wide enough for 8 concurrent functions. */
export const SOAK_CLIENT = { requestsPer10s: 100_000 } as const;

export interface SoakOptions {
  attempts?: number;
  concurrency?: number;
  seed?: number;
  faults?: Partial<FaultConfig>;
  /** Share of groups fired twice concurrently (the same enrollment). Default 0.25. */
  doubleRate?: number;
  /** Share of groups aimed at a contact/workflow that must be refused. Default 0.1. */
  refusalRate?: number;
  /** Which kinds to drive; default both (workflows only once server/functions/enroll-in-workflow.ts exists). */
  kinds?: Kind[];
  budgetMs?: number;
  /**
   * false (default): every execution has its own client-side limiter, as in separate function
   * containers (its own limiter). true: all executions share one limiter, as in ONE warm container:
   * a 429 answered with Remaining: 0 then holds back every execution for up to 2 s.
   */
  sharedLimiter?: boolean;
  /**
   * Where the two halves of a double submit run. 'same' (default): one process = one warm container,
   * so the client state (limiters, in-flight operations) is shared.
   * 'separate': the second half runs in a second, freshly loaded copy of the function modules with its own client state, as
   * when HubSpot routes the two executions to different containers. Only under tsx/node (not jest).
   */
  containers?: 'same' | 'separate';
  log?: (line: string) => void;
}
export async function runSoak(options: SoakOptions = {}): Promise<SoakReport> {
  const attempts = options.attempts ?? 500;
  const concurrency = options.concurrency ?? 8;
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const faults = { ...DEFAULT_SOAK_FAULTS, ...options.faults };
  const budgetMs = options.budgetMs ?? FUNCTION_BUDGET_MS;
  const doubleRate = options.doubleRate ?? 0.25;
  const refusalRate = options.refusalRate ?? 0.1;
  const log = options.log ?? (() => {});
  const rand = prng(seed);
  const skipped: string[] = [];

  const kinds = (options.kinds ?? ['sequence', 'workflow']).filter((k) => {
    const uid = k === 'sequence' ? 'enroll-in-sequence' : 'enroll-in-workflow';
    if (functionSourceExists(uid)) return true;
    skipped.push(`${k}: server/functions/${uid}.ts does not exist yet`);
    return false;
  });
  if (!kinds.length) throw new Error(`nothing to soak: ${skipped.join('; ')}`);
  const containers = options.containers ?? 'same';
  const uidOf = (k: Kind) => (k === 'sequence' ? 'enroll-in-sequence' : 'enroll-in-workflow');
  const fns: Partial<Record<Kind, LoadedFunction>> = {};
  for (const k of kinds) fns[k] = loadFunction(uidOf(k));
  // The second container: a fresh copy of every server/ module (and, below, its own client state).
  const fns2: Partial<Record<Kind, LoadedFunction>> = {};
  if (containers === 'separate') for (const k of kinds) fns2[k] = loadFunction(uidOf(k), { fresh: true });

  const data = soakPortalData(attempts + 10, seed);
  const groups = planGroups(data, { attempts, kinds, rand, doubleRate, refusalRate });
  const before = enrollmentsBefore(data);

  const sharedLimiter = options.sharedLimiter ?? false;
  // Each container has its own client state (limiters, in-flight operations), as a warm container's
  // process has; without a shared limiter every execution also gets a limiter of its own.
  const containerStates = [createClientState(), createClientState()];
  const tokens: Record<string, { scopes: '*' }> = { [DEFAULT_TOKEN]: { scopes: '*' } };
  const portal: Portal = await startPortal({ data, faults, seed, tokens, rateLimit: { per10s: 1_000_000, daily: 100_000_000 } });
  const records: AttemptRecord[] = [];
  const started = Date.now();
  try {
    const runAttempt = async (gi: number, half: number): Promise<void> => {
      const g = groups[gi];
      const second = half === 1 && containers === 'separate';
      const fn = (second ? fns2 : fns)[g.kind]!;
      const state = containerStates[second ? 1 : 0];
      const limiter = sharedLimiter ? undefined : new RateLimiter(SOAK_CLIENT.requestsPer10s);
      const trace: string[] = [];
      const t0 = performance.now();
      let rec: AttemptRecord;
      try {
        // One function execution: deps (and deadline) built when it starts, as depsFromEnv does.
        const res = (await fn.runHandler(fn.schema, fn.handler as never, g.params, () =>
          makeDeps(portal.url, DEFAULT_TOKEN, { budgetMs, ...SOAK_CLIENT, createClient: fn.createClient, fetch: tracingFetch(trace), state, limiter }),
        )) as FunctionResult<{ recoveredAfterAmbiguousFailure?: boolean }>;
        const ms = performance.now() - t0;
        rec = res.ok
          ? {
              group: gi,
              kind: g.kind,
              contactId: g.contactId,
              targetId: g.targetId,
              double: g.double,
              eligible: g.eligible,
              outcome: 'enrolled',
              recovered: res.data?.recoveredAfterAmbiguousFailure === true,
              ms,
            }
          : {
              group: gi,
              kind: g.kind,
              contactId: g.contactId,
              targetId: g.targetId,
              double: g.double,
              eligible: g.eligible,
              outcome: res.error.code,
              recovered: false,
              outcomeUnknown: res.error.code === 'OUTCOME_UNKNOWN',
              ms,
              message: res.error.message,
            };
      } catch (err) {
        rec = {
          group: gi,
          kind: g.kind,
          contactId: g.contactId,
          targetId: g.targetId,
          double: g.double,
          eligible: g.eligible,
          outcome: 'THREW',
          recovered: false,
          ms: performance.now() - t0,
          message: String(err),
        };
      }
      rec.trace = trace;
      records.push(rec);
      if (records.length % 50 === 0) log(`  ${records.length}/${attempts} attempts done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    };

    // ~`concurrency` executions in flight; a double submit starts both halves together.
    let next = 0;
    const inFlight = new Set<Promise<void>>();
    while (next < groups.length) {
      const gi = next++;
      const n = groups[gi].double ? 2 : 1;
      for (let k = 0; k < n; k++) {
        const p: Promise<void> = runAttempt(gi, k).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await portal.close();
  }
  const wallMs = Date.now() - started;

  const violations = findViolations({ groups, records, before, portalState: portal.state, attempts, budgetMs });
  const events = portal.state.enrollmentEvents;

  const outcomes: Record<string, number> = {};
  const outcomesByKind = { sequence: {}, workflow: {} } as Record<Kind, Record<string, number>>;
  for (const r of records) {
    const label = r.outcome;
    outcomes[label] = (outcomes[label] ?? 0) + 1;
    outcomesByKind[r.kind][label] = (outcomesByKind[r.kind][label] ?? 0) + 1;
  }
  const faultsInjected: Record<string, number> = {};
  for (const c of portal.calls) if (c.faulted) faultsInjected[c.faulted] = (faultsInjected[c.faulted] ?? 0) + 1;
  const ms = records.map((r) => r.ms);
  return {
    seed,
    attempts: records.length,
    concurrency,
    sharedLimiter,
    containers,
    kinds,
    skipped,
    faults,
    budgetMs,
    wallMs,
    outcomes,
    outcomesByKind,
    recovered: records.filter((r) => r.recovered).length,
    hubspotCalls: portal.calls.length,
    faultsInjected,
    durations: { p50: median(ms), p95: percentile(ms, 95), max: Math.max(...ms) },
    enrollmentEvents: events.length,
    workload: describeWorkload(groups),
    violations,
    ok: violations.length === 0,
  };
}

/** A fetch that notes each request's fate (status, fault, time) for the violation report. */
function tracingFetch(trace: string[]): typeof fetch {
  const t0 = Date.now();
  return async (input, init) => {
    const started = Date.now() - t0;
    const url = new URL(String(input));
    const what = `${init?.method ?? 'GET'} ${url.pathname.replace(/^\/automation\//, '')}`;
    try {
      const res = await fetch(input, init);
      trace.push(`${what} ${res.status} @${started}-${Date.now() - t0}ms`);
      return res;
    } catch (err) {
      trace.push(`${what} ${init?.signal?.aborted ? 'timed out' : 'connection dropped'} @${started}-${Date.now() - t0}ms`);
      throw err;
    }
  };
}
