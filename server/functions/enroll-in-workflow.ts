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
  if (flow.objectTypeId !== '0-1') {
    throw new FunctionFailure('NOT_CONTACT_BASED', `"${name}" enrolls ${flow.objectTypeId === '0-3' ? 'deals' : `records of object type ${flow.objectTypeId}`}, not contacts: a contact cannot be enrolled in it.`, { details: { flowId, objectTypeId: flow.objectTypeId } });
  }
  if (!flow.isEnabled) {
    throw new FunctionFailure('WORKFLOW_OFF', `"${name}" is turned off. Turn it on in HubSpot before enrolling contacts.`, { details: { flowId } });
  }
  const workflowId = mappings.find((m) => m.flowId === flowId)?.workflowId;
  if (!workflowId) {
    throw new FunctionFailure('NOT_FOUND', `"${name}" has no legacy workflow id, and HubSpot's public API can only enroll contacts in workflows that have one (v4 has no enroll endpoint). Enroll the contact from the workflow in HubSpot instead.`, { details: { flowId } });
  }
  const email = contact.properties.email?.trim();
  if (!email) {
    throw new FunctionFailure('NO_EMAIL', 'This contact has no email address, and HubSpot enrolls contacts in workflows by email. Add an email first.', { details: { contactId } });
  }
  if (memberships.some((m) => m.id === workflowId)) {
    throw new FunctionFailure('ALREADY_ENROLLED', `This contact is already in "${name}".`, { details: { flowId, workflowId } });
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
