/**
 * Legacy v2 workflow enrollment (WORKFLOWS_LEGACY_V2_API) and the v3 workflow list and single workflow (WORKFLOWS_LEGACY_V3_API).
 * No OpenAPI file covers them: the shapes follow HubSpot's legacy reference pages (documented in words
 * and examples only), so these routes carry `openapi: false`.
 */
import { WORKFLOWS_LEGACY_V2_API, WORKFLOWS_LEGACY_V3_API } from '../../server/hubspot/api-versions';
import { isRes, notFound, validation, type Res } from '../responses';
import type { LegacyMigrationStatus, LegacyWorkflow, LegacyWorkflowListResponse, LegacyWorkflowMembershipResponse, LegacyWorkflowResponse } from '../types';
import { route, SCOPES, type Ctx, type Route } from './route';
import { sensitiveRefusal } from './sensitive';

const V2 = WORKFLOWS_LEGACY_V2_API;
const V3 = WORKFLOWS_LEGACY_V3_API;

export const legacyWorkflowRoutes: Route[] = [
  route('GET', `${V2}/enrollments/contacts/{vid}`, SCOPES.automation, v2ContactWorkflows, { openapi: false }),
  route('POST', `${V2}/{workflowId}/enrollments/contacts/{email}`, SCOPES.automation, v2Enroll, { openapi: false }),
  route('DELETE', `${V2}/{workflowId}/enrollments/contacts/{email}`, SCOPES.automation, v2Unenroll, { openapi: false }),
  route('GET', V3, SCOPES.automation, v3Workflows, { openapi: false }),
  route('GET', `${V3}/{workflowId}`, SCOPES.automation, v3Workflow, { openapi: false }),
];

/**
 * GET /automation/v3/workflows/{workflowId}: HubSpot's legacy "Get a workflow"
 * (developers.hubspot.com/docs/api-reference/legacy/automation/workflows/v3/get-workflow): its example
 * answer's fields, with the portal's facts. v3 knows contact-based workflows only, so a workflow without
 * a legacy id is not found. HubSpot documents no answer for an unknown id: 404 OBJECT_NOT_FOUND here, as
 * the v2 routes answer. `actions` is empty: the portal keeps steps only on the v4 flows.
 */
function v3Workflow(ctx: Ctx): Res {
  const workflowId = Number(decodeURIComponent(ctx.params[0]));
  const w = Number.isInteger(workflowId) ? ctx.state.legacyById.get(workflowId) : undefined;
  if (!w) return notFound(`workflow ${ctx.params[0]} does not exist`);
  const lists = listIdsOf(w);
  const body: LegacyWorkflowResponse = {
    name: w.name,
    actions: [],
    id: w.workflowId,
    type: w.type,
    enabled: w.enabled,
    portalId: ctx.state.data.portalId,
    internal: false,
    onlyExecOnBizDays: false,
    nurtureTimeRange: { enabled: false, startHour: 9, stopHour: 10 },
    listening: w.enabled,
    insertedAt: w.insertedAt,
    updatedAt: w.updatedAt,
    allowContactToTriggerMultipleTimes: false,
    unenrollmentSetting: { type: 'NONE', excludedWorkflows: [] },
    recurringSetting: { type: 'NONE' },
    enrollOnCriteriaUpdate: false,
    onlyEnrollsManually: false,
    goalCriteria: [],
    reEnrollmentTriggerSets: [],
    suppressionListIds: [],
    lastUpdatedBy: 'portal@example.com',
    segmentCriteria: [],
    ...(w.flowId ? { migrationStatus: migrationStatusOf(ctx, w) } : {}),
    metaData: { triggeredByWorkflowIds: [], succeededListId: lists.succeeded, contactListIds: lists },
  };
  return { status: 200, body };
}

/**
 * `migrationStatus` as the recorded v3 list item carries it (../shared/realdata/workflows-legacy/
 * airbyte-v3-workflows-list-item-40032127.json): `flowId` (a number) is the v4 flow. Only for a workflow
 * with a v4 flow (an unmapped one carries none: what HubSpot sends then is unverified).
 */
function migrationStatusOf(ctx: Ctx, w: LegacyWorkflow): LegacyMigrationStatus {
  return {
    portalId: ctx.state.data.portalId,
    workflowId: w.workflowId,
    migrationStatus: 'EXECUTION_MIGRATED',
    enrollmentMigrationStatus: 'PLATFORM_OWNED',
    platformOwnsActions: true,
    lastSuccessfulMigrationTimestamp: null,
    enrollmentMigrationTimestamp: null,
    flowId: Number(w.flowId),
  };
}

/** The portal's author of every legacy workflow (the recording names a user; these are the portal's). */
const AUTHOR = { userId: 2620022, userEmail: 'melinda.nelson@acme-demo.com' };
const SOURCE = { source: 'DIRECT_API', serviceName: 'AutomationPlatformService-userweb' };

/**
 * GET /automation/v3/workflows: HubSpot's legacy "Get all workflows" (legacydocs.hubspot.com/docs/methods/
 * workflows/v3/get_workflows): `{ workflows: [...] }`, every workflow of the v3 API (contact-based only), no
 * paging. Each item has the fields and key order of the recorded live item (see migrationStatusOf).
 */
function v3Workflows(ctx: Ctx): Res {
  // The emulator's own cost, not HubSpot's: building and serializing a 10,000-item answer (~10 MB) on
  // every call took ~0.8 s of the 2 CPUs the measured function shares (bench/scaling.ts). The bench
  // models HubSpot's time as its latency, so the body is built once per state of the data it shows.
  const d = ctx.state.data;
  const cached = v3Cache.get(d);
  if (
    cached &&
    cached.legacy === d.legacyWorkflows &&
    cached.memberships === d.workflowMemberships &&
    cached.count === d.workflowMemberships.length &&
    cached.n === d.legacyWorkflows.length
  ) {
    return { status: 200, body: cached.body, raw: cached.raw };
  }
  const res = buildV3Workflows(ctx);
  v3Cache.set(d, {
    legacy: d.legacyWorkflows,
    memberships: d.workflowMemberships,
    count: d.workflowMemberships.length,
    n: d.legacyWorkflows.length,
    body: res.body,
    raw: JSON.stringify(res.body),
  });
  return { ...res, raw: v3Cache.get(d)!.raw };
}

const v3Cache = new WeakMap<object, { legacy: unknown; memberships: unknown; count: number; n: number; body: unknown; raw: string }>();

function buildV3Workflows(ctx: Ctx): Res {
  const counts = new Map<number, number>();
  for (const m of ctx.state.data.workflowMemberships) counts.set(m.workflowId, (counts.get(m.workflowId) ?? 0) + 1);
  const portalId = ctx.state.data.portalId;
  const body: LegacyWorkflowListResponse = {
    workflows: ctx.state.data.legacyWorkflows.map((w) => {
      const lists = listIdsOf(w);
      const members = counts.get(w.workflowId) ?? 0;
      return {
        ...(w.flowId ? { migrationStatus: migrationStatusOf(ctx, w) } : {}),
        name: w.name,
        id: w.workflowId,
        type: w.type,
        enabled: w.enabled,
        originalAuthorUserId: AUTHOR.userId,
        creationSource: { sourceApplication: SOURCE, createdByUser: AUTHOR, createdAt: w.insertedAt },
        updateSource: { sourceApplication: SOURCE, updatedByUser: AUTHOR, updatedAt: w.updatedAt },
        personaTagIds: [],
        lastUpdatedByUserId: AUTHOR.userId,
        contactListIds: lists,
        contactCounts: { active: members, enrolled: members },
        description: '',
        updatedAt: w.updatedAt,
        portalId,
        insertedAt: w.insertedAt,
      };
    }),
  };
  return { status: 200, body };
}

const listIdsOf = (w: LegacyWorkflow) => ({ enrolled: w.workflowId * 10 + 1, active: w.workflowId * 10 + 2, completed: w.workflowId * 10 + 3, succeeded: w.workflowId * 10 + 4 });

function v2ContactWorkflows(ctx: Ctx): Res {
  const vid = decodeURIComponent(ctx.params[0]);
  if (!ctx.state.contactsById.has(vid)) return notFound(`contact ${vid} does not exist`);
  const body: LegacyWorkflowMembershipResponse[] = ctx.state.workflowIdsOf(vid).map((id) => {
    const w = ctx.state.legacyById.get(id)!;
    return {
      id: w.workflowId,
      name: w.name,
      type: w.type,
      enabled: w.enabled,
      portalId: ctx.state.data.portalId,
      insertedAt: w.insertedAt,
      updatedAt: w.updatedAt,
      personaTagIds: [],
      contactListIds: { enrolled: w.workflowId * 10 + 1, active: w.workflowId * 10 + 2 },
      ...(ctx.opts.v2MigrationStatus && w.flowId ? { migrationStatus: migrationStatusOf(ctx, w) } : {}),
    };
  });
  return { status: 200, body };
}

function v2Target(ctx: Ctx) {
  const workflowId = Number(decodeURIComponent(ctx.params[0]));
  const email = decodeURIComponent(ctx.params[1]).toLowerCase();
  const w = Number.isInteger(workflowId) ? ctx.state.legacyById.get(workflowId) : undefined;
  if (!w) return notFound(`workflow ${ctx.params[0]} does not exist`);
  const c = ctx.state.contactsByEmail.get(email);
  if (!c) return notFound(`contact with email ${email} does not exist`);
  return { w, c };
}

function v2Enroll(ctx: Ctx): Res {
  const t = v2Target(ctx);
  if (isRes(t)) return t;
  // HubSpot documents no reason code for a disabled workflow (v2 has no OpenAPI file): status, category, message.
  if (!t.w.enabled) return validation(`workflow ${t.w.workflowId} is not enabled`);
  const refused = sensitiveRefusal(ctx, t.w.flowId, 'write');
  if (refused) return refused;
  ctx.state.enrollInWorkflow(t.c, t.w);
  return { status: 204 };
}

/**
 * HubSpot's reference ("Unenroll a contact from a workflow") documents the route and its parameters
 * only: no status for success and nothing for a contact that is not in the workflow. The portal answers
 * 204 (as the POST documents) in both cases, and 404 for an unknown workflow or email, like the POST.
 */
function v2Unenroll(ctx: Ctx): Res {
  const t = v2Target(ctx);
  if (isRes(t)) return t;
  const refused = sensitiveRefusal(ctx, t.w.flowId, 'write');
  if (refused) return refused;
  const had = ctx.state.unenrollFromWorkflow(t.c.id, t.w.workflowId);
  ctx.state.enrollmentEvents.push({ kind: 'workflow-unenroll', contactId: t.c.id, targetId: String(t.w.workflowId), at: Date.now(), duplicate: !had });
  return { status: 204 };
}
