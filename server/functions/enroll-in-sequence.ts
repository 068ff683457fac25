/**
 * `enroll-in-sequence`: enrolls a contact once. Refuses up front what HubSpot would refuse (no email,
 * already enrolled, opted out, bounced, a sender that is not one of the acting user's inboxes), then
 * posts once. A POST whose answer was lost is resolved by the client re-reading the enrollment, never
 * by posting again; a concurrent second submit meets HubSpot's one-sequence-per-contact rule and is
 * answered ALREADY_ENROLLED.
 */
import * as z from 'zod/mini';
import type { ContactSequenceEnrollment } from '../hubspot/schemas';
import { FunctionFailure, HubSpotApiError } from '../hubspot/errors';
import { CONTACT_PROPERTIES, MESSAGES, codeForHubSpotReason, eligibilityOf, firstRefusal, refusalMessage } from '../sequences/eligibility';
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

/** HubSpot reasons that mean "this sender is not a connected inbox of that user". */
const SENDER_REASONS = new Set(['NO_CONNECTED_INBOXES', 'NO_CONNECTED_INBOX', 'INBOX_NOT_CONNECTED', 'SENDER_NOT_CONNECTED', 'INVALID_SENDER_EMAIL', 'SENDER_EMAIL_NOT_CONNECTED']);
/** HubSpot reasons that mean "this user cannot use sequences" (no paid Sales/Service seat). */
const SEAT_REASONS = new Set(['PAID_SEAT_REQUIRED', 'NO_SEAT', 'NO_PAID_SEAT', 'USER_NOT_ASSIGNED_SEAT', 'SEQUENCES_ACCESS_REQUIRED', 'NO_SEQUENCES_ACCESS']);

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

/** What every mapped refusal carries from HubSpot's answer: its reason and, when given, the correlation id. */
function fromHubSpot(err: HubSpotApiError): { hubspotReason?: string; correlationId?: string } {
  return { hubspotReason: err.reason, ...(err.correlationId ? { correlationId: err.correlationId } : {}) };
}

/** HubSpot's refusal of the POST → our code. Branches on status and reason codes, never on message text. */
async function mapEnrollFailure(err: unknown, input: EnrollInSequenceInput, deps: FunctionDeps): Promise<unknown> {
  if (!(err instanceof HubSpotApiError)) return err;
  const reason = err.reason?.toUpperCase();
  const clientError = err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429;
  if (!clientError || !reason) return err;

  if (SENDER_REASONS.has(reason)) {
    return new FunctionFailure('SENDER_NOT_CONNECTED', MESSAGES.SENDER_NOT_CONNECTED(input.senderEmail), {
      ...fromHubSpot(err),
      details: { senderEmail: input.senderEmail },
    });
  }
  if (SEAT_REASONS.has(reason)) {
    return new FunctionFailure(
      'NO_SEQUENCES_ACCESS',
      'You need a paid Sales Hub or Service Hub seat to enroll contacts in sequences. Ask your HubSpot admin to assign one.',
      fromHubSpot(err),
    );
  }
  if (reason === 'CONTACT_HAS_NO_EMAIL' || reason === 'NO_EMAIL' || reason === 'MISSING_EMAIL') {
    return new FunctionFailure('NO_EMAIL', MESSAGES.NO_EMAIL, fromHubSpot(err));
  }
  if (err.status === 404 && reason === 'SEQUENCE_NOT_FOUND') {
    return new FunctionFailure('NOT_FOUND', 'That sequence no longer exists or you cannot use it. Search again and pick another one.', fromHubSpot(err));
  }
  const code = codeForHubSpotReason(reason);
  if (!code) return err;
  if (code === 'ALREADY_ENROLLED') {
    // Lost a race (e.g. a double submit): name the sequence the contact is in now. Best effort.
    let current: ContactSequenceEnrollment | null = null;
    try {
      current = await deps.hubspot.sequences.getContactEnrollment({ contactId: input.contactId });
    } catch {
      current = null;
    }
    return alreadyEnrolledFailure(current, input.sequenceId, err.reason, err.correlationId);
  }
  return new FunctionFailure(code, refusalMessage(code, reason), fromHubSpot(err));
}

export const main = defineFunction(enrollInSequenceInput, enrollInSequence);
