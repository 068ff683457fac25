/**
 * get-workflow's part for one contact: whether they can be enrolled (the shared rule) and what would go
 * wrong for them (warnings.ts). Two steps so that get-workflow keeps its round trips:
 *  - `readContact` runs in the first wave, beside the flow read (it does not depend on the flow):
 *    the contact's v2 memberships and its email / opt-out (propertiesToSend, else one contacts read);
 *  - `forContact` runs after the flow read, in the wave the names use too: the contact's sequence
 *    enrollment, read only when the flow has a sequence step (GET …/enrollments/contact/{id}; the
 *    sequences spec asks no userId for it).
 */
import { isOptedOut } from '../hubspot/contact-property-names';
import type { Contact, LegacyWorkflowMembership } from '../hubspot/schemas';
import type { HubSpotClient } from '../hubspot/types';
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
 * `sent`: the contact with CONTACT_PROPERTIES as the card sent them (propertiesToSend), or null to read it.
 * `alsoRead`: properties to add when the contact has to be read anyway (the card sent none), so a later
 * step need not read it again; one read either way. Asked and absent in HubSpot's answer = no value.
 * HubSpot's errors propagate (a 404: the contact is gone; get-workflow says so).
 */
export async function readContact(hubspot: HubSpotClient, contactId: string, sent: Contact | null, alsoRead: readonly string[] = []): Promise<ContactReads> {
  const read = () =>
    hubspot.contacts
      .get({ contactId, properties: [...CONTACT_PROPERTIES, ...alsoRead] })
      .then((c) => ({ ...c, properties: { ...Object.fromEntries(alsoRead.map((p) => [p, null])), ...c.properties } }));
  const [memberships, contact] = await Promise.all([hubspot.legacyWorkflows.listForContact({ contactId }), sent ? Promise.resolve(sent) : read()]);
  return { contactId, memberships, properties: contact.properties };
}

export const SEQUENCE_CHECK_FAILED = 'Could not check whether this contact is in a sequence (HubSpot did not answer), so conflicts with sequences are not shown.';

export async function forContact(
  hubspot: HubSpotClient,
  workflow: DecodedWorkflow,
  legacyWorkflowId: string | null,
  reads: ContactReads,
): Promise<{ warnings: string[]; enrollment: WorkflowEnrollment }> {
  const facts: ContactFacts = { optedOut: isOptedOut(reads.properties), sequence: undefined };
  let sequenceCheckFailed = false;
  if (needsSequenceEnrollment(workflow)) {
    try {
      facts.sequence = await hubspot.sequences.getContactEnrollment({ contactId: reads.contactId });
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
