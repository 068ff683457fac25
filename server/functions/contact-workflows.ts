/**
 * contact-workflows { contactId } → the workflows the contact is in now.
 *
 * v4 has no "workflows of a record" endpoint, so membership comes from legacy v2, which already carries
 * each workflow's name and on/off state, and v2 workflows are contact-based by definition (HubSpot: "the
 * Workflows API currently only supports contact-based workflows"). The only v4 fact still needed is the
 * flow id (to open, enroll or unenroll): one mapping call in a second wave. So: 2 sequential round
 * trips and 2 calls (1 with no workflows); beyond 100 workflows the mapping is chunked at HubSpot's 100
 * inputs per request, still in the same wave.
 *
 * Why not 1: mapping lazily (flowId null, mapped when a workflow is opened) would make the first render
 * one round trip but every open one longer (get-workflow by legacy id: mapping, then the flow), and
 * unenroll-from-workflow takes a flowId. The list is on every contact record; opening is rarer; 2 meets
 * the goal and keeps the rows actionable.
 */
import * as z from 'zod/mini';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId } from '../input/fields';
import { OBJECT_TYPE_ROWS } from '../workflows/catalog-data';
import { CONTACT_OBJECT_TYPE } from '../workflows/enrollability';
import type { ContactWorkflowItem, ContactWorkflowsResult } from '../workflows/types';

export const contactWorkflowsInput = z.object({ contactId: hubspotId('contactId') });
export type ContactWorkflowsInput = z.infer<typeof contactWorkflowsInput>;

export async function contactWorkflows(input: ContactWorkflowsInput, deps: FunctionDeps): Promise<ContactWorkflowsResult> {
  const { contactId } = input;
  const memberships = await deps.hubspot.legacyWorkflows.listForContact({ contactId });
  if (!memberships.length) return { contactId, workflows: [] };

  const flowIdByLegacy = new Map<string, string>();
  for (const m of memberships) if (m.flowId) flowIdByLegacy.set(m.id, m.flowId);
  const unmapped = [...new Set(memberships.filter((m) => !flowIdByLegacy.has(m.id)).map((m) => m.id))];
  if (unmapped.length) for (const m of await deps.hubspot.workflows.mapIds({ workflowIds: unmapped })) flowIdByLegacy.set(m.workflowId, m.flowId);
  const objectLabel = OBJECT_TYPE_ROWS.find(([id]) => id === CONTACT_OBJECT_TYPE)?.[1] ?? 'Contacts';

  const seen = new Set<string>();
  const workflows: ContactWorkflowItem[] = [];
  for (const m of memberships) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    workflows.push({
      flowId: flowIdByLegacy.get(m.id) ?? null,
      legacyWorkflowId: m.id,
      name: m.name?.trim() || `Workflow ${m.id}`,
      isEnabled: typeof m.enabled === 'boolean' ? m.enabled : null,
      objectTypeId: CONTACT_OBJECT_TYPE,
      objectLabel,
      legacyType: typeof m.type === 'string' ? m.type : null,
    });
  }
  workflows.sort((a, b) => a.name.localeCompare(b.name));
  return { contactId, workflows };
}

export const main = defineFunction(contactWorkflowsInput, contactWorkflows);
