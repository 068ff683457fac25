/**
 * Legacy v2 workflow enrollment (WORKFLOWS_LEGACY_V2_API). No OpenAPI file covers v2: the shapes follow
 * HubSpot's v2 reference pages (documented in words only), so these routes carry `openapi: false`.
 */
import { WORKFLOWS_LEGACY_V2_API } from '../../server/hubspot/api-versions';
import { isRes, notFound, validation, type Res } from '../responses';
import type { LegacyWorkflowMembershipResponse } from '../types';
import { route, SCOPES, type Ctx, type Route } from './route';

const V2 = WORKFLOWS_LEGACY_V2_API;

export const legacyWorkflowRoutes: Route[] = [
  route('GET', `${V2}/enrollments/contacts/{vid}`, SCOPES.automation, v2ContactWorkflows, { openapi: false }),
  route('POST', `${V2}/{workflowId}/enrollments/contacts/{email}`, SCOPES.automation, v2Enroll, { openapi: false }),
  route('DELETE', `${V2}/{workflowId}/enrollments/contacts/{email}`, SCOPES.automation, v2Unenroll, { openapi: false }),
];

function v2ContactWorkflows(ctx: Ctx): Res {
  const vid = decodeURIComponent(ctx.params[0]);
  if (!ctx.state.contactsById.has(vid)) return notFound('CONTACT_NOT_FOUND', `contact ${vid} does not exist`);
  const body: LegacyWorkflowMembershipResponse[] = ctx.state.workflowIdsOf(vid).map((id) => {
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
