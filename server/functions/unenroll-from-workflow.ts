/**
 * unenroll-from-workflow { contactId, flowId | legacyWorkflowId } → removes the contact from the workflow, once.
 *
 * The public route is legacy v2: `DELETE /automation/v2/workflows/{workflowId}/enrollments/contacts/{email}`
 * (legacy workflow id, contact email; HubSpot's legacy reference "Unenroll a contact from a workflow").
 * HubSpot documents no answer for a contact that is not in the workflow, so the app checks membership
 * first and refuses with NOT_ENROLLED without sending anything. One wave of three reads (flowId → legacy
 * id, the contact's v2 memberships, the contact's email), then exactly one DELETE. A DELETE whose answer
 * is lost (timeout, dropped connection, 504, unreadable answer) is never resent: the resilience layer
 * re-reads the memberships (gone = it landed; still there = OUTCOME_UNKNOWN), as the enroll paths do.
 */
import * as z from 'zod/mini';
import { FunctionFailure } from '../runtime/errors-to-result';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId } from '../input/fields';
import { dedupeInFlight } from '../runtime/dedupe-in-flight';
import { exactlyOneWorkflowId, workflowIdFields } from '../input/workflow-id';
import { contactProperties } from '../runtime/record-properties';
import type { UnenrollFromWorkflowResult } from '../workflows/types';

/**
 * `flowId` as in the contract; `legacyWorkflowId` instead (exactly one of the two) for a workflow the
 * contact is in that HubSpot has no v4 mapping for (contact-workflows lists it with flowId null).
 */
export const unenrollFromWorkflowInput = z.object({ contactId: hubspotId('contactId'), ...workflowIdFields }).check(exactlyOneWorkflowId);
export type UnenrollFromWorkflowInput = z.infer<typeof unenrollFromWorkflowInput>;

/** Overlapping identical requests in one warm container share one DELETE (a double submit). */
export function unenrollFromWorkflow(input: UnenrollFromWorkflowInput, deps: FunctionDeps): Promise<UnenrollFromWorkflowResult> {
  const target = input.flowId ? `flow ${input.flowId}` : `legacy ${input.legacyWorkflowId}`;
  return dedupeInFlight(`${deps.hubspot.portalKey} unenroll-from-workflow ${input.contactId}:${target}`, () => unenrollOnce(input, deps));
}

async function unenrollOnce({ contactId, flowId, legacyWorkflowId }: UnenrollFromWorkflowInput, deps: FunctionDeps): Promise<UnenrollFromWorkflowResult> {
  const hs = deps.hubspot;
  const [mappings, memberships, contact] = await Promise.all([
    hs.workflows.mapIds(flowId ? { flowIds: [flowId] } : { workflowIds: [legacyWorkflowId!] }),
    hs.legacyWorkflows.listForContact({ contactId }),
    contactProperties(deps, contactId, ['email']),
  ]);
  const workflowId = legacyWorkflowId ?? mappings.find((m) => m.flowId === flowId)?.workflowId;
  const mappedFlowId = flowId ?? mappings.find((m) => m.workflowId === legacyWorkflowId)?.flowId ?? null;
  if (!workflowId) {
    throw new FunctionFailure('NOT_FOUND', 'HubSpot does not let apps unenroll contacts from this workflow. Unenroll the contact from the workflow in HubSpot instead.', {
      details: { flowId },
    });
  }
  const membership = memberships.find((m) => m.id === workflowId);
  if (!membership) {
    throw new FunctionFailure('NOT_ENROLLED', 'This contact is not in this workflow (any more): there is nothing to unenroll. Refresh the card to see their workflows.', {
      details: { flowId: mappedFlowId, workflowId },
    });
  }
  const email = contact.properties.email?.trim();
  if (!email) {
    throw new FunctionFailure(
      'NO_EMAIL',
      'This contact has no email address, and HubSpot unenrolls contacts from workflows by email. Unenroll them from the workflow in HubSpot instead.',
      {
        details: { contactId },
      },
    );
  }
  const result = await hs.legacyWorkflows.unenrollContact({ workflowId, email, contactId });
  return {
    unenrolled: true,
    flowId: mappedFlowId,
    legacyWorkflowId: workflowId,
    recoveredAfterAmbiguousFailure: result.recoveredAfterAmbiguousFailure === true,
    // The state it produced (the membership was just read to refuse a needless DELETE): the card needs no re-read.
    memberOf: [...new Set(memberships.map((m) => m.id))].filter((id) => id !== workflowId),
  };
}

export const main = defineFunction(unenrollFromWorkflowInput, unenrollFromWorkflow, { writes: true });
