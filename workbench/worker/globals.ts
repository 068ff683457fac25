/**
 * The worker globals HubSpot's host installs before a card bundle runs (see
 * node_modules/@hubspot/ui-extensions/dist/internal/global-utils.js and
 * shared.synced/types/worker-globals.synced.d.ts):
 *
 * - `__HUBSPOT_EXTENSION_WORKER__ = true`  (otherwise the SDK uses its no-op test globals)
 * - `extend_V2(renderCallback)`            (`hubspot.extend` is read from here at module load)
 * - `serverless(name, { parameters, propertiesToSend })`  (`hubspot.serverless`)
 * - `hsFetch(url, options)`                (`hubspot.fetch`)
 * - `logger`, `hsWorkerAPI` (hooks: useExtensionContext/Actions/Api, useCrmProperties, …)
 *
 * This module has NO imports on purpose: it must run before `@hubspot/ui-extensions/dist/hubspot.js`
 * evaluates `getWorkerGlobals().extend_V2`.
 */

export interface HostApi {
  context: {
    crm: { objectId: number; objectTypeId: string };
    user: { id: number; email: string; emails: string[]; firstName: string; lastName: string; locale?: string };
    portal: { id: number; timezone: string };
    [key: string]: unknown;
  };
  actions: Record<string, (...args: any[]) => any>;
}

export interface WorkbenchWorkerState {
  renderCallback: ((api: any) => unknown) | null;
  api: (HostApi & { runServerlessFunction: (p: { name: string; parameters?: unknown; propertiesToSend?: string[] }) => Promise<unknown> }) | null;
  onExtend: (() => void) | null;
}

type Self = Record<string, any>;
const g = self as unknown as Self;

export const state: WorkbenchWorkerState = { renderCallback: null, api: null, onExtend: null };

function requireApi() {
  if (!state.api) throw new Error('The workbench host has not rendered this card yet.');
  return state.api;
}

export async function serverless(name: string, options: { parameters?: unknown; propertiesToSend?: string[] } = {}): Promise<unknown> {
  const objectId = state.api?.context.crm.objectId;
  const res = await fetch(`/api/functions/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ parameters: options.parameters ?? {}, propertiesToSend: options.propertiesToSend, objectId }),
  });
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  if (!res.ok) {
    // HubSpot rejects hubspot.serverless when the function crashed or was killed.
    throw new Error(body?.message || `Serverless function ${name} failed (HTTP ${res.status}).`);
  }
  return body;
}

g.__HUBSPOT_EXTENSION_WORKER__ = true;
g.logger = {
  debug: (...a: unknown[]) => console.debug('[card]', ...a),
  info: (...a: unknown[]) => console.info('[card]', ...a),
  warn: (...a: unknown[]) => console.warn('[card]', ...a),
  error: (...a: unknown[]) => console.error('[card]', ...a),
};
g.extend_V2 = (renderCallback: (api: unknown) => unknown) => {
  state.renderCallback = renderCallback;
  state.onExtend?.();
};
g.serverless = serverless;
g.hsFetch = (url: string | URL, options: { method?: string; body?: unknown; headers?: Record<string, string>; timeout?: number } = {}) =>
  fetch(url, {
    method: options.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });

/** A Response-like object: the SDK calls `.json()` and reads `{ data, error, cleanup }` (cleanup is a function, so no real Response). */
const jsonResponse = (payload: { data?: unknown; error?: string; cleanup?: () => void }) => ({ ok: !payload.error, json: async () => payload });
const unsupported = (what: string) => async () => jsonResponse({ error: `${what} is not emulated by the workbench yet.` });

g.hsWorkerAPI = {
  useExtensionContext: () => requireApi().context,
  useExtensionActions: () => requireApi().actions,
  useExtensionApi: () => requireApi(),
  useAppPageLocation: () => ({ pathname: '/', params: {} }),
  async fetchCrmProperties(properties: string[], onUpdate: (p: Record<string, string | null>) => void) {
    const api = requireApi();
    const names = properties;
    try {
      const data = (await api.actions.fetchCrmObjectProperties(names)) as Record<string, string | null>;
      let active = true;
      api.actions.onCrmPropertiesUpdate(names, (props: Record<string, string | null>, error?: { message: string }) => {
        if (active && !error) onUpdate(props);
      });
      return jsonResponse({ data, cleanup: () => (active = false) });
    } catch (err) {
      return jsonResponse({ error: err instanceof Error ? err.message : String(err) });
    }
  },
  fetchCrmSearch: unsupported('useCrmSearch'),
  fetchAssociations: unsupported('useAssociations'),
  fetchHubSpotApi: async () => {
    throw new Error('The experimental HubSpot API client is not emulated by the workbench.');
  },
  formatCrmProperties: unsupported('formatCrmProperties'),
};
