/**
 * Emulated HubSpot portal (node:http only). Holds the app to HubSpot's published contracts:
 * ../shared/hubspot-openapi/*.json and ../shared/docs/hubspot-platform.md. See portal/README.md.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { seedData } from './fixtures';
import { PortalState } from './state';
import type { CallRecord, FaultConfig, PortalData, TokenConfig } from './types';
import { prng } from './prng';
import { SEQUENCES_API } from '../server/hubspot/api-versions';

export type { CallRecord, FaultConfig, PortalData } from './types';
export { PortalState } from './state';

export interface PortalOptions {
  /** 0 = random */
  port?: number;
  host?: string;
  data?: PortalData;
  tokens?: TokenConfig;
  faults?: Partial<FaultConfig>;
  rateLimit?: { per10s: number; daily: number };
  seed?: number;
  /** what GET …/enrollments/contact/{id} answers for a contact in no sequence (real shape unverified) */
  notEnrolledShape?: '404' | 'empty';
  /** serve GET /automation/2026-09-beta/action-types (default true) */
  betaActionTypes?: boolean;
}

export interface Portal {
  url: string;
  port: number;
  state: PortalState;
  calls: CallRecord[];
  setFaults(f: Partial<FaultConfig>): void;
  resetFaults(): void;
  /** state back to its initial data, calls cleared */
  reset(): void;
  clearCalls(): void;
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'local-dev-token';
export const NO_SEQUENCES_TOKEN = 'local-no-sequences-token';

export const SCOPES = {
  sequencesRead: 'automation.sequences.read',
  sequencesEnroll: 'automation.sequences.enrollments.write',
  automation: 'automation',
  contactsRead: 'crm.objects.contacts.read',
} as const;

export const NO_FAULTS: FaultConfig = {
  latencyMs: 0, jitterMs: 0, rate429: 0, rate5xx: 0, rateDropBefore: 0, rateDropAfter: 0,
  rateSlow: 0, slowMs: 0, rateMalformedJson: 0, rateSchemaBreak: 0,
};

// ---------------------------------------------------------------------------------------------
// Errors

export interface HsError {
  status: 'error';
  message: string;
  correlationId: string;
  category: string;
  subCategory?: string;
  errors?: { message: string; code?: string; context?: Record<string, string[]> }[];
  links?: Record<string, string>;
  [k: string]: unknown;
}

interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function err(status: number, category: string, message: string, extra: Partial<HsError> = {}): Res {
  return { status, body: { status: 'error', message, correlationId: randomUUID(), category, ...extra } };
}
/** A refusal with its reason in both subCategory and errors[0].code. */
function refusal(status: number, category: string, code: string, message: string, context?: Record<string, string[]>): Res {
  return err(status, category, message, { subCategory: code, errors: [{ message, code, ...(context ? { context } : {}) }] });
}
const validation = (code: string, message: string, context?: Record<string, string[]>) => refusal(400, 'VALIDATION_ERROR', code, message, context);
const notFound = (code: string, message: string) => refusal(404, 'OBJECT_NOT_FOUND', code, message);

// ---------------------------------------------------------------------------------------------
// Routes

interface Ctx {
  state: PortalState;
  opts: Required<Pick<PortalOptions, 'notEnrolledShape' | 'betaActionTypes'>>;
  params: string[];
  query: URLSearchParams;
  body: unknown;
  basePath: string;
}

interface Route {
  method: string;
  re: RegExp;
  /** scope from the OpenAPI operation's `security` (v2: `automation`) */
  scope: string;
  /** OpenAPI path (for the contract test) or null when no OpenAPI file covers it */
  openapi: string | null;
  handler: (ctx: Ctx) => Res;
}

const SEQ_BASES = [SEQUENCES_API, '/automation/sequences/2026-03', '/automation/v4/sequences'];
const CONTACT_BASES = ['/crm/v3/objects/contacts', '/crm/objects/2026-03/contacts'];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const SEG = '([^/]+)';

export const ROUTES: Route[] = [];
for (const base of SEQ_BASES) {
  const b = esc(base);
  ROUTES.push(
    { method: 'GET', re: new RegExp(`^${b}/?$`), scope: SCOPES.sequencesRead, openapi: base, handler: listSequences },
    { method: 'POST', re: new RegExp(`^${b}/enrollments/?$`), scope: SCOPES.sequencesEnroll, openapi: `${base}/enrollments`, handler: enroll },
    { method: 'GET', re: new RegExp(`^${b}/enrollments/contact/${SEG}$`), scope: SCOPES.sequencesRead, openapi: `${base}/enrollments/contact/{contactId}`, handler: contactEnrollment },
    { method: 'GET', re: new RegExp(`^${b}/${SEG}$`), scope: SCOPES.sequencesRead, openapi: `${base}/{sequenceId}`, handler: getSequence },
  );
}
for (const base of CONTACT_BASES) {
  ROUTES.push({ method: 'GET', re: new RegExp(`^${esc(base)}/${SEG}$`), scope: SCOPES.contactsRead, openapi: `${base}/{contactId}`, handler: getContact });
}
ROUTES.push(
  { method: 'GET', re: /^\/automation\/v4\/flows\/?$/, scope: SCOPES.automation, openapi: '/automation/v4/flows', handler: listFlows },
  { method: 'POST', re: /^\/automation\/v4\/flows\/batch\/read$/, scope: SCOPES.automation, openapi: '/automation/v4/flows/batch/read', handler: batchReadFlows },
  { method: 'POST', re: /^\/automation\/v4\/workflow-id-mappings\/batch\/read$/, scope: SCOPES.automation, openapi: '/automation/v4/workflow-id-mappings/batch/read', handler: batchReadMappings },
  { method: 'GET', re: /^\/automation\/v4\/flows\/([^/]+)$/, scope: SCOPES.automation, openapi: '/automation/v4/flows/{flowId}', handler: getFlow },
  { method: 'GET', re: /^\/automation\/2026-09-beta\/action-types\/?$/, scope: SCOPES.automation, openapi: '/automation/2026-09-beta/action-types', handler: actionTypes },
  { method: 'GET', re: /^\/automation\/v2\/workflows\/enrollments\/contacts\/([^/]+)$/, scope: SCOPES.automation, openapi: null, handler: v2ContactWorkflows },
  { method: 'POST', re: /^\/automation\/v2\/workflows\/([^/]+)\/enrollments\/contacts\/([^/]+)$/, scope: SCOPES.automation, openapi: null, handler: v2Enroll },
  { method: 'DELETE', re: /^\/automation\/v2\/workflows\/([^/]+)\/enrollments\/contacts\/([^/]+)$/, scope: SCOPES.automation, openapi: null, handler: v2Unenroll },
);

function parseLimit(q: URLSearchParams, dflt: number, max: number): number | Res {
  const raw = q.get('limit');
  if (raw === null || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) return validation('INVALID_LIMIT', `limit must be a positive integer, got '${raw}'`);
  return Math.min(n, max);
}
function parseAfter(q: URLSearchParams): number | Res {
  const raw = q.get('after');
  if (raw === null || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) return validation('INVALID_AFTER', `after is not a valid paging cursor: '${raw}'`);
  return n;
}
const isRes = (x: unknown): x is Res => typeof x === 'object' && x !== null && 'status' in x;

function requireUser(ctx: Ctx): Res | string {
  const userId = ctx.query.get('userId');
  if (!userId) return validation('MISSING_USER_ID', 'query param userId may not be null', { userId: ['null'] });
  if (!ctx.state.usersById.has(userId)) return validation('INVALID_USER_ID', `userId ${userId} is not a user of this portal`, { userId: [userId] });
  return userId;
}

function sequenceLite(s: { id: string; name: string; userId: string; folderId?: string; createdAt: string; updatedAt: string }) {
  const o: Record<string, string> = { id: s.id, name: s.name, userId: s.userId, createdAt: s.createdAt, updatedAt: s.updatedAt };
  if (s.folderId) o.folderId = s.folderId;
  return o;
}

/** Default page size 10 (the OpenAPI gives none: unverified), max 100. */
export const SEQUENCE_PAGE = { default: 10, max: 100 };
export const FLOW_PAGE = { default: 100, max: 100 };

function listSequences(ctx: Ctx): Res {
  const u = requireUser(ctx);
  if (isRes(u)) return u;
  const limit = parseLimit(ctx.query, SEQUENCE_PAGE.default, SEQUENCE_PAGE.max);
  if (isRes(limit)) return limit;
  const after = parseAfter(ctx.query);
  if (isRes(after)) return after;
  const all = ctx.state.sequencesMatching(ctx.query.get('name') ?? undefined);
  const page = all.slice(after, after + limit);
  const body: Record<string, unknown> = { total: all.length, results: page.map(sequenceLite) };
  if (after + limit < all.length) {
    const next = String(after + limit);
    const q = new URLSearchParams(ctx.query);
    q.set('after', next);
    body.paging = { next: { after: next, link: `https://api.hubapi.com${ctx.basePath}?${q}` } };
  }
  return { status: 200, body };
}

function getSequence(ctx: Ctx): Res {
  const u = requireUser(ctx);
  if (isRes(u)) return u;
  const s = ctx.state.sequencesById.get(decodeURIComponent(ctx.params[0]));
  if (!s) return notFound('SEQUENCE_NOT_FOUND', `Sequence ${ctx.params[0]} not found`);
  return { status: 200, body: structuredClone(s) };
}

function enroll(ctx: Ctx): Res {
  const u = requireUser(ctx);
  if (isRes(u)) return u;
  const b = ctx.body as Record<string, unknown> | undefined;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return validation('INVALID_BODY', 'Request body must be a JSON object');
  for (const f of ['contactId', 'sequenceId', 'senderEmail']) {
    if (b[f] === undefined || b[f] === null || b[f] === '') return validation('MISSING_FIELD', `${f} may not be null`, { [f]: ['null'] });
    if (typeof b[f] !== 'string') return validation('INVALID_FIELD', `${f} must be a string`, { [f]: [String(b[f])] });
  }
  if (b.senderAliasAddress !== undefined && typeof b.senderAliasAddress !== 'string') return validation('INVALID_FIELD', 'senderAliasAddress must be a string');
  const { state } = ctx;
  const user = state.usersById.get(u)!;
  if (!user.paidSeat) {
    return refusal(403, 'FORBIDDEN', 'PAID_SEAT_REQUIRED', `User ${user.userId} needs a paid Sales or Service Hub seat to enroll contacts in sequences`);
  }
  const sequence = state.sequencesById.get(b.sequenceId as string);
  if (!sequence) return notFound('SEQUENCE_NOT_FOUND', `Sequence ${b.sequenceId} not found`);
  const contact = state.contactsById.get(b.contactId as string);
  if (!contact) return notFound('CONTACT_NOT_FOUND', `Contact ${b.contactId} not found`);
  const sender = (b.senderEmail as string).toLowerCase();
  const inboxes = user.inboxes.map((i) => i.toLowerCase());
  if (inboxes.length === 0) return validation('SENDER_NOT_CONNECTED', 'no connected inboxes for specified user email', { senderEmail: [b.senderEmail as string] });
  if (!inboxes.includes(sender)) {
    return validation('SENDER_NOT_CONNECTED', `senderEmail ${b.senderEmail} is not a connected inbox of user ${user.userId}`, { senderEmail: [b.senderEmail as string] });
  }
  if (b.senderAliasAddress && !inboxes.includes((b.senderAliasAddress as string).toLowerCase())) {
    return validation('SENDER_NOT_CONNECTED', `senderAliasAddress ${b.senderAliasAddress} is not a connected inbox of user ${user.userId}`);
  }
  const p = contact.properties;
  if (!p.email) return validation('CONTACT_HAS_NO_EMAIL', `Contact ${contact.id} has no email address`);
  if (state.activeEnrollment(contact.id)) return validation('ALREADY_ENROLLED', `Contact ${contact.id} is already enrolled in a sequence`);
  if (p.hs_email_optout === 'true') return validation('UNSUBSCRIBED', `Contact ${contact.id} has unsubscribed from all email`);
  if (p.hs_email_hard_bounce_reason_enum) return validation('BOUNCED', `Email to contact ${contact.id} previously hard bounced`);
  const e = state.enrollInSequence(contact, sequence, user, b.senderEmail as string);
  return { status: 200, body: { id: e.id, toEmail: e.toEmail, enrolledAt: e.enrolledAt, updatedAt: e.updatedAt } };
}

function contactEnrollment(ctx: Ctx): Res {
  const id = decodeURIComponent(ctx.params[0]);
  if (!ctx.state.contactsById.has(id)) return notFound('CONTACT_NOT_FOUND', `Contact ${id} not found`);
  const e = ctx.state.activeEnrollment(id);
  if (!e) {
    if (ctx.opts.notEnrolledShape === 'empty') return { status: 200, body: {} };
    return notFound('ENROLLMENT_NOT_FOUND', `Contact ${id} is not enrolled in any sequence`);
  }
  const s = ctx.state.sequencesById.get(e.sequenceId);
  return {
    status: 200,
    body: { id: e.id, sequenceId: e.sequenceId, sequenceName: s?.name ?? '', enrolledBy: e.enrolledBy, enrolledByEmail: e.enrolledByEmail,
      toEmail: e.toEmail, enrolledAt: e.enrolledAt, updatedAt: e.updatedAt },
  };
}

const DEFAULT_CONTACT_PROPS = ['email', 'firstname', 'lastname'];
const ALWAYS_CONTACT_PROPS = ['hs_object_id', 'createdate', 'lastmodifieddate'];

function getContact(ctx: Ctx): Res {
  const raw = decodeURIComponent(ctx.params[0]);
  const idProperty = ctx.query.get('idProperty');
  const c = idProperty === 'email' ? ctx.state.contactsByEmail.get(raw.toLowerCase()) : ctx.state.contactsById.get(raw);
  if (!c) return notFound('OBJECT_NOT_FOUND', `Object not found. objectId are usually numeric.`);
  const requested = ctx.query.getAll('properties').flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  const names = [...new Set([...(requested.length ? requested : DEFAULT_CONTACT_PROPS), ...ALWAYS_CONTACT_PROPS])];
  const properties: Record<string, string | null> = {};
  // A property this portal does not define is left out; a defined property without value is null (as HubSpot does).
  for (const n of names) if (n in c.properties || DEFAULT_CONTACT_PROPS.includes(n)) properties[n] = c.properties[n] ?? null;
  return { status: 200, body: { id: c.id, properties, createdAt: c.createdAt, updatedAt: c.updatedAt, archived: false } };
}

function flowListing(f: Record<string, unknown>) {
  const o: Record<string, unknown> = {};
  for (const k of ['id', 'name', 'flowType', 'objectTypeId', 'isEnabled', 'revisionId', 'createdAt', 'updatedAt', 'uuid']) if (f[k] !== undefined) o[k] = f[k];
  return o;
}

function listFlows(ctx: Ctx): Res {
  const limit = parseLimit(ctx.query, FLOW_PAGE.default, FLOW_PAGE.max);
  if (isRes(limit)) return limit;
  const after = parseAfter(ctx.query);
  if (isRes(after)) return after;
  const all = ctx.state.data.flows;
  const body: Record<string, unknown> = { results: all.slice(after, after + limit).map(flowListing) };
  if (after + limit < all.length) {
    const next = String(after + limit);
    body.paging = { next: { after: next, link: `https://api.hubapi.com/automation/v4/flows?after=${next}&limit=${limit}` } };
  }
  return { status: 200, body };
}

function getFlow(ctx: Ctx): Res {
  const id = decodeURIComponent(ctx.params[0]);
  const f = ctx.state.flowsById.get(id);
  if (!f) return notFound('FLOW_NOT_FOUND', `Flow ${id} not found`);
  return { status: 200, body: structuredClone(f) };
}

function batchError(message: string, context: Record<string, string[]>) {
  return { status: 'error', category: 'OBJECT_NOT_FOUND', message, context, errors: [], links: {} };
}

function batchInputs(ctx: Ctx): Record<string, unknown>[] | Res {
  const b = ctx.body as { inputs?: unknown } | undefined;
  if (!b || typeof b !== 'object' || !Array.isArray(b.inputs)) return validation('INVALID_BODY', 'inputs may not be null', { inputs: ['null'] });
  if (b.inputs.length > 100) return validation('TOO_MANY_INPUTS', `at most 100 inputs per batch, got ${b.inputs.length}`);
  for (const i of b.inputs) if (!i || typeof i !== 'object') return validation('INVALID_INPUT', 'each input must be an object');
  return b.inputs as Record<string, unknown>[];
}

function batchRes(results: unknown[], errors: unknown[], startedAt: string): Res {
  const body: Record<string, unknown> = { status: 'COMPLETE', results, startedAt, completedAt: new Date().toISOString() };
  if (errors.length) Object.assign(body, { errors, numErrors: errors.length });
  return { status: errors.length ? 207 : 200, body };
}

function batchReadFlows(ctx: Ctx): Res {
  const startedAt = new Date().toISOString();
  const inputs = batchInputs(ctx);
  if (isRes(inputs)) return inputs;
  const results: unknown[] = [];
  const missing: string[] = [];
  for (const i of inputs) {
    if (i.type !== 'FLOW_ID' || typeof i.flowId !== 'string') {
      return validation('INVALID_INPUT', `each input must be { flowId: string, type: 'FLOW_ID' }, got ${JSON.stringify(i)}`);
    }
    const f = ctx.state.flowsById.get(i.flowId);
    if (f) results.push(structuredClone(f));
    else missing.push(i.flowId);
  }
  const errors = missing.length ? [batchError(`Could not find flows with ids: ${missing.join(', ')}`, { ids: missing })] : [];
  return batchRes(results, errors, startedAt);
}

function batchReadMappings(ctx: Ctx): Res {
  const startedAt = new Date().toISOString();
  const inputs = batchInputs(ctx);
  if (isRes(inputs)) return inputs;
  const results: { flowId: number; workflowId: number }[] = [];
  const missingFlows: string[] = [];
  const missingWorkflows: string[] = [];
  for (const i of inputs) {
    if (i.type === 'FLOW_ID' && typeof i.flowId === 'string') {
      const w = ctx.state.legacyByFlowId.get(i.flowId);
      if (w) results.push({ flowId: Number(w.flowId), workflowId: w.workflowId });
      else missingFlows.push(i.flowId);
    } else if (i.type === 'WORKFLOW_ID' && typeof i.workflowId === 'string') {
      const w = ctx.state.legacyById.get(Number(i.workflowId));
      if (w?.flowId) results.push({ flowId: Number(w.flowId), workflowId: w.workflowId });
      else missingWorkflows.push(i.workflowId);
    } else {
      return validation('INVALID_INPUT', `each input must be { type: 'FLOW_ID', flowId: string } or { type: 'WORKFLOW_ID', workflowId: string }, got ${JSON.stringify(i)}`);
    }
  }
  const errors = [];
  if (missingFlows.length) errors.push(batchError(`No workflow id mapping for flow ids: ${missingFlows.join(', ')}`, { flowIds: missingFlows }));
  if (missingWorkflows.length) errors.push(batchError(`No flow id mapping for workflow ids: ${missingWorkflows.join(', ')}`, { workflowIds: missingWorkflows }));
  return batchRes(results, errors, startedAt);
}

function actionTypes(ctx: Ctx): Res {
  if (!ctx.opts.betaActionTypes) return err(404, 'OBJECT_NOT_FOUND', 'Not found');
  const obj = ctx.query.get('objectTypeId');
  const results = ctx.state.data.actionTypes.filter((a) => !obj || a.objectTypeIds.includes(obj));
  return { status: 200, body: { results: structuredClone(results) } };
}

function v2ContactWorkflows(ctx: Ctx): Res {
  const vid = decodeURIComponent(ctx.params[0]);
  if (!ctx.state.contactsById.has(vid)) return notFound('CONTACT_NOT_FOUND', `contact ${vid} does not exist`);
  const body = ctx.state.workflowIdsOf(vid).map((id) => {
    const w = ctx.state.legacyById.get(id)!;
    return {
      id: w.workflowId, name: w.name, type: w.type, enabled: w.enabled, portalId: ctx.state.data.portalId,
      insertedAt: w.insertedAt, updatedAt: w.updatedAt, personaTagIds: [], contactListIds: { enrolled: w.workflowId * 10 + 1, active: w.workflowId * 10 + 2 },
    };
  });
  return { status: 200, body };
}

function v2Target(ctx: Ctx) {
  const workflowId = Number(decodeURIComponent(ctx.params[0]));
  const email = decodeURIComponent(ctx.params[1]).toLowerCase();
  const w = Number.isInteger(workflowId) ? ctx.state.legacyById.get(workflowId) : undefined;
  if (!w) return notFound('WORKFLOW_NOT_FOUND', `workflow ${ctx.params[0]} does not exist`);
  const c = ctx.state.contactsByEmail.get(email);
  if (!c) return notFound('CONTACT_NOT_FOUND', `contact with email ${email} does not exist`);
  return { w, c };
}

function v2Enroll(ctx: Ctx): Res {
  const t = v2Target(ctx);
  if (isRes(t)) return t;
  if (!t.w.enabled) return validation('WORKFLOW_DISABLED', `workflow ${t.w.workflowId} is not enabled`);
  ctx.state.enrollInWorkflow(t.c, t.w);
  return { status: 204 };
}

function v2Unenroll(ctx: Ctx): Res {
  const t = v2Target(ctx);
  if (isRes(t)) return t;
  ctx.state.unenrollFromWorkflow(t.c.id, t.w.workflowId);
  return { status: 204 };
}

// ---------------------------------------------------------------------------------------------
// Faults, rate limits, server


const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

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

interface RateBucket { window: number[]; day: string; dayCount: number }

function isLoopback(addr: string | undefined): boolean {
  return addr === '127.0.0.1' || addr === '::1' || addr === '::ffff:127.0.0.1';
}

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

export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const host = options.host ?? '127.0.0.1';
  const initial = options.data ?? seedData();
  const state = new PortalState(initial);
  const tokens: TokenConfig = options.tokens ?? { [DEFAULT_TOKEN]: { scopes: '*' } };
  const limits = options.rateLimit ?? { per10s: 190, daily: 1_000_000 };
  const opts = { notEnrolledShape: options.notEnrolledShape ?? '404', betaActionTypes: options.betaActionTypes ?? true } as const;
  let faults: FaultConfig = { ...NO_FAULTS, ...options.faults };
  let rand = prng(options.seed ?? 42);
  const calls: CallRecord[] = [];
  const buckets = new Map<string, RateBucket>();

  function rateHeaders(b: RateBucket): Record<string, string> {
    return {
      'X-HubSpot-RateLimit-Max': String(limits.per10s),
      'X-HubSpot-RateLimit-Remaining': String(Math.max(0, limits.per10s - b.window.length)),
      'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
      'X-HubSpot-RateLimit-Daily': String(limits.daily),
      'X-HubSpot-RateLimit-Daily-Remaining': String(Math.max(0, limits.daily - b.dayCount)),
    };
  }
  function bucketOf(token: string, now: number): RateBucket {
    let b = buckets.get(token);
    const day = new Date(now).toISOString().slice(0, 10);
    if (!b) buckets.set(token, (b = { window: [], day, dayCount: 0 }));
    if (b.day !== day) Object.assign(b, { day, dayCount: 0 });
    while (b.window.length && b.window[0] <= now - 10_000) b.window.shift();
    return b;
  }
  function rateLimited(policyName: 'TEN_SECONDLY_ROLLING' | 'DAILY', retryAfterS: number, headers: Record<string, string>): Res {
    const limitName = policyName === 'DAILY' ? 'daily' : 'ten_secondly_rolling';
    return {
      status: 429,
      headers: { ...headers, 'Retry-After': String(retryAfterS) },
      body: { status: 'error', message: `You have reached your ${limitName} limit.`, errorType: 'RATE_LIMIT', correlationId: randomUUID(), policyName, category: 'RATE_LIMITS' },
    };
  }

  /** auth → rate limit → route → scope → handler */
  function handle(method: string, path: string, query: URLSearchParams, rawBody: string, authz: string | undefined): Res {
    const token = /^Bearer\s+(.+)$/i.exec(authz ?? '')?.[1]?.trim();
    if (!token) {
      return err(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview');
    }
    const tk = tokens[token];
    if (!tk) return err(401, 'INVALID_AUTHENTICATION', 'The OAuth token used to make this call expired or is invalid.', { errors: [{ message: 'Invalid token', code: 'INVALID_AUTHENTICATION' }] });
    const now = Date.now();
    const b = bucketOf(token, now);
    if (b.dayCount >= limits.daily) {
      const midnight = Date.parse(`${b.day}T00:00:00.000Z`) + 86_400_000;
      return rateLimited('DAILY', Math.max(1, Math.ceil((midnight - now) / 1000)), rateHeaders(b));
    }
    if (b.window.length >= limits.per10s) {
      return rateLimited('TEN_SECONDLY_ROLLING', Math.max(1, Math.ceil((b.window[0] + 10_000 - now) / 1000)), rateHeaders(b));
    }
    b.window.push(now);
    b.dayCount++;
    const headers = rateHeaders(b);
    const res = route(method, path, query, rawBody, tk.scopes);
    res.headers = { ...headers, ...res.headers };
    return res;
  }

  function route(method: string, path: string, query: URLSearchParams, rawBody: string, scopes: string[] | '*'): Res {
    let pathMatched = false;
    for (const r of ROUTES) {
      const m = r.re.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      if (scopes !== '*' && !scopes.includes(r.scope)) {
        return err(403, 'MISSING_SCOPES', "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.", {
          errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [r.scope] } }],
          links: { scopes: 'https://developers.hubspot.com/scopes' },
        });
      }
      let body: unknown;
      if (rawBody.trim()) {
        try {
          body = JSON.parse(rawBody);
        } catch {
          return validation('INVALID_JSON', 'Invalid input JSON on line 1: request body could not be parsed');
        }
      }
      const basePath = path.replace(/\/$/, '');
      return r.handler({ state, opts, params: m.slice(1), query, body, basePath });
    }
    if (pathMatched) return err(405, 'VALIDATION_ERROR', `Method ${method} not allowed on ${path}`);
    return err(404, 'OBJECT_NOT_FOUND', `No route for ${method} ${path} on this emulated portal`);
  }

  function handleAdmin(req: http.IncomingMessage, path: string, rawBody: string): Res {
    if (!isLoopback(req.socket.remoteAddress)) return err(403, 'FORBIDDEN', 'admin endpoints are loopback only');
    const m = req.method;
    if (path === '/__admin/faults' && m === 'GET') return { status: 200, body: faults };
    if (path === '/__admin/faults' && m === 'POST') {
      try {
        portal.setFaults(rawBody.trim() ? JSON.parse(rawBody) : {});
      } catch (e) {
        return validation('INVALID_FAULTS', `bad fault config: ${(e as Error).message}`);
      }
      return { status: 200, body: faults };
    }
    if (path === '/__admin/reset' && m === 'POST') {
      portal.reset();
      return { status: 200, body: { ok: true } };
    }
    if (path === '/__admin/calls' && m === 'GET') return { status: 200, body: calls };
    if (path === '/__admin/calls' && m === 'DELETE') {
      portal.clearCalls();
      return { status: 204 };
    }
    if (path === '/__admin/state' && m === 'GET') return { status: 200, body: stateSummary(state) };
    if (path === '/__admin/enrollment-events' && m === 'GET') return { status: 200, body: state.enrollmentEvents };
    return err(404, 'OBJECT_NOT_FOUND', `No admin route ${m} ${path}`);
  }

  function send(res: http.ServerResponse, r: Res, rawOverride?: string): void {
    const correlationId = (r.body as { correlationId?: string } | undefined)?.correlationId ?? randomUUID();
    const headers: Record<string, string> = { 'X-HubSpot-Correlation-Id': correlationId, ...r.headers };
    if (r.body !== undefined && r.status !== 204) {
      const text = rawOverride ?? JSON.stringify(r.body);
      headers['Content-Type'] = 'application/json;charset=utf-8';
      headers['Content-Length'] = String(Buffer.byteLength(text));
      res.writeHead(r.status, headers);
      res.end(text);
    } else {
      res.writeHead(r.status, headers);
      res.end();
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const startedAt = Date.now();
      const url = new URL(req.url ?? '/', 'http://portal.local');
      const path = url.pathname;
      const method = (req.method ?? 'GET').toUpperCase();
      const rawBody = await readBody(req).catch(() => '');
      if (path.startsWith('/__admin')) {
        send(res, handleAdmin(req, path, rawBody));
        return;
      }
      const record: CallRecord = { method, path, query: queryRecord(url.searchParams), status: 0, startedAt, endedAt: 0 };
      const finish = (status: number, faulted?: string) => {
        record.status = status;
        record.endedAt = Date.now();
        if (faulted) record.faulted = faulted;
        calls.push(record);
      };
      const f = faults;
      const matches = !f.only || new RegExp(f.only).test(`${method} ${path}`);
      // Always draw the same amount per matching request: decisions stay reproducible whatever happens.
      const r = matches ? Array.from({ length: 8 }, () => rand()) : [];
      if (matches) {
        const delay = f.latencyMs + f.jitterMs * r[0];
        if (delay > 0) await sleep(delay);
        if (r[1] < f.rateDropBefore) {
          req.socket.destroy();
          finish(0, 'dropBefore');
          return;
        }
        if (r[2] < f.rate429) {
          const rl = rateLimited('TEN_SECONDLY_ROLLING', 1, {
            'X-HubSpot-RateLimit-Max': String(limits.per10s), 'X-HubSpot-RateLimit-Remaining': '0', 'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
          });
          send(res, rl);
          finish(429, '429');
          return;
        }
        if (r[3] < f.rate5xx) {
          const status = [500, 502, 503][Math.floor(r[7] * 3)];
          send(res, err(status, 'INTERNAL_ERROR', 'internal error'));
          finish(status, '5xx');
          return;
        }
      }
      const out = handle(method, path, url.searchParams, rawBody, req.headers.authorization);
      if (matches) {
        if (r[4] < f.rateDropAfter) {
          req.socket.destroy();
          finish(0, 'dropAfter');
          return;
        }
        if (r[5] < f.rateSlow) {
          await sleep(f.slowMs);
          send(res, out);
          finish(out.status, 'slow');
          return;
        }
        const jsonOk = out.status >= 200 && out.status < 300 && out.body !== undefined;
        if (jsonOk && r[6] < f.rateMalformedJson) {
          const text = JSON.stringify(out.body);
          send(res, { ...out, status: 200 }, text.slice(0, Math.max(1, Math.floor(text.length / 2))));
          finish(200, 'malformedJson');
          return;
        }
        if (jsonOk && r[7] < f.rateSchemaBreak) {
          send(res, { ...out, status: 200, body: breakSchema(out.body) });
          finish(200, 'schemaBreak');
          return;
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

  const portal: Portal = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    state,
    calls,
    setFaults(nf) {
      if (nf.only !== undefined) new RegExp(nf.only); // throws on a bad regex
      faults = { ...faults, ...nf };
    },
    resetFaults() {
      faults = { ...NO_FAULTS };
    },
    reset() {
      state.reset();
      calls.length = 0;
      buckets.clear();
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

/** GET /__admin/state: what the local workbench's pickers need. */
export function stateSummary(state: PortalState) {
  const d = state.data;
  return {
    portalId: d.portalId,
    users: d.users,
    contacts: d.contacts.slice(0, 1000).map((c) => ({
      id: c.id, email: c.properties.email, firstname: c.properties.firstname, lastname: c.properties.lastname,
      enrolledInSequence: state.activeEnrollment(c.id)?.sequenceId ?? null, workflowIds: state.workflowIdsOf(c.id),
    })),
    contactCount: d.contacts.length,
    sequences: state.sequenceList.slice(0, 1000).map((s) => ({ id: s.id, name: s.name, userId: s.userId })),
    sequenceCount: d.sequences.length,
    flows: d.flows.slice(0, 1000).map((f) => ({ id: f.id, name: f.name, objectTypeId: f.objectTypeId, isEnabled: f.isEnabled })),
    flowCount: d.flows.length,
    legacyWorkflows: d.legacyWorkflows,
    enrollments: d.sequenceEnrollments.filter((e) => e.active),
    workflowMemberships: d.workflowMemberships.length,
    enrollmentEvents: state.enrollmentEvents.length,
  };
}
