/**
 * Emulated HubSpot portal: the HTTP core (node:http only). Routes live in portal/routes/ (one file per
 * API), faults in faults.ts, rate limits in rate-limit.ts, admin routes in admin.ts. Holds the app to
 * HubSpot's published contracts: ../shared/hubspot-openapi/*.json and ../shared/docs/hubspot-platform.md.
 * See portal/README.md.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { handleAdmin, type AdminTarget } from './admin';
import { breakSchema, checkFaults, NO_FAULTS, planFaults, truncateJson } from './faults';
import { seedData } from './fixtures';
import { prng } from './prng';
import { RateLimiter, type RateLimits } from './rate-limit';
import { err, validation, type Res } from './responses';
import { ROUTES, type PortalBehaviour } from './routes';
import { PortalState } from './state';
import type { CallRecord, FaultConfig, PortalData, TokenConfig } from './types';

export type { CallRecord, FaultConfig, PortalData } from './types';
export type { HsError } from './responses';
export { PortalState } from './state';
export { ROUTES, SCOPES, SEQUENCE_PAGE, FLOW_PAGE } from './routes';
export { NO_FAULTS, breakSchema } from './faults';
export { stateSummary } from './admin';

export interface PortalOptions extends Partial<PortalBehaviour> {
  /** 0 = random */
  port?: number;
  host?: string;
  data?: PortalData;
  tokens?: TokenConfig;
  faults?: Partial<FaultConfig>;
  rateLimit?: RateLimits;
  seed?: number;
  /** scopes no token is granted, whatever its own list (an optional scope the admin did not grant) */
  withheldScopes?: string[];
}

export interface Portal {
  url: string;
  port: number;
  state: PortalState;
  calls: CallRecord[];
  setFaults(f: Partial<FaultConfig>): void;
  resetFaults(): void;
  /** Withhold scopes from every token (e.g. the optional sales-templates-public-read); [] grants them again. */
  setWithheldScopes(scopes: string[]): void;
  withheldScopes(): string[];
  /** state back to its initial data, calls cleared */
  reset(): void;
  clearCalls(): void;
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'local-dev-token';
export const NO_SEQUENCES_TOKEN = 'local-no-sequences-token';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function queryRecord(q: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of new Set(q.keys())) out[k] = q.getAll(k).join(',');
  return out;
}

function send(res: http.ServerResponse, r: Res, rawOverride?: string): void {
  const correlationId = (r.body as { correlationId?: string } | undefined)?.correlationId ?? randomUUID();
  const headers: Record<string, string> = { 'X-HubSpot-Correlation-Id': correlationId, ...r.headers };
  if (r.body !== undefined && r.status !== 204) {
    const text = rawOverride ?? r.raw ?? JSON.stringify(r.body);
    headers['Content-Type'] = 'application/json;charset=utf-8';
    headers['Content-Length'] = String(Buffer.byteLength(text));
    res.writeHead(r.status, headers);
    res.end(text);
  } else {
    res.writeHead(r.status, headers);
    res.end();
  }
}

/** route → scope → JSON body → handler; 404 for an unknown path, 405 for a known path with another method. */
function dispatch(
  state: PortalState,
  opts: PortalBehaviour,
  method: string,
  path: string,
  query: URLSearchParams,
  rawBody: string,
  scopes: string[] | '*',
  withheld: string[],
): Res {
  let pathMatched = false;
  for (const r of ROUTES) {
    const m = r.re.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    if ((scopes !== '*' && !scopes.includes(r.scope)) || withheld.includes(r.scope)) {
      return err(
        403,
        'MISSING_SCOPES',
        "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
        {
          errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [r.scope] } }],
          links: { scopes: 'https://developers.hubspot.com/scopes' },
        },
      );
    }
    let body: unknown;
    if (rawBody.trim()) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return validation('Invalid input JSON on line 1: request body could not be parsed');
      }
    }
    return r.handler({ state, opts, params: m.slice(1), query, body, basePath: path.replace(/\/$/, '') });
  }
  if (pathMatched) return err(405, 'VALIDATION_ERROR', `Method ${method} not allowed on ${path}`);
  return err(404, 'OBJECT_NOT_FOUND', `No route for ${method} ${path} on this emulated portal`);
}

export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const host = options.host ?? '127.0.0.1';
  const state = new PortalState(options.data ?? seedData());
  const tokens: TokenConfig = options.tokens ?? { [DEFAULT_TOKEN]: { scopes: '*' } };
  const limiter = new RateLimiter(options.rateLimit);
  const opts: PortalBehaviour = {
    notEnrolledShape: options.notEnrolledShape ?? '404',
    betaActionTypes: options.betaActionTypes ?? true,
    v2MigrationStatus: options.v2MigrationStatus ?? true,
    grantedSensitiveScopes: options.grantedSensitiveScopes ?? [],
  };
  let faults: FaultConfig = { ...NO_FAULTS, ...options.faults };
  let rand = prng(options.seed ?? 42);
  const calls: CallRecord[] = [];
  let withheld = [...(options.withheldScopes ?? [])];

  /** auth → rate limit → route → scope → handler */
  function handle(method: string, path: string, query: URLSearchParams, rawBody: string, authz: string | undefined): Res {
    const token = /^Bearer\s+(.+)$/i.exec(authz ?? '')?.[1]?.trim();
    if (!token) {
      return err(
        401,
        'INVALID_AUTHENTICATION',
        'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
      );
    }
    const tk = tokens[token];
    // Category and message only: HubSpot documents no errors[].code for an unknown token.
    if (!tk) return err(401, 'INVALID_AUTHENTICATION', 'The OAuth token used to make this call expired or is invalid.');
    const taken = limiter.take(token);
    if ('refused' in taken) return taken.refused;
    const res = dispatch(state, opts, method, path, query, rawBody, tk.scopes, withheld);
    res.headers = { ...taken.headers, ...res.headers };
    return res;
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const startedAt = Date.now();
      const url = new URL(req.url ?? '/', 'http://portal.local');
      const path = url.pathname;
      const method = (req.method ?? 'GET').toUpperCase();
      const rawBody = await readBody(req).catch(() => '');
      if (path.startsWith('/__admin')) {
        send(res, handleAdmin(admin, req, path, rawBody));
        return;
      }
      const record: CallRecord = { method, path, query: queryRecord(url.searchParams), status: 0, startedAt, endedAt: 0 };
      const finish = (status: number, faulted?: string) => {
        record.status = status;
        record.endedAt = Date.now();
        if (faulted) record.faulted = faulted;
        calls.push(record);
      };
      const plan = planFaults(faults, rand, method, path);
      if (plan) {
        if (plan.delayMs > 0) await sleep(plan.delayMs);
        if (plan.dropBefore) {
          req.socket.destroy();
          return finish(0, 'dropBefore');
        }
        if (plan.tooManyRequests) {
          send(res, limiter.injected());
          return finish(429, '429');
        }
        if (plan.serverError) {
          send(res, err(plan.serverError, 'INTERNAL_ERROR', 'internal error'));
          return finish(plan.serverError, '5xx');
        }
      }
      const out = handle(method, path, url.searchParams, rawBody, req.headers.authorization);
      if (plan) {
        if (plan.dropAfter) {
          req.socket.destroy();
          return finish(0, 'dropAfter');
        }
        if (plan.slow) {
          await sleep(faults.slowMs);
          send(res, out);
          return finish(out.status, 'slow');
        }
        const jsonOk = out.status >= 200 && out.status < 300 && out.body !== undefined;
        if (jsonOk && plan.malformedJson) {
          send(res, { ...out, status: 200 }, truncateJson(JSON.stringify(out.body)));
          return finish(200, 'malformedJson');
        }
        if (jsonOk && plan.schemaBreak) {
          send(res, { ...out, status: 200, body: breakSchema(out.body) });
          return finish(200, 'schemaBreak');
        }
      }
      send(res, out);
      finish(out.status);
    })().catch((e: unknown) => {
      if (!res.headersSent) send(res, err(500, 'INTERNAL_ERROR', `emulator bug: ${(e as Error).message}`));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const admin: AdminTarget = {
    state,
    calls,
    faults: () => faults,
    setFaults: (f) => portal.setFaults(f),
    reset: () => portal.reset(),
    clearCalls: () => portal.clearCalls(),
    withheldScopes: () => portal.withheldScopes(),
    setWithheldScopes: (s) => portal.setWithheldScopes(s),
  };

  const portal: Portal = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    state,
    calls,
    setFaults(nf) {
      checkFaults(nf);
      faults = { ...faults, ...nf };
    },
    resetFaults() {
      faults = { ...NO_FAULTS };
    },
    setWithheldScopes(scopes) {
      withheld = [...scopes];
    },
    withheldScopes: () => [...withheld],
    reset() {
      state.reset();
      withheld = [...(options.withheldScopes ?? [])];
      calls.length = 0;
      limiter.reset();
      rand = prng(options.seed ?? 42);
    },
    clearCalls() {
      calls.length = 0;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return portal;
}
