/**
 * `contact-sequence-status`: everything the Sequences card needs for its first render, in one call.
 * Critical path: (contact properties ∥ current enrollment) → the enrolled sequence. Two round trips at
 * most; nothing is read twice. The contact's properties come with the call when the card sends them
 * (`propertiesToSend`), and are read only when it does not.
 */
import * as z from 'zod/mini';
import { toFunctionError } from '../runtime/errors-to-result';
import { decodeSequence } from '../sequences/decode';
import { CONTACT_PROPERTIES, contactEmail, eligibilityOf, toEnrollmentView } from '../sequences/eligibility';
import { applySchedule, optionalTimeZone } from '../sequences/schedule';
import { COMMON_TOKEN_PROPERTIES, missingProperties, personalizeSequence, sequenceTokenProperties } from '../sequences/tokens';
import type { ContactSequenceEnrollment, Sequence } from '../hubspot/schemas';
import type { ContactSequenceStatus, SequenceDetails } from '../sequences/types';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { contactProperties } from '../runtime/record-properties';

export const contactSequenceStatusInput = z.object({
  contactId: hubspotId('contactId'),
  userId: hubspotId('userId'),
  timeZone: optionalTimeZone,
});

export async function contactSequenceStatus(
  input: z.infer<typeof contactSequenceStatusInput>,
  deps: FunctionDeps,
): Promise<ContactSequenceStatus> {
  const { hubspot } = deps;
  const [contact, enrollment] = await Promise.all([
    // The usual token properties ride along (sent by the card, or read), so personalizing steps rarely costs a round trip.
    contactProperties(deps, input.contactId, [...CONTACT_PROPERTIES, ...COMMON_TOKEN_PROPERTIES]),
    hubspot.sequences.getContactEnrollment({ contactId: input.contactId }),
  ]);

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
      // Tokens outside the usual set need one more read, of those properties only. If it fails, those
      // tokens stay visible as written (as for an empty property): the steps are still worth showing.
      const missing = missingProperties(sequenceTokenProperties(scheduled), contact.properties);
      const more = missing.length ? await hubspot.contacts.get({ contactId: input.contactId, properties: missing }).catch(() => null) : null;
      status.sequence = personalizeSequence(scheduled, { ...contact.properties, ...more?.properties });
    } catch (err) {
      // The enrollment itself is known: show it, and say why the steps are missing.
      status.sequenceError = toFunctionError(err);
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
