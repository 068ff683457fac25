/**
 * Legacy v2 workflow enrollment (WORKFLOWS_LEGACY_V2_API) and the v3 workflow list and single workflow (WORKFLOWS_LEGACY_V3_API).
 * No OpenAPI file covers them: the shapes follow HubSpot's legacy reference pages (documented in words
 * and examples only), so these routes carry `openapi: false`.
 */
import { WORKFLOWS_LEGACY_V2_API, WORKFLOWS_LEGACY_V3_API } from '../../server/hubspot/api-versions';
import { isRes, notFound, validation, type Res } from '../responses';
import type { LegacyWorkflowListResponse, LegacyWorkflowMembershipResponse, LegacyWorkflowResponse } from '../types';
import { route, SCOPES, type Ctx, type Route } from './route';

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
  const lists = { enrolled: w.workflowId * 10 + 1, active: w.workflowId * 10 + 2, completed: w.workflowId * 10 + 3, succeeded: w.workflowId * 10 + 4 };
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
    metaData: { triggeredByWorkflowIds: [], succeededListId: lists.succeeded, contactListIds: lists },
  };
  return { status: 200, body };
}

/**
 * GET /automation/v3/workflows: HubSpot's legacy "Get all workflows" (legacydocs.hubspot.com/docs/methods/
 * workflows/v3/get_workflows): `{ workflows: [{ name, id, type, enabled, insertedAt, updatedAt,
 * personaTagIds, contactListIds }] }`, every workflow of the v3 API (contact-based only), no paging.
 */
function v3Workflows(ctx: Ctx): Res {
  const body: LegacyWorkflowListResponse = {
    workflows: ctx.state.data.legacyWorkflows.map((w) => ({
      name: w.name,
      id: w.workflowId,
      type: w.type,
      enabled: w.enabled,
      insertedAt: w.insertedAt,
      updatedAt: w.updatedAt,
      personaTagIds: [],
      contactListIds: { enrolled: w.workflowId * 10 + 1, active: w.workflowId * 10 + 2, steps: [] },
    })),
  };
  return { status: 200, body };
}

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
  const had = ctx.state.unenrollFromWorkflow(t.c.id, t.w.workflowId);
  ctx.state.enrollmentEvents.push({ kind: 'workflow-unenroll', contactId: t.c.id, targetId: String(t.w.workflowId), at: Date.now(), duplicate: !had });
  return { status: 204 };
}
