/**
 * enroll-in-workflow { contactId, flowId } → enrolls the contact in the workflow, once.
 *
 * v4 cannot enroll records: the public route is legacy v2 (contact-based workflows, legacy workflowId,
 * contact email). v2 answers 204 even when the contact is already in the workflow and records a second
 * enrollment, so membership is checked here first. The four reads are independent and run concurrently:
 * flowId → legacy workflowId (mapIds), the contact's email (propertiesToSend, else contacts.get), the flow (batchRead: enabled?
 * contact-based?) and the contact's current workflows (legacy listForContact).
 */
import * as z from 'zod/mini';
import { FunctionFailure } from '../runtime/errors-to-result';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { contactProperties } from '../runtime/record-properties';
import { refusalFor } from '../workflows/enrollability';
import type { EnrollInWorkflowResult } from '../workflows/types';

export const enrollInWorkflowInput = z.object({ contactId: hubspotId('contactId'), flowId: hubspotId('flowId') });
export type EnrollInWorkflowInput = z.infer<typeof enrollInWorkflowInput>;

/**
 * Identical requests that overlap in one warm container share one enrollment (a double submit that
 * slipped past the card's guard): the client's `once`, over its injected in-flight state. Across
 * containers the membership check is what prevents a repeat.
 */
export function enrollInWorkflow(input: EnrollInWorkflowInput, deps: FunctionDeps): Promise<EnrollInWorkflowResult> {
  return deps.hubspot.once(`enroll-in-workflow ${input.contactId}:${input.flowId}`, () => enrollOnce(input, deps));
}

async function enrollOnce({ contactId, flowId }: EnrollInWorkflowInput, deps: FunctionDeps): Promise<EnrollInWorkflowResult> {
  const hs = deps.hubspot;
  const [mappings, contact, flows, memberships] = await Promise.all([
    hs.workflows.mapIds({ flowIds: [flowId] }),
    // The email from propertiesToSend (read by HubSpot at call time) when the card sent it.
    contactProperties(deps, contactId, ['email']),
    hs.workflows.batchRead({ flowIds: [flowId] }),
    hs.legacyWorkflows.listForContact({ contactId }),
  ]);

  const flow = flows.find((f) => f.id === flowId);
  if (!flow) throw new FunctionFailure('NOT_FOUND', `Workflow ${flowId} does not exist (any more) in this HubSpot account.`);
  const name = flow.name || `Workflow ${flowId}`;
  const workflowId = mappings.find((m) => m.flowId === flowId)?.workflowId ?? null;
  const email = contact.properties.email?.trim();
  // The same rule as the picker and the panel (server/workflows/enrollability.ts).
  const refusal = refusalFor({
    name,
    objectTypeId: flow.objectTypeId,
    isEnabled: flow.isEnabled,
    legacyWorkflowId: workflowId,
    isMember: workflowId !== null && memberships.some((m) => m.id === workflowId),
    hasEmail: Boolean(email),
  });
  if (refusal || !workflowId || !email) {
    const details = refusal?.code === 'NO_EMAIL' ? { contactId } : { flowId, ...(workflowId ? { workflowId } : {}), ...(refusal?.code === 'NOT_CONTACT_BASED' ? { objectTypeId: flow.objectTypeId } : {}) };
    throw new FunctionFailure(refusal?.code ?? 'UNEXPECTED_RESPONSE', refusal?.reason ?? 'Unexpected state.', { details });
  }

  const result = await hs.legacyWorkflows.enrollContact({ workflowId, email, contactId });
  return {
    contactId,
    flowId,
    legacyWorkflowId: workflowId,
    workflowName: name,
    email,
    recoveredAfterAmbiguousFailure: result.recoveredAfterAmbiguousFailure === true,
  };
}

export const main = defineFunction(enrollInWorkflowInput, enrollInWorkflow);
