/**
 * `contact-sequence-status`: everything the Sequences card needs for its first render, in one call.
 * Critical path: (contact properties ∥ current enrollment) → the enrolled sequence. Two round trips at
 * most; nothing is read twice. The contact's properties come with the call when the card sends them
 * (`propertiesToSend`), and are read only when it does not.
 */
import * as z from 'zod/mini';
import { toFunctionError } from '../hubspot/errors';
import { decodeSequence } from '../sequences/decode';
import { CONTACT_PROPERTIES, contactEmail, eligibilityOf, toEnrollmentView } from '../sequences/eligibility';
import type { ContactSequenceStatus } from '../sequences/types';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { contactProperties } from '../runtime/record-properties';

export const contactSequenceStatusInput = z.object({
  contactId: hubspotId('contactId'),
  userId: hubspotId('userId'),
});

export async function contactSequenceStatus(
  input: z.infer<typeof contactSequenceStatusInput>,
  deps: FunctionDeps,
): Promise<ContactSequenceStatus> {
  const { hubspot } = deps;
  const [contact, enrollment] = await Promise.all([
    contactProperties(deps, input.contactId, CONTACT_PROPERTIES),
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
      status.sequence = decodeSequence(await hubspot.sequences.get({ userId: input.userId, sequenceId: enrollment.sequenceId }));
    } catch (err) {
      // The enrollment itself is known: show it, and say why the steps are missing.
      status.sequenceError = toFunctionError(err);
    }
  }
  return status;
}

export const main = defineFunction(contactSequenceStatusInput, contactSequenceStatus);
