/**
 * Injected faults (latency, 429, 5xx, dropped sockets, slow, malformed JSON, broken schema). The HTTP
 * core asks `planFaults` once per request and carries out the plan; see the Faults table in README.md.
 */
import type { FaultConfig } from './types';

export const NO_FAULTS: FaultConfig = {
  latencyMs: 0,
  jitterMs: 0,
  rate429: 0,
  rate5xx: 0,
  rateDropBefore: 0,
  rateDropAfter: 0,
  rateSlow: 0,
  slowMs: 0,
  rateMalformedJson: 0,
  rateSchemaBreak: 0,
};

/** What to do to one request; all false/0 for a request `only` excludes. */
export interface FaultPlan {
  delayMs: number;
  /** socket destroyed before the request is applied */
  dropBefore: boolean;
  tooManyRequests: boolean;
  /** 500/502/503, or 0 */
  serverError: number;
  /** socket destroyed after the request was applied */
  dropAfter: boolean;
  slow: boolean;
  /** only applied to a 2xx with a body */
  malformedJson: boolean;
  schemaBreak: boolean;
}

/** Throws on an `only` that is not a regex. */
export function checkFaults(f: Partial<FaultConfig>): void {
  if (f.only !== undefined) new RegExp(f.only);
}

export function planFaults(f: FaultConfig, rand: () => number, method: string, path: string): FaultPlan | null {
  if (f.only && !new RegExp(f.only).test(`${method} ${path}`)) return null;
  // Always draw the same amount per matching request: decisions stay reproducible whatever happens.
  const r = Array.from({ length: 8 }, () => rand());
  return {
    delayMs: f.latencyMs + f.jitterMs * r[0],
    dropBefore: r[1] < f.rateDropBefore,
    tooManyRequests: r[2] < f.rate429,
    serverError: r[3] < f.rate5xx ? [500, 502, 503][Math.floor(r[7] * 3)] : 0,
    dropAfter: r[4] < f.rateDropAfter,
    slow: r[5] < f.rateSlow,
    malformedJson: r[6] < f.rateMalformedJson,
    schemaBreak: r[7] < f.rateSchemaBreak,
  };
}

/** Removes fields every response schema requires (id / results / status…), keeps the 200. */
export function breakSchema(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(breakSchema);
  if (!body || typeof body !== 'object') return { unexpected: true };
  const o = { ...(body as Record<string, unknown>) };
  for (const k of ['id', 'total', 'status', 'startedAt', 'completedAt', 'toEmail', 'enrolledAt', 'properties', 'steps']) delete o[k];
  if (Array.isArray(o.results)) o.results = (o.results as unknown[]).map(breakSchema);
  else delete o.results;
  return o;
}

/** The first half of a JSON text: what a connection cut mid-body delivers. */
export const truncateJson = (text: string) => text.slice(0, Math.max(1, Math.floor(text.length / 2)));
