/**
 * The enrolled sequence for the contact's status, read the way both status answers need it: started early
 * (beside other reads), never failing the answer. A failed read becomes the status's `sequenceError`, in
 * the words the card shows, as the caller's `failure` maps it (server/runtime/sequence-refusals.ts).
 */
import type { Sequence } from '../hubspot/schemas';
import type { FunctionError } from '../contract';
import { prepareSequence, type EnrichInput } from './enrich';
import type { StatusParts } from './status';

export type SequenceRead = { ok: true; value: Sequence } | { ok: false; error: unknown };

/** GET the sequence; the promise never rejects (the failure is in the value). */
export function readSequence(hubspot: EnrichInput['hubspot'], userId: string, sequenceId: string): Promise<SequenceRead> {
  return hubspot.sequences.get({ userId, sequenceId }).then(
    (value): SequenceRead => ({ ok: true, value }),
    (error: unknown): SequenceRead => ({ ok: false, error }),
  );
}

/** The read sequence decoded, named and personalized, or why it is missing. */
export async function statusSequence(read: SequenceRead, enrich: EnrichInput, failure: (err: unknown) => FunctionError): Promise<NonNullable<StatusParts['sequence']>> {
  if (!read.ok) return { ok: false, error: failure(read.error) };
  return { ok: true, value: await prepareSequence(read.value, enrich) };
}
