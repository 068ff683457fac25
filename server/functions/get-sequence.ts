/** `get-sequence`: one sequence's steps, decoded for reading inline (reps preview, managers read any sequence). */
import * as z from 'zod/mini';
import { decodeSequence } from '../sequences/decode';
import type { SequenceDetails } from '../sequences/types';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';

export const getSequenceInput = z.object({
  userId: hubspotId('userId'),
  sequenceId: hubspotId('sequenceId'),
});

export async function getSequence(input: z.infer<typeof getSequenceInput>, deps: FunctionDeps): Promise<SequenceDetails> {
  const seq = await deps.hubspot.sequences.get({ userId: input.userId, sequenceId: input.sequenceId });
  return decodeSequence(seq);
}

export const main = defineFunction(getSequenceInput, getSequence);
