/** Workflows v4 (WORKFLOWS_API, OpenAPI automation-v4.json): flows and workflow-id mappings. */
import { WORKFLOWS_API } from '../../server/hubspot/api-versions';
import type { HsFlow, HsFlowBatchWithErrors, HsFlowListing, HsFlowPage, HsIdMapping, HsIdMappingBatchWithErrors, HsStandardError } from '../../server/hubspot/hubspot-types';
import { isRes, notFound, ok, validation, type Res } from '../responses';
import type { PortalFlow } from '../types';
import { parseAfter, parseLimit, route, SCOPES, type Ctx, type Route } from './route';
import { sensitiveRefusal } from './sensitive';

export const FLOW_PAGE = { default: 100, max: 100 };

export const flowRoutes: Route[] = [
  route('GET', `${WORKFLOWS_API}/flows`, SCOPES.automation, listFlows),
  route('POST', `${WORKFLOWS_API}/flows/batch/read`, SCOPES.automation, batchReadFlows),
  route('POST', `${WORKFLOWS_API}/workflow-id-mappings/batch/read`, SCOPES.automation, batchReadMappings),
  route('GET', `${WORKFLOWS_API}/flows/{flowId}`, SCOPES.automation, getFlow),
];

/**
 * When a stored flow has no times: the AusGTM recordings lost createdAt/updatedAt to their fetch script
 * (../shared/realdata/README.md), not to HubSpot, whose listing always has them (ApiFlowListing requires them).
 * The flow itself is served as recorded; the listing says this fixed time. Unverified: the real times.
 */
export const LISTING_TIME_WHEN_UNRECORDED = '2025-06-01T00:00:00.000Z';

/** The listing fields of a flow (absent ones stay absent: JSON drops undefined). */
function flowListing(f: PortalFlow): HsFlowListing {
  const { id, name, flowType, objectTypeId, isEnabled, revisionId, uuid } = f;
  const createdAt = f.createdAt ?? LISTING_TIME_WHEN_UNRECORDED;
  return { id, name, flowType, objectTypeId, isEnabled, revisionId, createdAt, updatedAt: f.updatedAt ?? createdAt, uuid };
}

function listFlows(ctx: Ctx): Res {
  const limit = parseLimit(ctx.query, FLOW_PAGE.default, FLOW_PAGE.max);
  if (isRes(limit)) return limit;
  const after = parseAfter(ctx.query);
  if (isRes(after)) return after;
  const all = ctx.state.data.flows;
  const body: HsFlowPage = { results: all.slice(after, after + limit).map(flowListing) };
  if (after + limit < all.length) {
    const next = String(after + limit);
    body.paging = { next: { after: next, link: `https://api.hubapi.com${WORKFLOWS_API}/flows?after=${next}&limit=${limit}` } };
  }
  return ok(body);
}

function getFlow(ctx: Ctx): Res {
  const id = decodeURIComponent(ctx.params[0]);
  const f = ctx.state.flowsById.get(id);
  if (!f) return notFound(`Flow ${id} not found`);
  return sensitiveRefusal(ctx, id, 'read') ?? ok<HsFlow>(structuredClone(f));
}

function batchError(message: string, context: Record<string, string[]>): HsStandardError {
  return { status: 'error', category: 'OBJECT_NOT_FOUND', message, context, errors: [], links: {} };
}

function batchInputs(ctx: Ctx): Record<string, unknown>[] | Res {
  const b = ctx.body as { inputs?: unknown } | undefined;
  if (!b || typeof b !== 'object' || !Array.isArray(b.inputs)) return validation('inputs may not be null', { inputs: ['null'] });
  if (b.inputs.length > 100) return validation(`at most 100 inputs per batch, got ${b.inputs.length}`);
  for (const i of b.inputs) if (!i || typeof i !== 'object') return validation('each input must be an object');
  return b.inputs as Record<string, unknown>[];
}

/** The batch answer's fields besides `results`: 200 when every input was found, 207 with `errors` + `numErrors` otherwise. */
function batchMeta(errors: HsStandardError[], startedAt: string) {
  const meta = { status: 'COMPLETE' as const, startedAt, completedAt: new Date().toISOString() };
  return { httpStatus: errors.length ? 207 : 200, meta: errors.length ? { ...meta, errors, numErrors: errors.length } : meta };
}

function batchReadFlows(ctx: Ctx): Res {
  const startedAt = new Date().toISOString();
  const inputs = batchInputs(ctx);
  if (isRes(inputs)) return inputs;
  const results: HsFlow[] = [];
  const missing: string[] = [];
  for (const i of inputs) {
    if (i.type !== 'FLOW_ID' || typeof i.flowId !== 'string') {
      return validation(`each input must be { flowId: string, type: 'FLOW_ID' }, got ${JSON.stringify(i)}`);
    }
    // One withheld flow refuses the whole batch, as a missing scope refuses a request (unverified: routes/sensitive.ts).
    const refused = sensitiveRefusal(ctx, i.flowId, 'read');
    if (refused) return refused;
    const f = ctx.state.flowsById.get(i.flowId);
    if (f) results.push(structuredClone(f));
    else missing.push(i.flowId);
  }
  const errors = missing.length ? [batchError(`Could not find flows with ids: ${missing.join(', ')}`, { ids: missing })] : [];
  const { httpStatus, meta } = batchMeta(errors, startedAt);
  return ok<HsFlowBatchWithErrors>({ ...meta, results }, httpStatus);
}

function batchReadMappings(ctx: Ctx): Res {
  const startedAt = new Date().toISOString();
  const inputs = batchInputs(ctx);
  if (isRes(inputs)) return inputs;
  const results: HsIdMapping[] = [];
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
      return validation(`each input must be { type: 'FLOW_ID', flowId: string } or { type: 'WORKFLOW_ID', workflowId: string }, got ${JSON.stringify(i)}`);
    }
  }
  const errors: HsStandardError[] = [];
  if (missingFlows.length) errors.push(batchError(`No workflow id mapping for flow ids: ${missingFlows.join(', ')}`, { flowIds: missingFlows }));
  if (missingWorkflows.length) errors.push(batchError(`No flow id mapping for workflow ids: ${missingWorkflows.join(', ')}`, { workflowIds: missingWorkflows }));
  const { httpStatus, meta } = batchMeta(errors, startedAt);
  return ok<HsIdMappingBatchWithErrors>({ ...meta, results }, httpStatus);
}
