/** `get-sequence`: one sequence's steps, decoded for reading inline (reps preview, managers read any sequence). */
import * as z from 'zod/mini';
import { decodeSequence } from '../sequences/decode';
import { applySchedule, optionalTimeZone } from '../sequences/schedule';
import type { SequenceDetails } from '../sequences/types';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';

export const getSequenceInput = z.object({
  userId: hubspotId('userId'),
  sequenceId: hubspotId('sequenceId'),
  timeZone: optionalTimeZone,
});

export async function getSequence(input: z.infer<typeof getSequenceInput>, deps: FunctionDeps): Promise<SequenceDetails> {
  const seq = await deps.hubspot.sequences.get({ userId: input.userId, sequenceId: input.sequenceId });
  // A preview: the dates the steps would have if the contact were enrolled now.
  const now = deps.now().getTime();
  return applySchedule(decodeSequence(seq), {
    basis: 'preview',
    startMs: now,
    nowMs: now,
    timeZone: input.timeZone ?? 'UTC',
    sendWindowStartMinute: seq.settings?.sendWindowStartMinute,
    sendWindowEndMinute: seq.settings?.sendWindowEndMinute,
  });
}

export const main = defineFunction(getSequenceInput, getSequence);
