/**
 * `get-sequence`: one sequence's steps, decoded for reading inline (reps preview, managers read any
 * sequence). With `contactId` (the card previews for the contact on the record) the step texts carry
 * that contact's tokens. Round trips: (sequence ∥ contact) → (template names ∥ rarer token properties).
 */
import * as z from 'zod/mini';
import { decodeSequence } from '../sequences/decode';
import { enrichSequence } from '../sequences/enrich';
import { sequencesAccessFailure } from '../runtime/sequence-refusals';
import { applySchedule } from '../sequences/schedule';
import { COMMON_TOKEN_PROPERTIES } from '../sequences/tokens';
import type { SequenceDetails } from '../sequences/types';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId, optionalTimeZone } from '../input/fields';
import { contactProperties } from '../runtime/record-properties';

export const getSequenceInput = z.object({
  userId: hubspotId('userId'),
  sequenceId: hubspotId('sequenceId'),
  timeZone: optionalTimeZone,
  /** Fill the steps' contact tokens for this contact (optional). */
  contactId: z.optional(hubspotId('contactId')),
});

export async function getSequence(input: z.infer<typeof getSequenceInput>, deps: FunctionDeps): Promise<SequenceDetails> {
  const { hubspot } = deps;
  const [seq, contact] = await Promise.all([
    hubspot.sequences.get({ userId: input.userId, sequenceId: input.sequenceId }),
    // Tokens are a nicety: from propertiesToSend when the card sent them; a contact that cannot be read leaves them as written.
    input.contactId ? contactProperties(deps, input.contactId, COMMON_TOKEN_PROPERTIES).catch(() => null) : null,
  ]).catch((err: unknown) => {
    throw sequencesAccessFailure(err) ?? err;
  });
  // A preview: the dates the steps would have if the contact were enrolled now.
  const now = deps.now().getTime();
  const scheduled = applySchedule(decodeSequence(seq), {
    basis: 'preview',
    startMs: now,
    nowMs: now,
    timeZone: input.timeZone ?? 'UTC',
    sendWindowStartMinute: seq.settings?.sendWindowStartMinute,
    sendWindowEndMinute: seq.settings?.sendWindowEndMinute,
  });
  return enrichSequence(scheduled, {
    hubspot,
    contact: contact && input.contactId ? { id: input.contactId, properties: contact.properties } : undefined,
    nameCache: deps.nameCache,
  });
}

export const main = defineFunction(getSequenceInput, getSequence);
