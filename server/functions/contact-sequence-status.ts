/**
 * `contact-sequence-status`: everything the Sequences card needs for its first render, in one call.
 * Critical path, with the card's `propertiesToSend`: ONE round trip. The enrollment read and, when
 * HubSpot's own properties say the contact is enrolled (`hs_latest_sequence_enrolled`), the read of that
 * sequence start together. The enrollment decides: when it names another sequence (the properties
 * lagged), that one is read next (correct first, fast when the properties are right). Not enrolled: the
 * enrollment read alone. Template names come from the per-container cache (server/sequences/template-names.ts),
 * so email steps cost a second round trip only on the first view in 5 minutes. Nothing is read twice.
 * Without `propertiesToSend` the contact is read beside the enrollment.
 */
import * as z from 'zod/mini';
import { CONTACT_PROPERTIES } from '../sequences/eligibility';
import { readSequence, statusSequence } from '../sequences/enrolled-sequence';
import { ENROLLMENT_HINT_PROPERTIES, hintedSequenceId } from '../sequences/enrollment-hint';
import { sequenceReadError, sequencesAccessFailure } from '../runtime/sequence-refusals';

import { sequenceStatus, type StatusParts } from '../sequences/status';
import { COMMON_TOKEN_PROPERTIES } from '../sequences/tokens';
import type { ContactSequenceStatus } from '../sequences/types';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId, optionalTimeZone } from '../input/fields';
import { contactFromPropertiesToSend, contactProperties } from '../runtime/record-properties';

export const contactSequenceStatusInput = z.object({
  contactId: hubspotId('contactId'),
  userId: hubspotId('userId'),
  timeZone: optionalTimeZone,
});

export async function contactSequenceStatus(input: z.infer<typeof contactSequenceStatusInput>, deps: FunctionDeps): Promise<ContactSequenceStatus> {
  const { hubspot } = deps;
  // Started before the enrollment answers; used only if the enrollment names the same sequence.
  const hinted = hintedSequenceId(contactFromPropertiesToSend(deps, input.contactId, ENROLLMENT_HINT_PROPERTIES)?.properties);
  const early = hinted ? readSequence(hubspot, input.userId, hinted) : undefined;

  const [contact, enrollment] = await Promise.all([
    // The usual token properties ride along (sent by the card, or read), so personalizing steps rarely costs a round trip.
    contactProperties(deps, input.contactId, [...CONTACT_PROPERTIES, ...COMMON_TOKEN_PROPERTIES]),
    hubspot.sequences.getContactEnrollment({ contactId: input.contactId }),
  ]).catch((err: unknown) => {
    throw sequencesAccessFailure(err) ?? err;
  });

  const parts: StatusParts = { contactId: input.contactId, contact, enrollment, timeZone: input.timeZone ?? 'UTC', nowMs: deps.now().getTime() };
  if (enrollment) {
    const read = await (enrollment.sequenceId === hinted && early ? early : readSequence(hubspot, input.userId, enrollment.sequenceId));
    parts.sequence = await statusSequence(read, { hubspot, contact: { id: input.contactId, properties: contact.properties }, nameCache: deps.nameCache }, sequenceReadError);
  }
  return sequenceStatus(parts);
}

export const main = defineFunction(contactSequenceStatusInput, contactSequenceStatus);
