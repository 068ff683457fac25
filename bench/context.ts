/** What every benchmark shares: the command-line knobs, the goals table, the JSON out, the portal and one run of a function. */
import os from 'node:os';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../portal/server';
import type { PortalData } from '../portal/types';
import type { FunctionResult } from '../server/contract';
import type { FunctionUid } from '../server/registry';
import { createClientState } from '../server/hubspot/client-state';
import { ENROLLMENT_HINT_PROPERTIES } from '../server/sequences/enrollment-hint';
import { SEQUENCE_PROPERTIES_TO_SEND } from '../src/app/cards/shared/properties-to-send';
import { argValue, loadFunction, makeDeps, median, roundTrips } from './lib';

const argv = process.argv.slice(2);
export const LATENCY = Number(argValue(argv, 'latency') ?? 100);
export const RUNS = Number(argValue(argv, 'runs') ?? 7);
export const COLD_RUNS = Math.max(5, Number(argValue(argv, 'cold-runs') ?? 5));
export const OUT = argValue(argv, 'out');
export const ONLY = new Set((argValue(argv, 'only') ?? 'render,scaling,names,portal-scale,bundles').split(','));

export interface Goal {
  goal: string;
  figure: string;
  pass: boolean;
}
export const goals: Goal[] = [];
export const json: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.arch()}`, loadavg: os.loadavg() },
  latencyMs: LATENCY,
  runs: RUNS,
};
export const goal = (g: string, figure: string, pass: boolean) => goals.push({ goal: g, figure, pass });

const tokensConfig = { [DEFAULT_TOKEN]: { scopes: '*' as const } };

/** `v2MigrationStatus: false`: the v2 membership answer without `migrationStatus` (whether HubSpot sends it there is unverified). */
export async function portalWith(data: PortalData | undefined, latencyMs = LATENCY, opts: { v2MigrationStatus?: boolean } = {}): Promise<Portal> {
  return startPortal({ data, tokens: tokensConfig, faults: { latencyMs }, rateLimit: { per10s: 1_000_000, daily: 100_000_000 }, ...opts });
}

/** One execution of a function's handler (validated input, fresh deps, deadline and limiter), as `main` does in a fresh container. */
export async function runOurs(
  portal: Portal,
  uid: FunctionUid,
  params: Record<string, string>,
  propertiesToSend?: Record<string, string | null>,
): Promise<{ ms: number; result: FunctionResult<unknown> }> {
  const fn = loadFunction(uid);
  const t0 = performance.now();
  const result = (await fn.runHandler(
    fn.schema,
    fn.handler as never,
    params,
    () => makeDeps(portal.url, DEFAULT_TOKEN, { createClient: fn.createClient, state: createClientState() }),
    propertiesToSend,
  )) as FunctionResult<unknown>;
  return { ms: performance.now() - t0, result };
}

export interface Measured {
  calls: number;
  roundTrips: number;
  ms: number;
  okRuns: number;
  runs: number;
}

/** Warm-up once, then `runs` measured runs; calls and round trips from the portal's log (median per run). */
export async function measure(portal: Portal, runs: number, fn: () => Promise<{ ok: boolean }>, warmup = true): Promise<Measured> {
  if (warmup) await fn();
  const ms: number[] = [],
    calls: number[] = [],
    rts: number[] = [];
  let okRuns = 0;
  for (let i = 0; i < runs; i++) {
    portal.clearCalls();
    const t0 = performance.now();
    const r = await fn();
    ms.push(performance.now() - t0);
    calls.push(portal.calls.length);
    rts.push(roundTrips(portal.calls));
    if (r.ok) okRuns++;
  }
  return { calls: median(calls), roundTrips: median(rts), ms: median(ms), okRuns, runs };
}

/** What HubSpot passes as `propertiesToSend` for `names` of a portal contact, read at call time (unset: null). */
export function propertiesToSendOf(portal: Portal, contactId: string, names: readonly string[]): Record<string, string | null> | undefined {
  const contact = portal.state.data.contacts.find((c) => String(c.id) === contactId);
  if (!contact) return undefined;
  const all: Record<string, string | null | undefined> = { hs_object_id: String(contact.id), ...contact.properties };
  return Object.fromEntries(names.map((n) => [n, all[n] ?? null]));
}

/**
 * What HubSpot sends the Sequences card's functions: the card's list plus HubSpot's own sequence
 * properties (server/sequences/enrollment-hint.ts), which the card is to ask for (issue 19).
 */
export const SEQUENCE_CARD_PROPERTIES = [...new Set<string>([...SEQUENCE_PROPERTIES_TO_SEND, ...ENROLLMENT_HINT_PROPERTIES])];
