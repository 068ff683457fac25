/**
 * `contact-sequence-status`: everything the Sequences card needs for its first render, in one call.
 * Critical path: (contact properties ∥ current enrollment) → the enrolled sequence → (template names ∥
 * token properties outside the usual set, when the steps need them). Nothing is read twice. The
 * contact's properties come with the call when the card sends them (`propertiesToSend`), and are read
 * only when it does not.
 */
import * as z from 'zod/mini';
import { toFunctionError } from '../runtime/errors-to-result';
import { decodeSequence } from '../sequences/decode';
import { CONTACT_PROPERTIES, contactEmail, eligibilityOf, toEnrollmentView } from '../sequences/eligibility';
import { applySchedule, optionalTimeZone } from '../sequences/schedule';
import { enrichSequence } from '../sequences/enrich';
import { sequencesAccessFailure } from '../sequences/refusals';
import { COMMON_TOKEN_PROPERTIES } from '../sequences/tokens';
import type { ContactSequenceEnrollment, Sequence } from '../hubspot/schemas';
import type { ContactSequenceStatus, SequenceDetails } from '../sequences/types';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { contactProperties } from '../runtime/record-properties';

export const contactSequenceStatusInput = z.object({
  contactId: hubspotId('contactId'),
  userId: hubspotId('userId'),
  timeZone: optionalTimeZone,
});

export async function contactSequenceStatus(input: z.infer<typeof contactSequenceStatusInput>, deps: FunctionDeps): Promise<ContactSequenceStatus> {
  const { hubspot } = deps;
  const [contact, enrollment] = await Promise.all([
    // The usual token properties ride along (sent by the card, or read), so personalizing steps rarely costs a round trip.
    contactProperties(deps, input.contactId, [...CONTACT_PROPERTIES, ...COMMON_TOKEN_PROPERTIES]),
    hubspot.sequences.getContactEnrollment({ contactId: input.contactId }),
  ]).catch((err: unknown) => {
    throw sequencesAccessFailure(err) ?? err;
  });

  const status: ContactSequenceStatus = {
    contactId: input.contactId,
    enrollment: enrollment ? toEnrollmentView(enrollment) : null,
    sequence: null,
    eligibility: eligibilityOf(contact, enrollment),
  };
  const email = contactEmail(contact);
  if (email) status.contactEmail = email;

  if (enrollment) {
    try {
      const seq = await hubspot.sequences.get({ userId: input.userId, sequenceId: enrollment.sequenceId });
      const scheduled = scheduleFromEnrollment(seq, enrollment, input.timeZone ?? 'UTC', deps.now().getTime());
      // Template names ∥ the tokens outside the usual set (those properties only): one round trip, never a failure.
      status.sequence = await enrichSequence(scheduled, { hubspot, contact: { id: input.contactId, properties: contact.properties } });
    } catch (err) {
      // The enrollment itself is known: show it, and say why the steps are missing.
      status.sequenceError = toFunctionError(sequencesAccessFailure(err) ?? err);
    }
  }
  return status;
}

/** Dates from the enrollment time; an unreadable enrolledAt falls back to now rather than failing the card. */
function scheduleFromEnrollment(seq: Sequence, enrollment: ContactSequenceEnrollment, timeZone: string, nowMs: number): SequenceDetails {
  const enrolledAt = Date.parse(enrollment.enrolledAt);
  return applySchedule(decodeSequence(seq), {
    basis: Number.isFinite(enrolledAt) ? 'enrollment' : 'preview',
    startMs: Number.isFinite(enrolledAt) ? enrolledAt : nowMs,
    nowMs,
    timeZone,
    sendWindowStartMinute: seq.settings?.sendWindowStartMinute,
    sendWindowEndMinute: seq.settings?.sendWindowEndMinute,
  });
}

export const main = defineFunction(contactSequenceStatusInput, contactSequenceStatus);
