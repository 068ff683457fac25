/**
 * The typed HubSpot client the functions use. Endpoint methods only describe requests; transport,
 * retries, rate limiting, deadlines and error mapping live in resilience.ts and errors.ts.
 */
import * as z from 'zod/mini';
import { endpointPath, ENDPOINTS, type EndpointName } from './endpoints';
import { lazyApiClient, safeJson } from './api-client';
import { ConnectionError } from './errors';
import { namesApi } from './names-api';
import { PROCESS_STATE } from './client-state';
import { callWithResilience, type Attempt, type AttemptResponse, type CallOptions, type ResiliencePolicy } from './resilience';
import * as s from './schemas';
import type { HubSpotClient, HubSpotClientConfig } from './types';

export const DEFAULT_ATTEMPT_TIMEOUT_MS = 4_000;
export const DEFAULT_MAX_ATTEMPTS = 4;
/** Below the Free/Starter limit (100 per 10 s), so one app cannot starve the portal's other integrations. */
export const DEFAULT_REQUESTS_PER_10S = 90;
/** Kept back from a write's attempts so that the re-read after an ambiguous failure still fits. */
export const RECONCILE_RESERVE_MS = 3_500;
const BATCH_CHUNK = 100;

type Query = Record<string, string | number | undefined>;

export function createHubSpotClient(config: HubSpotClientConfig): HubSpotClient {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const doFetch = config.fetch ?? fetch;
  const now = config.now ?? Date.now;
  const state = config.state ?? PROCESS_STATE;
  // Limiter and in-flight operations are per portal and token: clients of other portals never meet.
  const scope = `${baseUrl} ${tokenFingerprint(config.accessToken)}`;
  const policy: ResiliencePolicy = {
    now,
    sleep: config.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: config.random ?? Math.random,
    deadlineAt: config.deadlineAt ?? now() + 11_000,
    attemptTimeoutMs: config.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
    maxAttempts: config.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    limiter: config.limiter ?? state.limiterFor(scope, config.requestsPer10s ?? DEFAULT_REQUESTS_PER_10S),
  };

  function fetchAttempt(method: string, url: string, body: unknown): Attempt {
    return async (signal) => {
      const res = await doFetch(url, {
        method,
        signal,
        headers: {
          authorization: `Bearer ${config.accessToken}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return readResponse(res.status, Object.fromEntries(res.headers), await res.text());
    };
  }

  /** `deadlineAt`: an earlier end than the client's, for calls that are extras (names). */
  type EndpointOptions<T> = Omit<CallOptions<T>, 'method' | 'path' | 'idempotent'> & { idempotent?: boolean; deadlineAt?: number };

  /** The one way to HubSpot: one attempt at an endpoint (fetch, or a typed api-client call), run by the resilience layer. */
  function run<T>(endpoint: EndpointName, attempt: Attempt, { deadlineAt, ...opts }: EndpointOptions<T>): Promise<T | null> {
    const { method, path: template } = ENDPOINTS[endpoint];
    const within = deadlineAt === undefined ? policy : { ...policy, deadlineAt: Math.min(policy.deadlineAt, deadlineAt) };
    return callWithResilience(attempt, { method, path: template, idempotent: opts.idempotent ?? method === 'GET', ...opts }, within);
  }

  /** `rawQuery` for parameters a record cannot hold (repeated keys: `listIds=1&listIds=2`). */
  function call<T>(
    endpoint: EndpointName,
    req: { pathParams?: Record<string, string>; query?: Query; rawQuery?: string; body?: unknown },
    opts: EndpointOptions<T>,
  ): Promise<T | null> {
    const qs = req.rawQuery ? `?${req.rawQuery}` : queryString(req.query);
    const url = `${baseUrl}${endpointPath(endpoint, req.pathParams)}${qs}`;
    return run(endpoint, fetchAttempt(ENDPOINTS[endpoint].method, url, req.body), opts);
  }

  /** For calls that never legitimately answer null. */
  async function must<T>(p: Promise<T | null>): Promise<T> {
    const v = await p;
    if (v === null) throw new ConnectionError('HubSpot returned no body');
    return v;
  }

  const getContactEnrollment = async ({ contactId }: { contactId: string }) => {
    // Not-enrolled is a 404 or an empty answer (unverified which): both mean "none". A partial body is still an error.
    const none = z.pipe(
      z.strictObject({}),
      z.transform(() => null),
    );
    const v = await call(
      'getContactSequenceEnrollment',
      { pathParams: { contactId } },
      { schema: z.nullable(z.optional(z.union([none, s.contactSequenceEnrollment]))), treatAsNull: [404] },
    );
    return v ?? null;
  };

  const listForContact = async ({ contactId }: { contactId: string }) =>
    (await call('listContactWorkflows', { pathParams: { contactId } }, { schema: s.legacyWorkflowMemberships, treatAsNull: [404] })) ?? [];

  const apiClient = lazyApiClient(baseUrl, config.accessToken);

  const client: HubSpotClient = {
    portalKey: scope,
    once: (key, run) => state.once(`${scope} ${key}`, run),
    sequences: {
      list: ({ userId, name, limit, after }) =>
        must(call('listSequences', { query: { userId, name: name || undefined, limit, after: cursorValue(after) } }, { schema: s.sequencePage })),
      get: ({ userId, sequenceId, deadlineAt }) => must(call('getSequence', { pathParams: { sequenceId }, query: { userId } }, { schema: s.sequence, deadlineAt })),
      getContactEnrollment,
      enroll: ({ userId, contactId, sequenceId, senderEmail, senderAliasAddress }) =>
        must(
          call(
            'enrollInSequence',
            { query: { userId }, body: { contactId, sequenceId, senderEmail, ...(senderAliasAddress ? { senderAliasAddress } : {}) } },
            {
              idempotent: false,
              schema: s.sequenceEnrollmentCreated,
              reserveMs: RECONCILE_RESERVE_MS,
              // Did the POST land before the answer was lost? HubSpot allows one active sequence per contact.
              reconcile: async () => {
                const current = await getContactEnrollment({ contactId });
                if (!current || current.sequenceId !== sequenceId) return undefined;
                return { id: current.id, toEmail: current.toEmail, enrolledAt: current.enrolledAt, updatedAt: current.updatedAt, recoveredAfterAmbiguousFailure: true };
              },
            },
          ),
        ),
    },
    workflows: {
      list: ({ after, limit }) => must(call('listFlows', { query: { after: cursorValue(after), limit } }, { schema: s.flowPage })),
      listAll: async ({ maxPages, limit }) => {
        const results: s.FlowSummary[] = [];
        let after: string | undefined;
        for (let page = 0; page < maxPages; page++) {
          const res = await client.workflows.list({ after, limit });
          results.push(...res.results);
          after = res.paging?.next?.after;
          if (!after) return { results, truncated: false };
        }
        return { results, truncated: true };
      },
      get: ({ flowId }) => must(call('getFlow', { pathParams: { flowId } }, { schema: s.flow })),
      batchRead: async ({ flowIds, deadlineAt }) => {
        const chunks = chunk(unique(flowIds), BATCH_CHUNK);
        const pages = await Promise.all(
          chunks.map((ids) =>
            must(call('batchReadFlows', { body: { inputs: ids.map((flowId) => ({ flowId, type: 'FLOW_ID' })) } }, { idempotent: true, schema: s.flowBatch, deadlineAt })),
          ),
        );
        return pages.flatMap((p) => p.results);
      },
      mapIds: async ({ workflowIds = [], flowIds = [] }) => {
        const inputs = [...unique(workflowIds).map((workflowId) => ({ workflowId, type: 'WORKFLOW_ID' })), ...unique(flowIds).map((flowId) => ({ flowId, type: 'FLOW_ID' }))];
        if (!inputs.length) return [];
        const pages = await Promise.all(
          chunk(inputs, BATCH_CHUNK).map((part) => must(call('mapWorkflowIds', { body: { inputs: part } }, { idempotent: true, schema: s.idMappingBatch }))),
        );
        return pages.flatMap((p) => p.results);
      },
    },
    legacyWorkflows: {
      listForContact,
      enrollContact: async ({ workflowId, email, contactId }) => {
        // v2 answers 204 with no body; the reconcile marker says the POST landed before its answer was lost.
        const result = await call<{ recovered: true }>(
          'enrollInWorkflow',
          { pathParams: { workflowId, email } },
          {
            idempotent: false,
            reserveMs: RECONCILE_RESERVE_MS,
            reconcile: async () => ((await listForContact({ contactId })).some((m) => m.id === workflowId) ? { recovered: true } : undefined),
          },
        );
        return result?.recovered ? { recoveredAfterAmbiguousFailure: true } : {};
      },
      unenrollContact: async ({ workflowId, email, contactId }) => {
        // 204 with no body. Lost answer: the contact no longer in the workflow means the DELETE landed.
        const result = await call<{ recovered: true }>(
          'unenrollFromWorkflow',
          { pathParams: { workflowId, email } },
          {
            idempotent: false,
            reserveMs: RECONCILE_RESERVE_MS,
            reconcile: async () => ((await listForContact({ contactId })).some((m) => m.id === workflowId) ? undefined : { recovered: true }),
          },
        );
        return result?.recovered ? { recoveredAfterAmbiguousFailure: true } : {};
      },
      listAll: async () => {
        const page = await must(call('listLegacyWorkflows', {}, { schema: s.legacyWorkflowList }));
        // One pass for the usual answer; entry by entry only when some entry is odd (it is skipped).
        const all = z.safeParse(s.legacyWorkflowListItems, page.workflows);
        if (all.success) return { workflows: all.data.map(s.toLegacyWorkflow), skipped: 0 };
        const workflows: s.LegacyWorkflowSummary[] = [];
        for (const entry of page.workflows) {
          const parsed = z.safeParse(s.legacyWorkflowSummary, entry);
          if (parsed.success) workflows.push(parsed.data);
        }
        return { workflows, skipped: page.workflows.length - workflows.length };
      },
      get: ({ workflowId }) => must(call('getLegacyWorkflow', { pathParams: { workflowId } }, { schema: s.legacyWorkflow })),
    },
    contacts: {
      // Through @hubspot/api-client's typed API (crm.contacts.basicApi.getById), one attempt of the layer.
      get: ({ contactId, properties }) =>
        must(
          run(
            'getContact',
            apiClient((c) => c.crm.contacts.basicApi.getByIdWithHttpInfo(contactId, properties)),
            { schema: s.contact },
          ),
        ),
    },
    actionTypes: {
      list: async ({ objectTypeId }) => {
        // The catalog is beta: a portal without it answers 403/404, which means "not available".
        const page = await call('listActionTypes', { query: { objectTypeId } }, { schema: s.actionTypePage, treatAsNull: [403, 404] });
        return page ? page.results : null;
      },
    },
    emailTemplates: {
      get: ({ templateId }) => call('getEmailTemplate', { pathParams: { templateId } }, { schema: s.emailTemplate, treatAsNull: [403, 404] }),
    },
    names: namesApi({ call, run, apiClient }),
  };
  return client;
}

function readResponse(status: number, headers: Record<string, string>, text: string): AttemptResponse {
  if (!text) return { status, headers, body: undefined };
  const parsed = safeJson(text);
  return parsed.parseFailed ? { status, headers, body: text, parseFailed: true } : { status, headers, body: parsed.value };
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/**
 * HubSpot hands out some cursors already URL-encoded (`"after": "NA%3D%3D"`, and its own next link
 * sends `after=NA%3D%3D`, i.e. the value "NA=="; seed 004). Decoded once here, so the query string
 * (which encodes again) carries exactly what HubSpot's link does. Plain cursors pass unchanged.
 */
export function cursorValue(after: string | undefined): string | undefined {
  if (!after || !/%[0-9A-Fa-f]{2}/.test(after)) return after;
  try {
    return decodeURIComponent(after);
  } catch {
    return after;
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Distinguishes tokens without keeping them in a readable key. */
function tokenFingerprint(token: string): string {
  let h = 2166136261;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
