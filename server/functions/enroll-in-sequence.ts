/**
 * `enroll-in-sequence`: enrolls a contact once. Refuses up front what HubSpot would refuse (no email,
 * already enrolled, opted out, bounced, a sender that is not one of the acting user's inboxes), then
 * posts once. A POST whose answer was lost is resolved by the client re-reading the enrollment, never
 * by posting again; a concurrent second submit meets HubSpot's one-sequence-per-contact rule and is
 * answered ALREADY_ENROLLED.
 */
import * as z from 'zod/mini';
import type { ContactSequenceEnrollment } from '../hubspot/schemas';
import { FunctionFailure, refusalFor } from '../runtime/errors-to-result';
import { CONTACT_PROPERTIES, MESSAGES, eligibilityOf, firstRefusal } from '../sequences/eligibility';
import { enrollRefusals } from '../sequences/refusals';
import type { EnrollResult } from '../sequences/types';
import { defineFunction, email, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { contactProperties } from '../runtime/record-properties';

export const enrollInSequenceInput = z.object({
  contactId: hubspotId('contactId'),
  sequenceId: hubspotId('sequenceId'),
  userId: hubspotId('userId'),
  senderEmail: email('senderEmail'),
  /** The acting user's emails (card: context.user.emails), comma-separated. When given, the sender must be one of them. */
  userEmails: z.optional(z.string().check(z.maxLength(4000, 'userEmails must be at most 4000 characters'))),
});

export type EnrollInSequenceInput = z.infer<typeof enrollInSequenceInput>;

export function parseEmailList(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.length > 0);
}

function alreadyEnrolledFailure(current: ContactSequenceEnrollment | null, sequenceId: string, hubspotReason?: string, correlationId?: string) {
  const details: Record<string, unknown> = {};
  if (current) {
    details.sequenceId = current.sequenceId;
    details.sequenceName = current.sequenceName;
    details.enrollmentId = current.id;
    details.sameSequence = current.sequenceId === sequenceId;
  }
  return new FunctionFailure('ALREADY_ENROLLED', MESSAGES.alreadyEnrolled(current?.sequenceName), {
    details,
    ...(hubspotReason ? { hubspotReason } : {}),
    ...(correlationId ? { correlationId } : {}),
  });
}

export async function enrollInSequence(input: EnrollInSequenceInput, deps: FunctionDeps): Promise<EnrollResult> {
  const { hubspot } = deps;
  const senderEmail = input.senderEmail.trim();

  // 1. The sender must be one of the acting user's own addresses (checked before any HubSpot call).
  const userEmails = parseEmailList(input.userEmails);
  if (userEmails.length > 0 && !userEmails.includes(senderEmail.toLowerCase())) {
    throw new FunctionFailure('SENDER_NOT_CONNECTED', MESSAGES.SENDER_NOT_CONNECTED(senderEmail), { details: { senderEmail } });
  }

  // 2. Read the contact and its current enrollment concurrently; refuse what HubSpot would refuse.
  const [contact, current] = await Promise.all([
    // Eligibility from propertiesToSend is as fresh as a read (HubSpot reads them when the card calls).
    contactProperties(deps, input.contactId, CONTACT_PROPERTIES),
    hubspot.sequences.getContactEnrollment({ contactId: input.contactId }),
  ]);
  const eligibility = eligibilityOf(contact, current);
  const refusal = firstRefusal(eligibility);
  if (refusal === 'ALREADY_ENROLLED') throw alreadyEnrolledFailure(current, input.sequenceId);
  if (refusal) {
    const reason = eligibility.reasons.find((r) => r.code === refusal)!;
    throw new FunctionFailure(refusal, reason.message, refusal === 'BOUNCED' && eligibility.bounceReason ? { details: { bounceReason: eligibility.bounceReason } } : {});
  }

  // 3. Post once. The client handles retries of safe failures and re-reads after ambiguous ones.
  try {
    const created = await hubspot.sequences.enroll({
      userId: input.userId,
      contactId: input.contactId,
      sequenceId: input.sequenceId,
      senderEmail,
    });
    return {
      enrollment: {
        id: created.id,
        sequenceId: input.sequenceId,
        toEmail: created.toEmail,
        senderEmail,
        enrolledAt: created.enrolledAt,
        updatedAt: created.updatedAt,
      },
      recoveredAfterAmbiguousFailure: created.recoveredAfterAmbiguousFailure === true,
    };
  } catch (err) {
    throw await mapEnrollFailure(err, input, deps);
  }
}

async function mapEnrollFailure(err: unknown, input: EnrollInSequenceInput, deps: FunctionDeps): Promise<unknown> {
  const refusal = refusalFor(err, enrollRefusals(input.senderEmail.trim()));
  if (refusal?.code !== 'ALREADY_ENROLLED') return refusal ?? err;
  // Lost a race (e.g. a double submit): name the sequence the contact is in now. Best effort.
  let current: ContactSequenceEnrollment | null = null;
  try {
    current = await deps.hubspot.sequences.getContactEnrollment({ contactId: input.contactId });
  } catch {
    current = null;
  }
  return alreadyEnrolledFailure(current, input.sequenceId, refusal.extra.hubspotReason, refusal.extra.correlationId);
}

export const main = defineFunction(enrollInSequenceInput, enrollInSequence, { writes: true });
