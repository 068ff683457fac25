/**
 * The one rule deciding whether a contact can be enrolled in a workflow. search-workflows (the picker),
 * get-workflow (the panel) and enroll-in-workflow (the refusal) all call it, so what the picker offers
 * and what enrolling refuses cannot disagree on the facts they share.
 *
 * Five reasons, checked in this order (the first that applies is the one shown):
 *  1. not contact-based: HubSpot's public enroll route (legacy v2) takes contacts only;
 *  2. off: v2 refuses to enroll in a workflow that is turned off;
 *  3. no legacy workflow id: v2 addresses workflows by legacy id, and v4 has no enroll endpoint;
 *  4. already a member: v2 answers 204 and records a second enrollment, so the app refuses it;
 *  5. the contact has no email: v2 addresses contacts by email.
 * Which facts a caller knows depends on its source (see search-workflows.ts for the v3 listing).
 */
import type { ErrorCode } from '../contract';
import type { WorkflowEnrollment } from './types';

export const CONTACT_OBJECT_TYPE = '0-1';

export interface EnrollabilityFacts {
  name: string;
  /** v4 object type id ("0-1" contacts, "0-3" deals). */
  objectTypeId: string;
  isEnabled: boolean;
  /** Legacy (v2) workflow id; null when HubSpot has no mapping for the flow. */
  legacyWorkflowId: string | null;
  /** Whether the contact is in the workflow now; null when no contact was given. */
  isMember: boolean | null;
  /** Whether the contact has an email address; null when no contact was given. */
  hasEmail: boolean | null;
}

export interface Refusal {
  code: ErrorCode;
  /** A sentence for the rep. */
  reason: string;
}

export const NO_EMAIL_REASON = 'This contact has no email address, and HubSpot enrolls contacts in workflows by email. Add an email first.';

/** The first reason the contact cannot be enrolled, or null when it can. */
export function refusalFor(f: EnrollabilityFacts): Refusal | null {
  const name = `"${f.name}"`;
  if (f.objectTypeId !== CONTACT_OBJECT_TYPE) {
    const what = f.objectTypeId === '0-3' ? 'deals' : f.objectTypeId === '0-2' ? 'companies' : f.objectTypeId === '0-5' ? 'tickets' : 'other records';
    return { code: 'NOT_CONTACT_BASED', reason: `${name} enrolls ${what}, not contacts: a contact cannot be enrolled in it.` };
  }
  if (!f.isEnabled) return { code: 'WORKFLOW_OFF', reason: `${name} is turned off. Turn it on in HubSpot before enrolling contacts.` };
  if (!f.legacyWorkflowId) {
    return {
      code: 'NOT_FOUND',
      reason: `HubSpot does not let apps enroll contacts in ${name}. Enroll the contact from the workflow in HubSpot instead.`,
    };
  }
  if (f.isMember === true) return { code: 'ALREADY_ENROLLED', reason: `This contact is already in ${name}.` };
  if (f.hasEmail === false) return { code: 'NO_EMAIL', reason: NO_EMAIL_REASON };
  return null;
}

/** The contract's view of the rule (get-workflow's `enrollment`). */
export function enrollmentFor(f: EnrollabilityFacts): WorkflowEnrollment {
  const refusal = refusalFor(f);
  return refusal ? { isMember: f.isMember === true, canEnroll: false, reason: refusal.reason } : { isMember: f.isMember === true, canEnroll: true };
}
