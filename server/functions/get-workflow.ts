/**
 * get-workflow { flowId | legacyWorkflowId, contactId?, userId? } → the workflow decoded for a person
 * (steps in execution order, trigger, problems), its legacy id, and for a contact: whether they can be
 * enrolled (the shared rule) and warnings (sequence conflicts, opted-out marketing email).
 *
 * Round trips, opened by flowId: 1 wave with the flow, its id mapping and the contact's reads
 * (memberships, email/opt-out), then at most 1 wave after the flow read (the contact's sequence
 * enrollment, only for a flow with a sequence step; names join that wave) = ≤ 2. Opened by
 * legacyWorkflowId (only for a legacy workflow whose answer carried no `migrationStatus.flowId`): the mapping
 * must come first, so ≤ 3; with no v4 mapping, the legacy v3 workflow after the mapping and nothing more
 * (legacy-only.ts) = 2. A flow HubSpot withholds for sensitive data is answered from the legacy facts (sensitive.ts).
 * Names (issue 14, server/names): the ids the words show are named in that same wave after the flow
 * read (`userId`: sequences are read as the acting user); `nameNotices` lists the optional scopes the
 * app lacks, once each. The trigger check (issue 20) reads what it needs in that same wave.
 */
import * as z from 'zod/mini';
import { NotFoundError } from '../hubspot/errors';
import type { NameNotice } from '../names';
import { workflowNames } from '../names/workflow';
import { FunctionFailure, refusalFor } from '../runtime/errors-to-result';
import { contactFromPropertiesToSend, propertiesSentFor } from '../runtime/record-properties';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId, optionalTimeZone } from '../input/fields';
import { exactlyOneWorkflowId, workflowIdFields } from '../input/workflow-id';
import { getSeedCatalog } from '../workflows/catalog';
import { readFlow, wordFlow } from '../workflows/decode';
import { CONTACT_PROPERTIES, forContact, readContact, type ContactReads } from '../workflows/for-contact';
import { legacyOnlyDetails } from '../workflows/legacy-only';
import { sensitiveDetails, withheldForSensitiveData } from '../workflows/sensitive';
import type { WorkflowDetails } from '../workflows/types';
import type { Flow } from '../hubspot/schemas';

import { contactValueReferences, TRIGGER_CHECK_PROPERTIES, triggerCheckReads, type TriggerCheck } from '../workflows/trigger-check';

export const getWorkflowInput = z
  .object({
    ...workflowIdFields,
    contactId: z.optional(hubspotId('contactId')),
    userId: z.optional(hubspotId('userId')),
    /** The portal's time zone (context.portal.timezone): the trigger check's dates are its calendar days. */
    timeZone: optionalTimeZone,
  })
  .check(exactlyOneWorkflowId);
export type GetWorkflowInput = z.infer<typeof getWorkflowInput>;

/** `triggerCheck`: only with `contactId`, for a contact-based flow (server/workflows/trigger-check). */
export type GetWorkflowResult = WorkflowDetails & { nameNotices: NameNotice[]; triggerCheck?: TriggerCheck };

export async function getWorkflow(input: GetWorkflowInput, deps: FunctionDeps): Promise<GetWorkflowResult> {
  const { contactId } = input;
  const hs = deps.hubspot;
  const contactReads = (): Promise<ContactReads | null> =>
    contactId
      ? readContact(hs, contactId, contactFromPropertiesToSend(deps, contactId, CONTACT_PROPERTIES), TRIGGER_CHECK_PROPERTIES).catch(contactGone(contactId))
      : Promise.resolve(null);
  let read: FlowRead;
  let legacyWorkflowId: string | null;
  let reads: ContactReads | null;
  let flowId: string | null;
  try {
    if (input.flowId) {
      flowId = input.flowId;
      let mappings;
      [read, mappings, reads] = await Promise.all([readFlowOrWithheld(deps, flowId), hs.workflows.mapIds({ flowIds: [flowId] }), contactReads()]);
      legacyWorkflowId = mappings.find((m) => m.flowId === flowId)?.workflowId ?? null;
    } else {
      legacyWorkflowId = input.legacyWorkflowId!;
      const [mappings, r] = await Promise.all([hs.workflows.mapIds({ workflowIds: [legacyWorkflowId] }), contactReads()]);
      reads = r;
      flowId = mappings.find((m) => m.workflowId === legacyWorkflowId)?.flowId ?? null;
      // No v4 flow: what the legacy API knows, no steps, so no names (server/workflows/legacy-only.ts).
      if (!flowId) return { ...(await legacyOnlyDetails(hs, legacyWorkflowId, reads)), nameNotices: [] };
      read = await readFlowOrWithheld(deps, flowId);
    }
    // Withheld for sensitive data: what the legacy answers know, and why (server/workflows/sensitive.ts).
    if (read.withheld !== undefined) return { ...(await sensitiveDetails(hs, { flowId, legacyWorkflowId }, read.withheld, reads)), nameNotices: [] };
  } catch (err) {
    throw (
      refusalFor(err, [
        { match: (e) => e instanceof NotFoundError, code: 'NOT_FOUND', message: () => 'This workflow no longer exists in this HubSpot account. Refresh the list of workflows.' },
      ]) ?? err
    );
  }
  const { flow } = read;
  // The flow is walked once (its steps, ids and action types); after the flow read, one wave: the names,
  // the contact's sequence enrollment (when needed; the warnings read action types, not words) and what
  // the trigger check reads (issue 20: properties the card did not send, list memberships).
  const catalog = getSeedCatalog();
  const structure = readFlow(flow, catalog);
  const sent = contactId ? propertiesSentFor(deps, contactId) : undefined;
  const alsoName = reads ? contactValueReferences(flow, reads, sent) : [];
  const [names, contact, trigger] = await Promise.all([
    workflowNames(deps, structure.slotted.objectTypeId, structure.references, { userId: input.userId, alsoName }),
    reads ? forContact(hs, structure.slotted, legacyWorkflowId, reads) : Promise.resolve(null),
    reads ? triggerCheckReads(hs, flow, reads, { timeZone: input.timeZone, now: deps.now, sent }) : Promise.resolve(null),
  ]);
  const details: GetWorkflowResult = { ...wordFlow(structure, names.lookup), legacyWorkflowId, nameNotices: names.notices };
  if (contact) Object.assign(details, structure.names.fill(contact, names.lookup));
  if (contact && trigger) {
    const triggerCheck = trigger({ catalog, lookup: names.lookup }, contact.enrollment.isMember);
    if (triggerCheck) details.triggerCheck = triggerCheck;
  }
  return details;
}

/** The contact's reads found no contact (a 404 on its memberships or properties): said as such, before the workflow's own 404. */
const contactGone =
  (contactId: string) =>
  (err: unknown): never => {
    if (err instanceof NotFoundError)
      throw new FunctionFailure('NOT_FOUND', 'This contact no longer exists in this HubSpot account. Refresh the page.', { details: { contactId } });
    throw err;
  };

type FlowRead = { flow: Flow; withheld?: undefined } | { withheld: string };

/** The v4 flow, or the sensitive scope HubSpot withholds it for (any other refusal propagates). */
async function readFlowOrWithheld(deps: FunctionDeps, flowId: string): Promise<FlowRead> {
  try {
    return { flow: await deps.hubspot.workflows.get({ flowId }) };
  } catch (err) {
    const scope = withheldForSensitiveData(err);
    if (scope) return { withheld: scope };
    throw err;
  }
}

export const main = defineFunction(getWorkflowInput, getWorkflow);
