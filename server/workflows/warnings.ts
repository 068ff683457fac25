/**
 * What would go wrong if this contact went through this workflow, in sentences, before the click:
 *  - it enrolls in a sequence (action type 0-46510720) while the contact is already in one: HubSpot
 *    allows one active sequence per contact, so that step will fail;
 *  - it unenrolls from sequences (0-4702372) while the contact is in one: that sequence stops;
 *  - it sends marketing email (0-4) to a contact who opted out (the opt-out property): HubSpot skips the send.
 * Only reachable steps count (unreachable ones never run). Ids from the seed catalog (seed 002).
 */
import { EMAIL_OPT_OUT_PROPERTY } from '../hubspot/contact-property-names';
import { flattenSteps } from './decode';
import type { DecodedWorkflow } from './types';

export const ENROLL_IN_SEQUENCE = '0-46510720';
export const UNENROLL_FROM_SEQUENCE = '0-4702372';
export const SEND_MARKETING_EMAIL = '0-4';

/** The contact properties the warnings read (propertiesToSend or one contacts read). */
export const WARNING_PROPERTIES = [EMAIL_OPT_OUT_PROPERTY] as const;

export interface ContactFacts {
  /** The contact unsubscribed from all email (isOptedOut). */
  optedOut: boolean;
  /** The contact's active sequence enrollment; null when in none; undefined when not read (not needed). */
  sequence: { sequenceId: string; sequenceName?: string } | null | undefined;
}

function reachableTypes(workflow: DecodedWorkflow): Set<string> {
  return new Set(flattenSteps(workflow.steps).flatMap(({ step }) => (step.actionTypeId ? [step.actionTypeId] : [])));
}

/** Whether the warnings need the contact's sequence enrollment (one sequences call): only for sequence steps. */
export function needsSequenceEnrollment(workflow: DecodedWorkflow): boolean {
  const types = reachableTypes(workflow);
  return types.has(ENROLL_IN_SEQUENCE) || types.has(UNENROLL_FROM_SEQUENCE);
}

export function workflowWarnings(workflow: DecodedWorkflow, contact: ContactFacts): string[] {
  const types = reachableTypes(workflow);
  const warnings: string[] = [];
  const seq = contact.sequence;
  const seqName = seq ? (seq.sequenceName?.trim() ? `"${seq.sequenceName.trim()}"` : `sequence ${seq.sequenceId}`) : '';
  if (seq && types.has(ENROLL_IN_SEQUENCE)) {
    warnings.push(`This workflow enrolls the contact in a sequence, but they are already in ${seqName}. HubSpot allows one active sequence per contact, so that step will fail.`);
  }
  if (seq && types.has(UNENROLL_FROM_SEQUENCE)) {
    warnings.push(`This workflow unenrolls the contact from sequences: it will stop ${seqName}, which they are in now.`);
  }
  if (contact.optedOut && types.has(SEND_MARKETING_EMAIL)) {
    warnings.push('This workflow sends marketing email, but this contact has opted out of email: HubSpot will not send it to them.');
  }
  return warnings;
}
