/**
 * `enroll-in-sequence`: enrolls a contact once and answers with the contact's new status (the view
 * `contact-sequence-status` gives), so the card needs no second call. Refuses up front what HubSpot would
 * refuse (no email, already enrolled, opted out, bounced, a sender that is not one of the acting user's
 * inboxes), then posts once. A POST whose answer was lost is resolved by the client re-reading the
 * enrollment, never by posting again; a concurrent second submit meets HubSpot's one-sequence-per-contact
 * rule and is answered ALREADY_ENROLLED.
 * Round trips: (contact ∥ enrollment ∥ the sequence) → (POST ∥ template names and rarer token properties).
 * The status is built from the POST's answer and that sequence read: HubSpot's enrollment GET may lag the POST.
 */
import * as z from 'zod/mini';
import type { ContactSequenceEnrollment } from '../hubspot/schemas';
import { CONTACT_PROPERTIES, eligibilityOf } from '../sequences/eligibility';
import { readSequence, statusSequence } from '../sequences/enrolled-sequence';
import { alreadyEnrolledRefusal, refusalBeforePosting, refusalOfPost, senderRefusal, sequenceReadError } from '../runtime/sequence-refusals';

import { sequenceStatus } from '../sequences/status';
import { COMMON_TOKEN_PROPERTIES } from '../sequences/tokens';
import type { EnrollResult } from '../sequences/types';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { email, hubspotId, optionalTimeZone } from '../input/fields';
import { contactProperties } from '../runtime/record-properties';

export const enrollInSequenceInput = z.object({
  contactId: hubspotId('contactId'),
  sequenceId: hubspotId('sequenceId'),
  userId: hubspotId('userId'),
  senderEmail: email('senderEmail'),
  /** The acting user's emails (card: context.user.emails), comma-separated. When given, the sender must be one of them. */
  userEmails: z.optional(z.string().check(z.maxLength(4000, 'userEmails must be at most 4000 characters'))),
  /** Zone of the status's step dates (the card passes `context.portal.timezone`); absent → UTC. */
  timeZone: optionalTimeZone,
});

export type EnrollInSequenceInput = z.infer<typeof enrollInSequenceInput>;

export function parseEmailList(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.length > 0);
}

export async function enrollInSequence(input: EnrollInSequenceInput, deps: FunctionDeps): Promise<EnrollResult> {
  const { hubspot } = deps;
  const senderEmail = input.senderEmail.trim();

  // 1. The sender must be one of the acting user's own addresses (checked before any HubSpot call).
  const userEmails = parseEmailList(input.userEmails);
  const badSender = senderRefusal(senderEmail, userEmails);
  if (badSender) throw badSender;

  // 2. Read the contact and its current enrollment; refuse what HubSpot would refuse. The sequence is read
  //    at the same time (its id is known): the answer's status needs it, and it costs no round trip here.
  const sequenceRead = readSequence(hubspot, input.userId, input.sequenceId);
  const [contact, current] = await Promise.all([
    // Eligibility from propertiesToSend is as fresh as a read (HubSpot reads them when the card calls).
    // The usual token properties ride along for the status's steps.
    contactProperties(deps, input.contactId, [...CONTACT_PROPERTIES, ...COMMON_TOKEN_PROPERTIES]),
    hubspot.sequences.getContactEnrollment({ contactId: input.contactId }),
  ]);
  const refusal = refusalBeforePosting(eligibilityOf(contact, current), current, input.sequenceId);
  if (refusal) throw refusal;

  // 3. Post once (the client retries safe failures and re-reads after ambiguous ones). Template names
  //    and rarer token properties are read meanwhile: the same round trip as the POST.
  const prepared = sequenceRead.then((read) =>
    statusSequence(read, { hubspot, contact: { id: input.contactId, properties: contact.properties }, nameCache: deps.nameCache }, sequenceReadError),
  );
  let created: Awaited<ReturnType<typeof hubspot.sequences.enroll>>;
  try {
    created = await hubspot.sequences.enroll({ userId: input.userId, contactId: input.contactId, sequenceId: input.sequenceId, senderEmail });
  } catch (err) {
    throw await mapEnrollFailure(err, input, deps);
  }

  // 4. The contact's status as the POST left it.
  const sequence = await prepared;
  const enrollment: ContactSequenceEnrollment = {
    id: created.id,
    sequenceId: input.sequenceId,
    sequenceName: sequence.ok ? sequence.value.details.name : '',
    enrolledBy: input.userId,
    // The acting user's first (primary) address, as HubSpot records who enrolled; the sender when the card sent none.
    enrolledByEmail: userEmails[0] ?? senderEmail,
    toEmail: created.toEmail,
    enrolledAt: created.enrolledAt,
    updatedAt: created.updatedAt,
  };
  return {
    enrollment: { id: created.id, sequenceId: input.sequenceId, toEmail: created.toEmail, senderEmail, enrolledAt: created.enrolledAt, updatedAt: created.updatedAt },
    recoveredAfterAmbiguousFailure: created.recoveredAfterAmbiguousFailure === true,
    status: sequenceStatus({ contactId: input.contactId, contact, enrollment, sequence, timeZone: input.timeZone ?? 'UTC', nowMs: deps.now().getTime() }),
  };
}

/**
 * HubSpot refused the POST (or it failed). Lost a race (a double submit, another tab): name the sequence
 * the contact is in now, best effort. This is the only enrollment read after the POST besides the client's
 * re-read of a lost answer, and the two never meet (a lost answer is not a refusal).
 */
async function mapEnrollFailure(err: unknown, input: EnrollInSequenceInput, deps: FunctionDeps): Promise<unknown> {
  const refusal = refusalOfPost(err, input.senderEmail.trim());
  if (refusal?.code !== 'ALREADY_ENROLLED') return refusal ?? err;
  const current = await deps.hubspot.sequences.getContactEnrollment({ contactId: input.contactId }).catch(() => null);
  return alreadyEnrolledRefusal(current, input.sequenceId, refusal);
}

export const main = defineFunction(enrollInSequenceInput, enrollInSequence, { writes: true });
