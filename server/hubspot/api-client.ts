/**
 * @hubspot/api-client's typed APIs as attempts of the one resilience layer (its own retries are off).
 * Loaded lazily, once per client: it is external to the bundles and ~35 ms to require, and most
 * executions never need it. Used where api-client has a typed API for exactly the call the app makes
 * (contacts v3, forms v3); its CRM properties/owners/pipelines/lists APIs call the legacy /crm/v3
 * paths, not the 2026-03 versions the app uses, so those go through plain fetch (client.ts).
 */
import type { Client } from '@hubspot/api-client';
import type { Attempt } from './resilience';

/** What every `…WithHttpInfo` call of api-client resolves to. */
interface HttpInfo {
  httpStatusCode: number;
  headers: Record<string, string>;
  data: unknown;
}

export type ApiClientAttempt = (call: (client: Client) => Promise<HttpInfo>) => Attempt;

export function lazyApiClient(basePath: string, accessToken: string): ApiClientAttempt {
  let client: Client | undefined;
  const get = (): Client => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Client: ApiClient } = require('@hubspot/api-client') as typeof import('@hubspot/api-client');
    client ??= new ApiClient({ accessToken, basePath, numberOfApiCallRetries: 0 });
    return client;
  };
  return (call) => async () => {
    try {
      const info = await call(get());
      // Typed models (Dates, class instances) back to plain JSON, as HubSpot sent it.
      return { status: info.httpStatusCode, headers: lowerKeys(info.headers), body: info.data === undefined ? undefined : JSON.parse(JSON.stringify(info.data)) };
    } catch (err) {
      // ApiException: { code, body, headers }. Anything else is a network failure.
      const e = err as { code?: unknown; body?: unknown; headers?: Record<string, string> };
      if (typeof e.code === 'number') {
        const body = typeof e.body === 'string' ? safeJson(e.body) : { value: e.body };
        return { status: e.code, headers: lowerKeys(e.headers ?? {}), body: body.parseFailed ? e.body : body.value, parseFailed: body.parseFailed };
      }
      throw err;
    }
  };
}

export function safeJson(text: string): { value?: unknown; parseFailed?: boolean } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { parseFailed: true };
  }
}

export function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
