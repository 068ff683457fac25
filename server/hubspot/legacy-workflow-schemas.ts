/**
 * Response schemas of HubSpot's legacy workflow endpoints (v2 membership, v3 list, v3 single workflow), re-exported
 * by ./schemas.ts. No OpenAPI file covers them: their shapes come from HubSpot's legacy reference pages and a
 * recorded live v3 item (../shared/realdata/workflows-legacy/).
 */
import * as z from 'zod/mini';
import { id } from './schema-ids';

/**
 * `migrationStatus.flowId` of a legacy workflow object: the v4 flow id, without the mapping call. A recorded
 * `GET /automation/v3/workflows` item carries `migrationStatus: { workflowId, flowId (a number), migrationStatus, … }`
 * (../shared/realdata/workflows-legacy/airbyte-v3-workflows-list-item-40032127.json; platform doc §6); whether
 * v2 and v3-single answers carry it is unverified. Read defensively: a positive integer or a numeric string is
 * the flow id; absent, null or anything odd → null (then the app maps the id), never a failed answer.
 */
export function migratedFlowId(migrationStatus: unknown): string | null {
  if (!migrationStatus || typeof migrationStatus !== 'object') return null;
  const f = (migrationStatus as { flowId?: unknown }).flowId;
  if (typeof f === 'number') return Number.isSafeInteger(f) && f > 0 ? String(f) : null;
  if (typeof f === 'string' && /^\d{1,20}$/.test(f.trim()) && !/^0+$/.test(f.trim())) return f.trim();
  return null;
}

/** The fields every legacy workflow object shares; `migrationStatus` becomes `flowId` (string | null). */
const legacyFields = { id, name: z.optional(z.string()), type: z.optional(z.string()), enabled: z.optional(z.boolean()), migrationStatus: z.optional(z.unknown()) };
const withFlowId = (w: { id: string; name?: string; type?: string; enabled?: boolean; migrationStatus?: unknown }) => ({
  id: w.id,
  name: w.name,
  type: w.type,
  enabled: w.enabled,
  flowId: migratedFlowId(w.migrationStatus),
});

/** v2 is loosely documented: only id is required, everything else is read defensively (other keys dropped). */
export const legacyWorkflowMembership = z.pipe(z.object(legacyFields), z.transform(withFlowId));

export const legacyWorkflowMemberships = z.array(legacyWorkflowMembership);

// ---------- Legacy v3 workflows ----------

/**
 * One entry of GET /automation/v3/workflows. No OpenAPI file: HubSpot's legacy reference "Get all
 * workflows" (https://legacydocs.hubspot.com/docs/methods/workflows/v3/get_workflows) shows
 * `{ workflows: [{ name, id, type, enabled, insertedAt, updatedAt, personaTagIds, contactListIds }] }`,
 * every contact-based workflow in one answer, no paging (Airbyte's and Singer's HubSpot connectors read
 * the same `workflows` field); the recorded live item adds `migrationStatus` and more. Only `id` is
 * required; the rest is read defensively.
 */
// z.object, not looseObject: the picker reads these fields of up to 10,000 entries; the rest is dropped.
export const legacyWorkflowListItem = z.object(legacyFields);
export const legacyWorkflowSummary = z.pipe(legacyWorkflowListItem, z.transform(withFlowId));

/**
 * The whole list in one pass, without a zod pipe per item (at 10,000 items a pipe per item made a cold
 * parse ~10× slower: bench/scaling.ts); `toLegacyWorkflow` then adds `flowId` item by item.
 */
export const legacyWorkflowListItems = z.array(legacyWorkflowListItem);
export const toLegacyWorkflow = withFlowId;

/**
 * GET /automation/v3/workflows/{workflowId}: HubSpot's legacy reference "Get a workflow"
 * (https://developers.hubspot.com/docs/api-reference/legacy/automation/workflows/v3/get-workflow, scope
 * `automation`) shows `{ name, actions, id, type, enabled, portalId, insertedAt, updatedAt, … }` for one
 * workflow ("the Workflows API currently only supports contact-based workflows"). The same fields as a
 * list entry are read; the rest (v3 `actions` included) is dropped.
 */
export const legacyWorkflow = legacyWorkflowSummary;

/** The envelope must be there; entries are checked one by one (an odd entry is skipped, not fatal). */
export const legacyWorkflowList = z.looseObject({ workflows: z.array(z.unknown()) });

export type LegacyWorkflowMembership = z.output<typeof legacyWorkflowMembership>;
export type LegacyWorkflowSummary = z.output<typeof legacyWorkflowSummary>;
