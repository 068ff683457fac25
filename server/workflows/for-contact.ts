/**
 * get-workflow's part for one contact: whether they can be enrolled (the shared rule) and what would go
 * wrong for them (warnings.ts). Two steps so that get-workflow keeps its round trips:
 *  - `readContact` runs in the first wave, beside the flow read (it does not depend on the flow):
 *    the contact's v2 memberships and its email / opt-out (propertiesToSend, else one contacts read);
 *  - `forContact` runs after the flow read, in the wave the names use too: the contact's sequence
 *    enrollment, read only when the flow has a sequence step (GET …/enrollments/contact/{id}; the
 *    sequences spec asks no userId for it).
 */
import { NotFoundError } from '../hubspot/errors';
import type { LegacyWorkflowMembership } from '../hubspot/schemas';
import { FunctionFailure } from '../runtime/errors-to-result';
import type { FunctionDeps } from '../runtime/define-function';
import { contactFromPropertiesToSend } from '../runtime/record-properties';
import { enrollmentFor } from './enrollability';
import type { DecodedWorkflow, WorkflowEnrollment } from './types';
import { needsSequenceEnrollment, WARNING_PROPERTIES, workflowWarnings, type ContactFacts } from './warnings';

export interface ContactReads {
  contactId: string;
  memberships: LegacyWorkflowMembership[];
  properties: Record<string, string | null | undefined>;
}

/** The contact's own properties the panel needs: the email (enrollability) and the warnings' ones. */
export const CONTACT_PROPERTIES = ['email', ...WARNING_PROPERTIES] as const;

/**
 * `alsoRead`: properties to add when the contact has to be read anyway (the card sent no propertiesToSend),
 * so a later step need not read it again; one read either way. Asked and absent in HubSpot's answer = no value.
 */
export async function readContact(deps: FunctionDeps, contactId: string, alsoRead: readonly string[] = []): Promise<ContactReads> {
  try {
    const sent = contactFromPropertiesToSend(deps, contactId, CONTACT_PROPERTIES);
    const read = () =>
      deps.hubspot.contacts
        .get({ contactId, properties: [...CONTACT_PROPERTIES, ...alsoRead] })
        .then((c) => ({ ...c, properties: { ...Object.fromEntries(alsoRead.map((p) => [p, null])), ...c.properties } }));
    const [memberships, contact] = await Promise.all([deps.hubspot.legacyWorkflows.listForContact({ contactId }), sent ? Promise.resolve(sent) : read()]);
    return { contactId, memberships, properties: contact.properties };
  } catch (err) {
    if (err instanceof NotFoundError)
      throw new FunctionFailure('NOT_FOUND', 'This contact no longer exists in this HubSpot account. Refresh the page.', { details: { contactId } });
    throw err;
  }
}

export const SEQUENCE_CHECK_FAILED = 'Could not check whether this contact is in a sequence (HubSpot did not answer), so conflicts with sequences are not shown.';

export async function forContact(
  deps: FunctionDeps,
  workflow: DecodedWorkflow,
  legacyWorkflowId: string | null,
  reads: ContactReads,
): Promise<{ warnings: string[]; enrollment: WorkflowEnrollment }> {
  const facts: ContactFacts = { optedOut: reads.properties.hs_email_optout?.trim().toLowerCase() === 'true', sequence: undefined };
  let sequenceCheckFailed = false;
  if (needsSequenceEnrollment(workflow)) {
    try {
      facts.sequence = await deps.hubspot.sequences.getContactEnrollment({ contactId: reads.contactId });
    } catch {
      // A warning is advice: without the sequences read the panel still opens, and says what it could not check.
      sequenceCheckFailed = true;
    }
  }
  const warnings = workflowWarnings(workflow, facts);
  if (sequenceCheckFailed) warnings.push(SEQUENCE_CHECK_FAILED);
  const enrollment = enrollmentFor({
    name: workflow.name,
    objectTypeId: workflow.objectTypeId,
    isEnabled: workflow.isEnabled,
    legacyWorkflowId,
    isMember: legacyWorkflowId !== null && reads.memberships.some((m) => m.id === legacyWorkflowId),
    hasEmail: Boolean(reads.properties.email?.trim()),
  });
  return { warnings, enrollment };
}
