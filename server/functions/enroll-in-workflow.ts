/**
 * enroll-in-workflow { contactId, flowId | legacyWorkflowId } → enrolls the contact in the workflow, once.
 *
 * v4 cannot enroll records: the public route is legacy v2 (contact-based workflows, legacy workflowId,
 * contact email). v2 answers 204 even when the contact is already in the workflow and records a second
 * enrollment, so membership is checked here first. One wave of four independent reads, then one POST:
 *  - by flowId: flowId → legacy workflowId (mapIds), the flow (batchRead: enabled? contact-based?);
 *  - by legacyWorkflowId (the picker's items; the only way for a workflow HubSpot has no v4 mapping
 *    for): the legacy v3 workflow (`GET /automation/v3/workflows/{workflowId}`: name, enabled; v3 is
 *    contact-based only) and its v4 flow id if any (mapIds), see server/workflows/legacy-only.ts;
 *  - either way: the contact's email (propertiesToSend, else contacts.get) and current workflows (v2).
 */
import * as z from 'zod/mini';
import { NotFoundError } from '../hubspot/errors';
import { FunctionFailure } from '../runtime/errors-to-result';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId } from '../input/fields';
import { dedupeInFlight } from '../runtime/dedupe-in-flight';
import { exactlyOneWorkflowId, workflowIdFields } from '../input/workflow-id';
import { contactProperties } from '../runtime/record-properties';
import { refusalFor, type EnrollabilityFacts } from '../workflows/enrollability';
import { legacyFacts } from '../workflows/legacy-only';
import { withheldForSensitiveData } from '../workflows/sensitive';
import type { EnrollInWorkflowResult } from '../workflows/types';

/** `flowId` as in the contract; `legacyWorkflowId` instead (exactly one of the two), as unenroll-from-workflow takes. */
export const enrollInWorkflowInput = z.object({ contactId: hubspotId('contactId'), ...workflowIdFields }).check(exactlyOneWorkflowId);
export type EnrollInWorkflowInput = z.infer<typeof enrollInWorkflowInput>;

/**
 * Identical requests that overlap in one warm container share one enrollment (a double submit that
 * slipped past the card's guard): dedupeInFlight, per portal. Across
 * containers the membership check is what prevents a repeat.
 */
export function enrollInWorkflow(input: EnrollInWorkflowInput, deps: FunctionDeps): Promise<EnrollInWorkflowResult> {
  const target = input.flowId ? input.flowId : `legacy ${input.legacyWorkflowId}`;
  return dedupeInFlight(`${deps.hubspot.portalKey} enroll-in-workflow ${input.contactId}:${target}`, () => enrollOnce(input, deps));
}

/** What the shared rule needs, read in one wave, whichever id the caller gave. */
interface Target {
  facts: EnrollabilityFacts;
  flowId: string | null;
  workflowId: string | null;
  objectTypeId: string;
  email: string | undefined;
  /** The legacy ids of the workflows the contact is in now (v2, read in the same wave). */
  memberOf: string[];
}

async function byFlowId(flowId: string, contactId: string, deps: FunctionDeps): Promise<Target> {
  const hs = deps.hubspot;
  const [mappings, contact, flows, memberships] = await Promise.all([
    hs.workflows.mapIds({ flowIds: [flowId] }),
    // The email from propertiesToSend (read by HubSpot at call time) when the card sent it.
    contactProperties(deps, contactId, ['email']),
    // Withheld for sensitive data (server/workflows/sensitive.ts): null, and the legacy facts decide below.
    hs.workflows.batchRead({ flowIds: [flowId] }).catch((err: unknown) => {
      if (withheldForSensitiveData(err)) return null;
      throw err;
    }),
    hs.legacyWorkflows.listForContact({ contactId }),
  ]);
  const mapped = mappings.find((m) => m.flowId === flowId)?.workflowId;
  if (flows === null && mapped) return { ...(await byLegacyId(mapped, contactId, deps)), flowId };
  const flow = flows?.find((f) => f.id === flowId);
  if (!flow) throw new FunctionFailure('NOT_FOUND', 'This workflow no longer exists in this HubSpot account. Refresh the list of workflows.');
  const workflowId = mappings.find((m) => m.flowId === flowId)?.workflowId ?? null;
  const email = contact.properties.email?.trim();
  const facts: EnrollabilityFacts = {
    name: flow.name || `Workflow ${flowId}`,
    objectTypeId: flow.objectTypeId,
    isEnabled: flow.isEnabled,
    legacyWorkflowId: workflowId,
    isMember: workflowId !== null && memberships.some((m) => m.id === workflowId),
    hasEmail: Boolean(email),
  };
  return { facts, flowId, workflowId, objectTypeId: flow.objectTypeId, email, memberOf: memberships.map((m) => m.id) };
}

async function byLegacyId(workflowId: string, contactId: string, deps: FunctionDeps): Promise<Target> {
  const hs = deps.hubspot;
  const [mappings, contact, workflow, memberships] = await Promise.all([
    hs.workflows.mapIds({ workflowIds: [workflowId] }),
    contactProperties(deps, contactId, ['email']),
    // Only this read's 404 means "no such workflow" (a contact's 404 keeps its own meaning).
    hs.legacyWorkflows.get({ workflowId }).catch((err: unknown) => {
      if (err instanceof NotFoundError) return null;
      throw err;
    }),
    hs.legacyWorkflows.listForContact({ contactId }),
  ]);
  if (!workflow) throw new FunctionFailure('NOT_FOUND', 'This workflow no longer exists in this HubSpot account. Refresh the list of workflows.', { details: { workflowId } });
  const email = contact.properties.email?.trim();
  const facts = legacyFacts(
    workflow,
    memberships.some((m) => m.id === workflowId),
    Boolean(email),
  );
  return {
    facts,
    flowId: mappings.find((m) => m.workflowId === workflowId)?.flowId ?? null,
    workflowId,
    objectTypeId: facts.objectTypeId,
    email,
    memberOf: memberships.map((m) => m.id),
  };
}

async function enrollOnce({ contactId, flowId, legacyWorkflowId }: EnrollInWorkflowInput, deps: FunctionDeps): Promise<EnrollInWorkflowResult> {
  const t = flowId ? await byFlowId(flowId, contactId, deps) : await byLegacyId(legacyWorkflowId!, contactId, deps);
  const { workflowId, email } = t;
  // The same rule as the picker and the panel (server/workflows/enrollability.ts).
  const refusal = refusalFor(t.facts);
  if (refusal || !workflowId || !email) {
    const ids = { ...(t.flowId ? { flowId: t.flowId } : {}), ...(workflowId ? { workflowId } : {}) };
    const details = refusal?.code === 'NO_EMAIL' ? { contactId } : { ...ids, ...(refusal?.code === 'NOT_CONTACT_BASED' ? { objectTypeId: t.objectTypeId } : {}) };
    throw new FunctionFailure(refusal?.code ?? 'UNEXPECTED_RESPONSE', refusal?.reason ?? 'Unexpected state.', { details });
  }

  const result = await deps.hubspot.legacyWorkflows.enrollContact({ workflowId, email, contactId });
  return {
    contactId,
    flowId: t.flowId,
    legacyWorkflowId: workflowId,
    workflowName: t.facts.name,
    email,
    recoveredAfterAmbiguousFailure: result.recoveredAfterAmbiguousFailure === true,
    // The state it produced (the membership was just read to refuse a second enrollment): the card needs no re-read.
    memberOf: [...new Set([...t.memberOf, workflowId])],
  };
}

export const main = defineFunction(enrollInWorkflowInput, enrollInWorkflow, { writes: true });
