/** The Sequences card's one write (enroll-in-sequence) on the shared write lifecycle (../shared/write-lifecycle.ts). */
import { SEQUENCE_PROPERTIES_TO_SEND } from '../shared/properties-to-send';
import type { WriteRules } from '../shared/useWrites';
import type { Candidate, Write, WritesState } from '../shared/write-lifecycle';
import type { ContactSequenceStatus, SequenceDetails } from '../../../../server/sequences/types';

/** What the panel showed when the rep clicked Enroll: the card shows it at once from the answer. */
export interface EnrollMeta {
  sequenceName: string;
  preview: SequenceDetails | null;
}

/** The address a SENDER_NOT_CONNECTED refusal is about (lower case), or null for another refusal. */
function refusedSender(w: Write): string | null {
  if (w.phase !== 'refused' || w.error?.code !== 'SENDER_NOT_CONNECTED' || w.uid !== 'enroll-in-sequence') return null;
  return String(w.error.details?.senderEmail ?? w.params.senderEmail).toLowerCase();
}

/** HubSpot said the acting user has no connected inbox at all: no address is worth offering. */
export const noConnectedInbox = (s: WritesState<unknown>) => s.writes.some((w) => refusedSender(w) !== null && w.error?.details?.noConnectedInbox === true);

/** The addresses HubSpot refused as senders: no longer offered. */
export const refusedSenders = (s: WritesState<unknown>) => s.writes.map(refusedSender).filter((e): e is string => e !== null);

export const SEQUENCE_WRITES: WriteRules<ContactSequenceStatus, EnrollMeta> = {
  propertiesToSend: SEQUENCE_PROPERTIES_TO_SEND,
  // HubSpot allows one sequence per contact: a status read shows an enrollment by naming its sequence.
  shows: (read, w) => read.enrollment?.sequenceId === w.target,
  // enroll-in-sequence answers with the contact's status after it (the state it produced): no second call.
  readIn: (w) => (w.uid === 'enroll-in-sequence' ? (w.data?.status ?? null) : null),
  // No seat: nothing will work. A sender HubSpot refused (or no inbox at all): not that address again.
  // Any other refusal that trying again cannot change: not the same sequence with the same sender.
  refusalBlocks: (refused, c) => {
    if (refused.error?.retryable || refused.uid !== c.uid || c.uid !== 'enroll-in-sequence' || refused.uid !== 'enroll-in-sequence') return false;
    const code = refused.error?.code;
    if (code === 'NO_SEQUENCES_ACCESS') return true;
    if (code === 'SENDER_NOT_CONNECTED') return refused.error?.details?.noConnectedInbox === true || refusedSender(refused) === c.params.senderEmail.toLowerCase();
    return refused.target === c.target && refused.params.senderEmail === c.params.senderEmail;
  },
};

export const enrollCandidate = (params: Extract<Candidate, { uid: 'enroll-in-sequence' }>['params']): Candidate => ({
  uid: 'enroll-in-sequence',
  target: params.sequenceId,
  params,
});
