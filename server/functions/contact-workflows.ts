/**
 * contact-workflows { contactId } → the workflows the contact is in now.
 *
 * v4 has no "workflows of a record" endpoint, so membership comes from legacy v2, then is mapped to v4
 * flow ids (one mapping call) and enriched from v4 (one batch read). A constant number of HubSpot calls
 * whatever the count: 1 (no workflows) or 3 — up to 100 workflows; beyond that the two batch endpoints
 * are chunked at HubSpot's limit of 100 inputs per request (still never one call per workflow).
 */
import * as z from 'zod/mini';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { OBJECT_TYPE_ROWS } from '../workflows/catalog-data';
import type { ContactWorkflowItem, ContactWorkflowsResult } from '../workflows/types';

export const contactWorkflowsInput = z.object({ contactId: hubspotId('contactId') });
export type ContactWorkflowsInput = z.infer<typeof contactWorkflowsInput>;

export async function contactWorkflows(input: ContactWorkflowsInput, deps: FunctionDeps): Promise<ContactWorkflowsResult> {
  const { contactId } = input;
  const memberships = await deps.hubspot.legacyWorkflows.listForContact({ contactId });
  if (!memberships.length) return { contactId, workflows: [] };

  const legacyIds = [...new Set(memberships.map((m) => m.id))];
  const mappings = await deps.hubspot.workflows.mapIds({ workflowIds: legacyIds });
  const flowIdByLegacy = new Map(mappings.map((m) => [m.workflowId, m.flowId] as const));
  const flowIds = [...new Set(legacyIds.map((id) => flowIdByLegacy.get(id)).filter((id): id is string => Boolean(id)))];
  const flows = flowIds.length ? await deps.hubspot.workflows.batchRead({ flowIds }) : [];
  const flowById = new Map(flows.map((f) => [f.id, f] as const));
  const objectNames = new Map(OBJECT_TYPE_ROWS.map(([id, name]) => [id, name] as const));

  const seen = new Set<string>();
  const workflows: ContactWorkflowItem[] = [];
  for (const m of memberships) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const flowId = flowIdByLegacy.get(m.id) ?? null;
    const flow = flowId ? flowById.get(flowId) : undefined;
    const objectTypeId = flow?.objectTypeId ?? null;
    workflows.push({
      flowId,
      legacyWorkflowId: m.id,
      name: flow?.name || m.name || `Workflow ${m.id}`,
      isEnabled: flow ? flow.isEnabled : typeof m.enabled === 'boolean' ? m.enabled : null,
      objectTypeId,
      objectLabel: objectTypeId ? objectNames.get(objectTypeId) ?? `Object ${objectTypeId}` : null,
      legacyType: typeof m.type === 'string' ? m.type : null,
    });
  }
  workflows.sort((a, b) => a.name.localeCompare(b.name));
  return { contactId, workflows };
}

export const main = defineFunction(contactWorkflowsInput, contactWorkflows);
