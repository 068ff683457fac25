/** Shared helpers of the benchmark and the fault soak (bench/**). */
import fs from 'node:fs';
import path from 'node:path';
import type { CallRecord } from '../portal/types';
import { createHubSpotClient } from '../server/hubspot/client';
import type { HubSpotClientConfig } from '../server/hubspot/types';
import type { FunctionDeps } from '../server/runtime/define-function';
export { prng } from '../portal/prng';

export const REPO_ROOT = path.resolve(__dirname, '..');

/** Same budget as production (server/runtime/define-function.ts DEFAULT_BUDGET_MS). */
export const FUNCTION_BUDGET_MS = 11_000;

/**
 * Longest chain of calls where each one started only after the previous one ended: the number of
 * sequential round trips on the critical path (the depth of the dependency).
 */
export function roundTrips(calls: CallRecord[]): number {
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt || a.endedAt - b.endedAt);
  const depth: number[] = [];
  let max = 0;
  for (let i = 0; i < sorted.length; i++) {
    let d = 1;
    for (let j = 0; j < i; j++) if (sorted[j].endedAt <= sorted[i].startedAt) d = Math.max(d, depth[j] + 1);
    depth[i] = d;
    max = Math.max(max, d);
  }
  return max;
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Deps exactly as `depsFromEnv` builds them in production (real sleep, real clock, deadline = now +
 * budget), with the client config open for the few knobs a harness needs (token, limiter size).
 */
export function makeDeps(
  baseUrl: string,
  accessToken: string,
  opts: { budgetMs?: number; createClient?: typeof createHubSpotClient } & Partial<Omit<HubSpotClientConfig, 'baseUrl' | 'accessToken' | 'deadlineAt'>> = {},
): FunctionDeps {
  const { budgetMs = FUNCTION_BUDGET_MS, createClient = createHubSpotClient, ...config } = opts;
  const deadlineAt = Date.now() + budgetMs;
  const hubspot = createClient({ baseUrl, accessToken, deadlineAt, ...config });
  return { hubspot, now: () => new Date(), deadlineAt };
}

/** `server/functions/<uid>.ts` exists? (the workflows functions are written in parallel.) */
export function functionSourceExists(uid: string): boolean {
  return fs.existsSync(path.join(REPO_ROOT, 'server', 'functions', `${uid}.ts`));
}

/** A function's handler and input schema as the registry (server/registry.ts) lists them, and its `main`. */
export interface LoadedFunction {
  uid: string;
  handler: (input: never, deps: FunctionDeps) => Promise<unknown>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  schema: any;
  main: (context: { parameters?: Record<string, unknown> }) => Promise<unknown>;
  /** runHandler and createHubSpotClient of the SAME module copy (error classes are compared with instanceof). */
  runHandler: typeof import('../server/runtime/define-function').runHandler;
  createClient: typeof createHubSpotClient;
}

export function loadFunction(uid: string, opts: { fresh?: boolean } = {}): LoadedFunction {
  if (opts.fresh) {
    // A second copy of every server/ module, as another function container would have.
    const serverDir = path.join(REPO_ROOT, 'server') + path.sep;
    const cached = require.cache as Record<string, unknown> | undefined;
    if (!cached || !Object.keys(cached).some((k) => k.startsWith(serverDir))) throw new Error('fresh module copies need node/tsx require (not jest)');
    for (const k of Object.keys(cached)) if (k.startsWith(serverDir)) delete cached[k];
  }
  // Required (not imported) so that `fresh` gets a second copy of the registry and every module under it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const registry = require(path.join(REPO_ROOT, 'server', 'registry.ts')) as typeof import('../server/registry');
  const entry = (registry.FUNCTIONS as Record<string, (typeof registry.FUNCTIONS)[keyof typeof registry.FUNCTIONS] | undefined>)[uid];
  if (!entry) throw new Error(`"${uid}" is not in server/registry.ts`);
  const { handler, input: schema } = entry;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(REPO_ROOT, 'server', 'functions', `${uid}.ts`)) as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const runtime = require(path.join(REPO_ROOT, 'server', 'runtime', 'define-function.ts')) as typeof import('../server/runtime/define-function');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const client = require(path.join(REPO_ROOT, 'server', 'hubspot', 'client.ts')) as typeof import('../server/hubspot/client');
  return {
    uid,
    handler: handler as LoadedFunction['handler'],
    schema,
    main: mod.main as LoadedFunction['main'],
    runHandler: runtime.runHandler,
    createClient: client.createHubSpotClient,
  };
}

export const fmtMs = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : 'n/a');
export const fmtKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain-text table (the same rows go to the JSON output). */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}
