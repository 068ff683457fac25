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
 */
import { DEFAULT_TOKEN, startPortal, type Portal } from '../portal/server';
import { FIXTURES } from '../portal/fixtures';
import { generatePortal } from '../portal/generate';
import type { FaultConfig, PortalData } from '../portal/types';
import type { ErrorCode, FunctionResult } from '../server/contract';
import { createClientState } from '../server/hubspot/client-state';
import { RateLimiter } from '../server/hubspot/resilience';
import { FUNCTION_BUDGET_MS, functionSourceExists, loadFunction, makeDeps, median, percentile, prng, type LoadedFunction } from './lib';

export type Kind = 'sequence' | 'workflow';

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

/** Slack allowed past the function budget (event-loop lag, mapping the last error). */
export const DEADLINE_SLACK_MS = 500;

/** Client knobs for the soak: production defaults except a limiter wide enough for 8 concurrent functions. */
export const SOAK_CLIENT = { requestsPer10s: 100_000 } as const;

/** Every code the contract defines (server/contract.ts ErrorCode; the Record makes the list exhaustive). */
const CODES: Record<ErrorCode, true> = {
  INVALID_INPUT: true, NOT_FOUND: true, MISSING_SCOPES: true, PERMISSION_DENIED: true, UNAUTHORIZED: true, RATE_LIMITED: true,
  HUBSPOT_UNAVAILABLE: true, OUTCOME_UNKNOWN: true, UNEXPECTED_RESPONSE: true, MISCONFIGURED: true,
  ALREADY_ENROLLED: true, NO_EMAIL: true, OPTED_OUT: true, BOUNCED: true, SENDER_NOT_CONNECTED: true, NO_SEQUENCES_ACCESS: true,
  ENROLLMENT_REFUSED: true, WORKFLOW_OFF: true, NOT_CONTACT_BASED: true,
};
export const CONTRACT_CODES = Object.keys(CODES) as ErrorCode[];
/** Answers a transient fault may legitimately end in: "try again" (rate limit, outage) or "re-check" (outcome unknown). */
const TRANSIENT: readonly ErrorCode[] = ['RATE_LIMITED', 'HUBSPOT_UNAVAILABLE', 'OUTCOME_UNKNOWN'];

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

interface Group {
  kind: Kind;
  contactId: string;
  /** sequenceId, or the legacy workflowId (what the portal's enrollment events carry). */
  targetId: string;
  params: Record<string, string>;
  /** Refusal codes this group may end in (besides transient errors); enrolled is allowed only when `eligible`. */
  eligible: boolean;
  refusals: ErrorCode[];
  double: boolean;
  label: string;
}

export interface AttemptRecord {
  group: number;
  kind: Kind;
  contactId: string;
  targetId: string;
  double: boolean;
  eligible: boolean;
  outcome: 'enrolled' | ErrorCode | 'THREW';
  recovered: boolean;
  /** The function said it could not tell whether the write landed ("refresh to check"): not a claim of failure. */
  outcomeUnknown?: boolean;
  ms: number;
  message?: string;
  /** This execution's HubSpot requests as the client saw them (fetch transport; the contact read goes through @hubspot/api-client and is not traced). */
  trace?: string[];
}

export interface SoakReport {
  seed: number;
  attempts: number;
  concurrency: number;
  sharedLimiter: boolean;
  containers: 'same' | 'separate';
  kinds: Kind[];
  skipped: string[];
  faults: Partial<FaultConfig>;
  budgetMs: number;
  wallMs: number;
  outcomes: Record<string, number>;
  outcomesByKind: Record<Kind, Record<string, number>>;
  recovered: number;
  hubspotCalls: number;
  faultsInjected: Record<string, number>;
  durations: { p50: number; p95: number; max: number };
  enrollmentEvents: number;
  /** What was planned: groups per kind, of which double submits of an enrollable target, and refusal groups. */
  workload: Record<Kind, { groups: number; doubleSubmits: number; refusalGroups: number }>;
  violations: string[];
  ok: boolean;
}

/**
 * Portal data: generated sequences, workflows and fresh contacts (in no workflow, in no sequence),
 * plus the fixtures (opted-out, bounced, no-email contacts) for refusals.
 */
export function soakPortalData(contacts: number, seed: number): PortalData {
  return generatePortal({ sequences: 50, flows: 300, contacts, workflowsPerContact: 0, seed });
}

/** Generated flows (portal/generate.ts): id 700000000+i, legacy 20000000+i; i%10==9 deal-based, i%7==0 off, i%13==12 unmapped. */
function flowTargets(flows: number) {
  const enrollable: { flowId: string; workflowId: string }[] = [];
  const off: { flowId: string; workflowId: string }[] = [];
  const unmapped: { flowId: string; workflowId: string }[] = [];
  const deal: { flowId: string; workflowId: string }[] = [];
  for (let i = 0; i < flows; i++) {
    const t = { flowId: String(700_000_000 + i), workflowId: String(20_000_000 + i) };
    // In the order enroll-in-workflow checks: object type, then enabled, then the legacy mapping.
    if (i % 10 === 9) deal.push(t);
    else if (i % 7 === 0) off.push(t);
    else if (i % 13 === 12) unmapped.push(t);
    else enrollable.push(t);
  }
  return { enrollable, off, deal, unmapped };
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
  const rep = FIXTURES.users.rep;
  const sequenceIds = data.sequences.map((s) => s.id).filter((id) => id.startsWith('3'));
  const flows = flowTargets(300);
  const fresh = data.contacts.filter((c) => c.id.startsWith('5')).map((c) => ({ id: c.id, email: c.properties.email as string }));
  const C = FIXTURES.contacts;
  const emailOf = (id: string) => data.contacts.find((c) => c.id === id)?.properties.email ?? '';

  // ---- the workload: groups of one attempt, or two concurrent identical ones (double submit)
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
  const groups: Group[] = [];
  let planned = 0;
  let nextFresh = 0;
  while (planned < attempts) {
    const kind = kinds[Math.floor(rand() * kinds.length)];
    const double = planned + 2 <= attempts && rand() < doubleRate;
    const refusal = rand() < refusalRate;
    let g: Group;
    if (kind === 'sequence') {
      const sequenceId = pick(sequenceIds);
      const base = { sequenceId, userId: rep.userId, senderEmail: rep.email, userEmails: `${rep.email},${rep.alias}` };
      if (refusal) {
        const [contactId, code] = pick([[C.optedOut, 'OPTED_OUT'], [C.bounced, 'BOUNCED'], [C.noEmail, 'NO_EMAIL']] as const);
        g = { kind, contactId, targetId: sequenceId, params: { ...base, contactId }, eligible: false, refusals: [code], double, label: `sequence refusal ${code}` };
      } else {
        const c = fresh[nextFresh++];
        // The other half of a double submit meets "one active sequence per contact": ALREADY_ENROLLED.
        g = { kind, contactId: c.id, targetId: sequenceId, params: { ...base, contactId: c.id }, eligible: true, refusals: double ? ['ALREADY_ENROLLED'] : [], double, label: 'sequence' };
      }
    } else {
      if (refusal) {
        const [list, code] = pick([[flows.off, 'WORKFLOW_OFF'], [flows.deal, 'NOT_CONTACT_BASED'], [flows.unmapped, 'NOT_FOUND']] as const);
        const t = pick(list);
        const c = fresh[nextFresh++];
        g = { kind, contactId: c.id, targetId: t.workflowId, params: workflowParams(t.flowId, c.id), eligible: false, refusals: [code], double, label: `workflow refusal ${code}` };
      } else {
        const t = pick(flows.enrollable);
        const c = fresh[nextFresh++];
        g = { kind, contactId: c.id, targetId: t.workflowId, params: workflowParams(t.flowId, c.id), eligible: true,
          refusals: double ? ['ALREADY_ENROLLED'] : [], double, label: 'workflow' };
      }
    }
    groups.push(g);
    planned += double ? 2 : 1;
  }
  void emailOf;

  // Memberships/enrollments that existed before the soak (none for fresh contacts; fixtures may have some).
  const before = new Set<string>();
  for (const m of data.workflowMemberships) before.add(`workflow|${m.contactId}|${m.workflowId}`);
  for (const e of data.sequenceEnrollments) if (e.active) before.add(`sequence|${e.contactId}|${e.sequenceId}`);

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
          ? { group: gi, kind: g.kind, contactId: g.contactId, targetId: g.targetId, double: g.double, eligible: g.eligible, outcome: 'enrolled', recovered: res.data?.recoveredAfterAmbiguousFailure === true, ms }
          : { group: gi, kind: g.kind, contactId: g.contactId, targetId: g.targetId, double: g.double, eligible: g.eligible, outcome: res.error.code, recovered: false, outcomeUnknown: res.error.code === 'OUTCOME_UNKNOWN', ms, message: res.error.message };
      } catch (err) {
        rec = { group: gi, kind: g.kind, contactId: g.contactId, targetId: g.targetId, double: g.double, eligible: g.eligible, outcome: 'THREW', recovered: false, ms: performance.now() - t0, message: String(err) };
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

  // ---- invariants
  const violations: string[] = [];
  const key = (kind: string, contactId: string, targetId: string) => `${kind}|${contactId}|${targetId}`;
  const allowedCodes = new Set<string>(CONTRACT_CODES);
  for (const r of records) {
    const g = groups[r.group];
    const where = `group ${r.group} (${g.label}, contact ${g.contactId}, target ${g.targetId}${g.double ? ', double submit' : ''})`;
    if (r.outcome === 'THREW') violations.push(`${where}: the handler threw instead of answering: ${r.message}`);
    else if (r.outcome !== 'enrolled' && !allowedCodes.has(r.outcome)) violations.push(`${where}: code ${r.outcome} is not in the contract`);
    else if (r.outcome === 'enrolled' && !g.eligible) violations.push(`${where}: enrolled, but HubSpot must refuse this (${g.refusals.join('/')})`);
    else if (r.outcome !== 'enrolled' && !TRANSIENT.includes(r.outcome) && !g.refusals.includes(r.outcome)) {
      violations.push(`${where}: answered ${r.outcome} ("${r.message}"), expected enrolled${g.refusals.length ? `, ${g.refusals.join('/')}` : ''} or a transient RATE_LIMITED/HUBSPOT_UNAVAILABLE/OUTCOME_UNKNOWN`);
    }
    if (r.ms > budgetMs + DEADLINE_SLACK_MS) violations.push(`${where}: ran ${r.ms.toFixed(0)} ms, past its ${budgetMs} ms budget (+${DEADLINE_SLACK_MS} ms slack)`);
  }

  const events = portal.state.enrollmentEvents;
  const eventsByKey = new Map<string, number>();
  for (const e of events) eventsByKey.set(key(e.kind, e.contactId, e.targetId), (eventsByKey.get(key(e.kind, e.contactId, e.targetId)) ?? 0) + 1);
  const targeted = new Map<string, AttemptRecord[]>();
  for (const r of records) {
    const k = key(r.kind, r.contactId, r.targetId);
    targeted.set(k, [...(targeted.get(k) ?? []), r]);
  }
  for (const [k, n] of eventsByKey) {
    const rs = targeted.get(k);
    if (!rs) {
      violations.push(`${k}: the portal has ${n} enrollment(s) no attempt asked for`);
      continue;
    }
    if (n > 1) violations.push(`${k}: enrolled ${n} times (portal enrollment events; at most one allowed)`);
    if (!rs.some((r) => r.outcome === 'enrolled' || r.outcomeUnknown)) {
      violations.push(`${k}: the portal has the enrollment but every attempt reported failure (${rs.map((r) => r.outcome).join(', ')}) — hidden. ` +
        rs.map((r, i) => `attempt ${i + 1} [${r.ms.toFixed(0)} ms, "${r.message}"]: ${r.trace?.join(' → ')}`).join(' | '));
    }
  }
  for (const [k, rs] of targeted) {
    if (rs.some((r) => r.outcome === 'enrolled') && !eventsByKey.has(k) && !before.has(k)) {
      violations.push(`${k}: reported enrolled, but the portal has no such enrollment — lost`);
    }
  }
  // One active sequence per contact.
  const active = new Map<string, number>();
  for (const e of portal.state.data.sequenceEnrollments) if (e.active) active.set(e.contactId, (active.get(e.contactId) ?? 0) + 1);
  for (const [contactId, n] of active) if (n > 1) violations.push(`contact ${contactId}: ${n} active sequence enrollments`);
  if (records.length !== attempts) violations.push(`ran ${records.length} attempts, planned ${attempts}`);

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
    seed, attempts: records.length, concurrency, sharedLimiter, containers, kinds, skipped, faults, budgetMs, wallMs, outcomes, outcomesByKind,
    recovered: records.filter((r) => r.recovered).length,
    hubspotCalls: portal.calls.length, faultsInjected,
    durations: { p50: median(ms), p95: percentile(ms, 95), max: Math.max(...ms) },
    enrollmentEvents: events.length,
    workload: {
      sequence: { groups: groups.filter((g) => g.kind === 'sequence').length, doubleSubmits: groups.filter((g) => g.kind === 'sequence' && g.double && g.eligible).length, refusalGroups: groups.filter((g) => g.kind === 'sequence' && !g.eligible).length },
      workflow: { groups: groups.filter((g) => g.kind === 'workflow').length, doubleSubmits: groups.filter((g) => g.kind === 'workflow' && g.double && g.eligible).length, refusalGroups: groups.filter((g) => g.kind === 'workflow' && !g.eligible).length },
    },
    violations, ok: violations.length === 0,
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

/** Parameters of enroll-in-workflow (server/functions/enroll-in-workflow.ts). */
function workflowParams(flowId: string, contactId: string): Record<string, string> {
  return { flowId, contactId };
}

export function formatReport(r: SoakReport): string {
  const lines = [
    `seed ${r.seed}  attempts ${r.attempts}  concurrency ${r.concurrency}  limiter ${r.sharedLimiter ? 'shared (one warm container)' : 'per execution'}  double submits in ${r.containers === 'same' ? 'one container' : 'two containers'}  kinds ${r.kinds.join('+')}  budget ${r.budgetMs} ms  wall ${(r.wallMs / 1000).toFixed(1)} s`,
    ...r.skipped.map((s) => `skipped: ${s}`),
    `faults ${JSON.stringify(r.faults)}`,
    `workload ${(['sequence', 'workflow'] as const).filter((k) => r.kinds.includes(k)).map((k) => `${k}: ${r.workload[k].groups} groups (${r.workload[k].doubleSubmits} double submits of an enrollable target, ${r.workload[k].refusalGroups} to be refused)`).join('; ')}`,
    `HubSpot calls ${r.hubspotCalls}; injected ${Object.entries(r.faultsInjected).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    `outcomes ${Object.entries(r.outcomes).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
    ...(['sequence', 'workflow'] as const).filter((k) => r.kinds.includes(k)).map((k) => `  ${k}: ${Object.entries(r.outcomesByKind[k]).sort().map(([c, v]) => `${c} ${v}`).join(', ')}`),
    `recovered after an ambiguous failure (reconcile): ${r.recovered}`,
    `portal enrollment events ${r.enrollmentEvents}`,
    `function durations p50 ${r.durations.p50.toFixed(0)} ms, p95 ${r.durations.p95.toFixed(0)} ms, max ${r.durations.max.toFixed(0)} ms (budget ${r.budgetMs} ms + ${DEADLINE_SLACK_MS} ms slack)`,
    r.ok ? 'INVARIANTS: all hold' : `INVARIANTS VIOLATED (${r.violations.length}):`,
    ...r.violations.map((v) => `  - ${v}`),
  ];
  return lines.join('\n');
}
