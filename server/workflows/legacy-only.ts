/**
 * A legacy workflow HubSpot has no v4 mapping for (no flow id). v4 knows nothing about it, but:
 *  - the legacy v3 API gives its name and on/off state: `GET /automation/v3/workflows/{workflowId}`
 *    (HubSpot's legacy reference "Get a workflow", scope `automation`; "the Workflows API currently only
 *    supports contact-based workflows", so it is contact-based);
 *  - the legacy v2 routes enroll and unenroll contacts by that same legacy id.
 * So it is previewed and enrolled like the others, with what is known and through the shared rule
 * (enrollability.ts). Its steps are not shown: v3 gives them only as its own `actions` format, which
 * this app does not decode, so the rep is told so in a sentence and sent to HubSpot for them.
 */
import type { LegacyWorkflowSummary } from '../hubspot/schemas';
import type { HubSpotClient } from '../hubspot/types';
import { CONTACT_OBJECT_TYPE, enrollmentFor, type EnrollabilityFacts } from './enrollability';
import type { ContactReads } from './for-contact';
import type { DecodedTrigger, WorkflowDetails } from './types';

export const STEPS_UNAVAILABLE =
  "This app can't read this workflow's steps (HubSpot shares them only in an older format), so they aren't shown here. Open the workflow in HubSpot to see them.";

/** Beside the enrollment: the warnings (sequence conflicts, opted-out email) come from the steps, which are not known. */
export const STEPS_NOT_CHECKED = "This workflow's steps could not be checked for conflicts with this contact's sequences or email settings.";

/** Nothing is known about the trigger; the card shows `stepsUnavailable` instead of trigger and steps. */
export const UNKNOWN_TRIGGER: DecodedTrigger = {
  type: 'UNKNOWN',
  summary: "This app can't read this workflow's enrollment trigger.",
  lead: '',
  lines: [],
  reEnrollment: false,
  reEnrollmentSummary: '',
  reEnrollmentLines: [],
  reEnrollmentLead: '',
  unenrollWhenNotMeetingCriteria: false,
};

/** The name a rep sees (the picker shows the same: search-workflows). */
export const legacyName = (w: LegacyWorkflowSummary): string => w.name?.trim() || `Workflow ${w.id}`;

/** The shared rule's facts from the v3 answer: contact-based by definition, off unless v3 says on. */
export function legacyFacts(w: LegacyWorkflowSummary, isMember: boolean | null, hasEmail: boolean | null): EnrollabilityFacts {
  return { name: legacyName(w), objectTypeId: CONTACT_OBJECT_TYPE, isEnabled: w.enabled === true, legacyWorkflowId: w.id, isMember, hasEmail };
}

/**
 * get-workflow for such a workflow: one v3 read (after the mapping that found no flow), no further
 * wave (no steps, so no sequence read). With a contact: enrollment by the shared rule, and a warning
 * that the steps could not be checked. A v3 404 propagates (get-workflow maps it to NOT_FOUND).
 */
export async function legacyOnlyDetails(hubspot: HubSpotClient, legacyWorkflowId: string, reads: ContactReads | null): Promise<WorkflowDetails> {
  const w = await hubspot.legacyWorkflows.get({ workflowId: legacyWorkflowId });
  return detailsWithoutSteps(
    { flowId: null, legacyWorkflowId, name: legacyName(w), isEnabled: w.enabled === true },
    STEPS_UNAVAILABLE,
    reads && { reads, warning: STEPS_NOT_CHECKED },
  );
}

/**
 * A workflow shown without its steps (no v4 flow, or one HubSpot withholds: ./sensitive.ts): what the legacy
 * answers know and why the steps are missing; with a contact, its enrollment by the shared rule and one warning.
 */
export function detailsWithoutSteps(
  facts: { flowId: string | null; legacyWorkflowId: string | null; name: string; isEnabled: boolean },
  stepsUnavailable: string,
  contact: { reads: ContactReads; warning: string } | null,
): WorkflowDetails {
  const details: WorkflowDetails = {
    ...facts,
    // Legacy answers know contact-based workflows only.
    objectTypeId: CONTACT_OBJECT_TYPE,
    objectLabel: 'Contacts',
    flowType: null,
    trigger: UNKNOWN_TRIGGER,
    steps: [],
    executionOrder: [],
    unreachable: [],
    problems: [],
    actionCount: 0,
    stepsUnavailable,
  };
  if (contact) {
    const { reads } = contact;
    const isMember = facts.legacyWorkflowId !== null && reads.memberships.some((m) => m.id === facts.legacyWorkflowId);
    const hasEmail = Boolean(reads.properties.email?.trim());
    details.enrollment = enrollmentFor({
      name: facts.name,
      objectTypeId: CONTACT_OBJECT_TYPE,
      isEnabled: facts.isEnabled,
      legacyWorkflowId: facts.legacyWorkflowId,
      isMember,
      hasEmail,
    });
    details.warnings = [contact.warning];
  }
  return details;
}
